import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ack, CheckInResult, Visit } from '@reception/shared';
import { connectKiosk, connectStaff, login, ok, request } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

async function registerKiosk(adminCookie: string, name: string): Promise<string> {
  const res = await fetch(`${server.url}/api/sites/civic-centre/devices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: adminCookie },
    body: JSON.stringify({ kind: 'kiosk', name }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

describe('under concurrent use', () => {
  it('gives 200 walk-ins from 5 kiosks at once 200 distinct ticket numbers', async () => {
    const admin = await login(server.url, 'admin');
    const tokens = await Promise.all([1, 2, 3, 4, 5].map((n) => registerKiosk(admin, `Kiosk ${n}`)));
    const kiosks = await Promise.all(tokens.map((t) => connectKiosk(server.url, t)));
    const services = ['council-tax', 'housing', 'benefits', 'planning'];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => ok<CheckInResult>(kiosks[i % 5]!, 'kiosk:check-in', { requestId: randomUUID(), serviceId: services[i % 4], language: 'en', needs: {} })),
    );
    const tickets = results.map((r) => r.ticket);
    expect(new Set(tickets).size).toBe(200);
    // Each prefix is numbered 1..50 without a gap.
    for (const prefix of ['C', 'H', 'B', 'P']) {
      const numbers = tickets.filter((t) => t.startsWith(prefix)).map((t) => Number(t.slice(1))).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    }
    const count = server.db.$client.prepare('SELECT COUNT(*) AS n FROM visits').get() as { n: number };
    expect(count.n).toBe(200);
    kiosks.forEach((k) => k.close());
  });

  it('returns the same ticket when a kiosk retries a check-in, even from a new connection', async () => {
    const kiosk = await connectKiosk(server.url);
    const req = { requestId: randomUUID(), serviceId: 'benefits', language: 'cy', needs: { bsl: true } };
    const first = await ok<CheckInResult>(kiosk, 'kiosk:check-in', req);
    kiosk.close(); // the connection drops before the kiosk saw the answer
    const reconnected = await connectKiosk(server.url);
    const retry = await ok<CheckInResult>(reconnected, 'kiosk:check-in', req);
    const again = await ok<CheckInResult>(reconnected, 'kiosk:check-in', req);
    expect(retry.ticket).toBe(first.ticket);
    expect(again.visitId).toBe(first.visitId);
    const rows = server.db.$client.prepare('SELECT COUNT(*) AS n FROM visits').get() as { n: number };
    const checkIns = server.db.$client.prepare("SELECT COUNT(*) AS n FROM events WHERE type = 'checked-in'").get() as { n: number };
    expect([rows.n, checkIns.n]).toEqual([1, 1]);
    reconnected.close();
  });

  it('lets exactly one of two advisors racing to call the same ticket win', async () => {
    const kiosk = await connectKiosk(server.url);
    const ticket = await ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'council-tax', language: 'en', needs: {} });
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const { socket: alex } = await connectStaff(server.url, 'advisor2');
    await ok(sam, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
    await ok(alex, 'staff:desk-sign-on', { deskId: 'desk-2', serviceIds: ['council-tax'] });
    const call = { visitId: ticket.visitId, command: { type: 'call' } };
    const [a, b] = await Promise.all([request<Visit>(sam, 'staff:visit-command', call), request<Visit>(alex, 'staff:visit-command', call)]);
    const outcomes = [a, b] as Ack<Visit>[];
    const winners = outcomes.filter((r) => r.ok);
    const losers = outcomes.filter((r): r is Extract<Ack<Visit>, { ok: false }> => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.error).toEqual({ code: 'CONFLICT', message: 'C001 has already been called by another desk.' });
    const calls = server.db.$client.prepare("SELECT COUNT(*) AS n FROM events WHERE type = 'called'").get() as { n: number };
    expect(calls.n).toBe(1);
    [kiosk, sam, alex].forEach((s) => s.close());
  });

  it('refuses a desk that another advisor is using', async () => {
    const { socket: sam } = await connectStaff(server.url, 'advisor');
    const { socket: alex } = await connectStaff(server.url, 'advisor2');
    await ok(sam, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
    const refused = await request(alex, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['housing'] });
    expect(refused).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Desk 1 is already in use by Sam Patel.' } });
    sam.close();
    alex.close();
  });
});
