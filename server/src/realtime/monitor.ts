import { lapsedPrompts, promptsDue, type Prompt } from '@reception/shared';
import { markNoShows, officerPresence, settleStaleArrivalQueries } from '../commands/appointments/no-shows.js';
import type { Change } from '../commands/change.js';
import type { Deps } from '../commands/context.js';
import { activeNotices } from '../db/notice-store.js';
import { closePrompt, openPrompts, promptsOfVisits, raisePrompt } from '../db/prompt-store.js';
import { sites } from '../db/schema.js';
import { siteForecast } from '../forecasting/site-forecast.js';
import { createRetentionSchedule } from '../privacy/retention-schedule.js';
import type { Broadcaster } from './broadcast.js';

/**
 * Time passing is itself a change: clocks approach their limits, forecasts move and
 * notices expire with no command sent. The monitor looks at every site on a timer,
 * raises the prompts that have come due, lapses the ones nobody needs, and pushes the
 * refreshed forecasts to the screens.
 */
export function createMonitor(broadcaster: Broadcaster, deps: Deps) {
  const lastNotices = new Map<string, string>();
  const purgeIfDue = createRetentionSchedule();

  function tickSite(siteId: string): Change {
    return deps.db.transaction(
      (tx) => {
        const now = deps.clock.now();
        const forecast = siteForecast(tx, siteId, now, deps.forecasts);
        const visitsById = new Map(forecast.active.map((v) => [v.id, v]));
        const changed: Prompt[] = lapsedPrompts(openPrompts(tx, siteId), visitsById).map((p) => closePrompt(tx, p, 'lapsed', null, now));
        const existing = promptsOfVisits(tx, siteId, new Set(visitsById.keys()));
        const noShows = markNoShows(tx, siteId, now);
        const arrivalQueriesChanged = settleStaleArrivalQueries(tx, siteId, now);
        const erased = purgeIfDue(tx, siteId, now);
        const officerOf = officerPresence(tx, siteId, forecast.active);
        for (const visit of forecast.active) {
          const mine = existing.filter((p) => p.visitId === visit.id);
          for (const draft of promptsDue(visit, forecast.expectedSeenAt.get(visit.id) ?? null, mine, now, officerOf(visit))) {
            changed.push(raisePrompt(tx, siteId, draft, now));
          }
        }
        const noticeKey = activeNotices(tx, siteId, now).map((n) => n.id).join(',');
        const noticesChanged = lastNotices.has(siteId) && lastNotices.get(siteId) !== noticeKey;
        lastNotices.set(siteId, noticeKey);
        return { siteId, events: [], visits: [], prompts: changed, noticesChanged, refresh: forecast.active.length > 0, appointments: [...noShows.appointments, ...erased], appointmentEvents: noShows.events, arrivalQueriesChanged };
      },
      { behavior: 'immediate' },
    );
  }

  function tick(): void {
    for (const { id } of deps.db.select({ id: sites.id }).from(sites).all()) {
      try {
        broadcaster.publish(tickSite(id));
      } catch (err) {
        deps.log.error({ err, siteId: id }, 'monitor tick failed');
      }
    }
    broadcaster.flush();
  }

  let timer: NodeJS.Timeout | null = null;
  return {
    tick,
    start(intervalMs: number) {
      if (intervalMs > 0) timer = setInterval(tick, intervalMs);
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
