import { describe, expect, it } from 'vitest';
import type { DeskSession } from '../schemas/site.js';
import type { Visit } from '../schemas/visit.js';
import { aVisit, MIN, T0 } from '../test/fixtures.js';
import { expectedWaitForNewArrival, forecastQueue, naiveExpectedWaitMs, type ForecastInput } from './forecast.js';

const NOW = T0 + 10 * MIN;
const desk = (deskId: string, serviceIds: string[]): DeskSession => ({ staffId: `s-${deskId}`, staffName: deskId, deskId, serviceIds, since: T0 });
/** A walk-in that has been waiting since `minutesBeforeNow` minutes before NOW. */
const waiting = (id: string, minutesBeforeNow: number, serviceId = 'council-tax'): Visit =>
  aVisit({ id, ticket: id, serviceId, arrivedAt: NOW - minutesBeforeNow * MIN, waitStartedAt: NOW - minutesBeforeNow * MIN });
/** A visit at `deskId`, called `minutesAgo` minutes before NOW. */
const atDesk = (id: string, deskId: string, minutesAgo: number, serviceId = 'council-tax'): Visit =>
  aVisit({ id, ticket: id, serviceId, status: 'serving', deskId, calledAt: NOW - minutesAgo * MIN, seenAt: NOW - minutesAgo * MIN });
const minutes: Record<string, number> = { 'council-tax': 8, housing: 12, parking: 4 };
const input = (visits: Visit[], deskSessions: DeskSession[]): ForecastInput => ({ now: NOW, visits, deskSessions, serviceTime: (id) => (minutes[id] ?? 8) * MIN });
const seenAt = (i: ForecastInput) => Object.fromEntries([...forecastQueue(i).values()].map((f) => [f.visitId, f.expectedSeenAt === null ? null : (f.expectedSeenAt - NOW) / MIN]));

describe('forecasting when waiting visitors will be seen', () => {
  it('queues two visitors behind one free desk', () => {
    // The first is called now; the second when the first's 8 minutes are over.
    const i = input([waiting('a', 5), waiting('b', 2)], [desk('d1', ['council-tax'])]);
    expect(seenAt(i)).toEqual({ a: 0, b: 8 });
    // Waits run from arrival: a has waited 5 and is seen now; b waited 2 and is seen in 8.
    expect(forecastQueue(i).get('b')?.expectedWaitMs).toBe(10 * MIN);
  });

  it('follows each desk’s service mix', () => {
    // d1 does only council tax; d2 does housing and council tax. The housing visitor is first in
    // call order, so d2 takes them now for 12 minutes; d1 takes c1 now and c2 at 8 (before d2
    // frees at 12). For c3, d2 frees at 12 and d1 at 16, so c3 is seen at 12. The naive figure
    // (3rd council-tax visitor × 8 ÷ 2 desks = 12) only agrees by luck: it would say c1 waits 4.
    const i = input([waiting('h1', 9, 'housing'), waiting('c1', 8), waiting('c2', 7), waiting('c3', 6)], [desk('d1', ['council-tax']), desk('d2', ['housing', 'council-tax'])]);
    expect(seenAt(i)).toEqual({ h1: 0, c1: 0, c2: 8, c3: 12 });
  });

  it('counts what is left of a busy desk’s current visit', () => {
    // Called 3 minutes ago, typically 8: the desk is free in 5.
    const i = input([atDesk('x', 'd1', 3), waiting('a', 1)], [desk('d1', ['council-tax'])]);
    expect(seenAt(i)).toEqual({ a: 5 });
  });

  it('gives an over-running desk half a typical time more, not zero', () => {
    // Called 10 minutes ago against a typical 8: assume 4 more rather than "free now".
    const i = input([atDesk('x', 'd1', 10), waiting('a', 1)], [desk('d1', ['council-tax'])]);
    expect(seenAt(i)).toEqual({ a: 4 });
  });

  it('ignores a visit at a desk nobody is signed in to', () => {
    const i = input([atDesk('x', 'gone', 1), waiting('a', 1)], [desk('d1', ['council-tax'])]);
    expect(seenAt(i)).toEqual({ a: 0 });
  });

  it('has no forecast for a service no signed-in desk serves', () => {
    const f = forecastQueue(input([waiting('p', 1, 'parking')], [desk('d1', ['council-tax'])])).get('p');
    expect(f).toEqual({ visitId: 'p', expectedSeenAt: null, expectedWaitMs: null, breachAt: NOW - MIN + 20 * MIN, willBreach: false });
  });

  it('flags a visit that will be seen after its limit', () => {
    // Waited 15 minutes, desk busy for 6 more: seen at 21 minutes, past the 20-minute limit.
    const f = forecastQueue(input([atDesk('x', 'd1', 2), waiting('a', 15)], [desk('d1', ['council-tax'])])).get('a');
    expect(f?.expectedWaitMs).toBe(21 * MIN);
    expect(f?.willBreach).toBe(true);
  });

  it('does not flag a visit expected to be seen exactly at its limit', () => {
    // Waited 15, desk free in 5: seen at exactly 20 minutes, which is "not more than 20".
    const f = forecastQueue(input([atDesk('x', 'd1', 3), waiting('a', 15)], [desk('d1', ['council-tax'])])).get('a');
    expect(f?.expectedSeenAt).toBe(f?.breachAt);
    expect(f?.willBreach).toBe(false);
  });

  it('lets an appointment overtake in call order, as the desks do', () => {
    // The appointment breaches 10 minutes after arriving 2 minutes ago (NOW+8), before the walk-in (NOW+15).
    const appt = aVisit({ id: 'ap', ticket: 'ap', kind: 'appointment', arrivedAt: NOW - 2 * MIN, waitStartedAt: NOW - 2 * MIN });
    expect(seenAt(input([waiting('w', 5), appt], [desk('d1', ['council-tax'])]))).toEqual({ ap: 0, w: 8 });
  });

  it('forecasts only waiting visits', () => {
    const f = forecastQueue(input([atDesk('x', 'd1', 1), waiting('a', 1)], [desk('d1', ['council-tax'])]));
    expect([...f.keys()]).toEqual(['a']);
  });
});

