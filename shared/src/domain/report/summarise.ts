import type { ClockKind } from '../../schemas/prompts.js';
import { nearestRank } from './percentile.js';
import { weekdayOf, type OfferAnswer, type ReportRow } from './report-rows.js';

export interface ClockFigures {
  within: number;
  breached: number;
  /** Of the waits whose result is known (within or breached); null when there are none. */
  percentWithin: number | null;
}

export interface Figures {
  visits: number;
  walkIns: number;
  appointments: number;
  /** Still waiting, called or being served at the end of the period. */
  open: number;
  enquiry: ClockFigures;
  officer: ClockFigures;
  appointment: ClockFigures;
  /** First-clock waits of everyone who was called, in milliseconds. */
  waits: { count: number; medianMs: number | null; p90Ms: number | null; longestMs: number | null };
  offers: { prompted: number; made: number; answers: Record<OfferAnswer, number> };
  rooms: { asked: number; given: number; unavailable: number };
  breaches: { clocks: number; visits: number; withReason: number; reasons: Record<string, number> };
  /** Called tickets who did not come forward, and appointments nobody came to. */
  noShows: { called: number; appointments: number };
  leftBeforeSeen: number;
  needs: { interpreter: Record<string, number>; bsl: number; hearingLoop: number; wheelchair: number; largePrint: number };
}

export interface ReportSummary {
  total: Figures;
  bySite: { siteId: string; figures: Figures }[];
  byService: { siteId: string; serviceId: string; figures: Figures }[];
  /** Monday (1) to Sunday (7), every day present. */
  byWeekday: { weekday: number; figures: Figures }[];
  /** Only the hours anyone arrived in (or had a missed appointment in). */
  byHour: { hour: number; figures: Figures }[];
}

/**
 * Counts that add up across groups, plus every measured wait (percentiles do not add up,
 * so the waits themselves are kept). Plain data, so a finished day can be stored and merged.
 */
export interface Tally {
  visits: number;
  walkIns: number;
  appointments: number;
  open: number;
  /** [within, breached] per clock. */
  clocks: Record<ClockKind, [number, number]>;
  waits: number[];
  prompted: number;
  answers: Record<OfferAnswer, number>;
  rooms: { asked: number; given: number; unavailable: number };
  breachClocks: number;
  breachVisits: number;
  withReason: number;
  reasons: Record<string, number>;
  calledNoShows: number;
  missedAppointments: number;
  left: number;
  interpreter: Record<string, number>;
  needs: { bsl: number; hearingLoop: number; wheelchair: number; largePrint: number };
}

export function emptyTally(): Tally {
  return {
    visits: 0,
    walkIns: 0,
    appointments: 0,
    open: 0,
    clocks: { enquiry: [0, 0], officer: [0, 0], appointment: [0, 0] },
    waits: [],
    prompted: 0,
    answers: { 'chose-to-wait': 0, 'appointment-booked': 0, declined: 0, left: 0 },
    rooms: { asked: 0, given: 0, unavailable: 0 },
    breachClocks: 0,
    breachVisits: 0,
    withReason: 0,
    reasons: {},
    calledNoShows: 0,
    missedAppointments: 0,
    left: 0,
    interpreter: {},
    needs: { bsl: 0, hearingLoop: 0, wheelchair: 0, largePrint: 0 },
  };
}

