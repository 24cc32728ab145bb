import { describe, expect, it } from 'vitest';
import { WEEKDAY_OPENING } from '../schemas/site.js';
import { hoursOn, isOpenAt } from './opening-hours.js';

const LONDON = 'Europe/London';

describe('opening hours in the site’s own time', () => {
  // Monday 12 January 2026 (GMT): local time equals UTC.
  it('opens at 08:45 and closes at 17:00 on a weekday', () => {
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 0, 12, 8, 44, 59), LONDON)).toBe(false);
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 0, 12, 8, 45), LONDON)).toBe(true);
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 0, 12, 16, 59, 59), LONDON)).toBe(true);
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 0, 12, 17, 0), LONDON)).toBe(false);
  });

  // Monday 1 June 2026 (BST): 08:45 local is 07:45 UTC.
  it('follows British Summer Time', () => {
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 5, 1, 7, 45), LONDON)).toBe(true);
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 5, 1, 15, 59), LONDON)).toBe(true);
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 5, 1, 16, 0), LONDON)).toBe(false);
  });

  it('is closed all weekend and closes early on Friday', () => {
    expect(hoursOn(WEEKDAY_OPENING, Date.UTC(2026, 0, 17, 12), LONDON)).toBeNull();
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 0, 18, 12), LONDON)).toBe(false);
    expect(isOpenAt(WEEKDAY_OPENING, Date.UTC(2026, 0, 16, 16, 30), LONDON)).toBe(false);
  });
});
