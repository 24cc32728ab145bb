import { DEFAULT_SERVICE_MINUTES } from './queue-stats.js';

const MINUTE = 60_000;

/** How long one visit held a desk: from the call to the end (completed or no-show). */
export interface ServiceTimeSample {
  serviceId: string;
  durationMs: number;
  endedAt: number;
}

/** Typical desk occupancy of a service, in milliseconds. */
export type ServiceTimeModel = (serviceId: string) => number;

export interface LearnOptions {
  /** Only the most recent samples per service: service times drift with staff and season. */
  maxSamples?: number;
  /** Samples that ended longer ago than this are ignored. */
  lookbackMs?: number;
  /** What a service with no history is assumed to take. */
  priorMs?: (serviceId: string) => number;
  /**
   * How many samples the prior is worth. It steadies the first few samples of a
   * service (one long visit at 9:05 should not double the morning's forecasts)
   * and fades as real history accumulates.
   */
  priorWeight?: number;
  /** Longer than this is not a service but a visit someone forgot to close: dropped. */
  maxPlausibleMs?: number;
  /** Samples longer than this multiple of the median are counted as this multiple (winsorised). */
  capMultiple?: number;
}

export const DEFAULT_LEARN_OPTIONS = {
  maxSamples: 30,
  lookbackMs: 14 * 24 * 60 * MINUTE,
  priorMs: (): number => DEFAULT_SERVICE_MINUTES * MINUTE,
  priorWeight: 3,
  maxPlausibleMs: 120 * MINUTE,
  capMultiple: 4,
} satisfies Required<LearnOptions>;

/**
 * Learn each service's typical desk occupancy from recent history.
 *
 * The forecast adds service times up, so what it needs is their *mean*, not their
 * median (service times are skewed: the mean of a log-normal sits above its median).
 * A plain mean is ruined by one forgotten visit, though, so: drop the implausible,
 * winsorise the long tail at a multiple of the median, then take the mean, blended
 * with the prior as if the prior were a few extra samples.
 */
export function learnServiceTimes(samples: readonly ServiceTimeSample[], now: number, opts: LearnOptions = {}): ServiceTimeModel {
  const o = { ...DEFAULT_LEARN_OPTIONS, ...opts };
  const byService = new Map<string, ServiceTimeSample[]>();
  for (const s of samples) {
    const usable = Number.isFinite(s.durationMs) && s.durationMs >= 0 && s.durationMs <= o.maxPlausibleMs;
    const recent = s.endedAt <= now && now - s.endedAt <= o.lookbackMs;
    if (!usable || !recent) continue;
    const list = byService.get(s.serviceId) ?? [];
    list.push(s);
    byService.set(s.serviceId, list);
  }
  const learned = new Map<string, number>();
  for (const [serviceId, list] of byService) {
    const latest = list.sort((a, b) => b.endedAt - a.endedAt).slice(0, o.maxSamples);
    learned.set(serviceId, robustTypicalMs(latest.map((s) => s.durationMs), o.priorMs(serviceId), o.priorWeight, o.capMultiple));
  }
  return (serviceId) => learned.get(serviceId) ?? Math.round(o.priorMs(serviceId));
}

/**
 * Winsorised mean of `durations` blended with `priorMs` worth `priorWeight` samples.
 * The cap is taken from the median of the samples *and* the prior's pseudo-samples, so
 * with two samples, one of them absurd, the prior still decides what "absurd" means.
 */
export function robustTypicalMs(durations: readonly number[], priorMs: number, priorWeight: number, capMultiple: number): number {
  if (durations.length === 0) return Math.round(priorMs);
  const pseudo = Array.from({ length: Math.max(0, Math.round(priorWeight)) }, () => priorMs);
  const cap = median([...durations, ...pseudo]) * capMultiple;
  const total = durations.reduce((sum, d) => sum + Math.min(d, cap), 0);
  return Math.round((total + priorWeight * priorMs) / (durations.length + priorWeight));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}
