import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_EVENT_NAMES, ErrorBody, type Ack, type CheckInResult } from '@reception/shared';
import { DEMO, listRoutes } from '@reception/server';
import { connectDisplay, connectKiosk, connectStaff, login, ok, request, type TestSocket } from '../support/clients.js';
import { databaseFingerprint, startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Random and malformed input to every socket event and every REST route, as every kind
 * of caller. Whatever arrives, the server stays up, answers with a coded error (never
 * INTERNAL, which would mean an input reached code that did not expect it), and a
 * rejected command leaves every table exactly as it was.
 */

const SEED = 20_260_112; // fixed, so a failure reproduces; fast-check prints the counterexample
const RUNS = 12;

/** Field names the real schemas use, so random objects get past the first check often enough to test the second. */
const KEYS = ['requestId', 'serviceId', 'language', 'needs', 'deskId', 'serviceIds', 'visitId', 'command', 'type', 'outcome', 'promptId', 'kind', 'message', 'expiresInMinutes', 'noticeId', 'name', 'prefix', 'username', 'password', 'role', 'preset', 'custom', 'outOfService', 'panicButton', 'secure', 'mon', '__proto__', 'constructor'];

function fieldValue(known: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...known),
    fc.uuid(),
    fc.string({ maxLength: 40 }),
    fc.string({ minLength: 300, maxLength: 2000 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.constantFrom(...known), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 10 }), fc.integer())),
  );
}

function payloads(known: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
    { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), fieldValue(known), { maxKeys: 6 }) },
    { weight: 1, arbitrary: fc.array(fieldValue(known), { maxLength: 4 }) },
  );
}

function expectCodedError(body: unknown, label: string): void {
  const parsed = ErrorBody.safeParse(body);
  expect(parsed.success, `${label}: not a coded error: ${JSON.stringify(body)}`).toBe(true);
  if (!parsed.success) return;
  expect(parsed.data.code, `${label}: ${parsed.data.message}`).not.toBe('INTERNAL');
  expect(parsed.data.message.length, label).toBeGreaterThan(5);
}

let server: TestServer;
let known: string[];
let adminCookie: string;
beforeAll(async () => {
  // A high command limit, so the fuzz tests validation rather than the flood limit (tested below).
  server = await startTestServer({ commandsPerSecond: 1_000_000 });
  const kiosk = await connectKiosk(server.url);
  const visit = await ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'council-tax', language: 'en', needs: {} });
  kiosk.close();
  adminCookie = await login(server.url, 'admin'); // before the sign-in fuzz trips the limiter
  known = [visit.visitId, 'council-tax', 'housing', 'desk-1', 'desk-2', 'room-1', DEMO.siteId, 'en', 'cy', 'call', 'left', 'complete', 'transfer', 'resolved', 'delay', 'kiosk', 'advisor', 'admin', 'halton'];
});
afterAll(async () => {
  await server.dispose();
});

async function healthy(): Promise<void> {
  const res = await fetch(`${server.url}/api/health`);
  expect(res.status).toBe(200);
}

describe('fuzzed socket events', () => {
  it('answers every random payload to every event from every caller with a result or a coded error; rejections change nothing', { timeout: 60_000 }, async () => {
    const sockets: Record<string, TestSocket> = {
      kiosk: await connectKiosk(server.url),
      display: await connectDisplay(server.url),
      advisor: (await connectStaff(server.url, 'advisor')).socket,
      manager: (await connectStaff(server.url, 'manager')).socket,
      admin: (await connectStaff(server.url, 'admin')).socket,
    };
    for (const event of CLIENT_EVENT_NAMES) {
      for (const [role, socket] of Object.entries(sockets)) {
        await fc.assert(
          fc.asyncProperty(payloads(known), async (payload) => {
            const before = databaseFingerprint(server);
            const result: Ack<unknown> = await request(socket, event, payload);
            expect(socket.connected, `${event} as ${role} dropped the socket`).toBe(true);
            if (result.ok) return;
            expectCodedError(result.error, `${event} as ${role}`);
            expect(databaseFingerprint(server), `${event} as ${role}: rejected but changed the database`).toBe(before);
          }),
          { numRuns: RUNS, seed: SEED },
        );
      }
      await healthy();
    }
    Object.values(sockets).forEach((s) => s.close());
  });
});

