import type { ClockKind } from '../schemas/prompts.js';
import type { Visit } from '../schemas/visit.js';

const MINUTE = 60_000;

export type ClockState = 'within' | 'due-soon' | 'breached';

export interface WaitClock {
  kind: ClockKind;
  startedAt: number;
  /** Null while the visitor is still waiting. */
  stoppedAt: number | null;
  elapsedMs: number;
  limitMs: number;
  /** Negative once breached. */
  remainingMs: number;
  breachAt: number;
  state: ClockState;
}

type ClockFields = Pick<Visit, 'kind' | 'standards' | 'waitStartedAt' | 'seenAt' | 'stage' | 'officerWaitStartedAt' | 'officerSeenAt'>;

/** Which clock a visit is on now: a referred walk-in is on the officer clock. */
export function clockKindOf(visit: Pick<Visit, 'kind' | 'stage'>): ClockKind {
  if (visit.stage === 'officer') return 'officer';
  return visit.kind === 'appointment' ? 'appointment' : 'enquiry';
}

/** The limit that applies to a visit's current wait, from the standards it arrived under. */
export function limitMinutesOf(visit: Pick<Visit, 'kind' | 'standards' | 'stage'>): number {
  const kind = clockKindOf(visit);
  if (kind === 'officer') return visit.standards.officerMinutes;
  return kind === 'appointment' ? visit.standards.appointmentMinutes : visit.standards.walkInMinutes;
}

function measure(kind: ClockKind, limitMinutes: number, leadMinutes: number, startedAt: number, stoppedAt: number | null, now: number): WaitClock {
  const limitMs = limitMinutes * MINUTE;
  const elapsedMs = Math.max(0, (stoppedAt ?? now) - startedAt);
  const remainingMs = limitMs - elapsedMs;
  // A wait of exactly the limit is within it: the standard is "not more than 20 minutes".
  const state: ClockState = remainingMs < 0 ? 'breached' : remainingMs <= leadMinutes * MINUTE && stoppedAt === null ? 'due-soon' : 'within';
  return { kind, startedAt, stoppedAt, elapsedMs, limitMs, remainingMs, breachAt: startedAt + limitMs, state };
}

/** The clock of the visit's current wait at `now`. */
export function waitClock(visit: ClockFields, now: number): WaitClock {
  const kind = clockKindOf(visit);
  if (kind === 'officer' && visit.officerWaitStartedAt !== null) {
    return measure(kind, visit.standards.officerMinutes, visit.standards.promptLeadMinutes, visit.officerWaitStartedAt, visit.officerSeenAt, now);
  }
  return measure(kind, limitMinutesOf(visit), visit.standards.promptLeadMinutes, visit.waitStartedAt, visit.seenAt, now);
}

/** The first clock (enquiry desk, or the appointment clock), whatever stage the visit is at now. */
export function firstClock(visit: ClockFields, now: number): WaitClock {
  return waitClock({ ...visit, stage: 'enquiry' }, now);
}

/** The second clock, if the visitor was referred to an officer. */
export function officerClock(visit: ClockFields, now: number): WaitClock | null {
  return visit.officerWaitStartedAt === null ? null : waitClock({ ...visit, stage: 'officer' }, now);
}

/** "12:05" for 12 minutes 5 seconds; minutes are not wrapped at an hour. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${ms < 0 ? '-' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}
