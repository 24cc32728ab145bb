import { DEFAULT_STANDARDS, type DeskSession } from '../schemas/site.js';
import { ACTIVE_STATUSES, NO_NEEDS, type Visit } from '../schemas/visit.js';
import type { VisitEvent } from '../schemas/visit-events.js';
import { expectedWaitForNewArrival, forecastQueue, naiveExpectedWaitMs, type ForecastInput } from './forecast.js';
import { pickNext, waitingInCallOrder } from './queue-order.js';
import { queueStats } from './queue-stats.js';
import { learnServiceTimes, type ServiceTimeSample } from './service-times.js';
import { checkIn, evolve } from './visit-machine.js';

/**
 * A whole reception day on a fake clock, to measure the wait forecast against the waits
 * that actually happen. Pure and seeded: the same seed always gives the same day.
 * Visits are real `Visit` records moved by the real state machine (`checkIn`, `evolve`)
 * and advisors call with the real `pickNext`, so the forecast sees what production sees.
 */

const MIN = 60_000;

export interface SimService { id: string; prefix: string; share: number; medianMinutes: number; sigma: number }
/** Shifts are [start, end) in minutes after opening; a gap between them is a break. */
export interface SimAdvisor { staffId: string; deskId: string; serviceIds: string[]; shifts: readonly (readonly [number, number])[] }

export interface SimulationConfig {
  dayStart: number;
  serviceDay: string;
  /** Walk-ins per hour, hour by hour from opening: busy mid-morning and after lunch. */
  arrivalsPerHour: readonly number[];
  /** No new arrivals after this (minutes after opening). */
  lastArrivalMinute: number;
  /** Advisors whose shift runs to closing stay until nobody is waiting for their services. */
  closingMinute: number;
  services: readonly SimService[];
  advisors: readonly SimAdvisor[];
  /** Called but never came: the desk is held for a recall cycle, then marked a no-show. */
  noShowRate: number;
  /** Give up and leave while waiting, after a random patience. */
  leaveRate: number;
  /** How often every waiting visit's live forecast is recorded. */
  sampleEveryMinutes: number;
}

export const DEFAULT_SIMULATION: SimulationConfig = {
  dayStart: Date.UTC(2026, 2, 2, 9, 0),
  serviceDay: '2026-03-02',
  arrivalsPerHour: [14, 24, 26, 14, 18, 24, 16, 8],
  lastArrivalMinute: 450,
  closingMinute: 480,
  // Log-normal desk times: quick parking permits to long planning enquiries.
  services: [
    { id: 'council-tax', prefix: 'C', share: 0.35, medianMinutes: 7, sigma: 0.5 },
    { id: 'housing', prefix: 'H', share: 0.2, medianMinutes: 14, sigma: 0.6 },
    { id: 'benefits', prefix: 'B', share: 0.2, medianMinutes: 11, sigma: 0.5 },
    { id: 'parking', prefix: 'P', share: 0.15, medianMinutes: 4, sigma: 0.4 },
    { id: 'planning', prefix: 'L', share: 0.1, medianMinutes: 18, sigma: 0.7 },
  ],
  advisors: [
    { staffId: 'ann', deskId: 'desk-1', serviceIds: ['council-tax', 'housing', 'benefits', 'parking', 'planning'], shifts: [[0, 210], [255, 480]] },
    { staffId: 'bob', deskId: 'desk-2', serviceIds: ['council-tax', 'parking'], shifts: [[0, 180], [225, 480]] },
    { staffId: 'cat', deskId: 'desk-3', serviceIds: ['housing', 'benefits'], shifts: [[0, 240]] },
    { staffId: 'dev', deskId: 'desk-4', serviceIds: ['housing', 'benefits', 'planning'], shifts: [[30, 270], [300, 480]] },
    { staffId: 'eve', deskId: 'desk-5', serviceIds: ['council-tax', 'benefits'], shifts: [[60, 195], [240, 420]] },
    { staffId: 'fay', deskId: 'desk-6', serviceIds: ['planning', 'housing'], shifts: [[240, 480]] },
  ],
  noShowRate: 0.03,
  leaveRate: 0.03,
  sampleEveryMinutes: 5,
};

