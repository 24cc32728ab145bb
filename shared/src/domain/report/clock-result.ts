import type { ClockKind } from '../../schemas/prompts.js';

const MINUTE = 60_000;

/**
 * How one wait clock came out. `open`: still waiting at the end of the period, within the
 * limit so far, so not yet known. `not-seen`: the visit ended (left, or closed with an
 * appointment booked) before anyone called them and before the limit passed.
 */
export type ClockResult = 'within' | 'breached' | 'open' | 'not-seen';

export interface ClockRow {
  kind: ClockKind;
  startedAt: number;
  seenAt: number | null;
  limitMinutes: number;
  /** Until seen, until the visit ended unseen, or until the end of the period. */
  waitMs: number;
  result: ClockResult;
}

/**
 * Measures a wait the way the standards are written: "not more than 20 minutes", so a wait
 * of exactly the limit is within it. A wait that has already passed its limit is a breach
 * whether or not the visitor was then seen, left, or is still waiting.
 */
export function measureClock(kind: ClockKind, startedAt: number, seenAt: number | null, endedAt: number | null, limitMinutes: number, measuredTo: number): ClockRow {
  const limitMs = limitMinutes * MINUTE;
  const stop = seenAt ?? endedAt ?? measuredTo;
  // An early arrival for an appointment starts its clock at the appointment time.
  const waitMs = Math.max(0, stop - startedAt);
  const result: ClockResult = waitMs > limitMs ? 'breached' : seenAt !== null ? 'within' : endedAt !== null ? 'not-seen' : 'open';
  return { kind, startedAt, seenAt, limitMinutes, waitMs, result };
}
