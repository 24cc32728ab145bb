import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckInResult, ClientEventName } from '@reception/shared';
import { connectDisplay, connectKiosk, connectRaw, connectStaff, login, ok, recordAll, request, waitForSocketEvent } from '../support/clients.js';
import { databaseFingerprint, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ sessionTtlMs: 60 * 60_000 });
});
afterEach(async () => {
  await server.dispose();
});

/** Payloads that must be rejected for each event, whatever state the site is in. */
const BAD: Record<ClientEventName, unknown[]> = {
  'kiosk:check-in': [
    undefined,
    null,
    'C001',
    {},
    { requestId: 'not-a-uuid', serviceId: 'council-tax' },
    { requestId: randomUUID(), serviceId: '' },
    { requestId: randomUUID(), serviceId: 'council-tax', language: 'xx' },
    { requestId: randomUUID(), serviceId: 'council-tax', needs: { bsl: 'yes' } },
    { requestId: randomUUID(), serviceId: 'nope' },
    { requestId: randomUUID(), serviceId: 'x'.repeat(65) },
  ],
  'staff:desk-sign-on': [{}, { deskId: 'desk-1', serviceIds: [] }, { deskId: 'desk-1', serviceIds: 'council-tax' }, { deskId: 'desk-9', serviceIds: ['council-tax'] }, { deskId: 'desk-1', serviceIds: ['nope'] }],
  'staff:desk-sign-off': [{ extra: 1 }, 'x'],
  'staff:call-next': [{ extra: 1 }, [1, 2]],
  'staff:visit-command': [{}, { visitId: 'missing', command: { type: 'call' } }, { visitId: 'a', command: { type: 'explode' } }, { visitId: 'a', command: { type: 'complete', outcome: 'great' } }, { visitId: '../etc', command: { type: 'call' } }],
  'sync:snapshot': [{ extra: 1 }],
  'staff:resolve-prompt': [{}, { promptId: 'missing', outcome: 'chose-to-wait' }, { promptId: 'x', outcome: 'maybe' }],
  'staff:post-notice': [{}, { kind: 'delay', message: '' }, { kind: 'delay', message: 'x'.repeat(201) }, { kind: 'party', message: 'Back soon' }, { kind: 'delay', message: 'Back soon', expiresInMinutes: 0 }],
  'staff:withdraw-notice': [{}, { noticeId: 'missing' }],
  'kiosk:appointment-check-in': [
    {},
    { requestId: randomUUID(), lookup: { by: 'reference' } },
    { requestId: randomUUID(), lookup: { by: 'reference', reference: '' } },
    { requestId: randomUUID(), lookup: { by: 'name-and-time', initial: 'PA', time: '10:30' } },
    { requestId: randomUUID(), lookup: { by: 'name-and-time', initial: 'P', time: '25:00' } },
    { requestId: randomUUID(), lookup: { by: 'phone', number: '0123' } },
  ],
  'staff:book-appointment': [
    {},
    { serviceId: 'housing', officerId: null, startsAt: -1, visitorName: 'Pat Example' },
    { serviceId: 'housing', officerId: null, startsAt: Date.UTC(2026, 0, 12, 11), visitorName: '' },
    { serviceId: 'nope', officerId: null, startsAt: Date.UTC(2026, 0, 12, 11), visitorName: 'Pat Example' },
    // In the past: refused with a reason.
    { serviceId: 'housing', officerId: null, startsAt: Date.UTC(2026, 0, 12, 9), visitorName: 'Pat Example' },
    // Manager Morgan Reid takes no appointments.
    { serviceId: 'housing', officerId: 'staff-manager', startsAt: Date.UTC(2026, 0, 12, 11), visitorName: 'Pat Example' },
  ],
  'staff:reschedule-appointment': [{}, { appointmentId: 'missing', startsAt: Date.UTC(2026, 0, 12, 11), officerId: null }],
  'staff:cancel-appointment': [{}, { appointmentId: 'missing' }],
  'staff:reassign-appointment': [{}, { appointmentId: 'missing', officerId: 'staff-advisor' }],
  'staff:rebook-appointment': [{}, { appointmentId: 'missing', startsAt: Date.UTC(2026, 0, 12, 11), officerId: null }],
  'staff:check-in-appointment': [{}, { appointmentId: 'missing' }],
  'staff:set-away': [{}, { away: 'yes' }],
  'staff:give-delay-reason': [{}, { promptId: 'missing', message: 'Running late' }, { promptId: 'x', message: '' }],
};

