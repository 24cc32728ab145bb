import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { and, eq } from 'drizzle-orm';
import { AppError, CreateRoomRequest, Id, nextStandards, SetOpeningHoursRequest, SetStandardsRequest, SiteParams, UpdateRoomRequest } from '@reception/shared';
import type { Deps } from '../../commands/context.js';
import { getSite } from '../../db/config-store.js';
import { listRooms } from '../../db/room-store.js';
import { rooms, sites, standardsProfiles } from '../../db/schema.js';
import { appendAudit } from '../../db/visit-store.js';
import { route } from '../route.js';

const RoomParams = SiteParams.extend({ roomId: Id });

/** A manager sets the site's standards and its interview rooms. */
export function standardsAndRoomRoutes(deps: Deps, onConfigChanged: (siteId: string) => void): Router {
  const router = Router();
  const { db, clock } = deps;

  router.put(
    '/:siteId/standards',
    route(deps, { audience: ['manager'], params: SiteParams, body: SetStandardsRequest }, ({ params, body, staff }) => {
      const now = clock.now();
      const next = db.transaction((tx) => {
        const site = getSite(tx, params.siteId);
        const profile = nextStandards(site.standards, body);
        tx.insert(standardsProfiles).values({ siteId: site.id, ...profile, createdAt: now }).run();
        tx.update(sites).set({ standardsVersion: profile.version }).where(eq(sites.id, site.id)).run();
        appendAudit(tx, site.id, 'standards-changed', now, staff?.staffId ?? null, { from: site.standards, to: profile });
        return profile;
      });
      onConfigChanged(params.siteId);
      return next;
    }),
  );

  router.put(
    '/:siteId/opening-hours',
    route(deps, { audience: ['manager'], params: SiteParams, body: SetOpeningHoursRequest }, ({ params, body, staff }) => {
      db.transaction((tx) => {
        tx.update(sites).set({ openingHours: body }).where(eq(sites.id, params.siteId)).run();
        appendAudit(tx, params.siteId, 'opening-hours-changed', clock.now(), staff?.staffId ?? null, body);
      });
      onConfigChanged(params.siteId);
      return body;
    }),
  );

  router.get(
    '/:siteId/rooms',
    route(deps, { audience: ['staff'], params: SiteParams }, ({ params }) => listRooms(db, params.siteId)),
  );

  router.post(
    '/:siteId/rooms',
    route(deps, { audience: ['manager'], params: SiteParams, body: CreateRoomRequest }, ({ params, body, staff, res }) => {
      if (listRooms(db, params.siteId).some((r) => r.name.toLowerCase() === body.name.toLowerCase())) {
        throw new AppError('CONFLICT', `There is already a room called ${body.name}.`);
      }
      const room = { id: randomUUID(), siteId: params.siteId, outOfService: false, ...body };
      db.transaction((tx) => {
        tx.insert(rooms).values(room).run();
        appendAudit(tx, params.siteId, 'room-created', clock.now(), staff?.staffId ?? null, room);
      });
      onConfigChanged(params.siteId);
      res.status(201);
      return room;
    }),
  );

  router.patch(
    '/:siteId/rooms/:roomId',
    route(deps, { audience: ['manager'], params: RoomParams, body: UpdateRoomRequest }, ({ params, body, staff }) => {
      const updated = db.transaction((tx) => {
        const res = tx.update(rooms).set({ outOfService: body.outOfService }).where(and(eq(rooms.id, params.roomId), eq(rooms.siteId, params.siteId))).run();
        if (res.changes === 0) throw new AppError('NOT_FOUND', 'No such room at this site.');
        appendAudit(tx, params.siteId, body.outOfService ? 'room-out-of-service' : 'room-back-in-service', clock.now(), staff?.staffId ?? null, { roomId: params.roomId });
        return listRooms(tx, params.siteId).find((r) => r.id === params.roomId);
      });
      onConfigChanged(params.siteId);
      return updated;
    }),
  );
  return router;
}