describe('forecasting arrived appointments', () => {
  /** An appointment with the officer at desk d2, whose 10-minute clock started `minutesBeforeNow` ago (negative: not yet). */
  const appointment = (id: string, minutesBeforeNow: number): Visit =>
    aVisit({ id, ticket: id, kind: 'appointment', appointmentId: `appt-${id}`, arrivedAt: NOW - Math.max(minutesBeforeNow, 5) * MIN, waitStartedAt: NOW - minutesBeforeNow * MIN });
  const withOfficer = (i: ForecastInput): ForecastInput => ({ ...i, officerOf: new Map([['ap', 's-d2']]) });
  const desks = [desk('d1', ['council-tax']), desk('d2', ['council-tax'])];

  it("waits for its own officer's desk, as call-next does, leaving the free desk to walk-ins", () => {
    // d2 is busy for 5 more minutes. Call order: ap (limit in 8), w1 (15), w2 (16).
    // ap waits for d2 (5); w1 takes free d1 (0); w2 follows at d1 (8), not d2 (13).
    const visits = [atDesk('x', 'd2', 3), appointment('ap', 2), waiting('w1', 5), waiting('w2', 4)];
    expect(seenAt(withOfficer(input(visits, desks)))).toEqual({ ap: 5, w1: 0, w2: 8 });
    // Without knowing the officer, any desk would do: the forecast the officer rule corrects.
    expect(seenAt(input(visits, desks))).toEqual({ ap: 0, w1: 5, w2: 8 });
  });

  it('has no forecast while its officer is not signed in at a desk', () => {
    expect(seenAt(withOfficer(input([appointment('ap', 2)], [desk('d1', ['council-tax'])])))).toEqual({ ap: null });
  });

  it('expects an early arrival at the appointment time, not before', () => {
    expect(seenAt(withOfficer(input([appointment('ap', -30)], desks)))).toEqual({ ap: 30 });
  });
});

describe('the expected wait for someone checking in now', () => {
  it('puts them at the back of their service’s queue', () => {
    // Two ahead at one desk, 8 minutes each: 16 minutes.
    expect(expectedWaitForNewArrival('council-tax', input([waiting('a', 2), waiting('b', 1)], [desk('d1', ['council-tax'])]))).toBe(16 * MIN);
  });

  it('is zero at a free desk and null where nobody serves', () => {
    const i = input([], [desk('d1', ['council-tax'])]);
    expect(expectedWaitForNewArrival('council-tax', i)).toBe(0);
    expect(expectedWaitForNewArrival('parking', i)).toBeNull();
  });
});

describe('the naive baseline', () => {
  it('is position × mean service time ÷ desks', () => {
    expect(naiveExpectedWaitMs(3, 8 * MIN, 2)).toBe(12 * MIN);
    expect(naiveExpectedWaitMs(3, 8 * MIN, 0)).toBeNull();
  });
});
