import { AppError, decideArrival, firstNameOf, isOpenAt, type Appointment, type AppointmentCheckInResult, type AppointmentEvent, type LanguageCode, type Needs } from '@reception/shared';
import type { Store } from '../../db/connection.js';
import { getSite } from '../../db/config-store.js';
import { appendAppointmentEvent, resolveArrivalQueriesFor, updateAppointment } from '../../db/appointment-store.js';
import { getAppointmentSettings } from '../../db/officer-store.js';
import { staff } from '../../db/schema.js';
import { eq } from 'drizzle-orm';
import type { Change } from '../change.js';
import type { Deps } from '../context.js';
import { issueTicket } from '../check-in.js';

export interface ArrivalRequest {
  actorId: string;
  requestId: string | null;
  language: LanguageCode;
  needs: Needs;
}

export const officerName = (tx: Store, staffId: string): string => tx.select({ name: staff.name }).from(staff).where(eq(staff.id, staffId)).get()?.name ?? '';

/**
 * A visitor with an appointment arrives. Early, on time or late (within the grace period)
 * they join the queue on the appointment clock and their officer is told; very late they
 * get a walk-in ticket instead. Runs inside the caller's transaction.
 */
export function arrive(deps: Deps, tx: Store, appointment: Appointment, req: ArrivalRequest, now: number): { result: AppointmentCheckInResult; change: Change } {
  const site = getSite(tx, appointment.siteId);
  const none: Change = { siteId: site.id, events: [], visits: [] };
  if (!isOpenAt(site.openingHours, now, site.timeZone)) return { result: { outcome: 'refused', reason: 'closed' }, change: none };
  const { graceMinutes } = getAppointmentSettings(tx, site.id);
  const decision = decideArrival(appointment, now, site.timeZone, graceMinutes);
  if (decision.kind === 'refused') return { result: { outcome: 'refused', reason: decision.reason }, change: none };
  const ticketRequest = { siteId: site.id, serviceId: appointment.serviceId, actorId: req.actorId, requestId: req.requestId, language: req.language, needs: req.needs };
  if (decision.kind === 'walk-in') {
    const walkIn = issueTicket(deps, tx, { ...ticketRequest, kind: 'walk-in', appointmentId: null, waitStartsAt: now }, now);
    return {
      result: { outcome: 'very-late', ticket: walkIn.result, startsAt: appointment.startsAt, graceMinutes },
      change: { ...none, events: [walkIn.event], visits: [walkIn.event.visit] },
    };
  }
  const issued = issueTicket(deps, tx, { ...ticketRequest, kind: 'appointment', appointmentId: appointment.id, waitStartsAt: decision.waitStartsAt }, now);
  const visit = issued.event.visit;
  const arrived: Appointment = { ...appointment, status: 'arrived', visitId: visit.id };
  updateAppointment(tx, arrived);
  const event: AppointmentEvent = {
    type: 'appointment-arrived',
    appointmentId: arrived.id,
    siteId: arrived.siteId,
    serviceId: arrived.serviceId,
    at: now,
    actorId: req.actorId,
    visitId: visit.id,
    startsAt: arrived.startsAt,
    arrivedAt: now,
    waitStartedAt: visit.waitStartedAt,
  };
  appendAppointmentEvent(tx, event, visit.id);
  const settled = resolveArrivalQueriesFor(tx, site.id, arrived.id, now);
  return {
    result: { outcome: 'checked-in', ticket: issued.result, officerFirstName: arrived.anyOfficer ? null : firstNameOf(officerName(tx, arrived.officerId)), startsAt: arrived.startsAt, waitStartedAt: visit.waitStartedAt },
    change: {
      ...none,
      events: [issued.event],
      visits: [visit],
      appointments: [arrived],
      appointmentEvents: [event],
      arrivals: [{ appointment: arrived, visitId: visit.id, ticket: visit.ticket, at: now, reassigned: false }],
      arrivalQueriesChanged: settled.length > 0,
    },
  };
}

export function assertSameSite(appointment: Appointment, siteId: string): void {
  if (appointment.siteId !== siteId) throw new AppError('NOT_FOUND', 'No such appointment at this site.');
}
