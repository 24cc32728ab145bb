import { and, desc, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import {
  expectedWaitForNewArrival,
  forecastQueue,
  learnServiceTimes,
  type DeskSession,
  type ServiceStats,
  type ServiceTimeModel,
  type ServiceTimeSample,
  type Visit,
  type VisitForecastView,
} from '@reception/shared';
import { listDeskSessions, listServices } from '../db/config-store.js';
import type { Store } from '../db/connection.js';
import { appointments, visits } from '../db/schema.js';
import { activeVisits } from '../db/visit-store.js';

const LOOKBACK_MS = 14 * 24 * 3600_000;
const MAX_SAMPLES = 600;
const MODEL_TTL_MS = 60_000;

/** Desk occupancy (call to end) of recently completed visits: what the forecast learns from. */
function recentSamples(db: Store, siteId: string, now: number): ServiceTimeSample[] {
  return db
    .select({ serviceId: visits.serviceId, calledAt: visits.calledAt, endedAt: visits.endedAt })
    .from(visits)
    .where(and(eq(visits.siteId, siteId), inArray(visits.status, ['completed', 'no-show']), isNotNull(visits.calledAt), gt(visits.endedAt, now - LOOKBACK_MS)))
    .orderBy(desc(visits.endedAt))
    .limit(MAX_SAMPLES)
    .all()
    .map((r) => ({ serviceId: r.serviceId, durationMs: r.endedAt! - r.calledAt!, endedAt: r.endedAt! }));
}

const fresh = (at: number, now: number, ttl: number) => now >= at && now - at < ttl;

/**
 * Per server: the learned service times (recomputed at most once a minute per site) and
 * the latest waiting figures per service, so a check-in can quote an expected wait
 * without replaying the whole queue each time.
 */
export class ForecastCache {
  private readonly models = new Map<string, { at: number; model: ServiceTimeModel }>();
  private readonly stats = new Map<string, { at: number; stats: ServiceStats[] }>();

  model(db: Store, siteId: string, now: number): ServiceTimeModel {
    const cached = this.models.get(siteId);
    if (cached && fresh(cached.at, now, MODEL_TTL_MS)) return cached.model;
    const model = learnServiceTimes(recentSamples(db, siteId, now), now);
    this.models.set(siteId, { at: now, model });
    return model;
  }

  remember(siteId: string, now: number, stats: ServiceStats[]): void {
    this.stats.set(siteId, { at: now, stats });
  }

  /** Figures at most `maxAgeMs` old, or null. */
  recentStats(siteId: string, now: number, maxAgeMs: number): ServiceStats[] | null {
    const cached = this.stats.get(siteId);
    return cached && fresh(cached.at, now, maxAgeMs + 1) ? cached.stats : null;
  }
}

export interface SiteForecast {
  active: Visit[];
  deskSessions: DeskSession[];
  forecasts: VisitForecastView[];
  expectedSeenAt: Map<string, number | null>;
  stats: ServiceStats[];
}

/** The officer each waiting appointment is booked with: the only desk it will be called to. */
function officersOfAppointments(db: Store, active: readonly Visit[]): Map<string, string> {
  const ids = active.filter((v) => v.status === 'waiting' && v.appointmentId !== null).map((v) => v.appointmentId!);
  if (ids.length === 0) return new Map();
  const rows = db.select({ visitId: appointments.visitId, officerId: appointments.officerId }).from(appointments).where(inArray(appointments.id, ids)).all();
  return new Map(rows.flatMap((r) => (r.visitId ? [[r.visitId, r.officerId] as const] : [])));
}

/** Everything a site's screens show about waiting times, from one pass over the queue. */
export function siteForecast(db: Store, siteId: string, now: number, cache: ForecastCache): SiteForecast {
  const active = activeVisits(db, siteId);
  const deskSessions = listDeskSessions(db, siteId);
  const input = { now, visits: active, deskSessions, serviceTime: cache.model(db, siteId, now), officerOf: officersOfAppointments(db, active) };
  const byVisit = forecastQueue(input);
  const forecasts = [...byVisit.values()].map((f) => ({ visitId: f.visitId, expectedSeenAt: f.expectedSeenAt, breachAt: f.breachAt, willBreach: f.willBreach }));
  const waiting = new Map<string, number>();
  for (const v of active) if (v.status === 'waiting') waiting.set(v.serviceId, (waiting.get(v.serviceId) ?? 0) + 1);
  const stats = listServices(db, siteId).map((s) => {
    const ms = expectedWaitForNewArrival(s.id, input);
    return { serviceId: s.id, waiting: waiting.get(s.id) ?? 0, expectedWaitMinutes: ms === null ? null : Math.round(ms / 60_000) };
  });
  cache.remember(siteId, now, stats);
  return { active, deskSessions, forecasts, expectedSeenAt: new Map(forecasts.map((f) => [f.visitId, f.expectedSeenAt])), stats };
}
