import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Appointment, AppointmentCheckInResult, CheckInResult, Prompt, StoredEvent, Visit } from '@reception/shared';
import { connectDisplay, connectKiosk, connectStaff, login, ok, recordAll, request, waitForSocketEvent, type TestSocket } from '../support/clients.js';
import { startTestServer, T0, type TestServer } from '../support/test-server.js';

const MIN = 60_000;
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

const book = (staff: TestSocket, startsAt: number, extra: Record<string, unknown> = {}) =>
  ok<Appointment>(staff, 'staff:book-appointment', { serviceId: 'housing', officerId: 'staff-advisor', startsAt, visitorName: 'Pat Example', visitorContact: '07700 900123', ...extra });
const checkInByReference = (kiosk: TestSocket, reference: string, requestId: string = randomUUID()) =>
  ok<AppointmentCheckInResult>(kiosk, 'kiosk:appointment-check-in', { requestId, language: 'en', lookup: { by: 'reference', reference } });

async function events(): Promise<StoredEvent[]> {
  const cookie = await login(server.url, 'manager');
  const res = await fetch(`${server.url}/api/sites/civic-centre/events?limit=500`, { headers: { cookie } });
  return ((await res.json()) as StoredEvent[]).reverse();
}

async function visitOf(staff: TestSocket, visitId: string): Promise<Visit | undefined> {
  const snapshot = waitForSocketEvent(staff, 'staff:snapshot');
  await request(staff, 'sync:snapshot', {});
  return (await snapshot).visits.find((v) => v.id === visitId);
}

