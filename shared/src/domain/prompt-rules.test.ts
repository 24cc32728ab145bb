import { describe, expect, it } from 'vitest';
import type { Prompt } from '../schemas/prompts.js';
import { aVisit, MIN, SEC, T0 } from '../test/fixtures.js';
import { lapsedPrompts, MATERIAL_WORSENING_MS, promptsDue } from './prompt-rules.js';

const prompt = (overrides: Partial<Prompt>): Prompt => ({
  id: 'p1',
  siteId: 'site',
  visitId: 'v1',
  ticket: 'C001',
  kind: 'offer-appointment',
  clock: 'enquiry',
  audience: 'staff',
  raisedAt: T0,
  breachAt: T0 + 20 * MIN,
  forecastSeenAt: null,
  status: 'open',
  resolvedAt: null,
  resolvedBy: null,
  outcome: null,
  ...overrides,
});

const kinds = (drafts: { kind: string }[]) => drafts.map((d) => d.kind);

describe('the offer-an-appointment prompt (20-minute limit, 5-minute lead)', () => {
  const walkIn = aVisit();
  // With no forecast of a breach, the prompt waits for the lead time: 15:00 of the 20 minutes.
  it('is not raised at 14:59 when the forecast says they will be seen in time', () => {
    expect(promptsDue(walkIn, T0 + 16 * MIN, [], T0 + 14 * MIN + 59 * SEC)).toEqual([]);
  });
  it('is raised at exactly 15:00, whatever the forecast', () => {
    expect(kinds(promptsDue(walkIn, T0 + 16 * MIN, [], T0 + 15 * MIN))).toEqual(['offer-appointment']);
  });
  it('is raised at 15:01 too, if nobody raised it yet', () => {
    expect(kinds(promptsDue(walkIn, null, [], T0 + 15 * MIN + SEC))).toEqual(['offer-appointment']);
  });

  // The point of forecasting: the visitor can be offered an appointment on arrival, not at 15 minutes.
  it('is raised early when the forecast says they will be seen after the limit', () => {
    const drafts = promptsDue(walkIn, T0 + 20 * MIN + SEC, [], T0 + MIN);
    expect(drafts).toEqual([{ visitId: 'v1', ticket: 'C001', kind: 'offer-appointment', clock: 'enquiry', audience: 'staff', breachAt: T0 + 20 * MIN, forecastSeenAt: T0 + 20 * MIN + SEC }]);
  });
  it('is not raised early when the forecast is exactly the limit (that counts as within)', () => {
    expect(promptsDue(walkIn, T0 + 20 * MIN, [], T0 + MIN)).toEqual([]);
  });

  it('is not raised twice for the same clock', () => {
    expect(promptsDue(walkIn, null, [prompt({})], T0 + 16 * MIN)).toEqual([]);
    const declined = prompt({ status: 'resolved', outcome: 'declined' });
    expect(promptsDue(walkIn, T0 + 60 * MIN, [declined], T0 + 16 * MIN)).toEqual([]);
  });

  it('is asked again only if the visitor chose to wait and the forecast got materially worse', () => {
    const waited = prompt({ status: 'resolved', outcome: 'chose-to-wait', forecastSeenAt: T0 + 25 * MIN });
    expect(promptsDue(walkIn, T0 + 25 * MIN + MATERIAL_WORSENING_MS - 1, [waited], T0 + 16 * MIN)).toEqual([]);
    expect(kinds(promptsDue(walkIn, T0 + 25 * MIN + MATERIAL_WORSENING_MS, [waited], T0 + 16 * MIN))).toEqual(['offer-appointment']);
  });

  it('is never raised for an appointment or a visit already called', () => {
    expect(promptsDue(aVisit({ kind: 'appointment' }), null, [], T0 + 9 * MIN).map((d) => d.kind)).not.toContain('offer-appointment');
    expect(promptsDue(aVisit({ status: 'called', seenAt: T0 + MIN }), null, [], T0 + 30 * MIN)).toEqual([]);
  });
});

describe('the second clock, once referred to an officer', () => {
  // Referred at 12 minutes; the officer clock has its own 20-minute limit from then.
  const referred = aVisit({ stage: 'officer', seenAt: T0 + 5 * MIN, officerWaitStartedAt: T0 + 12 * MIN });
  it('prompts on the officer clock, not the enquiry one', () => {
    expect(promptsDue(referred, T0 + 20 * MIN, [], T0 + 26 * MIN + 59 * SEC)).toEqual([]);
    const [draft] = promptsDue(referred, null, [], T0 + 27 * MIN);
    expect(draft).toMatchObject({ kind: 'offer-appointment', clock: 'officer', breachAt: T0 + 32 * MIN });
  });
  it('is a fresh clock: an offer made on the enquiry clock does not count', () => {
    const enquiryOffer = prompt({ clock: 'enquiry', status: 'resolved', outcome: 'chose-to-wait' });
    expect(kinds(promptsDue(referred, null, [enquiryOffer], T0 + 27 * MIN))).toEqual(['offer-appointment']);
  });
});

describe('the limit-breached escalation', () => {
  const walkIn = aVisit();
  const offered = prompt({ status: 'resolved', outcome: 'chose-to-wait' });
  it('is not raised at exactly 20:00', () => {
    expect(promptsDue(walkIn, null, [offered], T0 + 20 * MIN)).toEqual([]);
  });
  it('goes to managers at 20:01, once', () => {
    const [draft] = promptsDue(walkIn, null, [offered], T0 + 20 * MIN + SEC);
    expect(draft).toMatchObject({ kind: 'limit-breached', audience: 'managers' });
    expect(promptsDue(walkIn, null, [offered, prompt({ id: 'p2', kind: 'limit-breached', audience: 'managers' })], T0 + 40 * MIN)).toEqual([]);
  });
  it('escalates an appointment kept waiting past 10 minutes', () => {
    const appointment = aVisit({ kind: 'appointment' });
    // The delay-reason prompt (already due from 5:00) comes too; the breach is the manager's.
    expect(kinds(promptsDue(appointment, null, [], T0 + 10 * MIN))).toEqual(['delay-reason']);
    expect(kinds(promptsDue(appointment, null, [], T0 + 10 * MIN + SEC))).toEqual(['limit-breached', 'delay-reason']);
  });
});

describe('lapsed prompts', () => {
  it('closes an offer once the visitor is called, but keeps a breach for the manager', () => {
    const called = aVisit({ status: 'called', seenAt: T0 + 21 * MIN });
    const open = [prompt({}), prompt({ id: 'p2', kind: 'limit-breached', audience: 'managers' })];
    expect(lapsedPrompts(open, new Map([[called.id, called]])).map((p) => p.id)).toEqual(['p1']);
  });
  it('keeps a room prompt while the visitor is at the desk deciding', () => {
    const called = aVisit({ status: 'called' });
    expect(lapsedPrompts([prompt({ kind: 'room-unavailable' })], new Map([[called.id, called]]))).toEqual([]);
  });
});
