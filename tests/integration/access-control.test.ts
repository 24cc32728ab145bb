import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_EVENT_NAMES, type Appointment, type CheckInResult, type ClientEventName, type Notice, type Visit } from '@reception/shared';
import { DEMO, listRoutes } from '@reception/server';
import { connectDisplay, connectKiosk, connectRaw, connectStaff, login, ok, request, type TestSocket } from '../support/clients.js';
import { databaseFingerprint, startTestServer, T0, type TestServer } from '../support/test-server.js';

/**
 * Every REST route and every socket event against every kind of caller. The tables are
 * checked against what the running app actually registers, so a route or an event added
 * without saying who may use it fails here.
 */

type Role = 'none' | 'kiosk' | 'display' | 'advisor' | 'manager' | 'admin';
const ROLES: readonly Role[] = ['none', 'kiosk', 'display', 'advisor', 'manager', 'admin'];
const STAFF = ['advisor', 'manager', 'admin'] as const;
const MANAGERS = ['manager', 'admin'] as const;
const ANYONE = ROLES;

let unique = 0;
/** A booking made before the REST table runs, so the personal-data routes have someone to find. */
let bookedForTable = '';
const next = () => ++unique;

interface RestRow {
  allowed: readonly Role[];
  /** A request that should succeed for an allowed caller. */
  sample: () => { query?: string; body?: unknown };
  /** Sign-out and the test reset end sessions: sign in again after them. */
  endsSessions?: boolean;
  /** Path values that must name something that exists, made afresh before each request. */
  params?: () => Promise<Record<string, string>>;
}

/** A sampling week scheduled by a manager, for a route that acts on one. */
async function aSamplingWeek(): Promise<Record<string, string>> {
  const cookie = await login(server.url, 'manager');
  const res = await fetch(`${server.url}/api/sampling-periods`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ label: `Week ${next()}`, startDay: '2026-03-02' }),
  });
  const body = (await res.json()) as { id?: string; period?: { id: string } };
  const id = body.period?.id ?? body.id;
  if (!id) throw new Error(`could not schedule a sampling week: ${JSON.stringify(body)}`);
  return { ':periodId': id };
}

const REST: Record<string, RestRow> = {
  'GET /api/health': { allowed: ANYONE, sample: () => ({}) },
  'POST /api/auth/login': { allowed: ANYONE, sample: () => ({ body: { username: 'advisor2', password: DEMO.password } }) },
  'POST /api/auth/logout': { allowed: ANYONE, sample: () => ({}), endsSessions: true },
  'GET /api/auth/me': { allowed: STAFF, sample: () => ({}) },
  'GET /api/sites/:siteId/config': { allowed: STAFF, sample: () => ({}) },
  'POST /api/sites/:siteId/services': { allowed: MANAGERS, sample: () => ({ body: { name: `Service ${next()}`, prefix: `Q${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[unique % 26]}` } }) },
  'POST /api/sites/:siteId/desks': { allowed: MANAGERS, sample: () => ({ body: { name: `Desk ${next()}` } }) },
  'GET /api/sites/:siteId/events': { allowed: MANAGERS, sample: () => ({ query: '?limit=5' }) },
  'POST /api/sites/:siteId/staff': { allowed: ['admin'], sample: () => ({ body: { name: 'New Starter', username: `starter${next()}`, password: 'a long passphrase 1', role: 'advisor' } }) },
  'POST /api/sites/:siteId/devices': { allowed: ['admin'], sample: () => ({ body: { kind: 'kiosk', name: `Kiosk ${next()}` } }) },
  'PUT /api/sites/:siteId/standards': { allowed: MANAGERS, sample: () => ({ body: { preset: 'hertsmere' } }) },
  'PUT /api/sites/:siteId/opening-hours': {
    allowed: MANAGERS,
    sample: () => ({ body: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { open: '00:00', close: '23:59' }])) }),
  },
  'GET /api/sites/:siteId/rooms': { allowed: STAFF, sample: () => ({}) },
  'POST /api/sites/:siteId/rooms': { allowed: MANAGERS, sample: () => ({ body: { name: `Room ${next()}`, panicButton: false, secure: false } }) },
  'PATCH /api/sites/:siteId/rooms/:roomId': { allowed: MANAGERS, sample: () => ({ body: { outOfService: false } }) },
  'GET /api/sites/:siteId/appointments': { allowed: STAFF, sample: () => ({ query: '?day=2026-01-12' }) },
  'GET /api/sites/:siteId/officers': { allowed: STAFF, sample: () => ({}) },
  'PUT /api/sites/:siteId/officers/:staffId': {
    allowed: MANAGERS,
    sample: () => ({ body: { serviceIds: ['housing', 'council-tax'], workingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { open: '00:00', close: '24:00' }])) } }),
  },
  'PUT /api/sites/:siteId/appointment-settings': { allowed: MANAGERS, sample: () => ({ body: { graceMinutes: 30, lengthMinutes: {}, defaultLengthMinutes: 30 } }) },
  'GET /api/sites/:siteId/privacy': { allowed: MANAGERS, sample: () => ({}) },
  'PUT /api/sites/:siteId/privacy': { allowed: MANAGERS, sample: () => ({ body: { retentionDays: 30 } }) },
  'GET /api/sites/:siteId/personal-data': { allowed: MANAGERS, sample: () => ({ query: '?name=Access%20Table' }) },
  'POST /api/sites/:siteId/personal-data/erase': { allowed: MANAGERS, sample: () => ({ body: { appointmentIds: [bookedForTable] } }) },
  'GET /api/reports/': { allowed: MANAGERS, sample: () => ({ query: '?from=2026-01-05&to=2026-01-11' }) },
  'GET /api/reports/compare': { allowed: MANAGERS, sample: () => ({ query: '?aFrom=2026-01-05&aTo=2026-01-11&bFrom=2026-01-12&bTo=2026-01-18' }) },
  'GET /api/reports/summary.csv': { allowed: MANAGERS, sample: () => ({ query: '?from=2026-01-05&to=2026-01-11' }) },
  'GET /api/reports/visits.csv': { allowed: MANAGERS, sample: () => ({ query: '?from=2026-01-05&to=2026-01-11' }) },
  'GET /api/sampling-periods': { allowed: MANAGERS, sample: () => ({}) },
  'POST /api/sampling-periods': { allowed: MANAGERS, sample: () => ({ body: { label: `Spring ${next()}`, startDay: '2026-04-06' } }) },
  'DELETE /api/sampling-periods/:periodId': { allowed: MANAGERS, sample: () => ({}), params: aSamplingWeek },
  'GET /api/sites/:siteId/sampling-now': { allowed: STAFF, sample: () => ({}) },
  // Mounted only with TEST_CLOCK (never in production), and then open, for the e2e runner.
  'POST /api/test/clock': { allowed: ANYONE, sample: () => ({ body: { advanceMs: 0 } }) },
  'POST /api/test/reset': { allowed: ANYONE, sample: () => ({}), endsSessions: true },
};

