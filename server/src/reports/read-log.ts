import { addDays, BARE_EVENT_TYPES, startOfLocalDay, type LoggedEvent } from '@reception/shared';
import type { Db } from '../db/connection.js';

/** id, site_id, visit_id, type, at, actor_id, payload: read as arrays, the fastest form. */
type RawEvent = [number, string, string | null, string, number, string | null, string | null];

const NOTICE_TYPES = "('notice-posted', 'notice-withdrawn')";
const BARE = `(${BARE_EVENT_TYPES.map((t) => `'${t}'`).join(', ')})`;
const COLUMNS = `id, site_id, visit_id, type, at, actor_id, CASE WHEN type IN ${BARE} THEN NULL ELSE payload END`;

/**
 * The event log of one site for the local days `from` to `to`, up to `now`, as the report
 * reads it. Raw statements, streamed, along the table rather than through an index, and
 * without the payloads of events whose columns say everything. Notices come first and
 * from any earlier time: one posted last week may still be up.
 */
export function* readSiteLog(db: Db, site: { id: string; timeZone: string }, from: string, to: string, now: number): Generator<LoggedEvent> {
  const sqlite = db.$client;
  const start = startOfLocalDay(from, site.timeZone);
  const end = Math.min(now + 1, startOfLocalDay(addDays(to, 1), site.timeZone));
  const notices = sqlite.prepare(`SELECT ${COLUMNS} FROM events WHERE site_id = ? AND type IN ${NOTICE_TYPES} AND at < ? ORDER BY id`).raw();
  // The ids of the first and last event in the period, from the (site, at) index; then one
  // pass along the table in id order, which is both the append order and the order on disk
  // (the unary + keeps SQLite from going back to the index, one lookup per row).
  const span = sqlite.prepare('SELECT min(id), max(id) FROM events WHERE site_id = ? AND at >= ? AND at < ?').raw();
  const visits = sqlite.prepare(`SELECT ${COLUMNS} FROM events WHERE id BETWEEN ? AND ? AND +site_id = ? AND +at >= ? AND +at < ? AND +type NOT IN ${NOTICE_TYPES} ORDER BY id`).raw();
  const [first, last] = span.get(site.id, start, end) as [number | null, number | null];
  const statements = [notices.bind(site.id, end)];
  if (first !== null && last !== null) statements.push(visits.bind(first, last, site.id, start, end));
  for (const statement of statements) {
    for (const [id, siteId, visitId, type, at, actorId, payload] of statement.iterate() as IterableIterator<RawEvent>) {
      yield { id, siteId, visitId, type, at, actorId, payload: payload === null ? null : (JSON.parse(payload) as unknown) };
    }
  }
}
