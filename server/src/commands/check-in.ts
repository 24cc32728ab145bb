import { randomUUID } from 'node:crypto';
import { and, count, eq, lte, ne } from 'drizzle-orm';
import { AppError, checkIn, isOpenAt, formatTicket, serviceDayOf, type CheckInRequest, type CheckInResult, type Visit } from '@reception/shared';
import { getService, getSite } from '../db/config-store.js';
import { visits } from '../db/schema.js';
import { siteForecast } from '../forecasting/site-forecast.js';
import { appendEvent, findVisitByRequestId, insertVisit } from '../db/visit-store.js';
import { nextTicketSequence } from '../db/ticket-counter.js';
import { activeNotices, linkNoticeVisits } from '../db/notice-store.js';
import type { Change } from './change.js';
import type { Deps } from './context.js';
import type { Store } from '../db/connection.js';

/**
 * A walk-in checks in at a kiosk. Idempotent on `requestId`: a kiosk that lost the
 * acknowledgement and retries is given the ticket it was already issued.
 */
export function checkInWalkIn(deps: Deps, siteId: string, deviceId: string, req: CheckInRequest): { result: CheckInResult; change: Change } {
  const { db, clock } = deps;
  return db.transaction(
    (tx) => {
      const now = clock.now();
      const site = getSite(tx, siteId);
      const existing = findVisitByRequestId(tx, req.requestId);
      if (existing) {
        if (existing.siteId !== siteId) throw new AppError('CONFLICT', 'That request id was already used at another site.');
        return { result: describeTicket(deps, tx, existing, site.name, site.phone, false), change: { siteId, events: [], visits: [], deskSessionsChanged: false } };
      }
      if (!isOpenAt(site.openingHours, now, site.timeZone)) throw new AppError('CONFLICT', 'We are closed at the moment. Please come back when we are open.');
      const service = getService(tx, siteId, req.serviceId);
      if (!service.active) throw new AppError('CONFLICT', `${service.name} is not taking visitors at the moment.`);
      const serviceDay = serviceDayOf(now, site.timeZone);
      const ticket = formatTicket(service.prefix, nextTicketSequence(tx, siteId, serviceDay, service.prefix));
      const event = checkIn(
        { visitId: randomUUID(), siteId, serviceId: service.id, kind: 'walk-in', ticket, serviceDay, language: req.language, needs: req.needs, standards: site.standards, actorId: deviceId },
        now,
      );
      insertVisit(tx, event.visit, req.requestId);
      appendEvent(tx, event);
      linkNoticeVisits(tx, activeNotices(tx, siteId, now).map((n) => n.id), [event.visit.id]);
      return { result: describeTicket(deps, tx, event.visit, site.name, site.phone, true), change: { siteId, events: [event], visits: [event.visit], deskSessionsChanged: false } };
    },
    { behavior: 'immediate' },
  );
}

/** How fresh the cached waiting figures must be to quote on a ticket. */
const QUOTE_MAX_AGE_MS = 2000;

function describeTicket(deps: Deps, db: Store, visit: Visit, siteName: string, sitePhone: string, isNew: boolean): CheckInResult {
  const now = deps.clock.now();
  // Whoever is already waiting for the service is ahead: later arrivals under the same standard breach later.
  const ahead = db
    .select({ n: count() })
    .from(visits)
    .where(and(eq(visits.siteId, visit.siteId), eq(visits.serviceId, visit.serviceId), eq(visits.status, 'waiting'), ne(visits.id, visit.id), lte(visits.arrivedAt, visit.arrivedAt)))
    .get();
  const service = getService(db, visit.siteId, visit.serviceId);
  return {
    visitId: visit.id,
    ticket: visit.ticket,
    serviceId: visit.serviceId,
    serviceName: service.name,
    arrivedAt: visit.arrivedAt,
    serviceDay: visit.serviceDay,
    position: (ahead?.n ?? 0) + 1,
    expectedWaitMinutes: expectedWaitMinutes(deps, db, visit, now, isNew),
    promiseMinutes: visit.kind === 'appointment' ? visit.standards.appointmentMinutes : visit.standards.walkInMinutes,
    sitePhone,
    siteName,
  };
}

/**
 * The wait to print on the ticket. The figure for "someone joining now", refreshed after
 * every burst of changes, is exactly this for a new arrival and costs nothing; otherwise
 * (no fresh figure, or a retried check-in) the queue is forecast with the visitor in it.
 */
function expectedWaitMinutes(deps: Deps, db: Store, visit: Visit, now: number, isNew: boolean): number | null {
  const cached = isNew ? deps.forecasts.recentStats(visit.siteId, now, QUOTE_MAX_AGE_MS) : null;
  if (cached) return cached.find((s) => s.serviceId === visit.serviceId)?.expectedWaitMinutes ?? null;
  const seenAt = siteForecast(db, visit.siteId, now, deps.forecasts).expectedSeenAt.get(visit.id);
  return seenAt == null ? null : Math.round(Math.max(0, seenAt - now) / 60_000);
}
