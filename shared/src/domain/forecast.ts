import type { DeskSession } from '../schemas/site.js';
import type { Visit } from '../schemas/visit.js';
import { waitingInCallOrder } from './queue-order.js';
import type { ServiceTimeModel } from './service-times.js';
import { waitClock } from './wait-clock.js';

/**
 * A desk still busy past its typical time is assumed to need this fraction of the
 * typical time more, not zero: "free right now" would promise the next visitor a call
 * that has not happened. Desk times are skewed (roughly log-normal), and a visit that
 * has already run past the mean has on average about half a mean still to go.
 */
export const OVERRUN_REMAINING_FRACTION = 0.5;

export interface ForecastInput {
  now: number;
  /** Active visits of one site (waiting, called, serving); others are ignored. */
  visits: readonly Visit[];
  /** Who is signed in at which desk, for which services. */
  deskSessions: readonly DeskSession[];
  serviceTime: ServiceTimeModel;
  /**
   * The officer (staff id) each arrived appointment is booked with, by visit id. Such a visit
   * waits for that officer's desk, and is not expected before its appointment time.
   */
  officerOf?: ReadonlyMap<string, string>;
}

export interface VisitForecast {
  visitId: string;
  /** Null when no signed-in desk serves the visit's service. */
  expectedSeenAt: number | null;
  /** From the start of the visit's current wait clock (arrival, or referral to an officer). */
  expectedWaitMs: number | null;
  breachAt: number;
  /** Seen after the limit; exactly at the limit is within it, as on the wait clock. */
  willBreach: boolean;
}

interface Server {
  staffId: string;
  serviceIds: ReadonlySet<string>;
  freeAt: number;
}

/** When each signed-in desk can next call someone, given whoever it is serving now. */
function servers({ now, visits, deskSessions, serviceTime }: ForecastInput): Server[] {
  return deskSessions.map((session) => {
    let freeAt = now;
    for (const v of visits) {
      if ((v.status !== 'called' && v.status !== 'serving') || v.deskId !== session.deskId || v.calledAt === null) continue;
      const typical = Math.round(serviceTime(v.serviceId));
      // Continuous in elapsed time: the typical end, but never less than the overrun allowance.
      freeAt = Math.max(freeAt, v.calledAt + typical, now + Math.round(typical * OVERRUN_REMAINING_FRACTION));
    }
    return { staffId: session.staffId, serviceIds: new Set(session.serviceIds), freeAt };
  });
}

/**
 * Replay the present queue forward: take waiting visits in call order and give each
 * to the desk serving its service that frees first (ties to the earlier session),
 * which then stays busy for that service's typical time. An appointment goes only to its
 * officer's desk (as call-next does) and no earlier than its clock starts. `extraServiceId`
 * adds a virtual walk-in at the back. Returns the expected call time per visit id.
 */
function schedule(input: ForecastInput, extraServiceId?: string): { seenAt: Map<string, number | null>; extraSeenAt: number | null } {
  const desks = servers(input);
  const queue: { id: string | null; serviceId: string; officerId?: string | undefined; notBefore: number }[] = waitingInCallOrder(input.visits).map((v) => ({
    id: v.id,
    serviceId: v.serviceId,
    officerId: input.officerOf?.get(v.id),
    notBefore: v.kind === 'appointment' ? v.waitStartedAt : 0,
  }));
  if (extraServiceId !== undefined) queue.push({ id: null, serviceId: extraServiceId, notBefore: 0 });
  const seenAt = new Map<string, number | null>();
  let extraSeenAt: number | null = null;
  for (const item of queue) {
    let best: Server | null = null;
    for (const d of desks) {
      if (!d.serviceIds.has(item.serviceId) || (item.officerId !== undefined && d.staffId !== item.officerId)) continue;
      if (best === null || d.freeAt < best.freeAt) best = d;
    }
    const at = best === null ? null : Math.max(input.now, best.freeAt, item.notBefore);
    if (best !== null && at !== null) best.freeAt = at + Math.round(input.serviceTime(item.serviceId));
    if (item.id === null) extraSeenAt = at;
    else seenAt.set(item.id, at);
  }
  return { seenAt, extraSeenAt };
}

/** The expected call time of every waiting visit, from the queue and desks as they are now. */
export function forecastQueue(input: ForecastInput): Map<string, VisitForecast> {
  const { seenAt } = schedule(input);
  const result = new Map<string, VisitForecast>();
  for (const v of input.visits) {
    if (!seenAt.has(v.id)) continue;
    const expectedSeenAt = seenAt.get(v.id) ?? null;
    const clock = waitClock(v, input.now);
    // With no desk for the service there is no forecast; it only "will" breach once it has.
    const willBreach = expectedSeenAt === null ? input.now > clock.breachAt : expectedSeenAt > clock.breachAt;
    result.set(v.id, {
      visitId: v.id,
      expectedSeenAt,
      expectedWaitMs: expectedSeenAt === null ? null : Math.max(0, expectedSeenAt - clock.startedAt),
      breachAt: clock.breachAt,
      willBreach,
    });
  }
  return result;
}

/**
 * What a visitor checking in now for `serviceId` would wait (ms), or null if no desk
 * serves it. They join at the back: a new walk-in breaches after everyone already waiting
 * on the same limit, and placing them behind a rare later-breaching appointment errs long.
 */
export function expectedWaitForNewArrival(serviceId: string, input: ForecastInput): number | null {
  const { extraSeenAt } = schedule(input, serviceId);
  return extraSeenAt === null ? null : extraSeenAt - input.now;
}

/** The baseline the forecast must beat: position × mean service time ÷ desks. */
export function naiveExpectedWaitMs(position: number, meanServiceMs: number, desks: number): number | null {
  if (desks <= 0) return null;
  return Math.round((position * meanServiceMs) / desks);
}
