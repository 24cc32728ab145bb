import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { Visit } from '../schemas/visit.js';
import type { VisitCommand, VisitEvent } from '../schemas/visit-events.js';
import { aVisit, MIN, T0 } from '../test/fixtures.js';
import { checkIn, decide, evolve, replay, type CommandContext } from './visit-machine.js';
import { waitClock } from './wait-clock.js';

const ctx = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  now: T0 + 5 * MIN,
  actorId: 'sam',
  deskId: 'desk-2',
  recallsBeforeNoShow: 2,
  mayOverride: false,
  ...overrides,
});

function step(visit: Visit, command: VisitCommand, c: Partial<CommandContext> = {}): { visit: Visit; event: VisitEvent } {
  const event = decide(visit, command, ctx(c));
  return { visit: evolve(visit, event), event };
}

function expectError(fn: () => unknown, code: AppError['code'], message?: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    if (message) expect((e as AppError).message).toMatch(message);
    return;
  }
  throw new Error('expected an AppError');
}

describe('the visit state machine', () => {
  it('goes waiting → called → serving → completed, recording who and when', () => {
    let v = aVisit();
    v = step(v, { type: 'call' }, { now: T0 + 3 * MIN }).visit;
    expect(v).toMatchObject({ status: 'called', deskId: 'desk-2', staffId: 'sam', calledAt: T0 + 3 * MIN, seenAt: T0 + 3 * MIN });
    v = step(v, { type: 'start-serving' }, { now: T0 + 4 * MIN }).visit;
    expect(v).toMatchObject({ status: 'serving', servingAt: T0 + 4 * MIN });
    v = step(v, { type: 'complete', outcome: 'resolved' }, { now: T0 + 10 * MIN }).visit;
    expect(v).toMatchObject({ status: 'completed', outcome: 'resolved', endedAt: T0 + 10 * MIN });
  });

  it('rejects illegal transitions with a clear error and no event', () => {
    const waiting = aVisit();
    expectError(() => decide(waiting, { type: 'complete', outcome: 'resolved' }, ctx()), 'ILLEGAL_TRANSITION', /Cannot complete C001: it is still waiting/);
    expectError(() => decide(waiting, { type: 'start-serving' }, ctx()), 'ILLEGAL_TRANSITION');
    expectError(() => decide(waiting, { type: 'recall' }, ctx()), 'ILLEGAL_TRANSITION');
    const done = aVisit({ status: 'completed', staffId: 'sam' });
    for (const command of [{ type: 'call' }, { type: 'left' }, { type: 'transfer', serviceId: 'housing' }] as VisitCommand[]) {
      expectError(() => decide(done, command, ctx()), 'ILLEGAL_TRANSITION', /already completed/);
    }
  });

  // Two advisors pressing "Call" on the same ticket: the second must be told plainly, not silently steal it.
  it('refuses to call a ticket another desk has already called', () => {
    const called = step(aVisit(), { type: 'call' }).visit;
    expectError(() => decide(called, { type: 'call' }, ctx({ actorId: 'alex', deskId: 'desk-3' })), 'CONFLICT', /already been called/);
  });

  it('refuses to call without a desk', () => {
    expectError(() => decide(aVisit(), { type: 'call' }, ctx({ deskId: null })), 'CONFLICT', /Sign on to a desk/);
  });

  it('lets only the calling advisor, or a manager, act on a called visit', () => {
    const called = step(aVisit(), { type: 'call' }).visit;
    expectError(() => decide(called, { type: 'start-serving' }, ctx({ actorId: 'alex' })), 'FORBIDDEN');
    expect(decide(called, { type: 'start-serving' }, ctx({ actorId: 'morgan', mayOverride: true })).type).toBe('serving-started');
  });

  it('counts recalls and keeps the visit called at the same desk', () => {
    let v = step(aVisit(), { type: 'call' }).visit;
    v = step(v, { type: 'recall' }, { now: T0 + 6 * MIN, deskId: null }).visit;
    v = step(v, { type: 'recall' }, { now: T0 + 7 * MIN }).visit;
    expect(v).toMatchObject({ status: 'called', recallCount: 2, deskId: 'desk-2', calledAt: T0 + 7 * MIN });
    // The first call is when the visitor was seen; recalls do not move the wait figure.
    expect(v.seenAt).toBe(T0 + 5 * MIN);
  });

  // No-show is only allowed after the configured number of recalls, so nobody is dropped after one missed call.
  it('allows a no-show only after the configured number of recalls', () => {
    let v = step(aVisit(), { type: 'call' }).visit;
    expectError(() => decide(v, { type: 'no-show' }, ctx()), 'ILLEGAL_TRANSITION', /Recall C001 2 more times/);
    v = step(v, { type: 'recall' }).visit;
    expectError(() => decide(v, { type: 'no-show' }, ctx()), 'ILLEGAL_TRANSITION', /1 more time before/);
    v = step(v, { type: 'recall' }).visit;
    v = step(v, { type: 'no-show' }, { now: T0 + 9 * MIN }).visit;
    expect(v).toMatchObject({ status: 'no-show', endedAt: T0 + 9 * MIN });
  });

  it('allows an immediate no-show where the site sets zero recalls', () => {
    const v = step(aVisit(), { type: 'call' }, { recallsBeforeNoShow: 0 }).visit;
    expect(decide(v, { type: 'no-show' }, ctx({ recallsBeforeNoShow: 0 })).type).toBe('no-show');
  });

  it('transfers to another service keeping the original arrival time and clock', () => {
    let v = step(aVisit(), { type: 'call' }, { now: T0 + 8 * MIN }).visit;
    v = step(v, { type: 'start-serving' }).visit;
    v = step(v, { type: 'transfer', serviceId: 'housing' }, { now: T0 + 12 * MIN }).visit;
    expect(v).toMatchObject({ status: 'waiting', serviceId: 'housing', arrivedAt: T0, waitStartedAt: T0, seenAt: null, deskId: null, staffId: null, transferCount: 1 });
    // Still measured from the original arrival: at T0+21 the visitor has waited 21 minutes, a breach.
    expect(waitClock(v, T0 + 21 * MIN).state).toBe('breached');
  });

  it('refuses a transfer to the same service', () => {
    expectError(() => decide(aVisit(), { type: 'transfer', serviceId: 'council-tax' }, ctx()), 'ILLEGAL_TRANSITION', /already in that service/);
  });

  it('records a visitor who left before being seen, from waiting or called', () => {
    expect(step(aVisit(), { type: 'left' }).visit.status).toBe('left');
    const called = step(aVisit(), { type: 'call' }).visit;
    expect(step(called, { type: 'left' }).visit.status).toBe('left');
    const serving = step(called, { type: 'start-serving' }).visit;
    expectError(() => decide(serving, { type: 'left' }, ctx()), 'ILLEGAL_TRANSITION');
  });

  it('rebuilds the same visit by replaying its events', () => {
    const start = checkIn(
      { visitId: 'v9', siteId: 'site', serviceId: 'council-tax', kind: 'walk-in', ticket: 'C009', serviceDay: '2026-01-12', language: 'pl', needs: aVisit().needs, standards: aVisit().standards, actorId: 'kiosk-1' },
      T0,
    );
    const events: VisitEvent[] = [start];
    let v = start.visit;
    for (const command of [{ type: 'call' }, { type: 'recall' }, { type: 'start-serving' }, { type: 'complete', outcome: 'information-given' }] as VisitCommand[]) {
      const s = step(v, command);
      events.push(s.event);
      v = s.visit;
    }
    expect(replay(events)).toEqual(v);
    expect(v.language).toBe('pl');
  });

  it('refers a walk-in to an officer: the enquiry clock stays stopped and a second clock starts', () => {
    let v = step(aVisit(), { type: 'call' }, { now: T0 + 6 * MIN }).visit;
    v = step(v, { type: 'start-serving' }, { now: T0 + 7 * MIN }).visit;
    v = step(v, { type: 'refer-to-officer' }, { now: T0 + 10 * MIN }).visit;
    expect(v).toMatchObject({ status: 'waiting', stage: 'officer', seenAt: T0 + 6 * MIN, officerWaitStartedAt: T0 + 10 * MIN, officerSeenAt: null, deskId: null });
    expect(waitClock(v, T0 + 30 * MIN)).toMatchObject({ kind: 'officer', elapsedMs: 20 * MIN, state: 'due-soon' });
    expect(waitClock(v, T0 + 30 * MIN + 1000).state).toBe('breached');
    v = step(v, { type: 'call' }, { now: T0 + 25 * MIN, actorId: 'officer', deskId: 'desk-4' }).visit;
    expect(v).toMatchObject({ officerSeenAt: T0 + 25 * MIN, seenAt: T0 + 6 * MIN });
    expect(waitClock(v, T0 + 90 * MIN)).toMatchObject({ kind: 'officer', elapsedMs: 15 * MIN, state: 'within' });
  });

  it('refers only once, only while serving, and never an appointment', () => {
    expectError(() => decide(aVisit(), { type: 'refer-to-officer' }, ctx()), 'ILLEGAL_TRANSITION');
    const serving = aVisit({ status: 'serving', staffId: 'sam', stage: 'officer', officerWaitStartedAt: T0 });
    expectError(() => decide(serving, { type: 'refer-to-officer' }, ctx()), 'ILLEGAL_TRANSITION', /already waiting for an officer/);
    expectError(() => decide(aVisit({ status: 'serving', staffId: 'sam', kind: 'appointment' }), { type: 'refer-to-officer' }, ctx()), 'ILLEGAL_TRANSITION', /appointment/);
  });

  it('records a private room offered by staff and accepted', () => {
    const v = step(aVisit(), { type: 'request-room' }).visit;
    expect(v.needs.privateRoom).toBe(true);
    expectError(() => decide(v, { type: 'request-room' }, ctx()), 'CONFLICT');
  });

  it('closes a visit whose answer to an offer was an appointment, with that outcome', () => {
    const base = { visitId: 'v1', siteId: 'site', at: T0 + 16 * MIN, actorId: 'sam', promptId: 'p1' } as const;
    const booked = evolve(aVisit(), { ...base, type: 'offer-answered', offer: 'appointment', answer: 'appointment-booked' });
    expect(booked).toMatchObject({ status: 'completed', outcome: 'appointment-booked', endedAt: T0 + 16 * MIN });
    expect(evolve(aVisit(), { ...base, type: 'offer-answered', offer: 'appointment', answer: 'chose-to-wait' }).status).toBe('waiting');
    expect(evolve(aVisit(), { ...base, type: 'offer-answered', offer: 'appointment', answer: 'left' }).status).toBe('left');
    const atDesk = aVisit({ status: 'called', deskId: 'desk-1', staffId: 'sam', calledAt: T0 + MIN, seenAt: T0 + MIN });
    expect(evolve(atDesk, { ...base, type: 'offer-answered', offer: 'room', answer: 'chose-to-wait' })).toMatchObject({ status: 'waiting', deskId: null, seenAt: T0 + MIN });
  });
});
