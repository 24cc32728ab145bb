import { describe, expect, it } from 'vitest';
import { AdjustableClock } from './clock.js';
import { readEnv } from './env.js';

describe('the server environment', () => {
  it('gives defaults for everything left unset', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 3000, TEST_CLOCK: false, MONITOR_INTERVAL_MS: 5000 });
    expect(env.TEST_CLOCK_START).toBeUndefined();
  });

  it('takes a test clock start as an instant with its offset', () => {
    expect(readEnv({ TEST_CLOCK: 'true', TEST_CLOCK_START: '2027-01-12T09:30:00Z' }).TEST_CLOCK_START).toBe(Date.UTC(2027, 0, 12, 9, 30));
  });

  it('refuses a clock start without a test clock, and one that is not an instant', () => {
    expect(() => readEnv({ TEST_CLOCK_START: '2027-01-12T09:30:00Z' })).toThrow('TEST_CLOCK_START: TEST_CLOCK_START needs TEST_CLOCK=true');
    expect(() => readEnv({ TEST_CLOCK: 'true', TEST_CLOCK_START: 'Tuesday' })).toThrow('TEST_CLOCK_START');
    expect(() => readEnv({ PORT: '70000' })).toThrow('PORT');
  });
});

describe('the clock end-to-end tests move', () => {
  it('starts where it is told, runs with real time, and only moves forward when advanced', async () => {
    const start = Date.UTC(2027, 0, 12, 9, 30);
    const clock = new AdjustableClock(start);
    expect(clock.now() - start).toBeLessThan(50);
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now() - start).toBeGreaterThanOrEqual(19);
    clock.advance(10 * 60_000);
    expect(clock.now() - start).toBeGreaterThanOrEqual(10 * 60_000);
  });
});