const AUDIENCE: Record<ClientEventName, 'kiosk' | 'staff' | 'display'> = {
  'kiosk:check-in': 'kiosk',
  'staff:desk-sign-on': 'staff',
  'staff:desk-sign-off': 'staff',
  'staff:call-next': 'staff',
  'staff:visit-command': 'staff',
  'sync:snapshot': 'display',
  'staff:resolve-prompt': 'staff',
  'staff:post-notice': 'staff',
  'staff:withdraw-notice': 'staff',
  'kiosk:appointment-check-in': 'kiosk',
  'staff:book-appointment': 'staff',
  'staff:reschedule-appointment': 'staff',
  'staff:cancel-appointment': 'staff',
  'staff:reassign-appointment': 'staff',
  'staff:rebook-appointment': 'staff',
  'staff:check-in-appointment': 'staff',
  'staff:set-away': 'staff',
  'staff:give-delay-reason': 'staff',
};

describe('bad input', () => {
  it('gets a coded, readable error for every event and leaves the database unchanged', async () => {
    const kiosk = await connectKiosk(server.url);
    const display = await connectDisplay(server.url);
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    // A real visit to aim commands at, and a desk, so rejections are not just "nothing exists".
    const visit = await ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'council-tax', language: 'en', needs: {} });
    BAD['staff:visit-command'].push({ visitId: visit.visitId, command: { type: 'complete', outcome: 'resolved' } }, { visitId: visit.visitId, command: { type: 'transfer', serviceId: 'council-tax' } });
    const sockets = { kiosk, display, staff };
    const before = databaseFingerprint(server);
    for (const [event, payloads] of Object.entries(BAD) as [ClientEventName, unknown[]][]) {
      for (const payload of payloads) {
        const result = await request(sockets[AUDIENCE[event]], event, payload);
        expect(result.ok, `${event} ${JSON.stringify(payload)}`).toBe(false);
        if (result.ok) continue;
        expect(['INVALID_INPUT', 'NOT_FOUND', 'ILLEGAL_TRANSITION', 'CONFLICT']).toContain(result.error.code);
        expect(result.error.message.length).toBeGreaterThan(10);
      }
    }
    expect(databaseFingerprint(server)).toBe(before);
    const invalid = await request(kiosk, 'kiosk:check-in', { requestId: 'nope', serviceId: 'council-tax' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'requestId' }] } });
    [kiosk, display, staff].forEach((s) => s.close());
  });

  it('answers malformed and oversized REST bodies with a coded error', async () => {
    const bad = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'INVALID_INPUT' });
    const missing = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/username/) as unknown });
    const huge = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'x'.repeat(100_000), password: 'y' }) });
    expect(huge.status).toBe(413);
    const wrong = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'advisor', password: 'wrong' }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'That username and password do not match.' });
  });
});

