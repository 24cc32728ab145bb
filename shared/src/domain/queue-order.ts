import type { Visit } from '../schemas/visit.js';
import { waitClock } from './wait-clock.js';

/**
 * The order in which waiting visitors should be called: whoever would breach their
 * limit first, so a 10-minute appointment overtakes a 20-minute walk-in that arrived
 * a little earlier. Ties go to the earlier arrival, then the ticket.
 */
export function compareForCalling(a: Visit, b: Visit): number {
  return (
    waitClock(a, 0).breachAt - waitClock(b, 0).breachAt ||
    a.arrivedAt - b.arrivedAt ||
    a.ticket.localeCompare(b.ticket)
  );
}

export function waitingInCallOrder(visits: Iterable<Visit>, serviceIds?: ReadonlySet<string>): Visit[] {
  const waiting: Visit[] = [];
  for (const v of visits) {
    if (v.status === 'waiting' && (!serviceIds || serviceIds.has(v.serviceId))) waiting.push(v);
  }
  return waiting.sort(compareForCalling);
}

/** The next visitor for a desk serving `serviceIds`, or null if none is waiting. */
export function pickNext(visits: Iterable<Visit>, serviceIds: ReadonlySet<string>): Visit | null {
  return waitingInCallOrder(visits, serviceIds)[0] ?? null;
}
