import { and, eq } from 'drizzle-orm';
import { DEFAULT_APPOINTMENT_SETTINGS, type AppointmentSettings, type Officer } from '@reception/shared';
import type { Store } from './connection.js';
import { appointmentSettings, officers, staff } from './schema.js';

export function listOfficers(db: Store, siteId: string): Officer[] {
  return db
    .select({ staffId: officers.staffId, siteId: officers.siteId, name: staff.name, serviceIds: officers.serviceIds, workingHours: officers.workingHours, awaySince: officers.awaySince })
    .from(officers)
    .innerJoin(staff, eq(staff.id, officers.staffId))
    .where(and(eq(officers.siteId, siteId), eq(staff.active, true)))
    .all();
}

/** Officers who have marked themselves away, with since when. */
export function awayOfficers(db: Store, siteId: string): Map<string, number> {
  const rows = db.select({ staffId: officers.staffId, awaySince: officers.awaySince }).from(officers).where(eq(officers.siteId, siteId)).all();
  return new Map(rows.filter((r) => r.awaySince !== null).map((r) => [r.staffId, r.awaySince!]));
}

export function getAppointmentSettings(db: Store, siteId: string): AppointmentSettings {
  const row = db.select().from(appointmentSettings).where(eq(appointmentSettings.siteId, siteId)).get();
  if (!row) return DEFAULT_APPOINTMENT_SETTINGS;
  return { graceMinutes: row.graceMinutes, defaultLengthMinutes: row.defaultLengthMinutes, lengthMinutes: row.lengthMinutes };
}

export const lengthFor = (settings: AppointmentSettings, serviceId: string): number => settings.lengthMinutes[serviceId] ?? settings.defaultLengthMinutes;
