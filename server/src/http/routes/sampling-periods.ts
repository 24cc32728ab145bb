import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import {
  AppError,
  CreateSamplingPeriodRequest,
  currentSamplingPeriod,
  nextSamplingDue,
  samplingEndDay,
  samplingWarnings,
  SamplingPeriodParams,
  serviceDayOf,
  SiteParams,
  type SamplingOverview,
  type SamplingPeriod,
} from '@reception/shared';
import type { Deps } from '../../commands/context.js';
import { allSites, deleteSamplingPeriod, getSamplingPeriod, insertSamplingPeriod, listSamplingPeriods } from '../../db/sampling-store.js';
import { getSite } from '../../db/config-store.js';
import { appendAudit } from '../../db/visit-store.js';
import { route } from '../route.js';

export const MANAGERS_ONLY = 'Sampling weeks and performance reports are for managers and admins. Ask your manager if you need the figures.';

/** Managers schedule the twice-yearly sampling weeks; every console shows a banner during one. */
export function samplingPeriodRoutes(deps: Deps): Router {
  const router = Router();
  const { db, clock } = deps;

  const overview = (siteId: string): SamplingOverview => {
    const periods = listSamplingPeriods(db);
    const today = serviceDayOf(clock.now(), getSite(db, siteId).timeZone);
    const sites = allSites(db).map(({ id, name }) => ({ id, name }));
    return { periods, sites, nextDueDay: nextSamplingDue(periods), current: currentSamplingPeriod(periods, siteId, today), warnings: samplingWarnings(periods, sites, today) };
  };

  router.get(
    '/sampling-periods',
    route(deps, { audience: ['manager'], refusal: MANAGERS_ONLY }, ({ staff }) => overview(staff!.siteId)),
  );

  router.post(
    '/sampling-periods',
    route(deps, { audience: ['manager'], refusal: MANAGERS_ONLY, body: CreateSamplingPeriodRequest }, ({ body, staff, res }) => {
      const sites = allSites(db);
      const unknown = body.siteIds.filter((id) => !sites.some((s) => s.id === id));
      if (unknown.length > 0) throw new AppError('NOT_FOUND', `No such site: ${unknown.join(', ')}.`);
      const now = clock.now();
      const period: SamplingPeriod = {
        id: randomUUID(),
        label: body.label,
        startDay: body.startDay,
        endDay: samplingEndDay(body.startDay),
        siteIds: body.siteIds.length > 0 ? [...new Set(body.siteIds)] : sites.map((s) => s.id),
        createdAt: now,
        createdBy: staff!.staffId,
      };
      db.transaction((tx) => {
        if (listSamplingPeriods(tx).some((p) => p.label.toLowerCase() === period.label.toLowerCase())) {
          throw new AppError('CONFLICT', `There is already a sampling week called ${period.label}.`);
        }
        insertSamplingPeriod(tx, period);
        for (const siteId of period.siteIds) appendAudit(tx, siteId, 'sampling-period-scheduled', now, staff!.staffId, period);
      });
      res.status(201);
      return { period, overview: overview(staff!.siteId) };
    }),
  );

  router.delete(
    '/sampling-periods/:periodId',
    route(deps, { audience: ['manager'], refusal: MANAGERS_ONLY, params: SamplingPeriodParams }, ({ params, staff }) => {
      db.transaction((tx) => {
        const period = getSamplingPeriod(tx, params.periodId);
        if (!period) throw new AppError('NOT_FOUND', 'No such sampling week.');
        deleteSamplingPeriod(tx, period.id);
        for (const siteId of period.siteIds) appendAudit(tx, siteId, 'sampling-period-cancelled', clock.now(), staff!.staffId, { id: period.id, label: period.label });
      });
      return overview(staff!.siteId);
    }),
  );

  /** For the banner: every console at a site, advisors included, is told a sampling week is on. */
  router.get(
    '/sites/:siteId/sampling-now',
    route(deps, { audience: ['staff'], params: SiteParams }, ({ params }) => ({ current: overview(params.siteId).current })),
  );

  return router;
}
