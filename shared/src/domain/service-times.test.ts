import { describe, expect, it } from 'vitest';
import { MIN, T0 } from '../test/fixtures.js';
import { learnServiceTimes, robustTypicalMs, type ServiceTimeSample } from './service-times.js';

/** `n` council-tax samples of `minutes` each, ending one minute apart before T0. */
function samples(n: number, minutes: number, serviceId = 'council-tax', endedBefore = T0): ServiceTimeSample[] {
  return Array.from({ length: n }, (_, i) => ({ serviceId, durationMs: minutes * MIN, endedAt: endedBefore - i * MIN }));
}

describe('learning service times', () => {
  it('uses the 8-minute prior for a service with no history', () => {
    expect(learnServiceTimes([], T0)('council-tax')).toBe(8 * MIN);
    expect(learnServiceTimes(samples(5, 6), T0)('housing')).toBe(8 * MIN);
  });

  it('lets history outweigh the prior as it accumulates', () => {
    // Twelve 6-minute samples and the prior worth three 8-minute ones: (12×6 + 3×8) ÷ 15 = 6.4 minutes.
    expect(learnServiceTimes(samples(12, 6), T0)('council-tax')).toBe(6.4 * MIN);
  });

  it('leans on the prior while there are few samples', () => {
    // One 20-minute visit at 9:05 should not become the forecast for everyone: (20 + 3×8) ÷ 4 = 11 minutes.
    expect(learnServiceTimes(samples(1, 20), T0)('council-tax')).toBe(11 * MIN);
  });

  it('ignores a 3-hour visit someone forgot to close', () => {
    const forgotten = { serviceId: 'council-tax', durationMs: 180 * MIN, endedAt: T0 };
    // Dropped outright (over the 2-hour plausibility ceiling): same answer as without it.
    expect(learnServiceTimes([...samples(12, 6, 'council-tax', T0 - MIN), forgotten], T0)('council-tax')).toBe(6.4 * MIN);
  });

  it('winsorises a long but plausible visit at four times the median', () => {
    const long = { serviceId: 'council-tax', durationMs: 60 * MIN, endedAt: T0 };
    // Median of eleven 6s, one 60 and three prior 8s is 6, so the 60 counts as 24:
    // (11×6 + 24) ÷ 12 = 7.5, then (12×7.5 + 3×8) ÷ 15 = 7.6 minutes. A plain mean would say 10.5.
    expect(learnServiceTimes([...samples(11, 6, 'council-tax', T0 - MIN), long], T0)('council-tax')).toBe(7.6 * MIN);
  });

  it('lets the prior decide what is absurd when there are only two samples', () => {
    // Median of {6, 100, 8, 8, 8} is 8, so the 100 counts as 32: (6 + 32 + 3×8) ÷ 5 = 12.4 minutes.
    expect(robustTypicalMs([6 * MIN, 100 * MIN], 8 * MIN, 3, 4)).toBe(12.4 * MIN);
  });

  it('uses only the 30 most recent samples, within the lookback', () => {
    // Thirty recent 5-minute visits; ten older 20-minute ones are beyond the 30 and ignored: (30×5 + 3×8) ÷ 33.
    const recent = samples(30, 5);
    const older = samples(10, 20, 'council-tax', T0 - 60 * MIN);
    expect(learnServiceTimes([...older, ...recent], T0)('council-tax')).toBe(Math.round(((30 * 5 + 24) / 33) * MIN));
    // Samples from before the lookback window count for nothing.
    const stale = samples(10, 20, 'council-tax', T0 - 15 * 24 * 60 * MIN);
    expect(learnServiceTimes(stale, T0)('council-tax')).toBe(8 * MIN);
  });

  it('accepts a per-service prior', () => {
    const model = learnServiceTimes([], T0, { priorMs: (id) => (id === 'planning' ? 20 * MIN : 8 * MIN) });
    expect(model('planning')).toBe(20 * MIN);
    expect(model('parking')).toBe(8 * MIN);
  });
});
