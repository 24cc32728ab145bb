import { describe, expect, it } from 'vitest';
import { PersonalDataQuery } from '../schemas/privacy.js';
import { erasableFrom, isDueForErasure, latestErasableStart, sameName } from './retention.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A 30-minute appointment at 10:00 on a winter Monday. */
const START = Date.UTC(2026, 0, 12, 10, 0);
const booking = { startsAt: START, lengthMinutes: 30, personalDataErasedAt: null };
const END = START + 30 * MINUTE;

describe('retention of a visitor’s name and contact', () => {
  // The period runs from the end of the appointment, not its start or the booking: a
  // complaint about the visit can arrive the same evening.
  it('keeps them until the period since the appointment ended has run out, and erases them at that moment', () => {
    expect(erasableFrom(booking, 30)).toBe(END + 30 * DAY);
    expect(isDueForErasure(booking, END + 30 * DAY - MINUTE, 30)).toBe(false);
    expect(isDueForErasure(booking, END + 30 * DAY, 30)).toBe(true);
    expect(isDueForErasure(booking, END + 30 * DAY + MINUTE, 30)).toBe(true);
  });

  it('never erases a booking still to come, however short the period', () => {
    expect(isDueForErasure(booking, START - MINUTE, 1)).toBe(false);
    expect(isDueForErasure(booking, END + DAY - MINUTE, 1)).toBe(false);
  });

  it('does not erase twice', () => {
    expect(isDueForErasure({ ...booking, personalDataErasedAt: END + 31 * DAY }, END + 40 * DAY, 30)).toBe(false);
  });

  // The index narrows by start time; it must never leave out a booking that is due.
  it('narrows by a start time no due booking is later than', () => {
    const now = END + 30 * DAY;
    expect(isDueForErasure(booking, now, 30)).toBe(true);
    expect(booking.startsAt).toBeLessThanOrEqual(latestErasableStart(now, 30));
    const dueAtOnce = { startsAt: latestErasableStart(now, 30) + MINUTE, lengthMinutes: 5, personalDataErasedAt: null };
    expect(isDueForErasure(dueAtOnce, now, 30)).toBe(false);
  });
});

describe('finding a visitor on request', () => {
  it('matches names as people write them', () => {
    expect(sameName('  Pat  van Example ', 'pat van example')).toBe(true);
    expect(sameName('Pat Example', 'Pat Examples')).toBe(false);
  });

  it('takes a reference as typed, or a name, but not both and not neither', () => {
    expect(PersonalDataQuery.parse({ reference: ' abc-dfg ' })).toEqual({ reference: 'ABCDFG' });
    expect(PersonalDataQuery.safeParse({}).success).toBe(false);
    expect(PersonalDataQuery.safeParse({ reference: 'ABCDFG', name: 'Pat' }).success).toBe(false);
    expect(PersonalDataQuery.safeParse({ name: 'P' }).success).toBe(false);
  });
});
