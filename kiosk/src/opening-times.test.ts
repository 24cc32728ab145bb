import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, WEEKDAY_OPENING, type OpeningHours } from '@reception/shared';
import { nextOpening, weekdayAt } from './opening-times';

const LONDON = 'Europe/London';
// Monday 12 January 2026 (GMT), at the given UTC time.
const monday = (hh: number, mm = 0) => Date.UTC(2026, 0, 12, hh, mm);

describe('when a closed site next opens', () => {
  it('knows the site\'s own day of the week, not the machine\'s', () => {
    expect(weekdayAt(monday(12), LONDON)).toBe(0);
    // 23:30 UTC on a Sunday in summer is already Monday in London.
    expect(weekdayAt(Date.UTC(2026, 5, 14, 23, 30), LONDON)).toBe(0);
  });

  it('is later today before the doors open', () => {
    expect(nextOpening(WEEKDAY_OPENING, monday(7, 30), LONDON)).toEqual({ daysAhead: 0, weekday: 0, time: '08:45' });
  });

  it('is tomorrow after closing', () => {
    expect(nextOpening(WEEKDAY_OPENING, monday(18), LONDON)).toEqual({ daysAhead: 1, weekday: 1, time: '08:45' });
  });

  it('skips the weekend', () => {
    const fridayEvening = Date.UTC(2026, 0, 16, 18);
    expect(nextOpening(WEEKDAY_OPENING, fridayEvening, LONDON)).toEqual({ daysAhead: 3, weekday: 0, time: '08:45' });
  });

  it('is the same weekday next week when that is the only open day', () => {
    const mondaysOnly: OpeningHours = { ...WEEKDAY_OPENING, tue: null, wed: null, thu: null, fri: null };
    expect(nextOpening(mondaysOnly, monday(18), LONDON)).toEqual({ daysAhead: 7, weekday: 0, time: '08:45' });
  });

  it('is never, for a site closed all week', () => {
    const never = Object.fromEntries(Object.keys(ALWAYS_OPEN).map((d) => [d, null])) as OpeningHours;
    expect(nextOpening(never, monday(12), LONDON)).toBeNull();
  });
});
