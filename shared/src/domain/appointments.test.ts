import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, DEFAULT_STANDARDS, WEEKDAY_OPENING } from '../schemas/site.js';
import type { Officer } from '../schemas/appointments.js';
import type { Prompt } from '../schemas/prompts.js';
import type { Visit } from '../schemas/visit.js';
import { anAppointment, aVisit, MIN, SEC, T0 } from '../test/fixtures.js';
import { appointmentClockStart, appointmentState, decideArrival, isNoShowDue, officerUnavailability, punctuality } from './appointment-arrival.js';
import { clashFor, decideBooking, instantAt, overlaps } from './appointment-booking.js';
import { formatReference, isValidReference, makeReference, normaliseReference, REFERENCE_ALPHABET, uniqueReference } from './booking-reference.js';
import { promptsDue } from './prompt-rules.js';
import { waitClock } from './wait-clock.js';

const TZ = 'Europe/London';
const GRACE = 30;


const sam: Officer = { staffId: 'sam', siteId: 'site', name: 'Sam Patel', serviceIds: ['housing'], workingHours: ALWAYS_OPEN, awaySince: null };
const alex: Officer = { staffId: 'alex', siteId: 'site', name: 'Alex Jones', serviceIds: ['housing', 'benefits'], workingHours: ALWAYS_OPEN, awaySince: null };

describe('the appointment clock at arrival', () => {
  // "Within 10 minutes of your appointment time": arriving early must not eat into the officer's 10 minutes.
  it('starts at the appointment time for an early arrival', () => {
    expect(appointmentClockStart(T0, T0 - 12 * MIN)).toBe(T0);
    expect(decideArrival(anAppointment(), T0 - 1 * MIN, TZ, GRACE)).toEqual({ kind: 'check-in', punctuality: 'early', waitStartsAt: T0 });
  });
  it('starts at the appointment time for an on-time arrival', () => {
    expect(decideArrival(anAppointment(), T0, TZ, GRACE)).toEqual({ kind: 'check-in', punctuality: 'on-time', waitStartsAt: T0 });
  });
  // Late visitors are measured from arrival, or a late visitor would arrive already in breach.
  it('starts at arrival for a late arrival', () => {
    expect(decideArrival(anAppointment(), T0 + 1 * MIN, TZ, GRACE)).toEqual({ kind: 'check-in', punctuality: 'late', waitStartsAt: T0 + 1 * MIN });
  });
  // The grace period is inclusive: at exactly 30 minutes late the visitor keeps the appointment; a minute more and they do not.
  it('keeps the appointment up to exactly the grace period late, then gives a walk-in ticket', () => {
    expect(punctuality(T0, T0 + 29 * MIN, GRACE)).toBe('late');
    expect(punctuality(T0, T0 + 30 * MIN, GRACE)).toBe('late');
    expect(punctuality(T0, T0 + 31 * MIN, GRACE)).toBe('very-late');
    expect(decideArrival(anAppointment(), T0 + 30 * MIN, TZ, GRACE)).toMatchObject({ kind: 'check-in', waitStartsAt: T0 + 30 * MIN });
    expect(decideArrival(anAppointment(), T0 + 31 * MIN, TZ, GRACE)).toEqual({ kind: 'walk-in' });
    expect(decideArrival(anAppointment(), T0 + 11 * MIN, TZ, 10)).toEqual({ kind: 'walk-in' });
  });
  it('refuses a reference for another day, a cancelled or a rebooked appointment, and a second check-in', () => {
    expect(decideArrival(anAppointment({ serviceDay: '2026-01-13', startsAt: T0 + 24 * 60 * MIN }), T0, TZ, GRACE)).toEqual({ kind: 'refused', reason: 'other-day' });
    expect(decideArrival(anAppointment({ status: 'cancelled' }), T0, TZ, GRACE)).toEqual({ kind: 'refused', reason: 'cancelled' });
    expect(decideArrival(anAppointment({ status: 'rebooked' }), T0, TZ, GRACE)).toEqual({ kind: 'refused', reason: 'cancelled' });
    expect(decideArrival(anAppointment({ status: 'arrived' }), T0, TZ, GRACE)).toEqual({ kind: 'refused', reason: 'already-arrived' });
  });
});