describe('access control', () => {
  it('keeps advisors out of manager-only and admin-only routes', async () => {
    const advisor = await login(server.url, 'advisor');
    const manager = await login(server.url, 'manager');
    const get = (cookie: string) => fetch(`${server.url}/api/sites/civic-centre/events`, { headers: { cookie } });
    const res = await get(advisor);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ code: 'FORBIDDEN', message: 'Your role (advisor) may not do this.' });
    expect((await get(manager)).status).toBe(200);
    const post = (cookie: string) =>
      fetch(`${server.url}/api/sites/civic-centre/services`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Parking', prefix: 'K' }) });
    expect((await post(advisor)).status).toBe(403);
    expect((await post(manager)).status).toBe(201);
    const device = await fetch(`${server.url}/api/sites/civic-centre/devices`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: manager }, body: JSON.stringify({ kind: 'kiosk', name: 'K' }) });
    expect(device.status).toBe(403);
    expect((await fetch(`${server.url}/api/sites/civic-centre/config`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/sites/other-site/config`, { headers: { cookie: manager } })).status).toBe(403);
  });

  it('lets each device do only its own job', async () => {
    const kiosk = await connectKiosk(server.url);
    const display = await connectDisplay(server.url);
    const asKiosk = await request(kiosk, 'staff:call-next', {});
    expect(asKiosk).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'This kiosk device may not use staff:call-next.' } });
    const asDisplay = await request(display, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'council-tax' });
    expect(asDisplay).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    expect(await request(staff, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'council-tax' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    [kiosk, display, staff].forEach((s) => s.close());
  });

  it('refuses sockets without a session or with an unknown device token', async () => {
    await expect(connectRaw(server.url, {})).rejects.toThrow('UNAUTHENTICATED');
    await expect(connectRaw(server.url, { deviceToken: 'guess' })).rejects.toThrow('UNAUTHENTICATED');
    await expect(connectRaw(server.url, { cookie: 'rq_session=forged' })).rejects.toThrow('UNAUTHENTICATED');
  });

  it('ends a staff session when it expires, even on an open socket', async () => {
    const { socket } = await connectStaff(server.url, 'advisor');
    expect((await request(socket, 'staff:call-next', {})).ok).toBe(false); // no desk yet: CONFLICT, still signed in
    server.clock.advance(61 * 60_000);
    const expired = await request(socket, 'staff:call-next', {});
    expect(expired).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Your session has ended. Please sign in again.' } });
  });

  it('signs out for real: the cookie stops working', async () => {
    const cookie = await login(server.url, 'advisor');
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).status).toBe(200);
    const out = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(out.headers.get('set-cookie')).toMatch(/rq_session=;/);
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('sets an httpOnly, SameSite session cookie and security headers', async () => {
    const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'advisor', password: 'demo-pass-2026' }) });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });
});

describe('privacy on public screens', () => {
  it('never sends a display or kiosk a staff name, a need, a language or a whole visit', async () => {
    const display = await connectDisplay(server.url);
    const kiosk = await connectKiosk(server.url);
    const seenByDisplay = recordAll(display);
    const seenByKiosk = recordAll(kiosk);
    await request(display, 'sync:snapshot', {});
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    await ok(staff, 'staff:desk-sign-on', { deskId: 'desk-3', serviceIds: ['housing'] });
    const ticket = await ok<CheckInResult>(kiosk, 'kiosk:check-in', {
      requestId: randomUUID(),
      serviceId: 'housing',
      language: 'ar',
      needs: { interpreter: 'ar', privateRoom: true, stepFree: true, bsl: true },
    });
    const announced = waitForSocketEvent(display, 'display:announce');
    await ok(staff, 'staff:call-next', {});
    await announced;
    await ok(staff, 'staff:visit-command', { visitId: ticket.visitId, command: { type: 'start-serving' } });
    await ok(staff, 'staff:visit-command', { visitId: ticket.visitId, command: { type: 'complete', outcome: 'resolved' } });
    await waitForSocketEvent(display, 'display:ticket', (t) => t.status === 'gone');
    for (const { event, payload } of [...seenByDisplay, ...seenByKiosk]) {
      const text = JSON.stringify(payload);
      for (const secret of ['Sam Patel', 'staff-advisor', 'interpreter', 'privateRoom', 'stepFree', '"bsl"', '"language"', '"needs"', 'staffId', 'username']) {
        expect(text, `${event} leaked ${secret}`).not.toContain(secret);
      }
    }
    expect(seenByDisplay.map((m) => m.event)).toEqual(expect.arrayContaining(['display:snapshot', 'display:ticket', 'display:announce', 'queue:stats']));
    [display, kiosk, staff].forEach((s) => s.close());
  });
});