describe('an appointment checked in at the kiosk', () => {
  it("alerts exactly the assigned officer's consoles, starts the clock at the appointment time, and keeps names off public screens", async () => {
    const kiosk = await connectKiosk(server.url);
    const display = await connectDisplay(server.url);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const { socket: samSecondTab } = await connectStaff(server.url, 'advisor');
    const { socket: alex } = await connectStaff(server.url, 'advisor2');
    const { socket: manager } = await connectStaff(server.url, 'manager');
    const appointment = await book(alex, T0 + 30 * MIN);
    expect(appointment).toMatchObject({ status: 'booked', officerId: 'staff-advisor', lengthMinutes: 30, serviceDay: '2026-01-12' });
    expect(appointment.reference).toMatch(/^[ACDEFHJKMNPRTWXY3479]{6}$/);

    const heardByAlex = recordAll(alex);
    const heardByManager = recordAll(manager);
    const heardByKiosk = recordAll(kiosk);
    const heardByDisplay = recordAll(display);
    server.clock.advance(20 * MIN); // 10:20, ten minutes early
    const toSam = waitForSocketEvent(sam, 'staff:appointment-arrived');
    const toSamTab = waitForSocketEvent(samSecondTab, 'staff:appointment-arrived');
    const typed = `${appointment.reference.slice(0, 3).toLowerCase()} ${appointment.reference.slice(3)}`;
    const requestId = randomUUID();
    const result = await checkInByReference(kiosk, typed, requestId);
    expect(result).toMatchObject({ outcome: 'checked-in', officerFirstName: 'Sam', startsAt: T0 + 30 * MIN, waitStartedAt: T0 + 30 * MIN, ticket: { serviceName: 'Housing', promiseMinutes: 10 } });
    const [alert, alertInTab] = await Promise.all([toSam, toSamTab]);
    expect(alert).toMatchObject({ appointment: { id: appointment.id, status: 'arrived' }, reassigned: false });
    expect(alertInTab.visitId).toBe(alert.visitId);
    await new Promise((r) => setTimeout(r, 100));
    expect(heardByAlex.filter((m) => m.event === 'staff:appointment-arrived')).toEqual([]);
    expect(heardByManager.filter((m) => m.event === 'staff:appointment-arrived')).toEqual([]);
    // Every console still sees the appointment change state in its day view.
    expect(heardByAlex.some((m) => m.event === 'staff:appointment' && (m.payload as Appointment).status === 'arrived')).toBe(true);
    for (const log of [heardByKiosk, heardByDisplay]) {
      const text = JSON.stringify(log);
      expect(text).not.toContain('Pat Example');
      expect(text).not.toContain('07700');
      expect(text).not.toContain(appointment.reference);
    }
    if (result.outcome !== 'checked-in') throw new Error('not checked in');
    // The display board lists the appointment by its ticket number, like any other.
    expect(heardByDisplay.some((m) => m.event === 'display:ticket' && (m.payload as { ticket: string }).ticket === result.ticket.ticket)).toBe(true);

    const visit = await visitOf(sam, alert.visitId);
    expect(visit).toMatchObject({ kind: 'appointment', appointmentId: appointment.id, arrivedAt: T0 + 20 * MIN, waitStartedAt: T0 + 30 * MIN, status: 'waiting' });

    const log = await events();
    const arrived = log.find((e) => e.type === 'appointment-arrived');
    expect(arrived).toMatchObject({ visitId: alert.visitId, payload: { appointmentId: appointment.id, visitId: alert.visitId, siteId: 'civic-centre', serviceId: 'housing' } });
    expect(log.find((e) => e.type === 'appointment-booked')).toMatchObject({ visitId: null, payload: { appointmentId: appointment.id, officerId: 'staff-advisor' } });
    expect(JSON.stringify(log)).not.toContain('Pat Example');

    // A kiosk that lost the answer and retries gets the same ticket, and nobody is alerted twice.
    const heardOnRetry = recordAll(sam);
    const retry = await checkInByReference(kiosk, typed, requestId);
    expect(retry).toMatchObject({ outcome: 'checked-in', ticket: { ticket: result.ticket.ticket, visitId: result.ticket.visitId } });
    await new Promise((r) => setTimeout(r, 100));
    expect(heardOnRetry.filter((m) => m.event === 'staff:appointment-arrived')).toEqual([]);
    [kiosk, display, sam, samSecondTab, alex, manager].forEach((s) => s.close());
  });

  it('starts a late arrival from arrival, gives a very late one a walk-in ticket, and refuses other days, other sites and unknown references', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const late = await book(sam, T0 + 10 * MIN);
    const veryLate = await book(sam, T0 + 40 * MIN, { visitorName: 'Robin Other' });
    const tomorrow = await book(sam, T0 + 24 * 60 * MIN, { visitorName: 'Kim Later' });

    server.clock.advance(15 * MIN); // 10:15: five minutes late
    expect(await checkInByReference(kiosk, late.reference)).toMatchObject({ outcome: 'checked-in', waitStartedAt: T0 + 15 * MIN });
    expect(await checkInByReference(kiosk, late.reference)).toEqual({ outcome: 'refused', reason: 'already-arrived' });
    expect(await checkInByReference(kiosk, tomorrow.reference)).toEqual({ outcome: 'refused', reason: 'other-day' });
    expect(await checkInByReference(kiosk, 'HELLO0')).toEqual({ outcome: 'refused', reason: 'unknown' });

    // The same reference at another site is "another site", not "unknown".
    server.db.$client.prepare("INSERT INTO sites (id, name, time_zone) VALUES ('town-hall', 'Town Hall', 'Europe/London')").run();
    server.db.$client
      .prepare("INSERT INTO appointments (id, site_id, service_id, officer_id, reference, starts_at, length_minutes, service_day, status, visitor_name, created_at) VALUES ('elsewhere', 'town-hall', 'housing', 'staff-advisor', 'TTTTTT', ?, 30, '2026-01-12', 'booked', 'X', ?)")
      .run(T0 + 60 * MIN, T0);
    expect(await checkInByReference(kiosk, 'TTTTTT')).toEqual({ outcome: 'refused', reason: 'other-site' });

    server.clock.advance(56 * MIN); // 11:11, 31 minutes after 10:40
    const walkIn = await checkInByReference(kiosk, veryLate.reference);
    expect(walkIn).toMatchObject({ outcome: 'very-late', graceMinutes: 30, startsAt: T0 + 40 * MIN, ticket: { promiseMinutes: 20 } });
    [kiosk, sam].forEach((s) => s.close());
  });
});

