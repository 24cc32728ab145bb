import { and, count, eq, lte, ne, sql } from 'drizzle-orm';
import type { Db } from './connection.js';
import { ticketCounters, visits } from './schema.js';

/**
 * The statements every check-in runs, prepared once per database rather than rebuilt and
 * re-prepared each time. They run on the same connection, so inside the caller's transaction.
 */
function prepare(db: Db) {
  return {
    visitByRequestId: db.select().from(visits).where(eq(visits.requestId, sql.placeholder('requestId'))).prepare(),
    nextTicket: db
      .insert(ticketCounters)
      .values({ siteId: sql.placeholder('siteId'), serviceDay: sql.placeholder('serviceDay'), prefix: sql.placeholder('prefix'), last: 1 })
      .onConflictDoUpdate({ target: [ticketCounters.siteId, ticketCounters.serviceDay, ticketCounters.prefix], set: { last: sql`${ticketCounters.last} + 1` } })
      .returning({ last: ticketCounters.last })
      .prepare(),
    waitingAhead: db
      .select({ n: count() })
      .from(visits)
      .where(
        and(
          eq(visits.siteId, sql.placeholder('siteId')),
          eq(visits.serviceId, sql.placeholder('serviceId')),
          eq(visits.status, 'waiting'),
          ne(visits.id, sql.placeholder('visitId')),
          lte(visits.arrivedAt, sql.placeholder('arrivedAt')),
        ),
      )
      .prepare(),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

export function hotQueries(db: Db): ReturnType<typeof prepare> {
  let q = prepared.get(db);
  if (!q) {
    q = prepare(db);
    prepared.set(db, q);
  }
  return q;
}
