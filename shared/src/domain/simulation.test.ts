import { describe, expect, it } from 'vitest';
import { Visit } from '../schemas/visit.js';
import { mulberry32, simulateDay } from './simulation.js';

describe('the simulated reception day', () => {
  it('is deterministic: the same seed gives the same day and the same numbers', () => {
    expect(simulateDay(7)).toEqual(simulateDay(7));
    expect(simulateDay(7).forecastMaeMinutes).not.toBe(simulateDay(8).forecastMaeMinutes);
  });

  it('uses a seeded generator that repeats itself and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('moves real, valid visits through the day and accounts for every visitor', () => {
    const day = simulateDay(3);
    for (const v of day.visits) expect(Visit.safeParse(v).success).toBe(true);
    // Nobody is still waiting or at a desk once the last advisor has gone home.
    expect(day.visits.filter((v) => v.status === 'waiting' || v.status === 'called' || v.status === 'serving')).toEqual([]);
    expect(day.compared + day.skipped + day.uncalled).toBe(day.arrivals.length);
    expect(day.compared).toBeGreaterThan(100);
  });

  // The product's promise: the figure shown at the kiosk is closer to the real wait than the naive one.
  it.each([1, 2, 3, 4])('forecasts waits more accurately than the naive estimate (seed %i)', (seed) => {
    const day = simulateDay(seed);
    expect(day.forecastMaeMinutes).toBeLessThan(day.naiveMaeMinutes);
  });
});