describe('appointment prompts on a fake clock', () => {
  // Default standards: 10-minute limit, prompt 5 minutes before it.
  const arrived = aVisit({ kind: 'appointment', appointmentId: 'a1', ticket: 'H001', waitStartedAt: T0 }, DEFAULT_STANDARDS);
  const kinds = (now: number, existing: Prompt[] = [], officer: Parameters<typeof promptsDue>[4] = null) => promptsDue(arrived, null, existing, now, officer).map((d) => d.kind);

  // The delay prompt comes at the configured point (5 minutes before the limit): not a second early.
  it('prompts for a delay reason at exactly 5:00 into the wait, not at 4:59', () => {
    expect(kinds(T0 + 4 * MIN + 59 * SEC)).toEqual([]);
    expect(kinds(T0 + 5 * MIN)).toEqual(['delay-reason']);
    expect(kinds(T0 + 6 * MIN)).toEqual(['delay-reason']);
  });
  // "Not more than 10 minutes": a wait of exactly 10:00 is within the standard; 10:01 is a breach for managers.
  it('escalates a breach to managers after 10:00, not at it', () => {
    expect(waitClock(arrived, T0 + 10 * MIN).state).toBe('due-soon');
    expect(kinds(T0 + 10 * MIN)).not.toContain('limit-breached');
    const breach = promptsDue(arrived, null, [], T0 + 10 * MIN + 1 * SEC).find((d) => d.kind === 'limit-breached');
    expect(breach).toMatchObject({ audience: 'managers', clock: 'appointment', breachAt: T0 + 10 * MIN });
    expect(promptsDue(arrived, null, [], T0 + 11 * MIN).map((d) => d.kind)).toContain('limit-breached');
  });
  it('asks at once to hand over or rebook when the officer is signed out or away, and from 5:00 when over-running', () => {
    expect(kinds(T0 + 1 * MIN, [], 'signed-out')).toEqual(['officer-unavailable']);
    expect(kinds(T0 + 1 * MIN, [], 'away')).toEqual(['officer-unavailable']);
    expect(kinds(T0 + 4 * MIN + 59 * SEC, [], 'over-running')).toEqual([]);
    expect(kinds(T0 + 5 * MIN, [], 'over-running')).toEqual(['delay-reason', 'officer-unavailable']);
  });
  it('for an early arrival, raises an absent officer only from 5:00 before the appointment', () => {
    const early: Visit = { ...arrived, arrivedAt: T0 - 40 * MIN };
    const due = (at: number) => promptsDue(early, null, [], at, 'signed-out').map((d) => d.kind);
    expect(due(T0 - 5 * MIN - 1 * SEC)).toEqual([]);
    expect(due(T0 - 5 * MIN)).toEqual(['officer-unavailable']);
  });
  it('does not ask twice, but asks again after a hand-over to an officer who cannot see them either', () => {
    const asked: Prompt = { id: 'p1', siteId: 'site', visitId: arrived.id, ticket: 'H001', kind: 'officer-unavailable', clock: 'appointment', audience: 'staff', raisedAt: T0, breachAt: T0 + 10 * MIN, forecastSeenAt: null, status: 'open', resolvedAt: null, resolvedBy: null, outcome: null };
    expect(kinds(T0 + 1 * MIN, [asked], 'away')).toEqual([]);
    expect(kinds(T0 + 2 * MIN, [{ ...asked, status: 'resolved', outcome: 'reassigned' }], 'away')).toEqual(['officer-unavailable']);
  });
  it('never offers a walk-in appointment to someone who already has one', () => {
    expect(kinds(T0 + 9 * MIN)).not.toContain('offer-appointment');
  });
  it('names why the officer is unavailable', () => {
    expect(officerUnavailability({ atDesk: false, away: false, busyWithOther: false })).toBe('signed-out');
    expect(officerUnavailability({ atDesk: true, away: true, busyWithOther: false })).toBe('away');
    expect(officerUnavailability({ atDesk: true, away: false, busyWithOther: true })).toBe('over-running');
    expect(officerUnavailability({ atDesk: true, away: false, busyWithOther: false })).toBeNull();
  });
});

