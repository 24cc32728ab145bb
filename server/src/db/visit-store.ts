import { and, asc, desc, eq, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES, AppError, Outcome, waitClock, VisitEvent as VisitEventSchema, type Visit, type VisitEvent } from '@reception/shared';

/** Prompts and notices are logged against visits too; replay takes only the visit's own events. */
const VISIT_EVENT_TYPES = new Set<unknown>(VisitEventSchema.options.map((o) => o.shape.type.value));
import type { Store } from './connection.js';
import { appointments, events, visits } from './schema.js';

type VisitRow = typeof visits.$inferSelect;

export function rowToVisit(row: VisitRow): Visit {
  return {
    id: row.id,
    siteId: row.siteId,
    serviceId: row.serviceId,
    kind: row.kind,
    ticket: row.ticket,
    serviceDay: row.serviceDay,
    status: row.status,
    arrivedAt: row.arrivedAt,
    waitStartedAt: row.waitStartedAt,
    seenAt: row.seenAt,
    stage: row.stage,
    officerWaitStartedAt: row.officerWaitStartedAt,
    officerSeenAt: row.officerSeenAt,
    roomId: row.roomId,
    calledAt: row.calledAt,
    servingAt: row.servingAt,
    endedAt: row.endedAt,
    deskId: row.deskId,
    staffId: row.staffId,
    recallCount: row.recallCount,
    transferCount: row.transferCount,
    outcome: row.outcome === null ? null : Outcome.parse(row.outcome),
    language: row.language as Visit['language'],
    needs: row.needs,
    standards: row.standards,
    appointmentId: row.appointmentId,
  };
}

export function visitToRow(v: Visit): Omit<VisitRow, 'requestId'> {
  const breachAt = waitClock(v, 0).breachAt;
  const { id, siteId, serviceId, kind, ticket, serviceDay, status, arrivedAt, waitStartedAt, seenAt, calledAt, servingAt, endedAt } = v;
  return {
    id, siteId, serviceId, kind, ticket, serviceDay, status, arrivedAt, waitStartedAt, seenAt, calledAt, servingAt, endedAt,
    stage: v.stage,
    officerWaitStartedAt: v.officerWaitStartedAt,
    officerSeenAt: v.officerSeenAt,
    roomId: v.roomId,
    breachAt,
    deskId: v.deskId,
    staffId: v.staffId,
    recallCount: v.recallCount,
    transferCount: v.transferCount,
    outcome: v.outcome,
    language: v.language,
    needs: v.needs,
    standards: v.standards,
    appointmentId: v.appointmentId,
  };
}

export function getVisit(db: Store, siteId: string, visitId: string): Visit {
  const row = db.select().from(visits).where(and(eq(visits.id, visitId), eq(visits.siteId, siteId))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such visit at this site.');
  return rowToVisit(row);
}

export function findVisitByRequestId(db: Store, requestId: string): Visit | null {
  const row = db.select().from(visits).where(eq(visits.requestId, requestId)).get();
  return row ? rowToVisit(row) : null;
}

export function insertVisit(db: Store, visit: Visit, requestId: string | null): void {
  db.insert(visits).values({ ...visitToRow(visit), requestId }).run();
}

export function updateVisit(db: Store, visit: Visit): void {
  db.update(visits).set(visitToRow(visit)).where(eq(visits.id, visit.id)).run();
}

export function activeVisits(db: Store, siteId: string): Visit[] {
  return db
    .select()
    .from(visits)
    .where(and(eq(visits.siteId, siteId), inArray(visits.status, [...ACTIVE_STATUSES])))
    .all()
    .map(rowToVisit);
}

export function recentClosedVisits(db: Store, siteId: string, serviceDay: string, limit: number): Visit[] {
  return db
    .select()
    .from(visits)
    .where(and(eq(visits.siteId, siteId), eq(visits.serviceDay, serviceDay), notInArray(visits.status, [...ACTIVE_STATUSES])))
    .orderBy(desc(visits.endedAt))
    .limit(limit)
    .all()
    .map(rowToVisit);
}

/** The append-only log. Visit events are stored whole so a visit can be replayed from them. */
export function appendEvent(db: Store, event: VisitEvent): number {
  const row = db
    .insert(events)
    .values({ siteId: event.siteId, visitId: event.visitId, type: event.type, at: event.at, actorId: event.actorId, payload: event })
    .returning({ id: events.id })
    .get();
  return row.id;
}

/** Staff and configuration actions, for the audit trail. */
export function appendAudit(db: Store, siteId: string, type: string, at: number, actorId: string | null, payload: unknown, visitId: string | null = null): void {
  db.insert(events).values({ siteId, visitId, type, at, actorId, payload: payload ?? {} }).run();
}

export function eventsOfVisit(db: Store, visitId: string): VisitEvent[] {
  return db
    .select({ payload: events.payload })
    .from(events)
    .where(eq(events.visitId, visitId))
    .orderBy(events.id)
    .all()
    .map((r) => r.payload as { type?: unknown })
    .filter((p): p is VisitEvent => VISIT_EVENT_TYPES.has(p.type));
}

/**
 * The waiting visitor among `serviceIds` who would breach first (then earliest arrival):
 * the same order as the domain's `compareForCalling`, answered by an index.
 */
export function nextToCall(db: Store, siteId: string, serviceIds: readonly string[], staffId: string): Visit | null {
  // An arrived appointment waits for its own officer; others call it by hand if they take it over.
  const mineOrWalkIn = or(isNull(visits.appointmentId), sql`exists (select 1 from ${appointments} where ${appointments.id} = ${visits.appointmentId} and ${appointments.officerId} = ${staffId})`);
  const row = db
    .select()
    .from(visits)
    .where(and(eq(visits.siteId, siteId), eq(visits.status, 'waiting'), inArray(visits.serviceId, [...serviceIds]), mineOrWalkIn))
    .orderBy(asc(visits.breachAt), asc(visits.arrivedAt), asc(visits.ticket))
    .limit(1)
    .get();
  return row ? rowToVisit(row) : null;
}