/** Tiny seeded PRNG (mulberry32): uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function standardNormal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

interface Arrival { at: number; service: SimService; occupancyMs: number; noShow: boolean; patienceMs: number | null }

/**
 * Non-homogeneous Poisson arrivals by thinning. Every random draw for a visitor is made
 * here, up front, so the day's demand does not depend on how it is served.
 */
function arrivals(config: SimulationConfig, rand: () => number): Arrival[] {
  const peak = Math.max(...config.arrivalsPerHour);
  const result: Arrival[] = [];
  let minute = 0;
  for (;;) {
    minute += (-Math.log(1 - rand()) * 60) / peak;
    if (minute >= config.lastArrivalMinute) return result;
    if (rand() * peak >= (config.arrivalsPerHour[Math.floor(minute / 60)] ?? 0)) continue;
    let pick = rand();
    const service = config.services.find((s) => (pick -= s.share) < 0) ?? config.services[config.services.length - 1]!;
    const noShow = rand() < config.noShowRate;
    const occupancyMs = noShow ? (2 + rand()) * MIN : service.medianMinutes * MIN * Math.exp(service.sigma * standardNormal(rand));
    const patienceMs = rand() < config.leaveRate ? (10 + 30 * rand()) * MIN : null;
    result.push({ at: config.dayStart + Math.round(minute * MIN), service, occupancyMs: Math.round(occupancyMs), noShow, patienceMs });
  }
}

/** One place that builds a Visit, through the state machine's own check-in. */
function newVisit(config: SimulationConfig, n: number, arrival: Arrival): Visit {
  const ticket = `${arrival.service.prefix}${String(n).padStart(3, '0')}`;
  const input = { visitId: `v${n}`, siteId: 'sim', serviceId: arrival.service.id, kind: 'walk-in' as const, ticket, serviceDay: config.serviceDay, language: 'en' as const, needs: NO_NEEDS, standards: DEFAULT_STANDARDS, actorId: null };
  return checkIn(input, arrival.at).visit;
}

export interface ArrivalRecord {
  visitId: string;
  serviceId: string;
  arrivedAt: number;
  forecastMs: number | null;
  naiveMs: number | null;
  /** What the kiosk shows today (queue-stats.ts): people ahead × mean ÷ fractional desks, whole minutes. */
  queueStatsMs: number | null;
  /** Null if never called (left, or still waiting when the last desk closed). */
  actualWaitMs: number | null;
}

export interface SimulationResult {
  seed: number;
  visits: Visit[];
  arrivals: ArrivalRecord[];
  /** Called visitors with both estimates: the ones both MAEs are over. */
  compared: number;
  /** Called visitors skipped because an estimate was null (no desk served the service on arrival). */
  skipped: number;
  uncalled: number;
  forecastMaeMinutes: number;
  naiveMaeMinutes: number;
  queueStatsMaeMinutes: number;
  meanWaitMinutes: number;
  /** Every waiting visit's forecast, every few minutes, against when it was really called. */
  live: { compared: number; forecastMaeMinutes: number; naiveMaeMinutes: number };
}

type SimEventBody =
  | { kind: 'arrive'; n: number }
  | { kind: 'shift-start' | 'shift-end' | 'done'; advisor: number }
  | { kind: 'leave'; visitId: string }
  | { kind: 'sample' };
/** `seq` keeps simultaneous events in the order they were scheduled, so a day replays exactly. */
interface SimEvent { at: number; seq: number; body: SimEventBody }

interface AdvisorState { plan: SimAdvisor; session: DeskSession | null; busyWith: { visitId: string; noShow: boolean } | null; ending: boolean; overtime: boolean }

