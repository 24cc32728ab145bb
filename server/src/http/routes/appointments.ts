import { Router } from 'express';
import { and, eq } from 'drizzle-orm';
import { AppError, AppointmentDayQuery, Id, SetAppointmentSettingsRequest, SetOfficerRequest, SiteParams } from '@reception/shared';
import type { Deps } from '../../commands/context.js';
import { appointmentsOnDay } from '../../db/appointment-store.js';
import { listOfficers } from '../../db/officer-store.js';
import { appointmentSettings, officers, staff } from '../../db/schema.js';
import { appendAudit } from '../../db/visit-store.js';
import { route } from '../route.js';

const OfficerParams = SiteParams.extend({ staffId: Id });

/** Any day's appointments for the day view; who takes appointments, when; the grace period and lengths. */
export function appointmentRoutes(deps: Deps, onConfigChanged: (siteId: string) => void): Router {
  const router = Router();
  const { db, clock } = deps;

  router.get(
    '/:siteId/appointments',
    route(deps, { audience: ['staff'], params: SiteParams, query: AppointmentDayQuery }, ({ params, query }) => {
      const day = appointmentsOnDay(db, params.siteId, query.day);
      return query.officerId ? day.filter((a) => a.officerId === query.officerId) : day;
    }),
  );

  router.get('/:siteId/officers', route(deps, { audience: ['staff'], params: SiteParams }, ({ params }) => listOfficers(db, params.siteId)));

  router.put(
    '/:siteId/officers/:staffId',
    route(deps, { audience: ['manager'], params: OfficerParams, body: SetOfficerRequest }, ({ params, body, staff: actor }) => {
      db.transaction((tx) => {
        const person = tx.select({ id: staff.id }).from(staff).where(and(eq(staff.id, params.staffId), eq(staff.siteId, params.siteId))).get();
        if (!person) throw new AppError('NOT_FOUND', 'No such member of staff at this site.');
        tx.insert(officers)
          .values({ staffId: params.staffId, siteId: params.siteId, serviceIds: body.serviceIds, workingHours: body.workingHours })
          .onConflictDoUpdate({ target: officers.staffId, set: { serviceIds: body.serviceIds, workingHours: body.workingHours } })
          .run();
        appendAudit(tx, params.siteId, 'officer-set', clock.now(), actor?.staffId ?? null, { staffId: params.staffId, ...body });
      });
      onConfigChanged(params.siteId);
      return listOfficers(db, params.siteId).find((o) => o.staffId === params.staffId);
    }),
  );

  router.put(
    '/:siteId/appointment-settings',
    route(deps, { audience: ['manager'], params: SiteParams, body: SetAppointmentSettingsRequest }, ({ params, body, staff: actor }) => {
      db.transaction((tx) => {
        tx.insert(appointmentSettings)
          .values({ siteId: params.siteId, ...body })
          .onConflictDoUpdate({ target: appointmentSettings.siteId, set: body })
          .run();
        appendAudit(tx, params.siteId, 'appointment-settings-changed', clock.now(), actor?.staffId ?? null, body);
      });
      onConfigChanged(params.siteId);
      return body;
    }),
  );
  return router;
}