describe('booking', () => {
  // The Monday after T0, so every slot is in the future.
  const at = (hhmm: string) => instantAt('2026-01-19', hhmm, TZ);
  const check = (overrides: Partial<Parameters<typeof decideBooking>[0]> = {}) =>
    decideBooking({ siteHours: WEEKDAY_OPENING, timeZone: TZ, serviceId: 'housing', slot: { startsAt: at('11:00'), lengthMinutes: 30 }, officerId: 'sam', officers: [sam, alex], existing: [], ...overrides }, T0);

  // Half-open slots: back-to-back appointments are how a diary is filled, a one-minute overlap is a double booking.
  it('never double-books an officer, but allows back-to-back appointments', () => {
    const booked = anAppointment({ startsAt: at('11:00') });
    expect(overlaps(booked, { startsAt: at('11:29'), lengthMinutes: 30 })).toBe(true);
    expect(overlaps(booked, { startsAt: at('11:30'), lengthMinutes: 30 })).toBe(false);
    expect(overlaps(booked, { startsAt: at('10:30'), lengthMinutes: 30 })).toBe(false);
    expect(overlaps(booked, { startsAt: at('10:31'), lengthMinutes: 30 })).toBe(true);
    const refused = check({ existing: [booked], slot: { startsAt: at('11:15'), lengthMinutes: 30 } });
    expect(refused).toEqual({ ok: false, reason: 'Sam Patel already has an appointment from 11:00 to 11:30.' });
    expect(check({ existing: [booked], slot: { startsAt: at('11:30'), lengthMinutes: 30 } })).toMatchObject({ ok: true });
  });
  it('frees the time of a cancelled, rebooked or missed appointment, and lets an appointment move within its own slot', () => {
    for (const status of ['cancelled', 'rebooked', 'no-show'] as const) {
      expect(clashFor('sam', { startsAt: at('11:00'), lengthMinutes: 30 }, [anAppointment({ startsAt: at('11:00'), status })])).toBeNull();
    }
    expect(check({ existing: [anAppointment({ startsAt: at('11:00') })], slot: { startsAt: at('11:10'), lengthMinutes: 30 }, ignoreId: 'a1' })).toMatchObject({ ok: true });
  });
  it('gives "any officer" to a free officer of the service, and refuses when none is free', () => {
    const samBusy = [anAppointment({ startsAt: at('11:00') })];
    expect(check({ officerId: null, existing: samBusy })).toMatchObject({ ok: true, officer: { staffId: 'alex' } });
    const bothBusy = [...samBusy, anAppointment({ id: 'a2', officerId: 'alex', startsAt: at('11:00') })];
    expect(check({ officerId: null, existing: bothBusy })).toEqual({ ok: false, reason: 'No officer of this service is free at 11:00. Try another time.' });
    expect(check({ officerId: 'alex', serviceId: 'council-tax' })).toEqual({ ok: false, reason: 'Alex Jones does not see visitors for this service.' });
  });
  // Closing is exclusive of the appointment's end: a 30-minute slot must start by 16:30 on a day that closes at 17:00.
  it('refuses a booking outside opening hours with the reason, at the boundaries', () => {
    expect(check({ slot: { startsAt: at('08:45'), lengthMinutes: 30 } })).toMatchObject({ ok: true });
    expect(check({ slot: { startsAt: at('08:44'), lengthMinutes: 30 } })).toEqual({
      ok: false,
      reason: 'The office is open 08:45–17:00 on Mondays: a 30-minute appointment must start between 08:45 and 16:30.',
    });
    expect(check({ slot: { startsAt: at('16:30'), lengthMinutes: 30 } })).toMatchObject({ ok: true });
    expect(check({ slot: { startsAt: at('16:31'), lengthMinutes: 30 } })).toMatchObject({ ok: false });
    const saturday = instantAt('2026-01-24', '10:00', TZ);
    expect(check({ slot: { startsAt: saturday, lengthMinutes: 30 } })).toEqual({ ok: false, reason: 'The office is closed on Saturdays.' });
  });
  it("refuses a time outside the officer's working hours, and one in the past", () => {
    const mornings: Officer = { ...sam, workingHours: { ...ALWAYS_OPEN, mon: { open: '09:00', close: '13:00' } } };
    expect(check({ officers: [mornings], slot: { startsAt: at('12:30'), lengthMinutes: 30 } })).toMatchObject({ ok: true });
    expect(check({ officers: [mornings], slot: { startsAt: at('12:31'), lengthMinutes: 30 } })).toEqual({
      ok: false,
      reason: 'Sam Patel works 09:00–13:00 on Mondays: a 30-minute appointment must start between 09:00 and 12:30.',
    });
    expect(check({ officers: [{ ...sam, workingHours: { ...ALWAYS_OPEN, mon: null } }] })).toEqual({ ok: false, reason: 'Sam Patel does not work on Mondays.' });
    expect(check({ slot: { startsAt: T0 - 1 * MIN, lengthMinutes: 30 } })).toEqual({ ok: false, reason: 'That time has already passed. Choose a time later today or another day.' });
  });
});

