import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckInResult, PUBLIC_EVENT_SCHEMAS, type Notice, type Visit } from '@reception/shared';
import { connectDisplay, connectKiosk, connectStaff, ok, recordAll, request, type TestSocket } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * A display board hangs in a public waiting room and a kiosk is used by whoever walks
 * up; neither may ever be sent who someone is, what they need or who serves them. Every
 * message they get during a whole day's journey is held to the public schemas exactly:
 * parsing strips unknown fields at any depth, so a payload equal to its parse carries
 * nothing the schema does not name.
 */

/** Keys that would carry a person or their needs; none is in a public schema, and none may appear at any depth. */
const PERSONAL_KEYS = new Set(['needs', 'language', 'staffId', 'staffName', 'username', 'interpreter', 'privateRoom', 'stepFree', 'bsl', 'visitorName', 'firstName', 'lastName', 'fullName', 'email', 'contact', 'postcode', 'dateOfBirth', 'me', 'actorId', 'postedBy']);
/** Values from this journey that are personal: staff names and ids, the languages and needs given at the kiosk. */
const PERSONAL_VALUES = ['Sam Patel', 'Morgan Reid', 'staff-advisor', 'staff-manager', '"ar"', '"cy"'];

function keysDeep(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      keysDeep(v, out);
    }
  }
  return out;
}

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

describe('public screens over a whole journey', () => {
  it('receive only public-schema messages with no person, need, language or staff member in them', async () => {
    const display = await connectDisplay(server.url);
    const kiosk = await connectKiosk(server.url);
    const displayLog = recordAll(display);
    const kioskLog = recordAll(kiosk);

    const { socket: advisor } = await connectStaff(server.url, 'advisor');
    const { socket: manager, cookie: managerCookie } = await connectStaff(server.url, 'manager');
    await ok(advisor, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax', 'housing', 'benefits'] });
    const acks: CheckInResult[] = [];
    const checkIn = async (serviceId: string, language: string, needs: object) => {
      const result = await ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId, language, needs });
      // The kiosk's own acknowledgement is public too: it is printed on a ticket.
      expect(CheckInResult.parse(result)).toEqual(result);
      acks.push(result);
      server.clock.advance(60_000);
      return result;
    };
    const a = await checkIn('council-tax', 'ar', { interpreter: 'ar', privateRoom: true, stepFree: true, bsl: true });
    const b = await checkIn('housing', 'cy', { stepFree: true });
    const c = await checkIn('benefits', 'en', {});
    const command = (socket: TestSocket, visitId: string, cmd: object) => ok<Visit>(socket, 'staff:visit-command', { visitId, command: cmd });

    // A: called to a room, recalled, served, referred to an officer, called again, transferred, completed.
    await ok(advisor, 'staff:call-next', {});
    await command(advisor, a.visitId, { type: 'recall' });
    await command(advisor, a.visitId, { type: 'start-serving' });
    await command(advisor, a.visitId, { type: 'refer-to-officer' });
    await command(advisor, a.visitId, { type: 'call' });
    await command(advisor, a.visitId, { type: 'start-serving' });
    await command(advisor, a.visitId, { type: 'transfer', serviceId: 'general' });
    await command(manager, a.visitId, { type: 'left' });
    // B: asks for a room, is called, recalled twice and is a no-show.
    await command(advisor, b.visitId, { type: 'request-room' });
    await command(advisor, b.visitId, { type: 'call' });
    await command(advisor, b.visitId, { type: 'recall' });
    await command(advisor, b.visitId, { type: 'recall' });
    await command(advisor, b.visitId, { type: 'no-show' });
    // Time passes with C waiting past the limit: prompts and forecasts move (staff only).
    server.clock.advance(40 * 60_000);
    server.tick();
    const notice = await ok<Notice>(manager, 'staff:post-notice', { kind: 'delay', message: 'The computer system is restarting' });
    await ok(manager, 'staff:withdraw-notice', { noticeId: notice.id });
    await command(advisor, c.visitId, { type: 'call' });
    await command(advisor, c.visitId, { type: 'start-serving' });
    await command(advisor, c.visitId, { type: 'complete', outcome: 'resolved' });
    // A configuration change re-sends every screen its snapshot.
    await fetch(`${server.url}/api/sites/civic-centre/standards`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie: managerCookie }, body: JSON.stringify({ preset: 'halton' }) });
    await ok(advisor, 'staff:desk-sign-off', {});
    await new Promise((r) => setTimeout(r, 100)); // the coalesced refresh runs on a zero timer
    await request(display, 'sync:snapshot', {});
    await request(kiosk, 'sync:snapshot', {});

    const allowedFor = {
      display: ['display:snapshot', 'display:ticket', 'display:announce', 'queue:stats', 'public:notices'],
      kiosk: ['kiosk:snapshot', 'queue:stats', 'public:notices'],
    } as const;
    for (const [audience, log] of [['display', displayLog], ['kiosk', kioskLog]] as const) {
      expect(log.length, `${audience} received nothing`).toBeGreaterThan(5);
      for (const { event, payload } of log) {
        const label = `${audience} got ${event}`;
        expect(allowedFor[audience] as readonly string[], label).toContain(event);
        const schema = PUBLIC_EVENT_SCHEMAS[event as keyof typeof PUBLIC_EVENT_SCHEMAS];
        // Equal to its own parse: no field the public schema does not name, at any depth.
        expect(schema.parse(payload), label).toEqual(payload);
        const leakedKeys = keysDeep(payload).filter((k) => PERSONAL_KEYS.has(k));
        expect(leakedKeys, label).toEqual([]);
        const text = JSON.stringify(payload);
        for (const value of PERSONAL_VALUES) expect(text, `${label} contains ${value}`).not.toContain(value);
      }
    }
    // The journey really reached the screens: every kind of public message was seen.
    expect(new Set(displayLog.map((m) => m.event))).toEqual(new Set(allowedFor.display));
    expect(new Set(kioskLog.map((m) => m.event))).toEqual(new Set(allowedFor.kiosk));
    const tickets = displayLog.filter((m) => m.event === 'display:ticket').map((m) => (m.payload as { ticket: string }).ticket);
    expect(new Set(tickets)).toEqual(new Set(acks.map((t) => t.ticket)));
    [display, kiosk, advisor, manager].forEach((s) => s.close());
  });
});
