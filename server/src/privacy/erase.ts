import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import { AppError, isDueForErasure, latestErasableStart, type Appointment, type EraseResult } from '@reception/shared';
import { rowToAppointment } from '../db/appointment-store.js';
import type { Store } from '../db/connection.js';
import { appointments, arrivalQueries } from '../db/schema.js';
import { appendAudit } from '../db/visit-store.js';

/**
 * Blanks the name, contact and surname letter of these bookings. Everything else stays —
 * service, times, officer, the visit and its clocks — so every report figure is unchanged.
 */
function blank(db: Store, siteId: string, ids: readonly string[], now: number): Appointment[] {
  if (ids.length === 0) return [];
  db.update(appointments)
    .set({ visitorName: '', visitorContact: '', surnameInitial: '', personalDataErasedAt: now })
    .where(and(eq(appointments.siteId, siteId), inArray(appointments.id, [...ids])))
    .run();
  return db.select().from(appointments).where(and(eq(appointments.siteId, siteId), inArray(appointments.id, [...ids]))).all().map(rowToAppointment);
}

/** The retention rule, run by the monitor: erases every booking whose period has run out. */
export function purgeExpiredPersonalData(db: Store, siteId: string, now: number, retentionDays: number): Appointment[] {
  const candidates = db
    .select()
    .from(appointments)
    .where(and(eq(appointments.siteId, siteId), isNull(appointments.personalDataErasedAt), lte(appointments.startsAt, latestErasableStart(now, retentionDays))))
    .all()
    .map(rowToAppointment)
    .filter((a) => isDueForErasure(a, now, retentionDays));
  // The kiosk's "lost my reference" look-ups hold a surname letter and a time: they go too.
  db.delete(arrivalQueries).where(and(eq(arrivalQueries.siteId, siteId), lte(arrivalQueries.at, latestErasableStart(now, retentionDays)))).run();
  const erased = blank(
    db,
    siteId,
    candidates.map((a) => a.id),
    now,
  );
  if (erased.length > 0) appendAudit(db, siteId, 'personal-data-purged', now, null, { appointmentIds: erased.map((a) => a.id), retentionDays });
  return erased;
}

/** A visitor's request to be forgotten, carried out by a manager: recorded, never undone. */
export function erasePersonalData(db: Store, siteId: string, ids: readonly string[], now: number, actorId: string | null): { result: EraseResult; appointments: Appointment[] } {
  const found = db.select().from(appointments).where(and(eq(appointments.siteId, siteId), inArray(appointments.id, [...ids]))).all();
  const missing = ids.filter((id) => !found.some((r) => r.id === id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `No appointment ${missing.join(', ')} at this site; nothing was erased.`);
  const alreadyErased = found.filter((r) => r.personalDataErasedAt !== null).map((r) => r.id);
  const toErase = found.filter((r) => r.personalDataErasedAt === null).map((r) => r.id);
  const erased = blank(db, siteId, toErase, now);
  for (const a of erased) appendAudit(db, siteId, 'personal-data-erased', now, actorId, { appointmentId: a.id, reason: 'request' });
  return { result: { erased: toErase, alreadyErased }, appointments: erased };
}