export function addRow(t: Tally, r: ReportRow): void {
  if (r.record === 'missed-appointment') {
    t.missedAppointments += 1;
    return;
  }
  t.visits += 1;
  if (r.kind === 'appointment') t.appointments += 1;
  else t.walkIns += 1;
  if (r.status === 'waiting' || r.status === 'called' || r.status === 'serving') t.open += 1;
  let breached = 0;
  for (const c of [r.first, r.officer]) {
    if (!c) continue;
    const slot = t.clocks[c.kind];
    if (c.result === 'within') slot[0] += 1;
    if (c.result === 'breached') {
      slot[1] += 1;
      breached += 1;
    }
  }
  if (r.first.seenAt !== null) t.waits.push(r.first.waitMs);
  t.prompted += r.offerPrompts;
  for (const a of r.offerAnswers) t.answers[a] += 1;
  if (r.roomAsked) t.rooms.asked += 1;
  if (r.roomGiven) t.rooms.given += 1;
  if (r.roomUnavailable) t.rooms.unavailable += 1;
  if (breached > 0) {
    t.breachClocks += breached;
    t.breachVisits += 1;
    if (r.delayReasons.length > 0) t.withReason += 1;
    for (const reason of r.delayReasons) t.reasons[reason] = (t.reasons[reason] ?? 0) + 1;
  }
  if (r.status === 'no-show') t.calledNoShows += 1;
  if (r.status === 'left') t.left += 1;
  if (r.interpreter) t.interpreter[r.interpreter] = (t.interpreter[r.interpreter] ?? 0) + 1;
  if (r.bsl) t.needs.bsl += 1;
  if (r.hearingLoop) t.needs.hearingLoop += 1;
  if (r.wheelchair) t.needs.wheelchair += 1;
  if (r.largePrint) t.needs.largePrint += 1;
}

const addCounts = <K extends string>(into: Record<K, number>, from: Record<K, number>) => {
  for (const k of Object.keys(from) as K[]) into[k] = (into[k] ?? 0) + from[k];
};

/** Adds `from` into `into`. */
export function mergeTally(into: Tally, from: Tally): void {
  into.visits += from.visits;
  into.walkIns += from.walkIns;
  into.appointments += from.appointments;
  into.open += from.open;
  for (const k of ['enquiry', 'officer', 'appointment'] as const) {
    into.clocks[k][0] += from.clocks[k][0];
    into.clocks[k][1] += from.clocks[k][1];
  }
  for (const w of from.waits) into.waits.push(w);
  into.prompted += from.prompted;
  addCounts(into.answers, from.answers);
  addCounts(into.rooms, from.rooms);
  into.breachClocks += from.breachClocks;
  into.breachVisits += from.breachVisits;
  into.withReason += from.withReason;
  addCounts(into.reasons, from.reasons);
  into.calledNoShows += from.calledNoShows;
  into.missedAppointments += from.missedAppointments;
  into.left += from.left;
  addCounts(into.interpreter, from.interpreter);
  addCounts(into.needs, from.needs);
}

export function figuresOf(t: Tally): Figures {
  // A typed array sorts numerically without a comparator: several times faster over a quarter's waits.
  const sorted = Float64Array.from(t.waits).sort();
  const clock = ([within, breached]: [number, number]): ClockFigures => ({ within, breached, percentWithin: within + breached === 0 ? null : (100 * within) / (within + breached) });
  const answered = Object.values(t.answers).reduce((a, b) => a + b, 0);
  return {
    visits: t.visits,
    walkIns: t.walkIns,
    appointments: t.appointments,
    open: t.open,
    enquiry: clock(t.clocks.enquiry),
    officer: clock(t.clocks.officer),
    appointment: clock(t.clocks.appointment),
    waits: { count: sorted.length, medianMs: nearestRank(sorted, 50), p90Ms: nearestRank(sorted, 90), longestMs: sorted.length ? sorted[sorted.length - 1]! : null },
    offers: { prompted: t.prompted, made: answered, answers: { ...t.answers } },
    rooms: { ...t.rooms },
    breaches: { clocks: t.breachClocks, visits: t.breachVisits, withReason: t.withReason, reasons: { ...t.reasons } },
    noShows: { called: t.calledNoShows, appointments: t.missedAppointments },
    leftBeforeSeen: t.left,
    needs: { interpreter: { ...t.interpreter }, ...t.needs },
  };
}

