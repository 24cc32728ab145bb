import { and, eq, inArray } from 'drizzle-orm';
import { sameName, type Appointment, type ExportedAppointment, type PersonalDataExport, type PersonalDataQuery } from '@reception/shared';
import { rowToAppointment } from '../db/appointment-store.js';
import { getSite, listServices } from '../db/config-store.js';
import type { Store } from '../db/connection.js';
import { appointments, staff, visits } from '../db/schema.js';
import { rowToVisit } from '../db/visit-store.js';
import { getPrivacySettings } from './privacy-settings.js';

/** The bookings a request is about: by the reference the visitor holds, or every booking under their name. */
export function findBookings(db: Store, siteId: string, query: PersonalDataQuery): Appointment[] {
  const bySite = eq(appointments.siteId, siteId);
  if (query.reference !== undefined) {
    return db.select().from(appointments).where(and(bySite, eq(appointments.reference, query.reference))).all().map(rowToAppointment);
  }
  const name = query.name ?? '';
  // Names are compared in code, not SQL, so that spacing and case are treated as people write them.
  return db
    .select()
    .from(appointments)
    .where(bySite)
    .all()
    .filter((r) => r.personalDataErasedAt === null && sameName(r.visitorName, name))
    .map(rowToAppointment);
}

/** Everything held about the visitor behind these bookings, for a subject access request. */
export function exportPersonalData(db: Store, siteId: string, bookings: readonly Appointment[], now: number): PersonalDataExport {
  const site = getSite(db, siteId);
  const serviceName = new Map(listServices(db, siteId).map((s) => [s.id, s.name]));
  const officerIds = [...new Set(bookings.map((b) => b.officerId))];
  const officerName = new Map(officerIds.length ? db.select({ id: staff.id, name: staff.name }).from(staff).where(inArray(staff.id, officerIds)).all().map((s) => [s.id, s.name]) : []);
  const visitIds = bookings.flatMap((b) => (b.visitId ? [b.visitId] : []));
  const visitRows = visitIds.length ? db.select().from(visits).where(inArray(visits.id, visitIds)).all().map(rowToVisit) : [];
  const visitById = new Map(visitRows.map((v) => [v.id, v]));
  const exported: ExportedAppointment[] = bookings.map((b) => {
    const v = b.visitId ? visitById.get(b.visitId) : undefined;
    return {
      id: b.id,
      reference: b.reference,
      serviceName: serviceName.get(b.serviceId) ?? b.serviceId,
      officerName: officerName.get(b.officerId) ?? '',
      startsAt: b.startsAt,
      lengthMinutes: b.lengthMinutes,
      status: b.status,
      visitorName: b.visitorName,
      visitorContact: b.visitorContact,
      bookedAt: b.createdAt,
      personalDataErasedAt: b.personalDataErasedAt,
      visit: v ? { ticket: v.ticket, arrivedAt: v.arrivedAt, seenAt: v.seenAt, endedAt: v.endedAt, outcome: v.outcome, language: v.language, needs: v.needs } : null,
    };
  });
  return { siteId, siteName: site.name, exportedAt: now, retentionDays: getPrivacySettings(db, siteId).retentionDays, appointments: exported };
}