interface SocketContext {
  visitId: string;
  noticeId: string;
}

interface EventRow {
  allowed: readonly Role[];
  sample: (role: Role, ctx: SocketContext) => unknown;
}

/** Each staff role signs on at its own desk, so one does not get CONFLICT for another's desk. */
const deskOf: Record<string, string> = { advisor: 'desk-1', manager: 'desk-2', admin: 'desk-3' };

const EVENTS: Record<ClientEventName, EventRow> = {
  'kiosk:check-in': { allowed: ['kiosk'], sample: () => ({ requestId: randomUUID(), serviceId: 'housing', language: 'en', needs: {} }) },
  'staff:desk-sign-on': { allowed: STAFF, sample: (role) => ({ deskId: deskOf[role] ?? 'desk-4', serviceIds: ['housing'] }) },
  'staff:call-next': { allowed: STAFF, sample: () => ({}) },
  'staff:visit-command': { allowed: STAFF, sample: (_r, ctx) => ({ visitId: ctx.visitId, command: { type: 'left' } }) },
  'staff:resolve-prompt': { allowed: STAFF, sample: () => ({ promptId: 'no-such-prompt', outcome: 'chose-to-wait' }) },
  'staff:post-notice': { allowed: STAFF, sample: () => ({ kind: 'delay', message: 'A short delay at the desks' }) },
  'staff:withdraw-notice': { allowed: STAFF, sample: (_r, ctx) => ({ noticeId: ctx.noticeId }) },
  'staff:desk-sign-off': { allowed: STAFF, sample: () => ({}) },
  'sync:snapshot': { allowed: ['kiosk', 'display', 'advisor', 'manager', 'admin'], sample: () => ({}) },
  'kiosk:appointment-check-in': { allowed: ['kiosk'], sample: () => ({ requestId: randomUUID(), language: 'en', lookup: { by: 'reference', reference: 'ACDEFH' } }) },
  'staff:book-appointment': { allowed: STAFF, sample: () => ({ serviceId: 'housing', officerId: 'staff-advisor', startsAt: T0 + 2 * 3600_000, visitorName: 'Pat Example', visitorContact: '' }) },
  'staff:reschedule-appointment': { allowed: STAFF, sample: () => ({ appointmentId: 'no-such-appointment', startsAt: T0 + 3 * 3600_000, officerId: null }) },
  'staff:cancel-appointment': { allowed: STAFF, sample: () => ({ appointmentId: 'no-such-appointment' }) },
  'staff:reassign-appointment': { allowed: STAFF, sample: () => ({ appointmentId: 'no-such-appointment', officerId: 'staff-advisor2' }) },
  'staff:rebook-appointment': { allowed: STAFF, sample: () => ({ appointmentId: 'no-such-appointment', startsAt: T0 + 3 * 3600_000, officerId: null }) },
  'staff:check-in-appointment': { allowed: STAFF, sample: () => ({ appointmentId: 'no-such-appointment' }) },
  'staff:set-away': { allowed: STAFF, sample: () => ({ away: false }) },
  'staff:give-delay-reason': { allowed: STAFF, sample: () => ({ promptId: 'no-such-prompt', message: 'The officer is running late' }) },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ sessionTtlMs: 60 * 60_000, testRoutes: true });
});
afterAll(async () => {
  await server.dispose();
});

