import { randomUUID } from 'node:crypto';
import { AppError, checkIn, isOpenAt, formatTicket, positionInQueue, queueStats, serviceDayOf, waitingInCallOrder, type CheckInRequest, type CheckInResult, type Visit } from '@reception/shared';
import { getService, getSite, listDeskSessions } from '../db/config-store.js';
import { activeVisits, appendEvent, findVisitByRequestId, insertVisit } from '../db/visit-store.js';
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
        return { result: describeTicket(tx, existing, site.name, site.phone), change: { siteId, events: [], visits: [], deskSessionsChanged: false } };
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
      return { result: describeTicket(tx, event.visit, site.name, site.phone), change: { siteId, events: [event], visits: [event.visit], deskSessionsChanged: false } };
    },
    { behavior: 'immediate' },
  );
}

function describeTicket(db: Store, visit: Visit, siteName: string, sitePhone: string): CheckInResult {
  const active = activeVisits(db, visit.siteId);
  const ordered = waitingInCallOrder(active, new Set([visit.serviceId]));
  const position = positionInQueue(visit, ordered);
  const ahead = ordered.slice(0, position - 1);
  const [stats] = queueStats([visit.serviceId], ahead, listDeskSessions(db, visit.siteId));
  const service = getService(db, visit.siteId, visit.serviceId);
  return {
    visitId: visit.id,
    ticket: visit.ticket,
    serviceId: visit.serviceId,
    serviceName: service.name,
    arrivedAt: visit.arrivedAt,
    serviceDay: visit.serviceDay,
    position,
    expectedWaitMinutes: stats?.expectedWaitMinutes ?? null,
    promiseMinutes: visit.kind === 'appointment' ? visit.standards.appointmentMinutes : visit.standards.walkInMinutes,
    sitePhone,
    siteName,
  };
}
