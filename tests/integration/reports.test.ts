import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, recordVisitHistory, warmAllReportDays } from '@reception/server';
import { checkIn, DEFAULT_STANDARDS, NO_NEEDS, rowsFromCsv, summarise, type CheckInResult, type CompareResponse, type ReportResponse, type SamplingOverview, type Visit } from '@reception/shared';
import { connectKiosk, connectStaff, login, ok, type TestSocket } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const MIN = 60_000;
/** Monday 15 March 2027, 09:00 in London (GMT, so UTC). */
const MON = Date.UTC(2027, 2, 15, 9, 0);
const SITE = 'civic-centre';
let server: TestServer;
beforeEach(async () => {
  // The week is seeded in one sitting: sessions must outlive it.
  server = await startTestServer({ now: MON, sessionTtlMs: 30 * 24 * 3600_000 });
});
afterEach(async () => {
  await server.dispose();
});

const setTime = (t: number) => server.clock.set(t);
const checkInAt = (kiosk: TestSocket, serviceId: string, needs = {}) => ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId, language: 'en', needs });
const command = (s: TestSocket, visitId: string, c: object) => ok<Visit>(s, 'staff:visit-command', { visitId, command: c });

async function get(path: string, cookie: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { cookie } });
}

/** A week at the civic centre, through the real kiosk and console commands. */
async function seedWeek() {
  const kiosk = await connectKiosk(server.url);
  const { socket: advisor } = await connectStaff(server.url, 'advisor');
  await ok(advisor, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax', 'housing'] });

  // Monday: C001 is called at exactly 20:00 (within); C002, with an interpreter need, after 25 (a breach), then referred and seen by an officer after 15.
  const c1 = await checkInAt(kiosk, 'council-tax');
  const c2 = await checkInAt(kiosk, 'council-tax', { interpreter: 'ar' });
  setTime(MON + 20 * MIN);
  expect((await ok<Visit>(advisor, 'staff:call-next', {})).id).toBe(c1.visitId);
  await command(advisor, c1.visitId, { type: 'start-serving' });
  setTime(MON + 25 * MIN);
  await command(advisor, c1.visitId, { type: 'complete', outcome: 'resolved' });
  expect((await ok<Visit>(advisor, 'staff:call-next', {})).id).toBe(c2.visitId);
  await command(advisor, c2.visitId, { type: 'start-serving' });
  setTime(MON + 30 * MIN);
  await command(advisor, c2.visitId, { type: 'refer-to-officer' });
  setTime(MON + 45 * MIN);
  await command(advisor, c2.visitId, { type: 'call' });
  await command(advisor, c2.visitId, { type: 'start-serving' });
  await command(advisor, c2.visitId, { type: 'complete', outcome: 'resolved' });

  // Tuesday: H001 asks for a private room and leaves after 10 minutes.
  const TUE = MON + 24 * 60 * MIN + 60 * MIN;
  setTime(TUE);
  const h1 = await checkInAt(kiosk, 'housing', { privateRoom: true, bsl: true });
  setTime(TUE + 10 * MIN);
  await command(advisor, h1.visitId, { type: 'left' });

  // Tuesday 11:00: an appointment for 11:05 (its check-in command is on the appointments branch, so its history is written directly), seen 7 minutes after its time.
  const arrive = TUE + 60 * MIN;
  const appt = checkIn({ visitId: randomUUID(), siteId: SITE, serviceId: 'benefits', kind: 'appointment', ticket: 'B001', serviceDay: '2027-03-16', language: 'en', needs: NO_NEEDS, standards: DEFAULT_STANDARDS, actorId: 'kiosk-1', waitStartsAt: arrive + 5 * MIN }, arrive);
  const base = { visitId: appt.visitId, siteId: SITE, actorId: 'staff-advisor' };
  recordVisitHistory(server.db, [
    appt,
    { ...base, type: 'called', at: arrive + 12 * MIN, deskId: 'desk-1', roomId: null },
    { ...base, type: 'serving-started', at: arrive + 13 * MIN },
    { ...base, type: 'completed', at: arrive + 30 * MIN, outcome: 'resolved' },
  ]);
  // An appointment at 14:00 nobody came to.
  appendAudit(server.db, SITE, 'appointment-no-show', TUE + 4 * 60 * MIN + 30 * MIN, 'staff-advisor', { type: 'appointment-no-show', appointmentId: 'ap-1', siteId: SITE, serviceId: 'housing', at: TUE + 270 * MIN, actorId: 'staff-advisor', startsAt: TUE + 4 * 60 * MIN });

  // Sunday 23:50: still waiting when the week ends.
  setTime(Date.UTC(2027, 2, 21, 23, 50));
  const late = await checkInAt(kiosk, 'general');
  kiosk.close();
  advisor.close();
  return { c1, c2, h1, late };
}

describe('the performance report over HTTP, from a week seeded through the real server', () => {
  it('gives the figures of the week, and the per-visit CSV read back gives the same summary', async () => {
    const { h1 } = await seedWeek();
    setTime(Date.UTC(2027, 2, 22, 10, 0));
    const cookie = await login(server.url, 'manager');
    const res = await get('/api/reports?from=2027-03-15&to=2027-03-21', cookie);
    expect(res.status).toBe(200);
    const report = (await res.json()) as ReportResponse;
    const t = report.summary.total;
    expect(t).toMatchObject({ visits: 5, walkIns: 4, appointments: 1, open: 1, leftBeforeSeen: 1 });
    expect(t.enquiry).toEqual({ within: 1, breached: 1, percentWithin: 50 });
    expect(t.officer).toEqual({ within: 1, breached: 0, percentWithin: 100 });
    expect(t.appointment).toEqual({ within: 1, breached: 0, percentWithin: 100 });
    // Called waits: 7 (appointment), 20, 25. Nearest rank: median rank 2 = 20, 90th rank 3 = 25.
    expect(t.waits).toEqual({ count: 3, medianMs: 20 * MIN, p90Ms: 25 * MIN, longestMs: 25 * MIN });
    expect(t.noShows).toEqual({ called: 0, appointments: 1 });
    expect(t.rooms).toEqual({ asked: 1, given: 0, unavailable: 0 });
    expect(t.needs).toMatchObject({ interpreter: { ar: 1 }, bsl: 1 });
    expect(report.summary.byWeekday.map((d) => d.figures.visits)).toEqual([2, 2, 0, 0, 0, 0, 1]);

    const visitsCsv = await get('/api/reports/visits.csv?from=2027-03-15&to=2027-03-21', cookie);
    expect(visitsCsv.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = (await visitsCsv.text()).replace(/^\uFEFF/, '');
    expect(csv).not.toMatch(/Sam Patel|Morgan Reid/);
    expect(csv.split('\r\n')).toHaveLength(1 + 6);
    expect(summarise(rowsFromCsv(csv), report.sites.map((s) => s.id))).toEqual(report.summary);

    const summaryCsv = (await (await get('/api/reports/summary.csv?from=2027-03-15&to=2027-03-21', cookie)).text()).replace(/^\uFEFF/, '');
    const [header, total] = summaryCsv.split('\r\n');
    expect(header).toMatch(/^group,name,Visits,Walk-ins,Appointments,/);
    expect(total).toMatch(/^total,All,5,4,1,50,100,100,20,25,25,/);

    // Finished days are kept once computed; the second answer comes mostly from them and must be the same.
    const kept = server.db.$client.prepare('SELECT service_day FROM report_days ORDER BY service_day').pluck().all();
    expect(kept).toEqual(['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19', '2027-03-20']);
    const again = (await (await get('/api/reports?from=2027-03-15&to=2027-03-21', cookie)).json()) as ReportResponse;
    expect(again.summary).toEqual(report.summary);

    // A visit whose row is purged for data retention still counts: the figures come from the log.
    server.db.$client.prepare('DELETE FROM visits WHERE id = ?').run(h1.visitId);
    server.db.$client.prepare('DELETE FROM report_days').run();
    const after = (await (await get('/api/reports?from=2027-03-15&to=2027-03-21', cookie)).json()) as ReportResponse;
    expect(after.summary).toEqual(report.summary);
  });

  it('computes finished days ahead of time to the same figures as replaying the log when asked', async () => {
    await seedWeek();
    setTime(Date.UTC(2027, 2, 29, 10, 0));
    const cookie = await login(server.url, 'manager');
    const replayed = (await (await get('/api/reports?from=2027-03-15&to=2027-03-21', cookie)).json()) as ReportResponse;
    server.db.$client.prepare('DELETE FROM report_days').run();
    // Every day from the first event (Monday 15th) to two days ago (Saturday 27th) is computed; the Sunday, with a visit never closed, is not kept.
    expect(warmAllReportDays({ db: server.db, clock: server.clock })).toBe(13);
    expect(server.db.$client.prepare("SELECT count(*) FROM report_days WHERE service_day = '2027-03-21'").pluck().get()).toBe(0);
    const kept = (await (await get('/api/reports?from=2027-03-15&to=2027-03-21', cookie)).json()) as ReportResponse;
    expect(kept.summary).toEqual(replayed.summary);
  });

  it('compares two periods side by side with the change in each figure', async () => {
    await seedWeek();
    setTime(Date.UTC(2027, 2, 22, 10, 0));
    const cookie = await login(server.url, 'admin');
    const res = await get('/api/reports/compare?aFrom=2027-03-08&aTo=2027-03-14&bFrom=2027-03-15&bTo=2027-03-21', cookie);
    expect(res.status).toBe(200);
    const cmp = (await res.json()) as CompareResponse;
    expect(cmp.figures.find((f) => f.key === 'visits')).toMatchObject({ earlier: 0, value: 5, change: 5 });
    // A percentage with nothing to measure in the earlier week has no change rather than a made-up one.
    expect(cmp.figures.find((f) => f.key === 'enquiryWithin')).toMatchObject({ earlier: null, value: 50, change: null });
  });

  it('is refused to an advisor with a clear message, and a bad range changes nothing', async () => {
    const advisor = await login(server.url, 'advisor');
    for (const path of ['/api/reports?from=2027-03-15&to=2027-03-21', '/api/reports/visits.csv?from=2027-03-15&to=2027-03-21', '/api/sampling-periods']) {
      const res = await get(path, advisor);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/for managers and admins/) as string });
    }
    const manager = await login(server.url, 'manager');
    const bad = await get('/api/reports?from=2027-03-21&to=2027-03-15', manager);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await get('/api/reports?from=2027-03-15&to=2027-03-21&sites=nowhere', manager)).status).toBe(404);
  });
});

