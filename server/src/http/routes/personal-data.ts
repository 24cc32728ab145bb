import { Router } from 'express';
import { AppError, ErasePersonalDataRequest, PersonalDataQuery, PrivacySettings, SiteParams } from '@reception/shared';
import type { Change } from '../../commands/change.js';
import type { Deps } from '../../commands/context.js';
import { appendAudit } from '../../db/visit-store.js';
import { erasePersonalData } from '../../privacy/erase.js';
import { exportPersonalData, findBookings } from '../../privacy/export.js';
import { getPrivacySettings, setPrivacySettings } from '../../privacy/privacy-settings.js';
import { route } from '../route.js';

/**
 * The retention period, and a visitor's rights of access and erasure. Managers only:
 * every look-up, export and erasure is itself recorded in the event log.
 */
export function personalDataRoutes(deps: Deps, publish: (change: Change) => void): Router {
  const router = Router();
  const { db, clock } = deps;

  router.get('/:siteId/privacy', route(deps, { audience: ['manager'], params: SiteParams }, ({ params }) => getPrivacySettings(db, params.siteId)));

  router.put(
    '/:siteId/privacy',
    route(deps, { audience: ['manager'], params: SiteParams, body: PrivacySettings }, ({ params, body, staff }) => {
      db.transaction((tx) => {
        setPrivacySettings(tx, params.siteId, body);
        appendAudit(tx, params.siteId, 'retention-changed', clock.now(), staff?.staffId ?? null, body);
      });
      return body;
    }),
  );

  router.get(
    '/:siteId/personal-data',
    route(deps, { audience: ['manager'], params: SiteParams, query: PersonalDataQuery }, ({ params, query, staff }) =>
      db.transaction((tx) => {
        const now = clock.now();
        const bookings = findBookings(tx, params.siteId, query);
        if (bookings.length === 0) throw new AppError('NOT_FOUND', query.reference ? 'No booking with that reference at this site.' : 'No booking under that name at this site (names already erased cannot be found).');
        appendAudit(tx, params.siteId, 'personal-data-exported', now, staff?.staffId ?? null, { appointmentIds: bookings.map((b) => b.id) });
        return exportPersonalData(tx, params.siteId, bookings, now);
      }),
    ),
  );

  router.post(
    '/:siteId/personal-data/erase',
    route(deps, { audience: ['manager'], params: SiteParams, body: ErasePersonalDataRequest }, ({ params, body, staff }) => {
      const { result, appointments } = db.transaction((tx) => erasePersonalData(tx, params.siteId, body.appointmentIds, clock.now(), staff?.staffId ?? null));
      // Consoles showing the day view drop the name at once.
      if (appointments.length > 0) publish({ siteId: params.siteId, events: [], visits: [], appointments });
      return result;
    }),
  );
  return router;
}
