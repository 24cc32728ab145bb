import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ack, CheckInResult, Notice, Prompt, StandardsProfile, StoredEvent, Visit } from '@reception/shared';
import { connectDisplay, connectKiosk, connectStaff, login, ok, recordAll, request, waitForSocketEvent, type TestSocket } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const MIN = 60_000;
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

const checkIn = (kiosk: TestSocket, serviceId = 'council-tax', needs = {}) =>
  ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId, language: 'en', needs });

async function events(type?: string): Promise<StoredEvent[]> {
  const cookie = await login(server.url, 'manager');
  const res = await fetch(`${server.url}/api/sites/civic-centre/events?limit=500`, { headers: { cookie } });
  const all = (await res.json()) as StoredEvent[];
  return type ? all.filter((e) => e.type === type) : all;
}

describe('the offer-an-appointment prompt over real sockets', () => {
  it('reaches every console at the site, is resolved once, and its outcome is in the event log', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const { socket: alex } = await connectStaff(server.url, 'advisor2');
    const ticket = await checkIn(kiosk);

    server.clock.advance(14 * MIN + 59_000);
    server.tick(); // 14:59, nobody at a desk: no forecast, so no early prompt either
    server.clock.advance(1000);
    const toSam = waitForSocketEvent(sam, 'staff:prompt', (p) => p.status === 'open');
    const toAlex = waitForSocketEvent(alex, 'staff:prompt', (p) => p.status === 'open');
    server.tick(); // 15:00: within the 5-minute lead of the 20-minute limit
    const [promptForSam, promptForAlex] = await Promise.all([toSam, toAlex]);
    expect(promptForSam).toMatchObject({ kind: 'offer-appointment', ticket: ticket.ticket, clock: 'enquiry', audience: 'staff', breachAt: ticket.arrivedAt + 20 * MIN });
    expect(promptForAlex.id).toBe(promptForSam.id);

    // Not nagging: the next tick raises nothing new.
    const extra = recordAll(sam);
    server.tick();
    await new Promise((r) => setTimeout(r, 100));
    expect(extra.filter((m) => m.event === 'staff:prompt')).toEqual([]);

    const answer = { promptId: promptForSam.id, outcome: 'appointment-booked' };
    const results: Ack<Prompt>[] = await Promise.all([request<Prompt>(sam, 'staff:resolve-prompt', answer), request<Prompt>(alex, 'staff:resolve-prompt', answer)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const snapshot = waitForSocketEvent(sam, 'staff:snapshot');
    await request(sam, 'sync:snapshot', {});
    const visit = (await snapshot).visits.find((v) => v.id === ticket.visitId);
    expect(visit).toMatchObject({ status: 'completed', outcome: 'appointment-booked' });
    const answered = await events('offer-answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]!.payload).toMatchObject({ answer: 'appointment-booked', offer: 'appointment', promptId: promptForSam.id });
    expect(await events('prompt-resolved')).toHaveLength(1);
    [kiosk, sam, alex].forEach((s) => s.close());
  });

  it('raises the prompt early when the forecast says the visitor will not be seen in time', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    await ok(sam, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
    // Five people ahead at about 8 minutes each, one desk: the sixth cannot be seen within 20 minutes.
    const tickets: CheckInResult[] = [];
    for (let i = 0; i < 6; i++) tickets.push(await checkIn(kiosk));
    const raised = waitForSocketEvent(sam, 'staff:prompt', (p) => p.ticket === tickets[5]!.ticket);
    server.tick();
    const prompt = await raised;
    expect(prompt.forecastSeenAt).toBeGreaterThan(prompt.breachAt);
    expect(prompt.raisedAt).toBe(tickets[5]!.arrivedAt);
    kiosk.close();
    sam.close();
  });

  it('escalates a breach to managers only', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: advisor } = await connectStaff(server.url, 'advisor');
    const { socket: manager } = await connectStaff(server.url, 'manager');
    const seenByAdvisor = recordAll(advisor);
    await checkIn(kiosk);
    server.clock.advance(20 * MIN);
    server.tick();
    server.clock.advance(1000);
    const breach = waitForSocketEvent(manager, 'staff:prompt', (p) => p.kind === 'limit-breached');
    server.tick();
    const prompt = await breach;
    expect(prompt.audience).toBe('managers');
    await new Promise((r) => setTimeout(r, 100));
    expect(seenByAdvisor.some((m) => m.event === 'staff:prompt' && (m.payload as Prompt).kind === 'limit-breached')).toBe(false);
    const refused = await request(advisor, 'staff:resolve-prompt', { promptId: prompt.id, outcome: 'acknowledged' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await request(manager, 'staff:resolve-prompt', { promptId: prompt.id, outcome: 'acknowledged' })).toMatchObject({ ok: true });
    [kiosk, advisor, manager].forEach((s) => s.close());
  });
});

describe('interview rooms over real sockets', () => {
  it('sends a visitor who asked for privacy to a room, and never tells the display who asked', async () => {
    const kiosk = await connectKiosk(server.url);
    const display = await connectDisplay(server.url);
    const seen = recordAll(display);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    await ok(sam, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['housing'] });
    const ticket = await checkIn(kiosk, 'housing', { privateRoom: true });
    const announced = waitForSocketEvent(display, 'display:announce');
    const called = await ok<Visit>(sam, 'staff:call-next', {});
    expect(called.roomId).toBe('room-1'); // secure, with a panic button
    expect(await announced).toMatchObject({ ticket: ticket.ticket, destination: 'Interview room 1' });
    for (const { payload } of seen) expect(JSON.stringify(payload)).not.toMatch(/privateRoom|roomId|needs/);
    [kiosk, display, sam].forEach((s) => s.close());
  });

  it('prompts to offer waiting or an appointment when every room is busy', async () => {
    const kiosk = await connectKiosk(server.url);
    const manager = await login(server.url, 'manager');
    const res = await fetch(`${server.url}/api/sites/civic-centre/rooms/room-2`, { method: 'PATCH', headers: { 'content-type': 'application/json', cookie: manager }, body: JSON.stringify({ outOfService: true }) });
    expect(res.status).toBe(200);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const { socket: alex } = await connectStaff(server.url, 'advisor2');
    await ok(sam, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['housing'] });
    await ok(alex, 'staff:desk-sign-on', { deskId: 'desk-2', serviceIds: ['housing'] });
    await checkIn(kiosk, 'housing', { privateRoom: true });
    const second = await checkIn(kiosk, 'housing', { privateRoom: true });
    expect((await ok<Visit>(sam, 'staff:call-next', {})).roomId).toBe('room-1');
    const prompt = waitForSocketEvent(sam, 'staff:prompt', (p) => p.kind === 'room-unavailable');
    const calledToDesk = await ok<Visit>(alex, 'staff:call-next', {});
    expect(calledToDesk).toMatchObject({ id: second.visitId, roomId: null, deskId: 'desk-2' });
    const raised = await prompt;
    const back = await ok<Prompt>(alex, 'staff:resolve-prompt', { promptId: raised.id, outcome: 'chose-to-wait' });
    expect(back.outcome).toBe('chose-to-wait');
    const snapshot = waitForSocketEvent(alex, 'staff:snapshot');
    await request(alex, 'sync:snapshot', {});
    const snap = await snapshot;
    expect(snap.visits.find((v) => v.id === second.visitId)).toMatchObject({ status: 'waiting', deskId: null });
    expect(snap.rooms.map((r) => [r.name, r.state])).toEqual([
      ['Interview room 1', 'in-use'],
      ['Interview room 2', 'out-of-service'],
    ]);
    [kiosk, sam, alex].forEach((s) => s.close());
  });
});

