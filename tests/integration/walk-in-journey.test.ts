import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckInResult, StoredEvent, Visit } from '@reception/shared';
import { connectDisplay, connectKiosk, connectStaff, login, ok, request, waitForSocketEvent } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const MIN = 60_000;
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

const checkInRequest = (serviceId = 'council-tax') => ({ requestId: randomUUID(), serviceId, language: 'en', needs: {} });

describe('a walk-in from kiosk to completion, over real sockets', () => {
  it('checks in, shows on the display, is called, served and completed, every step in the event log', async () => {
    const kiosk = await connectKiosk(server.url);
    const display = await connectDisplay(server.url);
    const { socket: advisor, cookie } = await connectStaff(server.url, 'advisor');
    await ok(advisor, 'staff:desk-sign-on', { deskId: 'desk-2', serviceIds: ['council-tax', 'housing'] });

    const shown = waitForSocketEvent(display, 'display:ticket', (t) => t.status === 'waiting');
    const staffSees = waitForSocketEvent(advisor, 'staff:visit', (v) => v.status === 'waiting');
    const ticket = await ok<CheckInResult>(kiosk, 'kiosk:check-in', checkInRequest());
    expect(ticket).toMatchObject({ ticket: 'C001', position: 1, promiseMinutes: 20, serviceName: 'Council Tax', expectedWaitMinutes: 0 });
    expect((await shown).ticket).toBe('C001');
    expect((await staffSees).id).toBe(ticket.visitId);

    server.clock.advance(7 * MIN);
    const announced = waitForSocketEvent(display, 'display:announce');
    const called = await ok<Visit>(advisor, 'staff:call-next', {});
    expect(called).toMatchObject({ ticket: 'C001', status: 'called', deskId: 'desk-2', seenAt: server.clock.now() });
    expect(await announced).toMatchObject({ ticket: 'C001', destination: 'Desk 2', recall: false });

    server.clock.advance(MIN);
    const recall = waitForSocketEvent(display, 'display:announce', (a) => a.recall);
    await ok(advisor, 'staff:visit-command', { visitId: called.id, command: { type: 'recall' } });
    expect((await recall).destination).toBe('Desk 2');

    await ok(advisor, 'staff:visit-command', { visitId: called.id, command: { type: 'start-serving' } });
    server.clock.advance(6 * MIN);
    const gone = waitForSocketEvent(display, 'display:ticket', (t) => t.status === 'gone');
    const done = await ok<Visit>(advisor, 'staff:visit-command', { visitId: called.id, command: { type: 'complete', outcome: 'resolved' } });
    expect(done).toMatchObject({ status: 'completed', outcome: 'resolved', recallCount: 1, endedAt: server.clock.now() });
    expect((await gone).destination).toBeNull();

    const managerCookie = await login(server.url, 'manager');
    const res = await fetch(`${server.url}/api/sites/civic-centre/events?limit=50`, { headers: { cookie: managerCookie } });
    const log = (await res.json()) as StoredEvent[];
    const visitEvents = log.filter((e) => e.visitId === called.id).reverse();
    expect(visitEvents.map((e) => e.type)).toEqual(['checked-in', 'called', 'recalled', 'serving-started', 'completed']);
    expect(visitEvents.map((e) => e.at - visitEvents[0]!.at)).toEqual([0, 7 * MIN, 8 * MIN, 8 * MIN, 14 * MIN]);
    expect(cookie).toMatch(/^rq_session=/);
    [kiosk, display, advisor].forEach((s) => s.close());
  });

  it('transfers a visit to another service, keeping its arrival time and ticket', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: advisor } = await connectStaff(server.url, 'advisor');
    await ok(advisor, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
    const ticket = await ok<CheckInResult>(kiosk, 'kiosk:check-in', checkInRequest());
    server.clock.advance(4 * MIN);
    await ok(advisor, 'staff:call-next', {});
    const moved = await ok<Visit>(advisor, 'staff:visit-command', { visitId: ticket.visitId, command: { type: 'transfer', serviceId: 'housing' } });
    expect(moved).toMatchObject({ status: 'waiting', serviceId: 'housing', ticket: 'C001', arrivedAt: ticket.arrivedAt, waitStartedAt: ticket.arrivedAt, transferCount: 1 });
    // Nobody at desk-1 serves housing now, so call-next finds nobody.
    expect(await ok(advisor, 'staff:call-next', {})).toBeNull();
    kiosk.close();
    advisor.close();
  });

  it('calls a transferred visitor ahead of later arrivals, by their original clock', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: advisor } = await connectStaff(server.url, 'advisor');
    await ok(advisor, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
    const early = await ok<CheckInResult>(kiosk, 'kiosk:check-in', checkInRequest('council-tax'));
    server.clock.advance(5 * MIN);
    const later = await ok<CheckInResult>(kiosk, 'kiosk:check-in', checkInRequest('housing'));
    expect(later.position).toBe(1);
    await ok(advisor, 'staff:call-next', {});
    await ok(advisor, 'staff:visit-command', { visitId: early.visitId, command: { type: 'transfer', serviceId: 'housing' } });
    await ok(advisor, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['housing'] });
    expect((await ok<Visit>(advisor, 'staff:call-next', {})).id).toBe(early.visitId);
    kiosk.close();
    advisor.close();
  });

  it('restarts ticket numbers at local midnight, not UTC midnight', async () => {
    const kiosk = await connectKiosk(server.url);
    server.clock.set(Date.UTC(2026, 5, 1, 22, 59, 0)); // 23:59 BST on 1 June
    expect((await ok<CheckInResult>(kiosk, 'kiosk:check-in', checkInRequest())).ticket).toBe('C001');
    expect((await ok<CheckInResult>(kiosk, 'kiosk:check-in', checkInRequest())).ticket).toBe('C002');
    server.clock.set(Date.UTC(2026, 5, 1, 23, 0, 0)); // 00:00 BST on 2 June
    const nextDay = await ok<CheckInResult>(kiosk, 'kiosk:check-in', checkInRequest());
    expect(nextDay).toMatchObject({ ticket: 'C001', serviceDay: '2026-06-02' });
    kiosk.close();
  });

  it('sends a fresh snapshot to a client that reconnects', async () => {
    const display = await connectDisplay(server.url);
    display.close();
    const kiosk = await connectKiosk(server.url);
    await ok(kiosk, 'kiosk:check-in', checkInRequest('housing'));
    const again = await connectDisplay(server.url);
    const snapshot = waitForSocketEvent(again, 'display:snapshot');
    await request(again, 'sync:snapshot', {});
    expect((await snapshot).tickets.map((t) => t.ticket)).toEqual(['H001']);
    kiosk.close();
    again.close();
  });
});
