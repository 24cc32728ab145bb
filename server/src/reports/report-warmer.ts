import { and, eq } from 'drizzle-orm';
import { addDays, REPORT_ARITHMETIC_VERSION, serviceDayOf } from '@reception/shared';
import type { Deps } from '../commands/context.js';
import { allSites } from '../db/sampling-store.js';
import { reportDays } from '../db/schema.js';
import { loadReport } from './load-report.js';

/** How far back finished days are computed ahead of anyone asking. */
const MAX_DAYS_BACK = 400;

/** The days before yesterday, back to the site's first event, that are not kept yet. */
function daysToWarm(deps: Deps, site: { id: string; timeZone: string }, now: number): string[] {
  const first = deps.db.$client.prepare('SELECT min(at) FROM events WHERE site_id = ?').pluck().get(site.id) as number | null;
  if (first === null) return [];
  const kept = new Set(
    deps.db
      .select({ day: reportDays.serviceDay })
      .from(reportDays)
      .where(and(eq(reportDays.siteId, site.id), eq(reportDays.version, REPORT_ARITHMETIC_VERSION)))
      .all()
      .map((r) => r.day),
  );
  const lastFinished = addDays(serviceDayOf(now, site.timeZone), -2);
  const days: string[] = [];
  for (let d = lastFinished; d >= serviceDayOf(first, site.timeZone) && days.length < MAX_DAYS_BACK; d = addDays(d, -1)) if (!kept.has(d)) days.push(d);
  return days;
}

/**
 * Computes finished days in the background, one site-day per turn of the event loop, so
 * a manager's first report over a quarter is read from kept days rather than replayed from
 * half a million events, and the live queue never waits more than one day's replay.
 */
export function startReportWarmer(deps: Deps, everyMs: number): { stop(): void } {
  if (everyMs <= 0) return { stop: () => undefined };
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const queue: { site: { id: string; timeZone: string }; day: string }[] = [];
  const step = () => {
    if (stopped) return;
    const next = queue.shift();
    if (!next) {
      timer = setTimeout(fill, everyMs);
      return;
    }
    try {
      loadReport(deps.db, { from: next.day, to: next.day, sites: [next.site.id] }, deps.clock.now());
    } catch (error) {
      deps.log.warn({ err: error, siteId: next.site.id, day: next.day }, 'could not compute a report day ahead');
    }
    timer = setTimeout(step, 0);
  };
  const fill = () => {
    const now = deps.clock.now();
    for (const site of allSites(deps.db)) for (const day of daysToWarm(deps, site, now)) queue.push({ site, day });
    step();
  };
  // After start-up has settled, then every `everyMs`.
  timer = setTimeout(fill, 5000);
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** All at once, for a benchmark or a maintenance command: every missing day of every site up to two days ago; answers how many were computed. */
export function warmAllReportDays(deps: Pick<Deps, 'db' | 'clock'>): number {
  let n = 0;
  const now = deps.clock.now();
  for (const site of allSites(deps.db)) {
    for (const day of daysToWarm(deps as Deps, site, now)) {
      loadReport(deps.db, { from: day, to: day, sites: [site.id] }, now);
      n++;
    }
  }
  return n;
}
