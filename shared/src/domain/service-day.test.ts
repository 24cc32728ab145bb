import { describe, expect, it } from 'vitest';
import { localTimeOf, serviceDayOf } from './service-day.js';
import { formatTicket } from './ticket-number.js';

const LONDON = 'Europe/London';

describe('the service day that ticket numbers reset on', () => {
  it('changes at local midnight in winter (GMT = UTC)', () => {
    expect(serviceDayOf(Date.UTC(2026, 0, 12, 23, 59, 59), LONDON)).toBe('2026-01-12');
    expect(serviceDayOf(Date.UTC(2026, 0, 13, 0, 0, 0), LONDON)).toBe('2026-01-13');
  });

  // In summer local midnight is 23:00 UTC: a UTC-based reset would restart numbers an hour late.
  it('changes at local midnight in summer (BST = UTC+1)', () => {
    expect(serviceDayOf(Date.UTC(2026, 5, 1, 22, 59, 59), LONDON)).toBe('2026-06-01');
    expect(serviceDayOf(Date.UTC(2026, 5, 1, 23, 0, 0), LONDON)).toBe('2026-06-02');
  });

  // Clocks go forward at 01:00 UTC on 29 March 2026: the day itself is only 23 hours long.
  it('handles the March clock change', () => {
    expect(serviceDayOf(Date.UTC(2026, 2, 28, 23, 59, 59), LONDON)).toBe('2026-03-28');
    expect(serviceDayOf(Date.UTC(2026, 2, 29, 0, 0, 0), LONDON)).toBe('2026-03-29');
    expect(localTimeOf(Date.UTC(2026, 2, 29, 0, 59, 59), LONDON)).toBe('00:59');
    expect(localTimeOf(Date.UTC(2026, 2, 29, 1, 0, 0), LONDON)).toBe('02:00');
    // The next midnight is already BST: 23:00 UTC on the 29th.
    expect(serviceDayOf(Date.UTC(2026, 2, 29, 22, 59, 59), LONDON)).toBe('2026-03-29');
    expect(serviceDayOf(Date.UTC(2026, 2, 29, 23, 0, 0), LONDON)).toBe('2026-03-30');
  });

  // Clocks go back at 01:00 UTC on 25 October 2026: 01:00-02:00 local happens twice, the day is 25 hours.
  it('handles the October clock change', () => {
    expect(serviceDayOf(Date.UTC(2026, 9, 24, 22, 59, 59), LONDON)).toBe('2026-10-24');
    expect(serviceDayOf(Date.UTC(2026, 9, 24, 23, 0, 0), LONDON)).toBe('2026-10-25');
    expect(localTimeOf(Date.UTC(2026, 9, 25, 0, 30), LONDON)).toBe('01:30');
    expect(localTimeOf(Date.UTC(2026, 9, 25, 1, 30), LONDON)).toBe('01:30');
    expect(serviceDayOf(Date.UTC(2026, 9, 25, 23, 59, 59), LONDON)).toBe('2026-10-25');
    expect(serviceDayOf(Date.UTC(2026, 9, 26, 0, 0, 0), LONDON)).toBe('2026-10-26');
  });
});

describe('ticket numbers', () => {
  it('are the prefix and a three-digit sequence', () => {
    expect(formatTicket('C', 1)).toBe('C001');
    expect(formatTicket('C', 14)).toBe('C014');
    expect(formatTicket('HB', 999)).toBe('HB999');
  });

  it('grow a digit rather than wrap after 999, so none repeats in a day', () => {
    expect(formatTicket('C', 1000)).toBe('C1000');
  });

  it('refuse a sequence that is not a positive whole number', () => {
    expect(() => formatTicket('C', 0)).toThrow(RangeError);
    expect(() => formatTicket('C', 1.5)).toThrow(RangeError);
  });
});
