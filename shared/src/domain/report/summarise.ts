import type { ClockRow } from './clock-result.js';
import { nearestRank } from './percentile.js';
import type { OfferAnswer, ReportRow } from './report-rows.js';

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
  /** Only the hours anyone arrived in. */
  byHour: { hour: number; figures: Figures }[];
}

class Tally {
  visits = 0;
  walkIns = 0;
  appointments = 0;
  open = 0;
  clocks = { enquiry: [0, 0], officer: [0, 0], appointment: [0, 0] } as Record<ClockRow['kind'], [number, number]>;
  waits: number[] = [];
  prompted = 0;
  answers: Record<OfferAnswer, number> = { 'chose-to-wait': 0, 'appointment-booked': 0, declined: 0, left: 0 };
  rooms = { asked: 0, given: 0, unavailable: 0 };
  breachClocks = 0;
  breachVisits = 0;
  withReason = 0;
  reasons: Record<string, number> = {};
  calledNoShows = 0;
  missedAppointments = 0;
  left = 0;
  interpreter: Record<string, number> = {};
  needs = { bsl: 0, hearingLoop: 0, wheelchair: 0, largePrint: 0 };

  add(r: ReportRow): void {
    if (r.record === 'missed-appointment') {
      this.missedAppointments += 1;
      return;
    }
    this.visits += 1;
    if (r.kind === 'appointment') this.appointments += 1;
    else this.walkIns += 1;
    if (r.status === 'waiting' || r.status === 'called' || r.status === 'serving') this.open += 1;
    let breached = 0;
    for (const c of [r.first, r.officer]) {
      if (!c) continue;
      const slot = this.clocks[c.kind];
      if (c.result === 'within') slot[0] += 1;
      if (c.result === 'breached') {
        slot[1] += 1;
        breached += 1;
      }
    }
    if (r.first.seenAt !== null) this.waits.push(r.first.waitMs);
    this.prompted += r.offerPrompts;
    for (const a of r.offerAnswers) this.answers[a] += 1;
    if (r.roomAsked) this.rooms.asked += 1;
    if (r.roomGiven) this.rooms.given += 1;
    if (r.roomUnavailable) this.rooms.unavailable += 1;
    if (breached > 0) {
      this.breachClocks += breached;
      this.breachVisits += 1;
      if (r.delayReasons.length > 0) this.withReason += 1;
      for (const reason of r.delayReasons) this.reasons[reason] = (this.reasons[reason] ?? 0) + 1;
    }
    if (r.status === 'no-show') this.calledNoShows += 1;
    if (r.status === 'left') this.left += 1;
    if (r.interpreter) this.interpreter[r.interpreter] = (this.interpreter[r.interpreter] ?? 0) + 1;
    if (r.bsl) this.needs.bsl += 1;
    if (r.hearingLoop) this.needs.hearingLoop += 1;
    if (r.wheelchair) this.needs.wheelchair += 1;
    if (r.largePrint) this.needs.largePrint += 1;
  }

  figures(): Figures {
    const sorted = this.waits.slice().sort((a, b) => a - b);
    const clock = ([within, breached]: [number, number]): ClockFigures => ({ within, breached, percentWithin: within + breached === 0 ? null : (100 * within) / (within + breached) });
    const answered = Object.values(this.answers).reduce((a, b) => a + b, 0);
    return {
      visits: this.visits,
      walkIns: this.walkIns,
      appointments: this.appointments,
      open: this.open,
      enquiry: clock(this.clocks.enquiry),
      officer: clock(this.clocks.officer),
      appointment: clock(this.clocks.appointment),
      waits: { count: sorted.length, medianMs: nearestRank(sorted, 50), p90Ms: nearestRank(sorted, 90), longestMs: sorted.length ? sorted[sorted.length - 1]! : null },
      offers: { prompted: this.prompted, made: answered, answers: { ...this.answers } },
      rooms: { ...this.rooms },
      breaches: { clocks: this.breachClocks, visits: this.breachVisits, withReason: this.withReason, reasons: { ...this.reasons } },
      noShows: { called: this.calledNoShows, appointments: this.missedAppointments },
      leftBeforeSeen: this.left,
      needs: { interpreter: { ...this.interpreter }, ...this.needs },
    };
  }
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = new Tally()));
  return t;
}

/**
 * The figures of a report, from its rows alone: so the per-visit CSV, read back, gives
 * the same summary. `siteIds` are listed even when nobody came.
 */
export function summarise(rows: readonly ReportRow[], siteIds: readonly string[]): ReportSummary {
  const total = new Tally();
  const sites = new Map<string, Tally>(siteIds.map((id) => [id, new Tally()]));
  const services = new Map<string, Tally>();
  const weekdays = new Map<number, Tally>([1, 2, 3, 4, 5, 6, 7].map((d) => [d, new Tally()]));
  const hours = new Map<number, Tally>();
  for (const r of rows) {
    total.add(r);
    tallyOf(sites, r.siteId).add(r);
    tallyOf(services, `${r.siteId}\u0000${r.serviceId}`).add(r);
    tallyOf(weekdays, r.weekday).add(r);
    tallyOf(hours, r.hour).add(r);
  }
  return {
    total: total.figures(),
    bySite: [...sites].map(([siteId, t]) => ({ siteId, figures: t.figures() })),
    byService: [...services]
      .map(([key, t]) => {
        const [siteId = '', serviceId = ''] = key.split('\u0000');
        return { siteId, serviceId, figures: t.figures() };
      })
      .sort((a, b) => a.siteId.localeCompare(b.siteId) || a.serviceId.localeCompare(b.serviceId)),
    byWeekday: [...weekdays].sort(([a], [b]) => a - b).map(([weekday, t]) => ({ weekday, figures: t.figures() })),
    byHour: [...hours].sort(([a], [b]) => a - b).map(([hour, t]) => ({ hour, figures: t.figures() })),
  };
}
