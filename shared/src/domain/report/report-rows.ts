import { TZDate } from '@date-fns/tz';
import type { Outcome, Visit, VisitKind, VisitStatus } from '../../schemas/visit.js';
import { evolve } from '../visit-machine.js';
import { perMinute, serviceDayOf } from '../service-day.js';
import { measureClock, type ClockRow } from './clock-result.js';
import { readReportEvent, type LoggedEvent } from './report-events.js';

export type OfferAnswer = 'chose-to-wait' | 'appointment-booked' | 'declined' | 'left';

/** One visit (or one appointment nobody came to) as the report counts it. No names. */
export interface ReportRow {
  record: 'visit' | 'missed-appointment';
  /** The visit id, or the appointment id for a missed appointment. */
  id: string;
  siteId: string;
  /** The service the visitor ended up with, after any transfers. */
  serviceId: string;
  ticket: string;
  kind: VisitKind;
  serviceDay: string;
  /** 1 = Monday … 7 = Sunday, of the site's local day. */
  weekday: number;
  /** Local hour of arrival (of the appointment time, for a missed appointment). */
  hour: number;
  arrivedAt: number | null;
  /** The enquiry-desk clock of a walk-in, or the appointment clock. */
  first: ClockRow;
  /** The officer clock, for a walk-in referred on. */
  officer: ClockRow | null;
  /** As it stood at `measuredTo`. */
  status: VisitStatus;
  outcome: Outcome | null;
  endedAt: number | null;
  measuredTo: number;
  /** Prompts to offer an appointment, and the answers recorded to such offers. */
  offerPrompts: number;
  offerAnswers: OfferAnswer[];
  roomAsked: boolean;
  roomGiven: boolean;
  roomUnavailable: boolean;
  interpreter: string | null;
  bsl: boolean;
  hearingLoop: boolean;
  wheelchair: boolean;
  largePrint: boolean;
  /** Delay notices showing at any time during a breached wait. */
  delayReasons: string[];
}

export interface ReportScope {
  /** Every site reported on, with its time zone. */
  sites: ReadonlyMap<string, { timeZone: string }>;
  /** Local days, both included. */
  from: string;
  to: string;
  now: number;
}

/** The instant a site's local day begins. */
export function startOfLocalDay(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, timeZone).getTime();
}