describe('fuzzed REST routes', () => {
  it('answers random bodies, query strings and path values on every route from every caller with a coded error or success; rejections change nothing', { timeout: 60_000 }, async () => {
    const routes = listRoutes(server.app).filter((r) => r.path.startsWith('/api'));
    // Sign-in last: fuzzing it trips the failed-sign-in limit, which would stop the others signing in.
    const order = (path: string) => (path === '/api/auth/login' ? 2 : path === '/api/auth/logout' ? 1 : 0);
    routes.sort((a, b) => order(a.path) - order(b.path));
    const headersFor = async (role: string): Promise<Record<string, string>> => {
      if (role === 'none') return {};
      if (role === 'kiosk') return { authorization: `Bearer ${DEMO.kioskToken}`, cookie: `rq_session=${DEMO.kioskToken}` };
      return { cookie: await login(server.url, role) };
    };
    const bodies = fc.oneof(
      payloads(known).map((p) => ({ type: 'application/json', text: JSON.stringify(p) ?? 'null' })),
      fc.string({ maxLength: 200 }).map((text) => ({ type: 'application/json', text })), // usually not JSON at all
      fc.string({ maxLength: 200 }).map((text) => ({ type: 'text/plain', text })),
    );
    const query = fc.dictionary(fc.constantFrom('limit', 'before', 'siteId', '__proto__', 'x'), fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String)), { maxKeys: 3 });
    const param = fc.oneof(fc.constantFrom(DEMO.siteId, 'room-1', 'other-site'), fc.string({ minLength: 1, maxLength: 80 }));
    for (const { method, path } of routes) {
      for (const role of ['none', 'kiosk', 'advisor', 'manager', 'admin']) {
        const headers = path === '/api/auth/login' ? {} : await headersFor(role);
        await fc.assert(
          fc.asyncProperty(bodies, query, param, async (body, q, value) => {
            const url = `${server.url}${path.replace(/:\w+/g, () => encodeURIComponent(value))}?${new URLSearchParams(q).toString()}`;
            const before = databaseFingerprint(server);
            const res = await fetch(url, { method, headers: { ...headers, 'content-type': body.type }, body: method === 'GET' ? undefined : body.text });
            const label = `${method} ${path} as ${role}`;
            expect(res.status, label).toBeLessThan(500);
            if (res.status < 400) return;
            expectCodedError(await res.json(), label);
            expect(databaseFingerprint(server), `${label}: rejected but changed the database`).toBe(before);
          }),
          { numRuns: RUNS, seed: SEED },
        );
      }
    }
    await healthy();
  });
});

describe('oversized payloads and floods', () => {
  it('cuts off a socket that sends an oversized message, and nothing changes', async () => {
    const kiosk = await connectKiosk(server.url);
    const before = databaseFingerprint(server);
    const gone = new Promise<string>((resolve) => kiosk.once('disconnect', resolve));
    // Sent raw, without waiting for an answer: the typed map would refuse the extra field.
    (kiosk as unknown as { emit(e: string, p: unknown): void }).emit('kiosk:check-in', { requestId: randomUUID(), serviceId: 'council-tax', language: 'en', needs: {}, padding: 'x'.repeat(64 * 1024) });
    expect(await gone).toBe('transport close');
    expect(databaseFingerprint(server)).toBe(before);
    await healthy();
    const again = await connectKiosk(server.url); // the device itself is not banned
    expect((await request(again, 'sync:snapshot', {})).ok).toBe(true);
    again.close();
  });

  it('refuses oversized REST bodies on every route that takes one', async () => {
    const cookie = adminCookie;
    const huge = JSON.stringify({ name: 'x'.repeat(64 * 1024) });
    for (const { method, path } of listRoutes(server.app).filter((r) => r.path.startsWith('/api') && r.method !== 'GET')) {
      const res = await fetch(`${server.url}${path.replace(':siteId', DEMO.siteId).replace(':roomId', 'room-1')}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: huge });
      expect(res.status, `${method} ${path}`).toBe(413);
      expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    }
  });

  it('refuses a flood from one device or one person without slowing anyone else', async () => {
    const limited = await startTestServer(); // the production limit
    try {
      const kiosk = await connectKiosk(limited.url);
      const display = await connectDisplay(limited.url);
      const advisor = (await connectStaff(limited.url, 'advisor')).socket;
      const advisorAgain = (await connectStaff(limited.url, 'advisor')).socket; // same person, second sign-in
      const manager = (await connectStaff(limited.url, 'manager')).socket;
      // Each flood sends an event the sender may not use: the limit is taken before anything
      // else, so every answer is cheap (FORBIDDEN) unless the limit refused it (RATE_LIMITED).
      // The limit is per second, so on a slow machine a flood may span more than one window.
      const flood = async (sockets: TestSocket[], event: 'staff:call-next' | 'kiosk:check-in', each: number) => {
        const started = Date.now();
        const results = (await Promise.all(sockets.flatMap((s) => Array.from({ length: each }, () => request(s, event, {}, 30_000))))).map((r) => (r.ok ? 'ok' : r.error.code));
        const windows = Math.floor((Date.now() - started) / 1000) + 1;
        return { let: results.filter((c) => c !== 'RATE_LIMITED').length, refused: results.filter((c) => c === 'RATE_LIMITED').length, windows };
      };

      const fromKiosk = await flood([kiosk], 'staff:call-next', 1000);
      expect(fromKiosk.refused).toBeGreaterThan(0);
      expect(fromKiosk.let).toBeLessThanOrEqual(100 * fromKiosk.windows);
      // Another device at the same site is not affected.
      expect((await flood([display], 'staff:call-next', 20)).refused).toBe(0);

      // Per person: two sockets of the same advisor share one allowance; the manager has their own.
      const both = await flood([advisor, advisorAgain], 'kiosk:check-in', 500);
      expect(both.refused).toBeGreaterThan(0);
      expect(both.let).toBeLessThanOrEqual(100 * both.windows);
      expect((await flood([manager], 'kiosk:check-in', 20)).refused).toBe(0);
      [kiosk, display, advisor, advisorAgain, manager].forEach((s) => s.close());
    } finally {
      await limited.dispose();
    }
  });
});
