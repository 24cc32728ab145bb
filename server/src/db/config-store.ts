import { and, asc, eq } from 'drizzle-orm';
import { AppError, type Desk, type DeskSession, type Service, type Site, type StandardsProfile } from '@reception/shared';
import type { Store } from './connection.js';
import { deskSessions, desks, services, sites, staff, standardsProfiles } from './schema.js';

export function getSite(db: Store, siteId: string): Site {
  const row = db.select().from(sites).where(eq(sites.id, siteId)).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such site.');
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    phone: row.phone,
    recallsBeforeNoShow: row.recallsBeforeNoShow,
    standards: getStandards(db, siteId, row.standardsVersion),
    openingHours: row.openingHours,
  };
}

export function getStandards(db: Store, siteId: string, version: number): StandardsProfile {
  const row = db
    .select()
    .from(standardsProfiles)
    .where(and(eq(standardsProfiles.siteId, siteId), eq(standardsProfiles.version, version)))
    .get();
  if (!row) throw new AppError('INTERNAL', `Site ${siteId} has no standards profile version ${version}.`);
  const { walkInMinutes, officerMinutes, appointmentMinutes, promptLeadMinutes } = row;
  return { version, walkInMinutes, officerMinutes, appointmentMinutes, promptLeadMinutes };
}

export function listServices(db: Store, siteId: string): Service[] {
  return db
    .select({ id: services.id, siteId: services.siteId, name: services.name, prefix: services.prefix, active: services.active })
    .from(services)
    .where(eq(services.siteId, siteId))
    .orderBy(asc(services.sortOrder), asc(services.name))
    .all();
}

export function getService(db: Store, siteId: string, serviceId: string): Service {
  const found = listServices(db, siteId).find((s) => s.id === serviceId);
  if (!found) throw new AppError('NOT_FOUND', 'No such service at this site.');
  return found;
}

export function listDesks(db: Store, siteId: string): Desk[] {
  return db.select().from(desks).where(eq(desks.siteId, siteId)).orderBy(asc(desks.name)).all();
}

export function listDeskSessions(db: Store, siteId: string): DeskSession[] {
  return db
    .select({ staffId: deskSessions.staffId, staffName: staff.name, deskId: deskSessions.deskId, serviceIds: deskSessions.serviceIds, since: deskSessions.since })
    .from(deskSessions)
    .innerJoin(staff, eq(staff.id, deskSessions.staffId))
    .where(eq(deskSessions.siteId, siteId))
    .all();
}

export function deskSessionOf(db: Store, staffId: string): DeskSession | null {
  return (
    db
      .select({ staffId: deskSessions.staffId, staffName: staff.name, deskId: deskSessions.deskId, serviceIds: deskSessions.serviceIds, since: deskSessions.since })
      .from(deskSessions)
      .innerJoin(staff, eq(staff.id, deskSessions.staffId))
      .where(eq(deskSessions.staffId, staffId))
      .get() ?? null
  );
}

export function deskName(db: Store, deskId: string | null): string | null {
  if (!deskId) return null;
  return db.select({ name: desks.name }).from(desks).where(eq(desks.id, deskId)).get()?.name ?? null;
}
