import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Appointment, EraseResult, PersonalDataExport, StoredEvent } from '@reception/shared';
import { connectDisplay, connectKiosk, connectStaff, login, ok, recordAll, waitForSocketEvent, type TestSocket } from '../support/clients.js';
import { databaseFingerprint, startTestServer, T0, type TestServer } from '../support/test-server.js';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
let server: TestServer;
let managerCookie: string;
beforeEach(async () => {
  server = await startTestServer();
  managerCookie = await login(server.url, 'manager');
});
afterEach(async () => {
  await server.dispose();
});

const book = (staff: TestSocket, startsAt: number, visitorName = 'Pat Example', visitorContact = '07700 900123') =>
  ok<Appointment>(staff, 'staff:book-appointment', { serviceId: 'housing', officerId: 'staff-advisor', startsAt, visitorName, visitorContact });

async function api<T>(path: string, init: { method?: string; body?: unknown; cookie?: string } = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}/api/sites/civic-centre${path}`, {
    method: init.method ?? 'GET',
    headers: { cookie: init.cookie ?? managerCookie, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const allRows = (table: string) => server.db.$client.prepare(`SELECT * FROM ${table}`).all();

describe('retention of visitors’ names and contact details', () => {
  it('erases them once the period after the appointment has run out, keeps every anonymous figure, and tells the consoles', async () => {
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    expect((await api('/privacy', { method: 'PUT', body: { retentionDays: 7 } })).status).toBe(200);
    const seen = await book(staff, T0 + 30 * MIN);
    const later = await book(staff, T0 + 3 * DAY, 'Robin Sample', 'robin@example.org');
    const kiosk = await connectKiosk(server.url);
    server.clock.advance(25 * MIN);
    await ok(kiosk, 'kiosk:appointment-check-in', { requestId: randomUUID(), language: 'en', lookup: { by: 'reference', reference: seen.reference } });
    const visitsBefore = JSON.stringify(allRows('visits'));

    // Seven days after the 10:30–11:00 appointment ended, to the minute: not yet…
    server.clock.set(T0 + 60 * MIN + 7 * DAY - MIN);
    server.tick();
    managerCookie = await login(server.url, 'manager'); // a week on, yesterday's sign-in has expired
    expect((await api<PersonalDataExport>(`/personal-data?reference=${seen.reference}`)).body.appointments[0]?.visitorName).toBe('Pat Example');

    server.clock.set(T0 + 60 * MIN + 7 * DAY);
    const update = waitForSocketEvent(staff, 'staff:appointment', (a) => a.id === seen.id);
    server.tick();
    expect(await update).toMatchObject({ id: seen.id, visitorName: '', visitorContact: '', personalDataErasedAt: T0 + 60 * MIN + 7 * DAY });

    const rows = allRows('appointments') as { id: string; visitor_name: string; visitor_contact: string; surname_initial: string; status: string; starts_at: number }[];
    expect(rows.find((r) => r.id === seen.id)).toMatchObject({ visitor_name: '', visitor_contact: '', surname_initial: '', status: 'arrived', starts_at: T0 + 30 * MIN });
    // The booking three days later has its own seven days still to run.
    expect(rows.find((r) => r.id === later.id)).toMatchObject({ visitor_name: 'Robin Sample', visitor_contact: 'robin@example.org' });
    // The visit, its clocks and the whole event log are untouched: the reports still count it.
    expect(JSON.stringify(allRows('visits'))).toBe(visitsBefore);
    const dump = JSON.stringify([allRows('events'), allRows('visits'), allRows('appointments')]);
    expect(dump).not.toContain('Pat Example');
    expect(dump).not.toContain('07700');
    const purged = (allRows('events') as { type: string; payload: string }[]).find((e) => e.type === 'personal-data-purged');
    expect(JSON.parse(purged!.payload)).toEqual({ appointmentIds: [seen.id], retentionDays: 7 });
  });

  it('refuses a retention period that is not a whole number of days from 1 to 3650, changing nothing', async () => {
    const before = databaseFingerprint(server);
    for (const retentionDays of [0, -1, 3651, 1.5, '30', null]) {
      const res = await api<{ code: string }>('/privacy', { method: 'PUT', body: { retentionDays } });
      expect(res).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT' } });
    }
    expect(databaseFingerprint(server)).toBe(before);
    expect((await api('/privacy')).body).toEqual({ retentionDays: 30 });
  });
});

describe('a visitor’s request for their data, or to be forgotten', () => {
  it('exports everything held under their reference or name, and records who looked', async () => {
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    const first = await book(staff, T0 + 30 * MIN);
    const second = await book(staff, T0 + DAY + 30 * MIN, '  pat   EXAMPLE ');
    await book(staff, T0 + 2 * DAY, 'Someone Else');

    const byName = await api<PersonalDataExport>('/personal-data?name=Pat%20Example');
    expect(byName.status).toBe(200);
    expect(byName.body.appointments.map((a) => a.id).sort()).toEqual([first.id, second.id].sort());
    expect(byName.body.appointments.find((a) => a.id === first.id)).toMatchObject({ reference: first.reference, serviceName: 'Housing', officerName: 'Sam Patel', visitorContact: '07700 900123', visit: null });

    const byReference = await api<PersonalDataExport>(`/personal-data?reference=${first.reference.toLowerCase()}`);
    expect(byReference.body.appointments.map((a) => a.id)).toEqual([first.id]);
    const events = (await api<StoredEvent[]>('/events?limit=50')).body;
    expect(events.filter((e) => e.type === 'personal-data-exported').map((e) => e.actorId)).toEqual(['staff-manager', 'staff-manager']);

    expect((await api<{ code: string }>('/personal-data?name=Nobody%20Here')).body.code).toBe('NOT_FOUND');
    expect((await api<{ code: string }>('/personal-data?reference=ABC&name=Pat')).body.code).toBe('INVALID_INPUT');
  });

  it('erases on request, once, recorded, and leaves the visit counted', async () => {
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    const a = await book(staff, T0 + 30 * MIN);
    const erased = await api<EraseResult>('/personal-data/erase', { method: 'POST', body: { appointmentIds: [a.id] } });
    expect(erased).toEqual({ status: 200, body: { erased: [a.id], alreadyErased: [] } });
    expect(allRows('appointments')).toMatchObject([{ id: a.id, visitor_name: '', visitor_contact: '', status: 'booked', reference: a.reference }]);
    const again = await api<EraseResult>('/personal-data/erase', { method: 'POST', body: { appointmentIds: [a.id] } });
    expect(again.body).toEqual({ erased: [], alreadyErased: [a.id] });
    const log = (await api<StoredEvent[]>('/events?limit=50')).body.filter((e) => e.type === 'personal-data-erased');
    expect(log).toMatchObject([{ actorId: 'staff-manager', payload: { appointmentId: a.id, reason: 'request' } }]);
    // The booking itself still stands: the visitor can still come, with their reference.
    const kiosk = await connectKiosk(server.url);
    server.clock.advance(25 * MIN);
    const arrival = await ok<{ outcome: string }>(kiosk, 'kiosk:appointment-check-in', { requestId: randomUUID(), language: 'en', lookup: { by: 'reference', reference: a.reference } });
    expect(arrival.outcome).toBe('checked-in');
  });

  it('erases nothing when one of the bookings named is not at this site', async () => {
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    const a = await book(staff, T0 + 30 * MIN);
    const before = databaseFingerprint(server);
    const res = await api<{ code: string }>('/personal-data/erase', { method: 'POST', body: { appointmentIds: [a.id, 'not-a-booking'] } });
    expect(res).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(databaseFingerprint(server)).toBe(before);
  });

  it('is for managers and admins only', async () => {
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    const a = await book(staff, T0 + 30 * MIN);
    const advisor = await login(server.url, 'advisor');
    const admin = await login(server.url, 'admin');
    for (const [path, method, body] of [
      [`/personal-data?reference=${a.reference}`, 'GET', undefined],
      ['/personal-data/erase', 'POST', { appointmentIds: [a.id] }],
      ['/privacy', 'PUT', { retentionDays: 5 }],
      ['/privacy', 'GET', undefined],
    ] as const) {
      expect((await api<{ code: string }>(path, { method, body, cookie: advisor })).body.code).toBe('FORBIDDEN');
      expect((await api(path, { method, body, cookie: admin })).status).toBe(200);
    }
  });

  it('never reaches a kiosk or a display board', async () => {
    const kiosk = await connectKiosk(server.url);
    const display = await connectDisplay(server.url);
    const heard = [recordAll(kiosk), recordAll(display)];
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    const a = await book(staff, T0 + 30 * MIN);
    await api('/personal-data/erase', { method: 'POST', body: { appointmentIds: [a.id] } });
    await new Promise((r) => setTimeout(r, 100));
    expect(JSON.stringify(heard)).not.toMatch(/Pat Example|07700|visitorName|visitorContact/);
  });
});