describe('no-shows', () => {
  // The visitor may still check in at exactly the end of the grace period, so the no-show must come strictly after it.
  it('marks an appointment nobody checked in for a no-show only after its grace period', () => {
    expect(isNoShowDue(anAppointment(), T0 + 29 * MIN, GRACE)).toBe(false);
    expect(isNoShowDue(anAppointment(), T0 + 30 * MIN, GRACE)).toBe(false);
    expect(isNoShowDue(anAppointment(), T0 + 30 * MIN + 1 * SEC, GRACE)).toBe(true);
    expect(isNoShowDue(anAppointment(), T0 + 31 * MIN, GRACE)).toBe(true);
    expect(isNoShowDue(anAppointment({ status: 'arrived' }), T0 + 60 * MIN, GRACE)).toBe(false);
    expect(isNoShowDue(anAppointment({ status: 'cancelled' }), T0 + 60 * MIN, GRACE)).toBe(false);
  });
  it('shows each state in the day view', () => {
    const arrivedAppt = anAppointment({ status: 'arrived' });
    expect(appointmentState(arrivedAppt, { status: 'waiting', outcome: null })).toBe('arrived');
    expect(appointmentState(arrivedAppt, { status: 'serving', outcome: null })).toBe('being-seen');
    expect(appointmentState(arrivedAppt, { status: 'completed', outcome: 'resolved' })).toBe('completed');
    expect(appointmentState(anAppointment({ status: 'no-show' }), null)).toBe('no-show');
  });
});

describe('booking references', () => {
  // Each pair a visitor or an advisor could confuse, read aloud or on a touchscreen.
  it('use no ambiguous characters', () => {
    for (const c of '0O1IL5S2Z8BQ6GUV') expect(REFERENCE_ALPHABET).not.toContain(c);
    let seed = 7;
    const lcg = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % max;
    };
    for (let i = 0; i < 1000; i++) expect(isValidReference(makeReference(lcg))).toBe(true);
  });
  it('are unique: a reference already taken is drawn again', () => {
    const taken = new Set<string>();
    let i = 0;
    // A source that repeats itself: the first three draws of every reference collide.
    const repeating = (max: number) => Math.floor(i++ / 18) % max;
    for (let n = 0; n < 5; n++) taken.add(uniqueReference((r) => taken.has(r), repeating));
    expect(taken.size).toBe(5);
    expect(() => uniqueReference(() => true, () => 0, 3)).toThrow(/no free booking reference/);
  });
  it('accept what a visitor types with spaces, dashes or small letters, and print in two groups', () => {
    expect(normaliseReference(' kmr-47x ')).toBe('KMR47X');
    expect(isValidReference('KMR47X')).toBe(true);
    expect(isValidReference('KMR47')).toBe(false);
    expect(isValidReference('KMR470')).toBe(false);
    expect(formatReference('KMR47X')).toBe('KMR 47X');
  });
});
