import { randomUUID } from 'node:crypto';
import { AppError, checkIn, isOpenAt, formatTicket, serviceDayOf, type CheckInRequest, type CheckInResult, type Visit, type VisitEvent } from '@reception/shared';
import { hotQueries } from '../db/hot-queries.js';
import { siteForecast } from '../forecasting/site-forecast.js';
import { rowToVisit } from '../db/visit-store.js';
import type { Change } from './change.js';
import type { Deps } from './context.js';
import type { Store } from '../db/connection.js';

/**
 * A walk-in checks in at a kiosk. Idempotent on `requestId`: a kiosk that lost the
 * acknowledgement and retries is given the ticket it was already issued. Runs in the
 * group commit, so a burst of check-ins costs one write to disk.
 */
export function checkInWalkIn(deps: Deps, siteId: string, deviceId: string, req: CheckInRequest): Promise<{ result: CheckInResult; change: Change }> {
  const { clock } = deps;
  return deps.batcher.submit(
    (tx) => {
      const now = clock.now();
      const config = deps.config.get(tx, siteId);
      const site = config.site;
      const hot = hotQueries(deps.db);
      const row = hot.visitByRequestId.get({ requestId: req.requestId });
      const existing = row ? rowToVisit(row) : null;
      if (existing) {
        if (existing.siteId !== siteId) throw new AppError('CONFLICT', 'That request id was already used at another site.');
        return { result: describeTicket(deps, tx, existing, site.name, site.phone, false), change: { siteId, events: [], visits: [], deskSessionsChanged: false } };
      }
      if (!isOpenAt(site.openingHours, now, site.timeZone)) throw new AppError('CONFLICT', 'We are closed at the moment. Please come back when we are open.');
      const issued = issueTicket(deps, tx, { siteId, serviceId: req.serviceId, actorId: deviceId, requestId: req.requestId, language: req.language, needs: req.needs, kind: 'walk-in', appointmentId: null, waitStartsAt: now }, now);
      return { result: issued.result, change: { siteId, events: [issued.event], visits: [issued.event.visit], deskSessionsChanged: false } };
    },
  );
}

export interface TicketRequest {
  siteId: string;
  serviceId: string;
  actorId: string;
  requestId: string | null;
  language: CheckInRequest['language'];
  needs: CheckInRequest['needs'];
  kind: Visit['kind'];
  appointmentId: string | null;
  waitStartsAt: number;
}

/** Gives a visitor the next ticket for a service and puts them in the queue: walk-ins and arrived appointments alike. */
export function issueTicket(deps: Deps, tx: Store, req: TicketRequest, now: number): { event: Extract<VisitEvent, { type: 'checked-in' }>; result: CheckInResult } {
  const config = deps.config.get(tx, req.siteId);
  const site = config.site;
  const service = config.services.find((s) => s.id === req.serviceId);
  if (!service) throw new AppError('NOT_FOUND', 'No such service at this site.');
  if (!service.active) throw new AppError('CONFLICT', `${service.name} is not taking visitors at the moment.`);
  const serviceDay = serviceDayOf(now, site.timeZone);
  const hot = hotQueries(deps.db);
  const sequence = hot.nextTicket(req.siteId, serviceDay, service.prefix);
  const ticket = formatTicket(service.prefix, sequence);
  const event = checkIn(
    {
      visitId: randomUUID(),
      siteId: req.siteId,
      serviceId: service.id,
      kind: req.kind,
      ticket,
      serviceDay,
      language: req.language,
      needs: req.needs,
      standards: site.standards,
      actorId: req.actorId,
      waitStartsAt: req.waitStartsAt,
      appointmentId: req.appointmentId,
    },
    now,
  );
  hot.insertVisit(event.visit, req.requestId);
  hot.appendEvent(event);
  hot.linkNotices(hot.activeNoticeIds(req.siteId, now), event.visit.id);
  return { event, result: describeTicket(deps, tx, event.visit, site.name, site.phone, true) };
}

/** How fresh the cached waiting figures must be to quote on a ticket. */
const QUOTE_MAX_AGE_MS = 2000;

export function describeTicket(deps: Deps, db: Store, visit: Visit, siteName: string, sitePhone: string, isNew: boolean): CheckInResult {
  const now = deps.clock.now();
  // Whoever is already waiting for the service is ahead: later arrivals under the same standard breach later.
  const ahead = hotQueries(deps.db).waitingAhead(visit, isNew);
  const service = deps.config.get(db, visit.siteId).services.find((s) => s.id === visit.serviceId)!;
  return {
    visitId: visit.id,
    ticket: visit.ticket,
    serviceId: visit.serviceId,
    serviceName: service.name,
    arrivedAt: visit.arrivedAt,
    serviceDay: visit.serviceDay,
    position: ahead + 1,
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
