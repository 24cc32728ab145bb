import { describe, expect, it } from 'vitest';
import { aVisit, MIN, SEC, T0 } from '../test/fixtures.js';
import { formatElapsed, waitClock } from './wait-clock.js';

describe('the walk-in wait clock against a 20-minute limit', () => {
  const visit = aVisit();

  // The published standard is "not more than 20 minutes": the last second before the limit is plainly within it.
  it('is within the limit at 19:59', () => {
    const clock = waitClock(visit, T0 + 19 * MIN + 59 * SEC);
    expect(clock.state).toBe('due-soon');
    expect(clock.remainingMs).toBe(SEC);
  });

  // Exactly 20:00 has not waited "more than" 20 minutes, so it must not count as a breach in reports.
  it('is still within the limit at exactly 20:00', () => {
    const clock = waitClock(visit, T0 + 20 * MIN);
    expect(clock.state).toBe('due-soon');
    expect(clock.remainingMs).toBe(0);
  });

  it('is breached at 20:01', () => {
    const clock = waitClock(visit, T0 + 20 * MIN + SEC);
    expect(clock.state).toBe('breached');
    expect(clock.remainingMs).toBe(-SEC);
  });

  it('is breached one millisecond past the limit', () => {
    expect(waitClock(visit, T0 + 20 * MIN + 1).state).toBe('breached');
  });

  // Staff are prompted promptLeadMinutes (5) before the limit: 15:00 is the first moment of "due soon".
  it('becomes due soon exactly at the prompt lead time, not before', () => {
    expect(waitClock(visit, T0 + 14 * MIN + 59 * SEC).state).toBe('within');
    expect(waitClock(visit, T0 + 15 * MIN).state).toBe('due-soon');
  });

  it('stops when the visitor is seen and keeps the figure afterwards', () => {
    const seen = aVisit({ status: 'called', seenAt: T0 + 12 * MIN });
    const later = waitClock(seen, T0 + 90 * MIN);
    expect(later.elapsedMs).toBe(12 * MIN);
    expect(later.state).toBe('within');
    expect(later.stoppedAt).toBe(T0 + 12 * MIN);
  });

  it('uses the limit carried on the visit, not a constant (15-minute site)', () => {
    const hertsmere = aVisit({}, { version: 2, walkInMinutes: 15, officerMinutes: 20, appointmentMinutes: 10, promptLeadMinutes: 5 });
    expect(waitClock(hertsmere, T0 + 15 * MIN).state).toBe('due-soon');
    expect(waitClock(hertsmere, T0 + 15 * MIN + SEC).state).toBe('breached');
  });

  it('gives appointments their 10-minute limit', () => {
    const appointment = aVisit({ kind: 'appointment' });
    expect(waitClock(appointment, T0 + 10 * MIN).state).toBe('due-soon');
    expect(waitClock(appointment, T0 + 10 * MIN + SEC).state).toBe('breached');
  });

  it('never reports a negative wait if the clock starts in the future', () => {
    expect(waitClock(visit, T0 - MIN).elapsedMs).toBe(0);
  });
});

describe('formatElapsed', () => {
  it('formats minutes and seconds without wrapping at an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(19 * MIN + 59 * SEC)).toBe('19:59');
    expect(formatElapsed(75 * MIN + 5 * SEC)).toBe('75:05');
    expect(formatElapsed(-SEC)).toBe('-0:01');
  });
});
