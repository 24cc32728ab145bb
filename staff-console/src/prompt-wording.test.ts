import { describe, expect, it } from 'vitest';
import { DEFAULT_STANDARDS, type Prompt } from '@reception/shared';
import { announcement, promptWording } from './prompt-wording.js';
import { MIN, T0 } from './state/test-fixtures.js';

const SITE = { standards: DEFAULT_STANDARDS, timeZone: 'Europe/London' };

function aPrompt(overrides: Partial<Prompt> = {}): Prompt {
  return {
    id: 'p1', siteId: 'civic-centre', visitId: 'v1', ticket: 'C001', kind: 'offer-appointment', clock: 'enquiry', audience: 'staff',
    raisedAt: T0 + 15 * MIN, breachAt: T0 + 20 * MIN, forecastSeenAt: T0 + 27 * MIN, status: 'open', resolvedAt: null, resolvedBy: null, outcome: null,
    ...overrides,
  };
}

describe('prompt wording', () => {
  it('says when the walk-in is expected against the limit, in site time', () => {
    expect(promptWording(aPrompt(), undefined, SITE)).toEqual({
      title: 'C001 may not be seen within 20 minutes',
      detail: 'Expected to be seen 10:27 · limit 10:20',
      advice: 'Offer the choice of waiting or making a specific appointment.',
    });
  });

  it('prefers the latest forecast, so the card agrees with the queue', () => {
    expect(promptWording(aPrompt(), undefined, SITE, T0 + 31 * MIN).detail).toBe('Expected to be seen 10:31 · limit 10:20');
  });

  it('uses the limit the visitor arrived under, and counts the officer wait from referral', () => {
    const visit = { standards: { ...DEFAULT_STANDARDS, version: 2, officerMinutes: 15 } };
    const wording = promptWording(aPrompt({ clock: 'officer', forecastSeenAt: null }), visit, SITE);
    expect(wording.title).toBe('C001 may not be seen within 15 minutes of being referred to an officer');
    expect(wording.detail).toBe('Limit 10:20');
  });

  it('words a missing room and a breach the way the codes do', () => {
    expect(promptWording(aPrompt({ kind: 'room-unavailable' }), undefined, SITE).title).toBe('No interview room is free for C001');
    const breach = promptWording(aPrompt({ kind: 'limit-breached', audience: 'managers' }), undefined, SITE);
    expect(breach.title).toBe('C001 has waited more than 20 minutes');
    expect(announcement(breach)).toBe('C001 has waited more than 20 minutes');
  });
});