export function addDays(day: string, days: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Mon = 1 … Sun = 7, from the calendar day alone. */
export function weekdayOf(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

const hourMemo = new Map<string, number>();
export function localHourOf(at: number, timeZone: string): number {
  return perMinute(hourMemo, at, timeZone, () => new TZDate(at, timeZone).getHours());
}

/**
 * The period ends at the start of the day after `to`, or now if that is sooner: the
 * report is the log as it stood then, so a past period's figures never change.
 */
export function measuredToOf(scope: ReportScope, timeZone: string): number {
  return Math.min(scope.now, startOfLocalDay(addDays(scope.to, 1), timeZone));
}

interface Acc {
  visit: Visit;
  measuredTo: number;
  offerPrompts: number;
  offerAnswers: OfferAnswer[];
  roomGiven: boolean;
  roomUnavailable: boolean;
}

interface NoticeSpan {
  message: string;
  from: number;
  until: number;
}

/**
 * Replays the event log (in time order, events at the same instant in the order they were
 * written: the order the server appends them) into one row per visit that arrived
 * at a site in scope on a day in the period, plus one per appointment not attended.
 * Events at or after the end of the period are not read: visits still open then are
 * reported as open, with the wait they had so far.
 */
export function buildReportRows(log: Iterable<LoggedEvent>, scope: ReportScope): ReportRow[] {
  const measuredTo = new Map<string, number>();
  for (const [siteId, { timeZone }] of scope.sites) measuredTo.set(siteId, measuredToOf(scope, timeZone));
  // An event at exactly `now` has happened; one at the first instant after the period has not.
  const readBefore = new Map([...measuredTo].map(([siteId, t]) => [siteId, t === scope.now ? t + 1 : t]));
  const accs = new Map<string, Acc>();
  const notices = new Map<string, NoticeSpan>();
  const missed: ReportRow[] = [];

  for (const row of log) {
    const cutoff = measuredTo.get(row.siteId);
    if (cutoff === undefined || row.at >= readBefore.get(row.siteId)!) continue;
    const e = readReportEvent(row);
    if (!e) continue;
    switch (e.kind) {
      case 'visit': {
        const ev = e.event;
        if (ev.type === 'checked-in') {
          if (ev.visit.serviceDay >= scope.from && ev.visit.serviceDay <= scope.to) {
            accs.set(ev.visitId, { visit: ev.visit, measuredTo: cutoff, offerPrompts: 0, offerAnswers: [], roomGiven: false, roomUnavailable: false });
          }
          break;
        }
        const acc = accs.get(ev.visitId);
        if (!acc) break;
        acc.visit = evolve(acc.visit, ev);
        if (ev.type === 'called' && ev.roomId !== null) acc.roomGiven = true;
        if (ev.type === 'offer-answered' && ev.offer === 'appointment') acc.offerAnswers.push(ev.answer);
        break;
      }
      case 'prompt-raised': {
        const acc = accs.get(e.visitId);
        if (!acc) break;
        if (e.promptKind === 'offer-appointment') acc.offerPrompts += 1;
        if (e.promptKind === 'room-unavailable') acc.roomUnavailable = true;
        break;
      }
      case 'notice-posted':
        notices.set(e.notice.id, { message: e.notice.message, from: e.notice.postedAt, until: e.notice.expiresAt ?? Number.POSITIVE_INFINITY });
        break;
      case 'notice-withdrawn': {
        const n = notices.get(e.noticeId);
        if (n) n.until = Math.min(n.until, e.at);
        break;
      }
      case 'appointment-no-show': {
        const site = scope.sites.get(e.event.siteId);
        if (!site) break;
        const day = serviceDayOf(e.event.startsAt, site.timeZone);
        if (day >= scope.from && day <= scope.to) missed.push(missedRow(e.event, day, site.timeZone, cutoff));
        break;
      }
    }
  }

  const spans = [...notices.values()];
  const rows: ReportRow[] = [];
  for (const acc of accs.values()) rows.push(visitRow(acc, scope.sites.get(acc.visit.siteId)!.timeZone, spans));
  return rows.concat(missed);
}

function visitRow(acc: Acc, timeZone: string, notices: readonly NoticeSpan[]): ReportRow {
  const v = acc.visit;
  const firstKind = v.kind === 'appointment' ? 'appointment' : 'enquiry';
  const first = measureClock(firstKind, v.waitStartedAt, v.seenAt, v.endedAt, firstKind === 'appointment' ? v.standards.appointmentMinutes : v.standards.walkInMinutes, acc.measuredTo);
  const officer = v.officerWaitStartedAt === null ? null : measureClock('officer', v.officerWaitStartedAt, v.officerSeenAt, v.endedAt, v.standards.officerMinutes, acc.measuredTo);
  const reasons = new Set<string>();
  for (const clock of [first, officer]) {
    if (clock?.result !== 'breached') continue;
    const end = clock.startedAt + clock.waitMs;
    for (const n of notices) if (n.from <= end && n.until > clock.startedAt) reasons.add(n.message);
  }
  return {
    record: 'visit',
    id: v.id,
    siteId: v.siteId,
    serviceId: v.serviceId,
    ticket: v.ticket,
    kind: v.kind,
    serviceDay: v.serviceDay,
    weekday: weekdayOf(v.serviceDay),
    hour: localHourOf(v.arrivedAt, timeZone),
    arrivedAt: v.arrivedAt,
    first,
    officer,
    status: v.status,
    outcome: v.outcome,
    endedAt: v.endedAt,
    measuredTo: acc.measuredTo,
    offerPrompts: acc.offerPrompts,
    offerAnswers: acc.offerAnswers,
    roomAsked: v.needs.privateRoom,
    roomGiven: acc.roomGiven,
    roomUnavailable: acc.roomUnavailable,
    interpreter: v.needs.interpreter,
    bsl: v.needs.bsl,
    hearingLoop: v.needs.hearingLoop,
    wheelchair: v.needs.stepFree,
    largePrint: v.needs.largePrint,
    delayReasons: [...reasons].sort(),
  };
}

function missedRow(e: { appointmentId: string; siteId: string; serviceId: string; startsAt: number; at: number }, day: string, timeZone: string, measuredTo: number): ReportRow {
  return {
    record: 'missed-appointment',
    id: e.appointmentId,
    siteId: e.siteId,
    serviceId: e.serviceId,
    ticket: '',
    kind: 'appointment',
    serviceDay: day,
    weekday: weekdayOf(day),
    hour: localHourOf(e.startsAt, timeZone),
    arrivedAt: null,
    first: { kind: 'appointment', startedAt: e.startsAt, seenAt: null, limitMinutes: 0, waitMs: 0, result: 'not-seen' },
    officer: null,
    status: 'no-show',
    outcome: null,
    endedAt: e.at,
    measuredTo,
    offerPrompts: 0,
    offerAnswers: [],
    roomAsked: false,
    roomGiven: false,
    roomUnavailable: false,
    interpreter: null,
    bsl: false,
    hearingLoop: false,
    wheelchair: false,
    largePrint: false,
    delayReasons: [],
  };
}
