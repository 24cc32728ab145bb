import { describe, expect, it } from 'vitest';
import { LogBuilder } from '../../test/report-log.js';
import { buildReportRows, type ReportScope } from './report-rows.js';
import { rowsFromCsv, rowsToCsv, summaryToCsv } from './report-csv.js';
import { combineDays, dayParts, summarise } from './summarise.js';

const MIN = 60_000;
/** The sampling week: Monday 15 to Sunday 21 March 2027, before the clocks go forward, so London time is UTC. */
const day = (d: number) => `2027-03-${String(d).padStart(2, '0')}`;
const at = (d: number, hhmm: string, seconds = 0) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return Date.UTC(2027, 2, d, h, m, seconds);
};
const desk = { deskId: 'desk-1' };

/**
 * A small week, written out so every figure below can be checked by hand. Each visit says
 * what it is there to prove. Limits are 20 (enquiry), 20 (officer) and 10 (appointment).
 */
function smallWeek() {
  const log = new LogBuilder('north');
  // Before the week: must not be counted.
  log.checkIn('v0', 'A900', 'council-tax', at(14, '16:00'), day(14)).visit('v0', 'called', at(14, '16:30'), { ...desk, roomId: null });
  // Monday. A delay reason is up from 09:10 to 12:00.
  log.notice('n1', 'Two advisors are off sick', at(15, '09:10')).withdraw('n1', at(15, '12:00'));
  // v1: seen at exactly 20:00, which is "not more than 20 minutes": within.
  log.checkIn('v1', 'A001', 'council-tax', at(15, '09:00'), day(15)).visit('v1', 'called', at(15, '09:20'), { ...desk, roomId: null }).visit('v1', 'serving-started', at(15, '09:21'), {}).visit('v1', 'completed', at(15, '09:30'), { outcome: 'resolved' });
  // v2: 21 minutes, a breach while the delay notice was up.
  log.checkIn('v2', 'A002', 'council-tax', at(15, '09:05'), day(15)).visit('v2', 'called', at(15, '09:26'), { ...desk, roomId: null }).visit('v2', 'serving-started', at(15, '09:27'), {}).visit('v2', 'completed', at(15, '09:40'), { outcome: 'information-given' });
  // v3: 19 minutes at the desk, then referred: the officer calls after 21 minutes, a breach of the second clock.
  log.checkIn('v3', 'A003', 'council-tax', at(15, '09:10'), day(15)).visit('v3', 'called', at(15, '09:29'), { ...desk, roomId: null }).visit('v3', 'serving-started', at(15, '09:30'), {}).visit('v3', 'referred-to-officer', at(15, '09:35'), {}).visit('v3', 'called', at(15, '09:56'), { deskId: 'desk-2', roomId: null }).visit('v3', 'serving-started', at(15, '09:57'), {}).visit('v3', 'completed', at(15, '10:10'), { outcome: 'resolved' });
  // Tuesday, housing. v4 asked for a room (none free), was offered an appointment, chose to wait, seen after 30 minutes.
  log.checkIn('v4', 'H001', 'housing', at(16, '10:00'), day(16), { needs: { interpreter: 'pl', privateRoom: true } }).prompt('v4', 'room-unavailable', at(16, '10:05')).prompt('v4', 'offer-appointment', at(16, '10:15'));
  log.visit('v4', 'offer-answered', at(16, '10:16'), { promptId: 'p-v4-offer-appointment', offer: 'appointment', answer: 'chose-to-wait' }).visit('v4', 'called', at(16, '10:30'), { ...desk, roomId: null }).visit('v4', 'serving-started', at(16, '10:31'), {}).visit('v4', 'completed', at(16, '10:40'), { outcome: 'resolved' });
  // v5: offered an appointment after 15 minutes and booked one: ended unseen, within the limit.
  log.checkIn('v5', 'H002', 'housing', at(16, '10:05'), day(16), { needs: { bsl: true, hearingLoop: true } }).prompt('v5', 'offer-appointment', at(16, '10:20')).visit('v5', 'offer-answered', at(16, '10:21'), { promptId: 'p-v5-offer-appointment', offer: 'appointment', answer: 'appointment-booked' });
  // v6 left after 15 minutes (not a breach); v7 left after 28 (a breach).
  log.checkIn('v6', 'H003', 'housing', at(16, '10:10'), day(16)).visit('v6', 'left', at(16, '10:25'), {});
  log.checkIn('v7', 'H004', 'housing', at(16, '10:12'), day(16)).visit('v7', 'left', at(16, '10:40'), {});
  // Wednesday, appointments. v8 came early for 14:00: the clock starts at 14:00, seen at exactly 10:00.
  log.checkIn('v8', 'P001', 'council-tax', at(17, '13:50'), day(17), { kind: 'appointment', waitStartsAt: at(17, '14:00') }).visit('v8', 'called', at(17, '14:10'), { ...desk, roomId: null }).visit('v8', 'serving-started', at(17, '14:11'), {}).visit('v8', 'completed', at(17, '14:30'), { outcome: 'resolved' });
  // v9 came late (14:20 for 14:15): the clock starts on arrival; seen after 11 minutes.
  log.checkIn('v9', 'P002', 'council-tax', at(17, '14:20'), day(17), { kind: 'appointment' }).visit('v9', 'called', at(17, '14:31'), { ...desk, roomId: null }).visit('v9', 'serving-started', at(17, '14:32'), {}).visit('v9', 'completed', at(17, '14:50'), { outcome: 'resolved' });
  // Thursday. An appointment at 11:00 nobody came to, from the appointments contract.
  log.raw('appointment-no-show', at(18, '11:30'), { type: 'appointment-no-show', appointmentId: 'ap-1', siteId: 'north', serviceId: 'housing', at: at(18, '11:30'), actorId: 'staff-1', startsAt: at(18, '11:00') });
  // A lifecycle event the report does not count, and a malformed one: both ignored.
  log.raw('appointment-booked', at(18, '11:31'), { type: 'appointment-booked', appointmentId: 'ap-2', siteId: 'north', serviceId: 'housing', at: at(18, '11:31'), actorId: 'staff-1' });
  log.raw('appointment-no-show', at(18, '11:32'), { type: 'appointment-no-show' });
  // v10 asked for a room and was given one, but did not come forward after two recalls.
  log.checkIn('v10', 'A004', 'council-tax', at(18, '09:00'), day(18), { needs: { stepFree: true, largePrint: true, privateRoom: true } }).visit('v10', 'called', at(18, '09:10'), { ...desk, roomId: 'room-1' });
  log.visit('v10', 'recalled', at(18, '09:12'), desk).visit('v10', 'recalled', at(18, '09:14'), desk).visit('v10', 'no-show', at(18, '09:16'), {});
  // Friday: a late session. v11 arrived at 23:50 and was called at 00:05 on Saturday: 15 minutes, counted on Friday.
  log.checkIn('v11', 'A005', 'council-tax', at(19, '23:50'), day(19)).visit('v11', 'called', at(20, '00:05'), { ...desk, roomId: null }).visit('v11', 'serving-started', at(20, '00:06'), {}).visit('v11', 'completed', at(20, '00:15'), { outcome: 'resolved' });
  // Sunday night: v12 waits 15 minutes by the end of the week (open, not yet known); v13 waits 30 (open and already a breach).
  log.checkIn('v12', 'A006', 'council-tax', at(21, '23:45'), day(21)).visit('v12', 'called', at(22, '00:10'), { ...desk, roomId: null });
  log.checkIn('v13', 'A007', 'council-tax', at(21, '23:30'), day(21));
  return log.build();
}

