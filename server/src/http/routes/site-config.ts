import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { AppError, CreateDeskRequest, CreateServiceRequest, EventLogQuery, SiteParams, type SiteConfig } from '@reception/shared';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Deps } from '../../commands/context.js';
import { getSite, listDesks, listServices } from '../../db/config-store.js';
import { desks, events, services } from '../../db/schema.js';
import { appendAudit } from '../../db/visit-store.js';
import { route } from '../route.js';

export function siteConfigRoutes(deps: Deps, onConfigChanged: (siteId: string) => void): Router {
  const router = Router();
  const { db, clock } = deps;

  router.get(
    '/:siteId/config',
    route(deps, { audience: ['staff'], params: SiteParams }, ({ params }): SiteConfig => {
      const site = getSite(db, params.siteId);
      return { site, services: listServices(db, site.id), desks: listDesks(db, site.id), standards: site.standards };
    }),
  );

  router.post(
    '/:siteId/services',
    route(deps, { audience: ['manager'], params: SiteParams, body: CreateServiceRequest }, ({ params, body, staff, res }) => {
      const taken = listServices(db, params.siteId).some((s) => s.prefix === body.prefix);
      if (taken) throw new AppError('CONFLICT', `Another service already uses the ticket prefix ${body.prefix}.`);
      const id = randomUUID();
      db.transaction((tx) => {
        tx.insert(services).values({ id, siteId: params.siteId, name: body.name, prefix: body.prefix, active: true, sortOrder: 100 }).run();
        appendAudit(tx, params.siteId, 'service-created', clock.now(), staff?.staffId ?? null, { id, ...body });
      });
      onConfigChanged(params.siteId);
      res.status(201);
      return listServices(db, params.siteId).find((s) => s.id === id);
    }),
  );

  router.post(
    '/:siteId/desks',
    route(deps, { audience: ['manager'], params: SiteParams, body: CreateDeskRequest }, ({ params, body, staff, res }) => {
      if (listDesks(db, params.siteId).some((d) => d.name.toLowerCase() === body.name.toLowerCase())) {
        throw new AppError('CONFLICT', `There is already a desk called ${body.name}.`);
      }
      const id = randomUUID();
      db.transaction((tx) => {
        tx.insert(desks).values({ id, siteId: params.siteId, name: body.name, active: true }).run();
        appendAudit(tx, params.siteId, 'desk-created', clock.now(), staff?.staffId ?? null, { id, ...body });
      });
      onConfigChanged(params.siteId);
      res.status(201);
      return listDesks(db, params.siteId).find((d) => d.id === id);
    }),
  );

  router.get(
    '/:siteId/events',
    route(deps, { audience: ['manager'], params: SiteParams, query: EventLogQuery }, ({ params, query }) => {
      const where = query.before ? and(eq(events.siteId, params.siteId), lt(events.id, query.before)) : eq(events.siteId, params.siteId);
      return db.select().from(events).where(where).orderBy(desc(events.id)).limit(query.limit).all();
    }),
  );
  return router;
}
