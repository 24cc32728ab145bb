import type { Visit } from '../schemas/visit.js';

const MINUTE = 60_000;

export type ClockState = 'within' | 'due-soon' | 'breached';

export interface WaitClock {
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

/** The limit that applies to a visit's current wait, from the standards it arrived under. */
export function limitMinutesOf(visit: Pick<Visit, 'kind' | 'standards'>): number {
  return visit.kind === 'appointment' ? visit.standards.appointmentMinutes : visit.standards.walkInMinutes;
}

/**
 * The wait clock of a visit at `now`. A wait of exactly the limit is within it: the
 * published standard is "not more than 20 minutes", so only 20:00.001 breaches.
 */
export function waitClock(visit: Pick<Visit, 'kind' | 'standards' | 'waitStartedAt' | 'seenAt'>, now: number): WaitClock {
  const limitMs = limitMinutesOf(visit) * MINUTE;
  const stoppedAt = visit.seenAt;
  const end = stoppedAt ?? now;
  const elapsedMs = Math.max(0, end - visit.waitStartedAt);
  const remainingMs = limitMs - elapsedMs;
  const leadMs = visit.standards.promptLeadMinutes * MINUTE;
  const state: ClockState = remainingMs < 0 ? 'breached' : remainingMs <= leadMs && stoppedAt === null ? 'due-soon' : 'within';
  return { startedAt: visit.waitStartedAt, stoppedAt, elapsedMs, limitMs, remainingMs, breachAt: visit.waitStartedAt + limitMs, state };
}

/** "12:05" for 12 minutes 5 seconds; minutes are not wrapped at an hour. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${ms < 0 ? '-' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}
