import { describe, expect, it } from 'vitest';
import { DEFAULT_STANDARDS } from '../schemas/site.js';
import { aVisit, MIN, T0 } from '../test/fixtures.js';
import { nextStandards, SetStandardsRequest, STANDARDS_PRESETS } from './standards.js';
import { waitClock } from './wait-clock.js';

describe('standards profiles', () => {
  it('offers the three published presets', () => {
    expect(STANDARDS_PRESETS['bolsover-ned'].limits).toMatchObject({ walkInMinutes: 20, officerMinutes: 20, appointmentMinutes: 10 });
    expect(STANDARDS_PRESETS.hertsmere.limits).toMatchObject({ walkInMinutes: 15, officerMinutes: 20, appointmentMinutes: 10 });
    expect(STANDARDS_PRESETS.halton.limits).toMatchObject({ walkInMinutes: 10, officerMinutes: 10, appointmentMinutes: 10 });
  });

  it('makes each change a new version', () => {
    const v2 = nextStandards(DEFAULT_STANDARDS, { preset: 'hertsmere' });
    expect(v2).toEqual({ version: 2, walkInMinutes: 15, officerMinutes: 20, appointmentMinutes: 10, promptLeadMinutes: 5 });
    expect(nextStandards(v2, { custom: { walkInMinutes: 12, officerMinutes: 25, appointmentMinutes: 8, promptLeadMinutes: 4 } }).version).toBe(3);
  });

  // Reports must use the limit that applied when the visit happened, not today's.
  it('leaves a visit on the limit it arrived under after the profile changes', () => {
    const arrivedUnder20 = aVisit();
    nextStandards(arrivedUnder20.standards, { preset: 'halton' });
    expect(waitClock(arrivedUnder20, T0 + 15 * MIN).state).toBe('due-soon');
    expect(waitClock(arrivedUnder20, T0 + 20 * MIN).state).not.toBe('breached');
  });

  it('refuses a prompt lead that is not before the shortest limit', () => {
    const bad = SetStandardsRequest.safeParse({ custom: { walkInMinutes: 10, officerMinutes: 20, appointmentMinutes: 5, promptLeadMinutes: 5 } });
    expect(bad.success).toBe(false);
    expect(SetStandardsRequest.safeParse({ preset: 'nowhere' }).success).toBe(false);
  });
});
