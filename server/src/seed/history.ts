import { replay, type VisitEvent } from '@reception/shared';
import type { Store } from '../db/connection.js';
import { appendEvent, insertVisit } from '../db/visit-store.js';

/**
 * Writes a visit's whole history at once, as the commands would have: every event to the
 * log and the visit's final state to `visits`. For seeding history (benchmarks, and tests
 * of visits whose commands live on another branch, such as appointment check-in).
 */
export function recordVisitHistory(db: Store, history: readonly VisitEvent[]): void {
  insertVisit(db, replay(history), null);
  for (const event of history) appendEvent(db, event);
}
