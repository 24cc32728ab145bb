import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Notice, Visit, VisitEvent } from '@reception/shared';
import type { Db } from './connection.js';
import { visits } from './schema.js';
import { visitToRow } from './visit-store.js';

const visitColumns = Object.entries(getTableColumns(visits));

/**
 * The statements every check-in runs, prepared once per database. Profiling the sustained
 * load showed drizzle building SQL and checking entities on every call costing more than
 * SQLite itself, so the hot path binds values straight to better-sqlite3 statements. The
 * column list and value encoding still come from the drizzle schema, so they cannot drift.
 * They run on the same connection, so inside the caller's transaction.
 */
function prepare(db: Db) {
  const raw = db.$client;
  const insertVisit = raw.prepare(`INSERT INTO visits (${visitColumns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${visitColumns.map(() => '?').join(', ')})`);
  const nextTicket = raw.prepare(
    `INSERT INTO ticket_counters (site_id, service_day, prefix, last) VALUES (?, ?, ?, 1)
     ON CONFLICT (site_id, service_day, prefix) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const waitingNow = raw.prepare(`SELECT waiting FROM waiting_counts WHERE site_id = ? AND service_id = ?`).pluck();
  // Counted from the covering index alone: the visitor's own row is subtracted afterwards
  // rather than excluded by id, which would read every row of the queue from the table.
  const waitingUpTo = raw.prepare(`SELECT COUNT(*) AS n FROM visits WHERE site_id = ? AND service_id = ? AND status = 'waiting' AND arrived_at <= ?`).pluck();
  const appendEvent = raw.prepare(`INSERT INTO events (site_id, visit_id, type, at, actor_id, payload) VALUES (?, ?, ?, ?, ?, ?)`);
  const openNotices = raw.prepare(`SELECT id, expires_at AS expiresAt FROM notices WHERE site_id = ? AND withdrawn_at IS NULL`);
  const linkNotice = raw.prepare(`INSERT INTO notice_visits (notice_id, visit_id) VALUES (?, ?) ON CONFLICT DO NOTHING`);
  return {
    visitByRequestId: db.select().from(visits).where(eq(visits.requestId, sql.placeholder('requestId'))).prepare(),
    insertVisit(visit: Visit, requestId: string | null): void {
      const row: Record<string, unknown> = { ...visitToRow(visit), requestId };
      insertVisit.run(visitColumns.map(([key, column]) => (row[key] == null ? null : column.mapToDriverValue(row[key]))));
    },
    nextTicket(siteId: string, serviceDay: string, prefix: string): number {
      return (nextTicket.get(siteId, serviceDay, prefix) as { last: number }).last;
    },
    /**
     * How many of the service's waiting visitors arrived no later than `visit` (not counting
     * it). For the visitor who has just joined that is everyone else waiting, read from the
     * trigger-kept count; a retried check-in, asked about later, counts the index range.
     */
    waitingAhead(visit: Visit, justJoined: boolean): number {
      const n = justJoined
        ? ((waitingNow.get(visit.siteId, visit.serviceId) as number | undefined) ?? 0)
        : (waitingUpTo.get(visit.siteId, visit.serviceId, visit.arrivedAt) as number);
      return visit.status === 'waiting' ? n - 1 : n;
    },
    appendEvent(event: VisitEvent): void {
      appendEvent.run(event.siteId, event.visitId, event.type, event.at, event.actorId, JSON.stringify(event));
    },
    /** Ids of the notices showing at `now` (same rule as `isNoticeActive`: not withdrawn, not yet expired). */
    activeNoticeIds(siteId: string, now: number): Notice['id'][] {
      return (openNotices.all(siteId) as { id: string; expiresAt: number | null }[]).filter((n) => n.expiresAt === null || now < n.expiresAt).map((n) => n.id);
    },
    linkNotices(noticeIds: readonly string[], visitId: string): void {
      for (const id of noticeIds) linkNotice.run(id, visitId);
    },
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
