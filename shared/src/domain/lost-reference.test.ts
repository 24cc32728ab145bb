import { describe, expect, it } from 'vitest';
import { lostReferenceSlotOf, lostReferenceTimes } from './lost-reference.js';

const LONDON = 'Europe/London';

describe('the kiosk time a visitor without a reference presses', () => {
  it('is the five-minute slot the appointment starts in', () => {
    expect(lostReferenceSlotOf('10:00')).toBe('10:00');
    expect(lostReferenceSlotOf('10:04')).toBe('10:00');
    expect(lostReferenceSlotOf('10:05')).toBe('10:05');
    expect(lostReferenceSlotOf('10:07')).toBe('10:05');
    expect(lostReferenceSlotOf('09:59')).toBe('09:55');
  });

  it('is offered from an hour before to two hours after now, every five minutes', () => {
    const now = Date.UTC(2027, 0, 12, 10, 7, 30); // 10:07 in London in winter
    const times = lostReferenceTimes(now, LONDON);
    expect(times[0]).toBe('09:05');
    expect(times.at(-1)).toBe('12:05');
    expect(times).toHaveLength(37);
    expect(times).toContain(lostReferenceSlotOf('10:07'));
  });

  it('offers each time once on the night the clocks go back', () => {
    const now = Date.UTC(2026, 9, 25, 1, 30); // 01:30 BST became 01:00 GMT at 01:00 UTC
    const times = lostReferenceTimes(now, LONDON);
    expect(new Set(times).size).toBe(times.length);
  });
});
