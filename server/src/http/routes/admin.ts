import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { AppError, CreateStaffRequest, RegisterDeviceRequest, SiteParams } from '@reception/shared';
import { eq } from 'drizzle-orm';
import { hashPassword, hashToken, newToken } from '../../auth/password.js';
import type { Deps } from '../../commands/context.js';
import { devices, staff as staffTable } from '../../db/schema.js';
import { appendAudit } from '../../db/visit-store.js';
import { route } from '../route.js';

export function adminRoutes(deps: Deps): Router {
  const router = Router();
  const { db, clock } = deps;

  router.post(
    '/:siteId/staff',
    route(deps, { audience: ['admin'], params: SiteParams, body: CreateStaffRequest }, async ({ params, body, staff, res }) => {
      if (db.select().from(staffTable).where(eq(staffTable.username, body.username)).get()) {
        throw new AppError('CONFLICT', `The username ${body.username} is taken.`);
      }
      const id = randomUUID();
      const passwordHash = await hashPassword(body.password);
      db.transaction((tx) => {
        tx.insert(staffTable).values({ id, siteId: params.siteId, name: body.name, username: body.username, passwordHash, role: body.role }).run();
        appendAudit(tx, params.siteId, 'staff-created', clock.now(), staff?.staffId ?? null, { id, username: body.username, role: body.role });
      });
      res.status(201);
      return { id, siteId: params.siteId, name: body.name, username: body.username, role: body.role };
    }),
  );

  /** The token is shown once, here; only its hash is kept. */
  router.post(
    '/:siteId/devices',
    route(deps, { audience: ['admin'], params: SiteParams, body: RegisterDeviceRequest }, ({ params, body, staff, res }) => {
      const id = randomUUID();
      const token = newToken();
      db.transaction((tx) => {
        tx.insert(devices).values({ id, siteId: params.siteId, kind: body.kind, name: body.name, tokenHash: hashToken(token), createdAt: clock.now() }).run();
        appendAudit(tx, params.siteId, 'device-registered', clock.now(), staff?.staffId ?? null, { id, kind: body.kind, name: body.name });
      });
      res.status(201);
      return { id, kind: body.kind, name: body.name, token };
    }),
  );
  return router;
}
