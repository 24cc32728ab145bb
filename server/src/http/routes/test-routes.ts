import { Router } from 'express';
import { gt } from 'drizzle-orm';
import { z } from 'zod';
import { ALWAYS_OPEN } from '@reception/shared';
import type { MovableClock } from '../../clock.js';
import type { Deps } from '../../commands/context.js';
import { appointments, arrivalQueries, deskSessions, events, noticeVisits, notices, officers, privacySettings, prompts, reportDays, rooms, samplingPeriods, sessions, sites, standardsProfiles, ticketCounters, visits } from '../../db/schema.js';
import { route } from '../route.js';

const ClockRequest = z.object({ advanceMs: z.number().int().min(0).max(7 * 24 * 3600_000) });

/**
 * Mounted only when TEST_CLOCK is set, so end-to-end tests can move server time and
 * start each test from a clean site (configuration kept, the day's activity wiped).
 */
export function testRoutes(deps: Deps, clock: MovableClock, onConfigChanged: (siteId: string) => void): Router {
  const router = Router();
  router.post(
    '/clock',
    route(deps, { body: ClockRequest }, ({ body }) => {
      clock.advance(body.advanceMs);
      return { now: clock.now() };
    }),
  );
  router.post(
    '/reset',
    route(deps, {}, () => {
      deps.db.transaction((tx) => {
        for (const table of [noticeVisits, notices, prompts, arrivalQueries, appointments, privacySettings, deskSessions, sessions, events, ticketCounters, visits, samplingPeriods, reportDays]) tx.delete(table).run();
        tx.update(officers).set({ awaySince: null, workingHours: ALWAYS_OPEN }).run();
        tx.update(rooms).set({ outOfService: false }).run();
        tx.update(sites).set({ standardsVersion: 1, openingHours: ALWAYS_OPEN }).run();
        // Later versions go too, or the next save after a reset would collide with version 2.
        tx.delete(standardsProfiles).where(gt(standardsProfiles.version, 1)).run();
      });
      for (const { id } of deps.db.select({ id: sites.id }).from(sites).all()) onConfigChanged(id);
      return { ok: true };
    }),
  );
  return router;
}