const sites = new Map([
  ['north', { timeZone: 'Europe/London' }],
  ['south', { timeZone: 'Europe/London' }],
]);
const scope: ReportScope = { sites, from: day(15), to: day(21), now: at(28, '12:00') };

describe('the report of a small sampling week, against figures worked out by hand', () => {
  const rows = buildReportRows(smallWeek(), scope);
  const summary = summarise(rows, ['north', 'south']);
  const t = summary.total;

  it('counts the visits of the week only, walk-ins and appointments apart, and the ones still open', () => {
    expect(t.visits).toBe(13);
    expect(t.walkIns).toBe(11);
    expect(t.appointments).toBe(2);
    expect(t.open).toBe(2);
    expect(rows.find((r) => r.id === 'v0')).toBeUndefined();
  });

  it('gives the share seen within the limit per clock: a wait of exactly the limit is within', () => {
    // Enquiry: within v1 (20:00), v3 (19), v10 (10), v11 (15); over v2 (21), v4 (30), v7 (28, left), v13 (30, open). v5, v6 ended unseen within; v12 open within.
    expect(t.enquiry).toEqual({ within: 4, breached: 4, percentWithin: 50 });
    expect(t.officer).toEqual({ within: 0, breached: 1, percentWithin: 0 });
    // Appointments: v8 at exactly 10:00 from its appointment time (not from its early arrival), v9 at 11 from its late arrival.
    expect(t.appointment).toEqual({ within: 1, breached: 1, percentWithin: 50 });
  });

  it('gives the median, 90th percentile (nearest rank) and longest of the waits of everyone called', () => {
    // Sorted waits of v8, v10, v9, v11, v3, v1, v2, v4: 10, 10, 11, 15, 19, 20, 21, 30. n = 8.
    // Median: rank ⌈0.5 × 8⌉ = 4 → 15. 90th: rank ⌈0.9 × 8⌉ = 8 → 30.
    expect(t.waits).toEqual({ count: 8, medianMs: 15 * MIN, p90Ms: 30 * MIN, longestMs: 30 * MIN });
  });

  it('counts offers and their answers, and private rooms asked for, given and not available', () => {
    expect(t.offers).toEqual({ prompted: 2, made: 2, answers: { 'chose-to-wait': 1, 'appointment-booked': 1, declined: 0, left: 0 } });
    expect(t.rooms).toEqual({ asked: 2, given: 1, unavailable: 1 });
  });

  it('gives breaches with the delay reasons that were showing during them', () => {
    // Six waits over the limit (4 enquiry, 1 officer, 1 appointment) in six visits; v2 and v3 (officer) fell while the notice was up.
    expect(t.breaches).toEqual({ clocks: 6, visits: 6, withReason: 2, reasons: { 'Two advisors are off sick': 2 } });
    expect(rows.find((r) => r.id === 'v1')?.delayReasons).toEqual([]);
  });

  it('counts no-shows (called and missed appointments), visitors who left, and access needs', () => {
    expect(t.noShows).toEqual({ called: 1, appointments: 1 });
    expect(t.leftBeforeSeen).toBe(2);
    expect(t.needs).toEqual({ interpreter: { pl: 1 }, bsl: 1, hearingLoop: 1, wheelchair: 1, largePrint: 1 });
  });

  it('splits the figures by site (a site with no visits is listed, with no percentage rather than 0 %)', () => {
    expect(summary.bySite.map((s) => [s.siteId, s.figures.visits])).toEqual([
      ['north', 13],
      ['south', 0],
    ]);
    const south = summary.bySite[1]!.figures;
    expect(south.enquiry.percentWithin).toBeNull();
    expect(south.waits.medianMs).toBeNull();
  });

  it('splits by service, by day of the week and by hour of arrival', () => {
    expect(summary.byService.map((s) => [s.serviceId, s.figures.visits, s.figures.noShows.appointments])).toEqual([
      ['council-tax', 9, 0],
      ['housing', 4, 1],
    ]);
    expect(summary.byWeekday.map((d) => d.figures.visits)).toEqual([3, 4, 2, 1, 1, 0, 2]);
    expect(summary.byHour.map((h) => [h.hour, h.figures.visits])).toEqual([
      [9, 4],
      [10, 4],
      [11, 0],
      [13, 1],
      [14, 1],
      [23, 3],
    ]);
  });

  // A visit that spans midnight belongs to the day it arrived; its wait runs across the boundary.
  it('counts a visit spanning midnight on the day it arrived, with its whole wait', () => {
    const v11 = rows.find((r) => r.id === 'v11')!;
    expect(v11).toMatchObject({ serviceDay: day(19), weekday: 5, hour: 23, status: 'completed' });
    expect(v11.first).toMatchObject({ waitMs: 15 * MIN, result: 'within' });
  });

  // The week ends at midnight on Sunday: what happened after it is not read, so the figures never change later.
  it('reports visits open at the end of the period as open, measured to the end', () => {
    const v12 = rows.find((r) => r.id === 'v12')!;
    expect(v12).toMatchObject({ status: 'waiting', measuredTo: at(22, '00:00') });
    expect(v12.first).toMatchObject({ seenAt: null, waitMs: 15 * MIN, result: 'open' });
    expect(rows.find((r) => r.id === 'v13')!.first).toMatchObject({ waitMs: 30 * MIN, result: 'breached' });
  });

  it('measures a period still running up to now', () => {
    const running = buildReportRows(smallWeek(), { ...scope, now: at(15, '09:15') });
    expect(running.map((r) => [r.id, r.status, r.first.result])).toEqual([
      ['v1', 'waiting', 'open'],
      ['v2', 'waiting', 'open'],
      ['v3', 'waiting', 'open'],
    ]);
  });

  // Finished days are stored as JSON and merged later: a quarter must add up to the same figures as replaying it.
  it('gives the same summary from days stored apart and merged', () => {
    const stored = JSON.parse(JSON.stringify(dayParts(rows))) as ReturnType<typeof dayParts>;
    expect(stored.map((p) => [p.serviceDay, p.closed])).toEqual([
      [day(15), true],
      [day(16), true],
      [day(17), true],
      [day(18), true],
      [day(19), true],
      [day(21), false],
    ]);
    expect(combineDays(stored.reverse(), ['north', 'south'])).toEqual(summary);
  });

  it('gives the same summary from the per-visit CSV read back', () => {
    const names = { sites: new Map([['north', { name: 'North', timeZone: 'Europe/London' }]]), services: new Map([['council-tax', 'Council Tax']]) };
    const csv = rowsToCsv(rows, names);
    expect(csv).not.toMatch(/Sam|Patel/);
    expect(csv.split('\r\n')[1]).toContain('A001');
    const back = rowsFromCsv(csv);
    expect(summarise(back, ['north', 'south'])).toEqual(summary);
    expect(summaryToCsv(summary, names).split('\r\n')[1]).toMatch(/^total,All,13,11,2,50,0,50,15,30,30,2,1,2,1,1,6,2,2,2,2$/);
  });
});