/** One site's day: everything the summary needs of it, so a finished day need not be replayed again. */
export interface DayPart {
  siteId: string;
  serviceDay: string;
  total: Tally;
  byService: Record<string, Tally>;
  byHour: Record<string, Tally>;
  /** Whether every visit of the day had ended: only then can it be kept. */
  closed: boolean;
  /** When the last of them ended. */
  lastEndedAt: number | null;
}

/** Groups rows into one part per site and local day. */
export function dayParts(rows: readonly ReportRow[]): DayPart[] {
  const parts = new Map<string, DayPart>();
  for (const r of rows) {
    const key = `${r.siteId}|${r.serviceDay}`;
    let p = parts.get(key);
    if (!p) parts.set(key, (p = emptyDay(r.siteId, r.serviceDay)));
    addRow(p.total, r);
    addRow((p.byService[r.serviceId] ??= emptyTally()), r);
    addRow((p.byHour[String(r.hour)] ??= emptyTally()), r);
    if (r.endedAt === null) p.closed = false;
    else p.lastEndedAt = Math.max(p.lastEndedAt ?? r.endedAt, r.endedAt);
  }
  return [...parts.values()];
}

/** The summary from day parts; `siteIds` are listed even when nobody came. */
export function combineDays(parts: readonly DayPart[], siteIds: readonly string[]): ReportSummary {
  const total = emptyTally();
  const sites = new Map<string, Tally>(siteIds.map((id) => [id, emptyTally()]));
  const services = new Map<string, { siteId: string; serviceId: string; tally: Tally }>();
  const weekdays = new Map<number, Tally>([1, 2, 3, 4, 5, 6, 7].map((d) => [d, emptyTally()]));
  const hours = new Map<number, Tally>();
  for (const p of parts) {
    mergeTally(total, p.total);
    let site = sites.get(p.siteId);
    if (!site) sites.set(p.siteId, (site = emptyTally()));
    mergeTally(site, p.total);
    mergeTally(weekdays.get(weekdayOf(p.serviceDay))!, p.total);
    for (const [serviceId, t] of Object.entries(p.byService)) {
      const key = `${p.siteId}|${serviceId}`;
      let s = services.get(key);
      if (!s) services.set(key, (s = { siteId: p.siteId, serviceId, tally: emptyTally() }));
      mergeTally(s.tally, t);
    }
    for (const [hour, t] of Object.entries(p.byHour)) {
      let h = hours.get(Number(hour));
      if (!h) hours.set(Number(hour), (h = emptyTally()));
      mergeTally(h, t);
    }
  }
  return {
    total: figuresOf(total),
    bySite: [...sites].map(([siteId, t]) => ({ siteId, figures: figuresOf(t) })),
    byService: [...services.values()].sort((a, b) => a.siteId.localeCompare(b.siteId) || a.serviceId.localeCompare(b.serviceId)).map((s) => ({ siteId: s.siteId, serviceId: s.serviceId, figures: figuresOf(s.tally) })),
    byWeekday: [...weekdays].sort(([a], [b]) => a - b).map(([weekday, t]) => ({ weekday, figures: figuresOf(t) })),
    byHour: [...hours].sort(([a], [b]) => a - b).map(([hour, t]) => ({ hour, figures: figuresOf(t) })),
  };
}

/**
 * The figures of a report, from its rows alone: so the per-visit CSV, read back, gives
 * the same summary.
 */
export function summarise(rows: readonly ReportRow[], siteIds: readonly string[]): ReportSummary {
  return combineDays(dayParts(rows), siteIds);
}

/** The version of this arithmetic: stored finished days computed by another version are recomputed. */
export const REPORT_ARITHMETIC_VERSION = 1;

/** An empty day: nobody came, and it can be kept like any other. */
export function emptyDay(siteId: string, serviceDay: string): DayPart {
  return { siteId, serviceDay, total: emptyTally(), byService: {}, byHour: {}, closed: true, lastEndedAt: null };
}