describe('when the officer cannot keep the appointment', () => {
  async function arrivedForSam() {
    const kiosk = await connectKiosk(server.url);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const { socket: alex } = await connectStaff(server.url, 'advisor2');
    await ok(alex, 'staff:desk-sign-on', { deskId: 'desk-2', serviceIds: ['housing'] });
    const appointment = await book(sam, T0 + 5 * MIN);
    server.clock.advance(5 * MIN);
    const result = await checkInByReference(kiosk, appointment.reference);
    if (result.outcome !== 'checked-in') throw new Error('not checked in');
    return { kiosk, sam, alex, appointment, visitId: result.ticket.visitId };
  }

  it('prompts to hand over while the officer is signed out; reassigning moves the alert and keeps the clock', async () => {
    const { kiosk, sam, alex, appointment, visitId } = await arrivedForSam();
    const before = await visitOf(alex, visitId);
    // Alex's desk serves housing, but an appointment waits for its own officer.
    expect(await ok<Visit | null>(alex, 'staff:call-next', {})).toBeNull();

    const raised = waitForSocketEvent(alex, 'staff:prompt', (p) => p.kind === 'officer-unavailable');
    server.tick(); // Sam is not at a desk
    const prompt = await raised;
    expect(prompt).toMatchObject({ visitId, detail: 'signed-out', audience: 'staff', status: 'open' });

    const alertForAlex = waitForSocketEvent(alex, 'staff:appointment-arrived');
    const heardBySam = recordAll(sam);
    const closed = waitForSocketEvent(alex, 'staff:prompt', (p) => p.id === prompt.id && p.status === 'resolved');
    const moved = await ok<Appointment>(sam, 'staff:reassign-appointment', { appointmentId: appointment.id, officerId: 'staff-advisor2' });
    expect(moved.officerId).toBe('staff-advisor2');
    expect(await alertForAlex).toMatchObject({ visitId, reassigned: true, appointment: { officerId: 'staff-advisor2' } });
    expect((await closed).outcome).toBe('reassigned');
    await new Promise((r) => setTimeout(r, 100));
    expect(heardBySam.filter((m) => m.event === 'staff:appointment-arrived')).toEqual([]);

    const after = await visitOf(alex, visitId);
    expect(after?.waitStartedAt).toBe(before?.waitStartedAt);
    expect(after?.arrivedAt).toBe(before?.arrivedAt);
    server.tick();
    const called = await ok<Visit>(alex, 'staff:call-next', {});
    expect(called).toMatchObject({ id: visitId, staffId: 'staff-advisor2' });
    expect((await events()).find((e) => e.type === 'appointment-reassigned')).toMatchObject({ visitId, payload: { fromOfficerId: 'staff-advisor', officerId: 'staff-advisor2' } });
    [kiosk, sam, alex].forEach((s) => s.close());
  });

  it('prompts when the officer is marked away, and rebooking closes the visit with that outcome and creates the new appointment', async () => {
    const { kiosk, sam, alex, appointment, visitId } = await arrivedForSam();
    await ok(sam, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['housing'] });
    server.tick();
    await ok(sam, 'staff:set-away', { away: true });
    const raised = waitForSocketEvent(alex, 'staff:prompt', (p) => p.kind === 'officer-unavailable');
    server.tick();
    expect(await raised).toMatchObject({ detail: 'away' });

    const tomorrow = T0 + 24 * 60 * MIN;
    const changed: Appointment[] = [];
    alex.on('staff:appointment', (a) => changed.push(a));
    const fresh = await ok<Appointment>(alex, 'staff:rebook-appointment', { appointmentId: appointment.id, startsAt: tomorrow, officerId: null });
    expect(fresh).toMatchObject({ status: 'booked', startsAt: tomorrow, rebookedFromId: appointment.id, visitorName: 'Pat Example', serviceDay: '2026-01-13', fromVisitId: visitId });
    expect(fresh.reference).not.toBe(appointment.reference);
    const visit = await visitOf(alex, visitId);
    expect(visit).toMatchObject({ status: 'completed', outcome: 'appointment-booked' });
    await new Promise((r) => setTimeout(r, 50));
    expect(changed.find((a) => a.id === appointment.id)).toMatchObject({ status: 'rebooked', rebookedToId: fresh.id });

    const log = await events();
    expect(log.find((e) => e.type === 'appointment-rebooked')).toMatchObject({ visitId, payload: { appointmentId: appointment.id, newAppointmentId: fresh.id } });
    expect(log.find((e) => e.type === 'completed' && e.visitId === visitId)).toMatchObject({ payload: { outcome: 'appointment-booked' } });
    expect(log.filter((e) => e.type === 'prompt-resolved').map((e) => (e.payload as { outcome: string }).outcome)).toContain('rebooked');
    const day = (await (await fetch(`${server.url}/api/sites/civic-centre/appointments?day=2026-01-13`, { headers: { cookie: await login(server.url, 'advisor') } })).json()) as Appointment[];
    expect(day.map((a) => a.id)).toEqual([fresh.id]);
    [kiosk, sam, alex].forEach((s) => s.close());
  });

  it('asks for a delay reason at 5 minutes, shows it on the display by ticket, and escalates a breach to managers after 10', async () => {
    const { kiosk, sam, alex, visitId } = await arrivedForSam();
    const display = await connectDisplay(server.url);
    const { socket: manager } = await connectStaff(server.url, 'manager');
    server.clock.advance(4 * MIN + 59_000);
    const heard = recordAll(alex);
    server.tick();
    await new Promise((r) => setTimeout(r, 50));
    expect(heard.filter((m) => m.event === 'staff:prompt' && (m.payload as Prompt).kind === 'delay-reason')).toEqual([]);
    server.clock.advance(1000);
    const asked = waitForSocketEvent(alex, 'staff:prompt', (p) => p.kind === 'delay-reason');
    server.tick();
    const prompt = await asked;
    expect(prompt.visitId).toBe(visitId);
    const shown = waitForSocketEvent(display, 'public:notices', (n) => n.length > 0);
    await ok(alex, 'staff:give-delay-reason', { promptId: prompt.id, message: 'The officer is finishing a home visit' });
    const notices = await shown;
    expect(notices[0]!.message).toMatch(/^H\d{3}: The officer is finishing a home visit$/);

    server.clock.advance(5 * MIN); // exactly 10:00 of waiting: within the standard
    const noBreach = recordAll(manager);
    server.tick();
    await new Promise((r) => setTimeout(r, 50));
    expect(noBreach.filter((m) => m.event === 'staff:prompt' && (m.payload as Prompt).kind === 'limit-breached')).toEqual([]);
    server.clock.advance(1000);
    const breach = waitForSocketEvent(manager, 'staff:prompt', (p) => p.kind === 'limit-breached');
    const advisorHeard = recordAll(alex);
    server.tick();
    expect(await breach).toMatchObject({ visitId, clock: 'appointment', audience: 'managers' });
    await new Promise((r) => setTimeout(r, 50));
    expect(advisorHeard.filter((m) => m.event === 'staff:prompt' && (m.payload as Prompt).kind === 'limit-breached')).toEqual([]);
    [kiosk, sam, alex, display, manager].forEach((s) => s.close());
  });
});