export function simulateDay(seed: number, config: SimulationConfig = DEFAULT_SIMULATION): SimulationResult {
  const demand = arrivals(config, mulberry32(seed));
  const visits = new Map<string, Visit>();
  const arrivalOf = new Map<string, Arrival>();
  const history: ServiceTimeSample[] = [];
  const records: ArrivalRecord[] = [];
  const liveSamples: { visitId: string; forecastAt: number; naiveAt: number }[] = [];
  const advisors: AdvisorState[] = config.advisors.map((plan) => ({ plan, session: null, busyWith: null, ending: false, overtime: false }));

  const queue: SimEvent[] = [];
  let seq = 0;
  const push = (at: number, body: SimEventBody) => queue.push({ at, seq: seq++, body });
  demand.forEach((a, n) => push(a.at, { kind: 'arrive', n }));
  advisors.forEach((a, i) =>
    a.plan.shifts.forEach(([start, end]) => {
      push(config.dayStart + start * MIN, { kind: 'shift-start', advisor: i });
      push(config.dayStart + end * MIN, { kind: 'shift-end', advisor: i });
    }),
  );
  for (let m = 0; m < config.closingMinute; m += config.sampleEveryMinutes) push(config.dayStart + m * MIN, { kind: 'sample' });

  const apply = (e: VisitEvent) => visits.set(e.visitId, evolve(visits.get(e.visitId) ?? null, e));
  const base = (visitId: string, at: number, actorId: string | null) => ({ visitId, siteId: 'sim', at, actorId });
  const forecastInput = (now: number): ForecastInput => ({
    now,
    visits: [...visits.values()].filter((v) => ACTIVE_STATUSES.includes(v.status)),
    deskSessions: advisors.flatMap((a) => (a.session ? [a.session] : [])),
    // Like production: only what has been completed so far today, plus the prior.
    serviceTime: learnServiceTimes(history, now),
  });
  const desksFor = (input: ForecastInput, serviceId: string) => input.deskSessions.filter((s) => s.serviceIds.includes(serviceId)).length;

  /** Every idle, signed-in advisor calls the next visitor in call order, or signs off if their shift is over. */
  const callNext = (now: number) => {
    for (const a of advisors) {
      if (!a.session || a.busyWith) continue;
      const next = pickNext(visits.values(), new Set(a.plan.serviceIds));
      if (a.ending && !(a.overtime && next)) a.session = null;
      if (!a.session || !next) continue;
      apply({ ...base(next.id, now, a.plan.staffId), type: 'called', deskId: a.plan.deskId, roomId: null });
      const arrival = arrivalOf.get(next.id)!;
      a.busyWith = { visitId: next.id, noShow: arrival.noShow };
      push(now + arrival.occupancyMs, { kind: 'done', advisor: advisors.indexOf(a) });
    }
  };

  while (queue.length > 0) {
    let i = 0;
    for (let j = 1; j < queue.length; j++) if (queue[j]!.at < queue[i]!.at || (queue[j]!.at === queue[i]!.at && queue[j]!.seq < queue[i]!.seq)) i = j;
    const { at: now, body: e } = queue.splice(i, 1)[0]!;
    if (e.kind === 'arrive') {
      const arrival = demand[e.n]!;
      const input = forecastInput(now);
      const serviceId = arrival.service.id;
      const position = input.visits.filter((v) => v.status === 'waiting' && v.serviceId === serviceId).length + 1;
      const statsMinutes = queueStats([serviceId], input.visits, input.deskSessions, (id) => input.serviceTime(id) / MIN)[0]?.expectedWaitMinutes ?? null;
      const visit = newVisit(config, e.n, arrival);
      records.push({
        visitId: visit.id,
        serviceId,
        arrivedAt: now,
        forecastMs: expectedWaitForNewArrival(serviceId, input),
        naiveMs: naiveExpectedWaitMs(position, input.serviceTime(serviceId), desksFor(input, serviceId)),
        queueStatsMs: statsMinutes === null ? null : statsMinutes * MIN,
        actualWaitMs: null,
      });
      visits.set(visit.id, visit);
      arrivalOf.set(visit.id, arrival);
      if (arrival.patienceMs !== null) push(now + arrival.patienceMs, { kind: 'leave', visitId: visit.id });
    } else if (e.kind === 'done') {
      const a = advisors[e.advisor]!;
      const busy = a.busyWith!;
      const visit = visits.get(busy.visitId)!;
      apply(busy.noShow ? { ...base(visit.id, now, a.plan.staffId), type: 'no-show' } : { ...base(visit.id, now, a.plan.staffId), type: 'completed', outcome: 'resolved' });
      history.push({ serviceId: visit.serviceId, durationMs: now - (visit.calledAt ?? now), endedAt: now });
      a.busyWith = null;
    } else if (e.kind === 'shift-start') {
      const a = advisors[e.advisor]!;
      a.session = { staffId: a.plan.staffId, staffName: a.plan.staffId, deskId: a.plan.deskId, serviceIds: a.plan.serviceIds, since: now };
      a.ending = false;
    } else if (e.kind === 'shift-end') {
      const a = advisors[e.advisor]!;
      a.ending = true;
      a.overtime = now >= config.dayStart + config.closingMinute * MIN;
    } else if (e.kind === 'leave') {
      if (visits.get(e.visitId)?.status === 'waiting') apply({ ...base(e.visitId, now, null), type: 'left' });
    } else {
      recordLive(forecastInput(now), liveSamples, desksFor);
    }
    callNext(now);
  }
  return summarise(seed, [...visits.values()], records, liveSamples);
}