describe('the access tables cover the whole app', () => {
  it('has a row for every API route Express has registered, and no row for a route that is gone', () => {
    const registered = listRoutes(server.app)
      .filter((r) => r.path.startsWith('/api'))
      .map((r) => `${r.method} ${r.path}`);
    expect(registered.length).toBeGreaterThan(10);
    expect([...registered].sort()).toEqual(Object.keys(REST).sort());
  });

  it('has a row for every client event in the shared list, and the server listens for exactly those', async () => {
    expect(Object.keys(EVENTS).sort()).toEqual([...CLIENT_EVENT_NAMES].sort());
    const kiosk = await connectKiosk(server.url);
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    const reserved = new Set(['disconnect', 'disconnecting', 'error']);
    for (const socket of server.io.sockets.sockets.values()) {
      const listened = socket.eventNames().map(String).filter((e) => !reserved.has(e));
      expect(listened.sort()).toEqual([...CLIENT_EVENT_NAMES].sort());
    }
    [kiosk, staff].forEach((s) => s.close());
  });
});

describe('REST, every route × every caller', () => {
  it('lets through exactly the allowed callers; the others get 401 or 403 and change nothing', async () => {
    const { socket: booker } = await connectStaff(server.url, 'advisor');
    bookedForTable = (await ok<Appointment>(booker, 'staff:book-appointment', { serviceId: 'housing', officerId: 'staff-advisor', startsAt: T0 + 4 * 3600_000, visitorName: 'Access Table', visitorContact: '' })).id;
    booker.close();
    const cookies = new Map<Role, string>();
    const headersFor = async (role: Role): Promise<Record<string, string>> => {
      if (role === 'none') return {};
      // A device has no REST credential; its token offered every way a client might must not count.
      if (role === 'kiosk' || role === 'display') {
        const token = role === 'kiosk' ? DEMO.kioskToken : DEMO.displayToken;
        return { authorization: `Bearer ${token}`, cookie: `rq_session=${token}`, 'x-device-token': token };
      }
      if (!cookies.has(role)) cookies.set(role, await login(server.url, role));
      return { cookie: cookies.get(role)! };
    };
    for (const [key, row] of Object.entries(REST)) {
      const [method, pattern] = key.split(' ') as [string, string];
      const fixed = pattern.replace(':siteId', DEMO.siteId).replace(':roomId', 'room-2').replace(':staffId', 'staff-advisor');
      for (const role of ROLES) {
        const values = row.params ? await row.params() : {};
        const path = Object.entries(values).reduce((p, [k, v]) => p.replace(k, v), fixed);
        const { query = '', body } = row.sample();
        const before = databaseFingerprint(server);
        const res = await fetch(`${server.url}${path}${query}`, {
          method,
          headers: { ...(await headersFor(role)), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const label = `${key} as ${role}`;
        if (row.allowed.includes(role)) {
          expect(res.status, `${label}: ${await res.clone().text()}`).toBeLessThan(300);
        } else {
          const isStaff = role === 'advisor' || role === 'manager' || role === 'admin';
          expect(res.status, label).toBe(isStaff ? 403 : 401);
          expect(await res.json(), label).toMatchObject({ code: isStaff ? 'FORBIDDEN' : 'UNAUTHENTICATED' });
          expect(databaseFingerprint(server), `${label} changed the database`).toBe(before);
        }
        if (row.endsSessions) cookies.clear();
      }
    }
  });
});

describe('sockets, every event × every caller', () => {
  it('refuses a socket with no session at the handshake', async () => {
    await expect(connectRaw(server.url, {})).rejects.toThrow('UNAUTHENTICATED');
  });

  it('lets through exactly the allowed callers; the others get FORBIDDEN and change nothing', async () => {
    await fetch(`${server.url}/api/test/reset`, { method: 'POST' });
    const sockets: Partial<Record<Role, TestSocket>> = {
      kiosk: await connectKiosk(server.url),
      display: await connectDisplay(server.url),
      advisor: (await connectStaff(server.url, 'advisor')).socket,
      manager: (await connectStaff(server.url, 'manager')).socket,
      admin: (await connectStaff(server.url, 'admin')).socket,
    };
    const visit = await ok<CheckInResult>(sockets.kiosk!, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'housing', language: 'en', needs: {} });
    const notice = await ok<Notice>(sockets.manager!, 'staff:post-notice', { kind: 'delay', message: 'Fire drill at eleven' });
    const ctx: SocketContext = { visitId: visit.visitId, noticeId: notice.id };
    for (const [event, row] of Object.entries(EVENTS) as [ClientEventName, EventRow][]) {
      for (const role of ROLES) {
        const socket = sockets[role];
        if (!socket) continue; // no session: refused at the handshake, above
        const before = databaseFingerprint(server);
        const result = await request(socket, event, row.sample(role, ctx));
        const label = `${event} as ${role}`;
        if (row.allowed.includes(role)) {
          // Allowed: done, or refused for a reason of state (already left, no such prompt), never for who asked.
          if (!result.ok) expect(['CONFLICT', 'NOT_FOUND', 'ILLEGAL_TRANSITION'], `${label}: ${result.error.message}`).toContain(result.error.code);
        } else {
          expect(result, label).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
          expect(databaseFingerprint(server), `${label} changed the database`).toBe(before);
        }
      }
    }
    // The first allowed caller of each command really did it.
    const left = server.db.$client.prepare('SELECT status FROM visits WHERE id = ?').get(visit.visitId) as { status: string };
    expect(left.status).toBe('left');
    Object.values(sockets).forEach((s) => s.close());
  });
});

describe('sign-in, sessions, headers and the audit log', () => {
  it('rate-limits failed sign-ins per address, and says so', async () => {
    // Its own server: once tripped, the limiter refuses this address for the rest of the minute.
    const local = await startTestServer();
    try {
      const attempt = (password: string) =>
        fetch(`${local.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'manager', password }) });
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await attempt('guess')).status);
      // Ten wrong passwords are answered as such; the eleventh try within the minute is refused unasked, even the right one.
      expect(statuses).toEqual(Array(10).fill(401));
      const refused = await attempt(DEMO.password);
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    } finally {
      await local.dispose();
    }
  });

  it('expires a session after its time to live, to the minute', async () => {
    const local = await startTestServer({ sessionTtlMs: 30 * 60_000 });
    try {
      const cookie = await login(local.url, 'advisor');
      const me = () => fetch(`${local.url}/api/auth/me`, { headers: { cookie } });
      local.clock.advance(29 * 60_000);
      expect((await me()).status).toBe(200); // a minute before the limit: still signed in
      local.clock.advance(60_000);
      const expired = await me();
      expect(expired.status).toBe(401); // at the limit: out
      expect(await expired.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      await local.dispose();
    }
  });

  it('sets security headers on API answers and an httpOnly, SameSite=Strict cookie', async () => {
    const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'advisor', password: DEMO.password }) });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rq_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('puts staff actions in the event log under the person who did them', async () => {
    await fetch(`${server.url}/api/test/reset`, { method: 'POST' });
    const kiosk = await connectKiosk(server.url);
    const { socket: advisor } = await connectStaff(server.url, 'advisor');
    const managerCookie = await login(server.url, 'manager');
    await ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'council-tax', language: 'en', needs: {} });
    await ok(advisor, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
    const called = await ok<Visit>(advisor, 'staff:call-next', {});
    await ok(advisor, 'staff:visit-command', { visitId: called.id, command: { type: 'start-serving' } });
    await ok(advisor, 'staff:visit-command', { visitId: called.id, command: { type: 'complete', outcome: 'resolved' } });
    await fetch(`${server.url}/api/sites/${DEMO.siteId}/standards`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie: managerCookie }, body: JSON.stringify({ preset: 'halton' }) });
    const log = (await (await fetch(`${server.url}/api/sites/${DEMO.siteId}/events?limit=50`, { headers: { cookie: managerCookie } })).json()) as { type: string; actorId: string | null }[];
    const actorOf = (type: string) => log.filter((e) => e.type === type).map((e) => e.actorId);
    expect(actorOf('called')).toEqual(['staff-advisor']);
    expect(actorOf('serving-started')).toEqual(['staff-advisor']);
    expect(actorOf('completed')).toEqual(['staff-advisor']);
    expect(actorOf('standards-changed')).toEqual(['staff-manager']);
    expect(actorOf('staff-signed-in')).toEqual(expect.arrayContaining(['staff-advisor', 'staff-manager']));
    expect(actorOf('checked-in')).toEqual(['kiosk-1']);
    [kiosk, advisor].forEach((s) => s.close());
  });
});