describe('sampling weeks over HTTP', () => {
  const post = (cookie: string, body: unknown) => fetch(`${server.url}/api/sampling-periods`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('are scheduled by a manager for every site, shown to every console during the week, and warn on overlap', async () => {
    const manager = await login(server.url, 'manager');
    const advisor = await login(server.url, 'advisor');
    expect((await get(`/api/sites/${SITE}/sampling-now`, advisor).then((r) => r.json()))).toEqual({ current: null });

    const res = await post(manager, { label: 'Spring 2027', startDay: '2027-03-15' });
    expect(res.status).toBe(201);
    const { period, overview } = (await res.json()) as { period: { id: string; endDay: string; siteIds: string[] }; overview: SamplingOverview };
    expect(period).toMatchObject({ endDay: '2027-03-21', siteIds: [SITE] });
    expect(overview).toMatchObject({ nextDueDay: '2027-09-15', current: { label: 'Spring 2027' }, warnings: [] });
    expect(await get(`/api/sites/${SITE}/sampling-now`, advisor).then((r) => r.json())).toMatchObject({ current: { label: 'Spring 2027' } });

    const clash = (await (await post(manager, { label: 'Extra week', startDay: '2027-03-20' })).json()) as { period: { id: string }; overview: SamplingOverview };
    expect(clash.overview.warnings).toEqual([expect.objectContaining({ kind: 'overlap', message: expect.stringMatching(/^Spring 2027 and Extra week overlap/) as string })]);

    expect((await post(manager, { label: 'spring 2027', startDay: '2027-10-01' })).status).toBe(409);
    expect((await post(manager, { label: 'Autumn', startDay: '2027-10-01', siteIds: ['nowhere'] })).status).toBe(404);
    expect((await post(manager, { label: 'Autumn', startDay: '1 October' })).status).toBe(400);
    const refused = await post(advisor, { label: 'Autumn 2027', startDay: '2027-10-04' });
    expect(refused.status).toBe(403);

    const cancelled = await fetch(`${server.url}/api/sampling-periods/${clash.period.id}`, { method: 'DELETE', headers: { cookie: manager } });
    expect(((await cancelled.json()) as SamplingOverview).warnings).toEqual([]);

    // The day after the seventh, the banner is gone.
    setTime(Date.UTC(2027, 2, 22, 9, 0));
    expect(await get(`/api/sites/${SITE}/sampling-now`, advisor).then((r) => r.json())).toEqual({ current: null });
    const log = server.db.$client.prepare("SELECT count(*) AS n FROM events WHERE type LIKE 'sampling-period-%'").get() as { n: number };
    expect(log.n).toBe(3);
  });
});