describe('booking rules over the wire', () => {
  it('refuses a double booking and a time outside opening hours with the reason, and records reschedule and cancel', async () => {
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const first = await book(sam, T0 + 60 * MIN);
    const clash = await request(sam, 'staff:book-appointment', { serviceId: 'housing', officerId: 'staff-advisor', startsAt: T0 + 75 * MIN, visitorName: 'Lee Clash' });
    expect(clash).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Sam Patel already has an appointment from 11:00 to 11:30.' } });
    // "Any officer" finds Alex instead.
    expect(await book(sam, T0 + 75 * MIN, { officerId: null })).toMatchObject({ officerId: 'staff-advisor2', anyOfficer: true });

    const managerCookie = await login(server.url, 'manager');
    const hours = { mon: { open: '08:45', close: '17:00' }, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };
    expect((await fetch(`${server.url}/api/sites/civic-centre/opening-hours`, { method: 'PUT', headers: { cookie: managerCookie, 'content-type': 'application/json' }, body: JSON.stringify(hours) })).status).toBe(200);
    const late = await request(sam, 'staff:book-appointment', { serviceId: 'housing', officerId: null, startsAt: Date.UTC(2026, 0, 12, 16, 45), visitorName: 'Lee Late' });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'The office is open 08:45–17:00 on Mondays: a 30-minute appointment must start between 08:45 and 16:30.' } });
    const tuesday = await request(sam, 'staff:book-appointment', { serviceId: 'housing', officerId: null, startsAt: Date.UTC(2026, 0, 13, 10), visitorName: 'Lee Late' });
    expect(tuesday).toMatchObject({ ok: false, error: { message: 'The office is closed on Tuesdays.' } });

    const moved = await ok<Appointment>(sam, 'staff:reschedule-appointment', { appointmentId: first.id, startsAt: T0 + 90 * MIN, officerId: 'staff-advisor' });
    expect(moved).toMatchObject({ startsAt: T0 + 90 * MIN, reference: first.reference });
    const cancelled = await ok<Appointment>(sam, 'staff:cancel-appointment', { appointmentId: first.id });
    expect(cancelled.status).toBe('cancelled');
    expect(await request(sam, 'staff:cancel-appointment', { appointmentId: first.id })).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    const log = await events();
    expect(log.filter((e) => e.payload && (e.payload as { appointmentId?: string }).appointmentId === first.id).map((e) => e.type)).toEqual(['appointment-booked', 'appointment-rescheduled', 'appointment-cancelled']);
    sam.close();
  });

  it('marks an appointment nobody checked in for a no-show at the end of its grace period', async () => {
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const appointment = await book(sam, T0 + 5 * MIN);
    server.clock.advance(35 * MIN); // exactly 30 minutes after 10:05
    server.tick();
    expect((await events()).filter((e) => e.type === 'appointment-no-show')).toEqual([]);
    server.clock.advance(1000);
    const missed = waitForSocketEvent(sam, 'staff:appointment', (a) => a.id === appointment.id);
    server.tick();
    expect((await missed).status).toBe('no-show');
    expect((await events()).filter((e) => e.type === 'appointment-no-show')).toMatchObject([{ visitId: null, payload: { appointmentId: appointment.id, startsAt: T0 + 5 * MIN } }]);
    sam.close();
  });

  it('books from an offer-an-appointment prompt, closing the walk-in visit with that outcome', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const walkIn = await ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'housing', language: 'en', needs: {} });
    server.clock.advance(15 * MIN);
    const offered = waitForSocketEvent(sam, 'staff:prompt', (p) => p.kind === 'offer-appointment');
    server.tick();
    const prompt = await offered;
    const appointment = await book(sam, T0 + 120 * MIN, { promptId: prompt.id });
    expect(appointment.fromVisitId).toBe(walkIn.visitId);
    expect(await visitOf(sam, walkIn.visitId)).toMatchObject({ status: 'completed', outcome: 'appointment-booked' });
    expect((await events()).find((e) => e.type === 'offer-answered')).toMatchObject({ payload: { answer: 'appointment-booked', promptId: prompt.id } });
    [kiosk, sam].forEach((s) => s.close());
  });

  it('checks in by surname letter and time when the reference is lost, asking staff when two bookings match', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    await book(sam, T0 + 30 * MIN, { visitorName: 'Pat Example' });
    await book(sam, T0 + 60 * MIN, { visitorName: 'Eve Evans' });
    await book(sam, T0 + 60 * MIN, { visitorName: 'Ed Ellis', officerId: 'staff-advisor2' });
    const byName = (initial: string, time: string) => ok<AppointmentCheckInResult>(kiosk, 'kiosk:appointment-check-in', { requestId: randomUUID(), lookup: { by: 'name-and-time', initial, time } });
    expect(await byName('e', '10:30')).toMatchObject({ outcome: 'checked-in' });
    expect(await byName('Q', '10:30')).toEqual({ outcome: 'refused', reason: 'unknown' });
    // Off the kiosk's five-minute grid: 10:07 is found under the 10:05 the kiosk offers.
    await book(sam, T0 + 7 * MIN, { visitorName: 'Quinn Quarry', officerId: 'staff-advisor2' });
    expect(await byName('Q', '10:10')).toEqual({ outcome: 'refused', reason: 'unknown' });
    expect(await byName('Q', '10:05')).toMatchObject({ outcome: 'checked-in' });
    const queries = waitForSocketEvent(sam, 'staff:arrival-queries', (q) => q.length === 1);
    expect(await byName('E', '11:00')).toEqual({ outcome: 'ask-staff' });
    const [query] = await queries;
    expect(query).toMatchObject({ initial: 'E', time: '11:00' });
    expect(query!.candidateIds).toHaveLength(2);
    const settled = waitForSocketEvent(sam, 'staff:arrival-queries', (q) => q.length === 0);
    const confirmed = await ok<AppointmentCheckInResult>(sam, 'staff:check-in-appointment', { appointmentId: query!.candidateIds[0]! });
    expect(confirmed.outcome).toBe('checked-in');
    await settled;

    // A query nobody can answer any more (both bookings cancelled) is settled by the monitor.
    const ann = await book(sam, T0 + 90 * MIN, { visitorName: 'Ann Able' });
    const al = await book(sam, T0 + 90 * MIN, { visitorName: 'Al Adams', officerId: 'staff-advisor2' });
    const asked = waitForSocketEvent(sam, 'staff:arrival-queries', (q) => q.length === 1);
    expect(await byName('A', '11:30')).toEqual({ outcome: 'ask-staff' });
    await asked;
    for (const a of [ann, al]) await ok(sam, 'staff:cancel-appointment', { appointmentId: a.id });
    const cleared = waitForSocketEvent(sam, 'staff:arrival-queries', (q) => q.length === 0);
    server.tick();
    await cleared;
    [kiosk, sam].forEach((s) => s.close());
  });
});
