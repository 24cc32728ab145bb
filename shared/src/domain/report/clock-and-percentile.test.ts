import { describe, expect, it } from 'vitest';
import { measureClock } from './clock-result.js';
import { nearestRank } from './percentile.js';

const MIN = 60_000;
const T = Date.UTC(2027, 2, 15, 9, 0);
const END = T + 8 * 60 * MIN;

describe('a wait against a 20-minute limit, as the report counts it', () => {
  // The standard says "not more than 20 minutes": the report must agree with the live clock at the edge.
  it('counts 19:00, 20:00 exactly as within and 21:00 as a breach', () => {
    expect(measureClock('enquiry', T, T + 19 * MIN, null, 20, END).result).toBe('within');
    expect(measureClock('enquiry', T, T + 20 * MIN, null, 20, END).result).toBe('within');
    expect(measureClock('enquiry', T, T + 21 * MIN, null, 20, END).result).toBe('breached');
  });

  // One millisecond over is over: the CSV keeps milliseconds so a read-back cannot round a breach away.
  it('counts one millisecond past the limit as a breach', () => {
    expect(measureClock('enquiry', T, T + 20 * MIN + 1, null, 20, END).result).toBe('breached');
  });

  it('leaves a wait still running under the limit open, and one already over it a breach', () => {
    expect(measureClock('enquiry', T, null, null, 20, T + 20 * MIN)).toMatchObject({ result: 'open', waitMs: 20 * MIN });
    expect(measureClock('enquiry', T, null, null, 20, T + 20 * MIN + 1)).toMatchObject({ result: 'breached' });
  });

  // Someone who left after 19 minutes was not failed by the standard; after 21 they were.
  it('counts a visitor who left unseen within the limit as not seen, and after it as a breach', () => {
    expect(measureClock('enquiry', T, null, T + 19 * MIN, 20, END).result).toBe('not-seen');
    expect(measureClock('enquiry', T, null, T + 21 * MIN, 20, END).result).toBe('breached');
  });

  // An early arrival is called before their appointment time: no negative wait.
  it('gives a wait of zero to someone called before their clock started', () => {
    expect(measureClock('appointment', T, T - 5 * MIN, null, 10, END)).toMatchObject({ waitMs: 0, result: 'within' });
  });
});

describe('the nearest-rank percentile', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('is the value at rank ⌈p × n⌉, never an interpolation', () => {
    expect(nearestRank(ten, 50)).toBe(5);
    expect(nearestRank(ten, 90)).toBe(9);
    expect(nearestRank(ten, 91)).toBe(10);
    expect(nearestRank(ten, 100)).toBe(10);
    // With an odd count the median is the middle value; with an even count the lower middle.
    expect(nearestRank([3, 7, 8], 50)).toBe(7);
    expect(nearestRank([3, 7, 8, 20], 50)).toBe(7);
  });

  it('is the only value of one, and null of none', () => {
    expect(nearestRank([42], 90)).toBe(42);
    expect(nearestRank([], 50)).toBeNull();
  });

  it('is the smallest rank for p = 0', () => {
    expect(nearestRank(ten, 0)).toBe(1);
  });
});