describe('standards and delay notices', () => {
  it('versions the profile: a visit keeps the limit it arrived under', async () => {
    const kiosk = await connectKiosk(server.url);
    const before = await checkIn(kiosk);
    const manager = await login(server.url, 'manager');
    const advisor = await login(server.url, 'advisor');
    const put = (cookie: string) =>
      fetch(`${server.url}/api/sites/civic-centre/standards`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ preset: 'hertsmere' }) });
    expect((await put(advisor)).status).toBe(403);
    const res = await put(manager);
    expect((await res.json()) as StandardsProfile).toEqual({ version: 2, walkInMinutes: 15, officerMinutes: 20, appointmentMinutes: 10, promptLeadMinutes: 5 });
    const after = await checkIn(kiosk);
    expect([before.promiseMinutes, after.promiseMinutes]).toEqual([20, 15]);
    const { socket } = await connectStaff(server.url, 'advisor');
    const snapshot = waitForSocketEvent(socket, 'staff:snapshot');
    await request(socket, 'sync:snapshot', {});
    const visits = (await snapshot).visits;
    expect(visits.find((v) => v.id === before.visitId)!.standards.walkInMinutes).toBe(20);
    expect(visits.find((v) => v.id === after.visitId)!.standards).toMatchObject({ version: 2, walkInMinutes: 15 });
    kiosk.close();
    socket.close();
  });

  it('shows a delay reason on the display and kiosk until it expires, recorded against the visits it affected', async () => {
    const kiosk = await connectKiosk(server.url);
    const display = await connectDisplay(server.url);
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const waitingBefore = await checkIn(kiosk);
    const onDisplay = waitForSocketEvent(display, 'public:notices', (n) => n.length === 1);
    const onKiosk = waitForSocketEvent(kiosk, 'public:notices', (n) => n.length === 1);
    const notice = await ok<Notice>(sam, 'staff:post-notice', { kind: 'delay', message: 'Two advisors are at a training session until 11:00', expiresInMinutes: 30 });
    expect((await onDisplay)[0]).toMatchObject({ message: 'Two advisors are at a training session until 11:00', kind: 'delay' });
    await onKiosk;
    const arrivingDuring = await checkIn(kiosk);
    const linked = server.db.$client.prepare('SELECT visit_id AS visitId FROM notice_visits WHERE notice_id = ? ORDER BY visit_id').all(notice.id) as { visitId: string }[];
    expect(linked.map((l) => l.visitId).sort()).toEqual([waitingBefore.visitId, arrivingDuring.visitId].sort());

    server.tick();
    server.clock.advance(30 * MIN);
    const cleared = waitForSocketEvent(display, 'public:notices', (n) => n.length === 0);
    server.tick();
    await cleared;
    expect(await request(sam, 'staff:withdraw-notice', { noticeId: notice.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    [kiosk, display, sam].forEach((s) => s.close());
  });
});