/** Each waiting visit's forecast call time and the naive one (its place in its service's queue). */
function recordLive(input: ForecastInput, out: { visitId: string; forecastAt: number; naiveAt: number }[], desksFor: (input: ForecastInput, serviceId: string) => number) {
  const forecasts = forecastQueue(input);
  const places = new Map<string, number>();
  for (const v of waitingInCallOrder(input.visits)) {
    const position = (places.get(v.serviceId) ?? 0) + 1;
    places.set(v.serviceId, position);
    const forecastAt = forecasts.get(v.id)?.expectedSeenAt ?? null;
    const naive = naiveExpectedWaitMs(position, input.serviceTime(v.serviceId), desksFor(input, v.serviceId));
    if (forecastAt !== null && naive !== null) out.push({ visitId: v.id, forecastAt, naiveAt: input.now + naive });
  }
}

function summarise(seed: number, visits: Visit[], records: ArrivalRecord[], live: { visitId: string; forecastAt: number; naiveAt: number }[]): SimulationResult {
  const byId = new Map(visits.map((v) => [v.id, v]));
  for (const r of records) {
    const seenAt = byId.get(r.visitId)?.seenAt ?? null;
    r.actualWaitMs = seenAt === null ? null : seenAt - r.arrivedAt;
  }
  const called = records.filter((r) => r.actualWaitMs !== null);
  const both = called.filter((r) => r.forecastMs !== null && r.naiveMs !== null);
  const mae = (rows: readonly { est: number; actual: number }[]) => (rows.length === 0 ? 0 : rows.reduce((s, r) => s + Math.abs(r.est - r.actual), 0) / rows.length / MIN);
  const errors = (pick: (r: ArrivalRecord) => number | null) => mae(both.map((r) => ({ est: pick(r) ?? 0, actual: r.actualWaitMs ?? 0 })));
  const liveCalled = live.flatMap((s) => {
    const calledAt = byId.get(s.visitId)?.seenAt ?? null;
    return calledAt === null ? [] : [{ ...s, calledAt }];
  });
  return {
    seed,
    visits,
    arrivals: records,
    compared: both.length,
    skipped: called.length - both.length,
    uncalled: records.length - called.length,
    forecastMaeMinutes: errors((r) => r.forecastMs),
    naiveMaeMinutes: errors((r) => r.naiveMs),
    queueStatsMaeMinutes: errors((r) => r.queueStatsMs),
    meanWaitMinutes: mae(both.map((r) => ({ est: 0, actual: r.actualWaitMs ?? 0 }))),
    live: {
      compared: liveCalled.length,
      forecastMaeMinutes: mae(liveCalled.map((s) => ({ est: s.forecastAt, actual: s.calledAt }))),
      naiveMaeMinutes: mae(liveCalled.map((s) => ({ est: s.naiveAt, actual: s.calledAt }))),
    },
  };
}
