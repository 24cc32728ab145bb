import { sql } from 'drizzle-orm';
import type { Store } from './connection.js';
import { ticketCounters } from './schema.js';

/**
 * The next sequence number for a prefix on a site's day. One atomic upsert inside the
 * caller's transaction, so concurrent kiosks can never be handed the same number.
 */
export function nextTicketSequence(db: Store, siteId: string, serviceDay: string, prefix: string): number {
  const row = db
    .insert(ticketCounters)
    .values({ siteId, serviceDay, prefix, last: 1 })
    .onConflictDoUpdate({
      target: [ticketCounters.siteId, ticketCounters.serviceDay, ticketCounters.prefix],
      set: { last: sql`${ticketCounters.last} + 1` },
    })
    .returning({ last: ticketCounters.last })
    .get();
  return row.last;
}
