import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { AppError, uniqueReference, type Appointment, type AppointmentEvent, type ArrivalQuery } from '@reception/shared';
import type { Store } from './connection.js';
import { appointments, arrivalQueries, events } from './schema.js';

type AppointmentRow = typeof appointments.$inferSelect;

export function rowToAppointment(row: AppointmentRow): Appointment {
  return {
    id: row.id,
    siteId: row.siteId,
    serviceId: row.serviceId,
    officerId: row.officerId,
    anyOfficer: row.anyOfficer,
    reference: row.reference,
    startsAt: row.startsAt,
    lengthMinutes: row.lengthMinutes,
    serviceDay: row.serviceDay,
    status: row.status,
    visitorName: row.visitorName,
    visitorContact: row.visitorContact,
    visitId: row.visitId,
    fromVisitId: row.fromVisitId,
    rebookedFromId: row.rebookedFromId,
    rebookedToId: row.rebookedToId,
    createdAt: row.createdAt,
    personalDataErasedAt: row.personalDataErasedAt,
  };
}

/** "Pat van Example" → "E": the letter a visitor gives at the kiosk when they have lost their reference. */
export function surnameInitialOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').charAt(0).toUpperCase();
}

export function insertAppointment(db: Store, a: Appointment, createdBy: string | null): void {
  db.insert(appointments).values({ ...a, surnameInitial: surnameInitialOf(a.visitorName), createdBy }).run();
}

export function updateAppointment(db: Store, a: Appointment): void {
  const { id, siteId: _site, createdAt: _created, visitorName: _name, visitorContact: _contact, ...rest } = a;
  db.update(appointments).set(rest).where(eq(appointments.id, id)).run();
}

export function getAppointment(db: Store, siteId: string, appointmentId: string): Appointment {
  const row = db.select().from(appointments).where(and(eq(appointments.id, appointmentId), eq(appointments.siteId, siteId))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such appointment at this site.');
  return rowToAppointment(row);
}

/** Every site's appointment with this reference: the kiosk tells "another site" from "no such reference". */
export function appointmentsByReference(db: Store, reference: string): Appointment[] {
  return db.select().from(appointments).where(eq(appointments.reference, reference)).all().map(rowToAppointment);
}

export function appointmentsOnDay(db: Store, siteId: string, serviceDay: string): Appointment[] {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.siteId, siteId), eq(appointments.serviceDay, serviceDay)))
    .orderBy(asc(appointments.startsAt))
    .all()
    .map(rowToAppointment);
}

export function appointmentByVisit(db: Store, visitId: string): Appointment | null {
  const row = db.select().from(appointments).where(eq(appointments.visitId, visitId)).get();
  return row ? rowToAppointment(row) : null;
}

/** Booked appointments that started before `before`: the candidates for a no-show. */
export function bookedStartedBefore(db: Store, siteId: string, before: number): Appointment[] {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.siteId, siteId), eq(appointments.status, 'booked'), lt(appointments.startsAt, before)))
    .all()
    .map(rowToAppointment);
}

/** Today's booked appointments whose visitor's surname starts with `initial`, for the kiosk's fallback. */
export function bookedByInitial(db: Store, siteId: string, serviceDay: string, initial: string): Appointment[] {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.siteId, siteId), eq(appointments.serviceDay, serviceDay), eq(appointments.surnameInitial, initial.toUpperCase()), inArray(appointments.status, ['booked'])))
    .all()
    .map(rowToAppointment);
}

/** A fresh reference, unique at the site, from the operating system's random source. */
export function newReference(db: Store, siteId: string): string {
  const taken = (reference: string) => db.select({ id: appointments.id }).from(appointments).where(and(eq(appointments.siteId, siteId), eq(appointments.reference, reference))).get() !== undefined;
  return uniqueReference(taken, (max) => randomInt(max));
}

/** Appointment events go in the same log as visits; `visit_id` once the visitor has arrived. */
export function appendAppointmentEvent(db: Store, event: AppointmentEvent, visitId: string | null): void {
  db.insert(events)
    .values({ siteId: event.siteId, visitId, type: event.type, at: event.at, actorId: event.actorId, payload: event })
    .run();
}

export function openArrivalQueries(db: Store, siteId: string): ArrivalQuery[] {
  return db
    .select()
    .from(arrivalQueries)
    .where(eq(arrivalQueries.siteId, siteId))
    .all()
    .filter((q) => q.resolvedAt === null);
}

export function insertArrivalQuery(db: Store, q: ArrivalQuery): void {
  db.insert(arrivalQueries).values(q).run();
}

export function resolveArrivalQueriesFor(db: Store, siteId: string, appointmentId: string, now: number): ArrivalQuery[] {
  const settled = openArrivalQueries(db, siteId).filter((q) => q.candidateIds.includes(appointmentId));
  for (const q of settled) db.update(arrivalQueries).set({ resolvedAt: now }).where(eq(arrivalQueries.id, q.id)).run();
  return settled.map((q) => ({ ...q, resolvedAt: now }));
}
