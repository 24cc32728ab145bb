import { AppError, clashFor, type Appointment, type AppointmentEvent, type ArrivalAlert, type Prompt, type ReassignAppointmentRequest } from '@reception/shared';
import type { StaffPrincipal } from '../../auth/principal.js';
import { appendAppointmentEvent, appointmentsOnDay, getAppointment, updateAppointment } from '../../db/appointment-store.js';
import { listOfficers } from '../../db/officer-store.js';
import { closePrompt, openPrompts } from '../../db/prompt-store.js';
import { getVisit } from '../../db/visit-store.js';
import type { Change } from '../change.js';
import type { Deps } from '../context.js';

/**
 * "Make arrangements for the customer to be seen by someone else": the appointment moves
 * to another officer of the service. An arrived visitor keeps their place and their clock;
 * the new officer's console is alerted and the old one's alert is withdrawn.
 */
export function reassignAppointment(deps: Deps, actor: StaffPrincipal, req: ReassignAppointmentRequest): { appointment: Appointment; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const now = deps.clock.now();
      const before = getAppointment(tx, actor.siteId, req.appointmentId);
      if (before.status !== 'booked' && before.status !== 'arrived') throw new AppError('ILLEGAL_TRANSITION', `Appointment ${before.reference} is ${before.status}; it cannot be handed over.`);
      if (before.officerId === req.officerId) throw new AppError('CONFLICT', 'That officer already has this appointment.');
      const officer = listOfficers(tx, actor.siteId).find((o) => o.staffId === req.officerId);
      if (!officer) throw new AppError('NOT_FOUND', 'That person is not set up to take appointments.');
      if (!officer.serviceIds.includes(before.serviceId)) throw new AppError('CONFLICT', `${officer.name} does not see visitors for this service.`);
      const visit = before.visitId ? getVisit(tx, actor.siteId, before.visitId) : null;
      if (visit && visit.status !== 'waiting') throw new AppError('CONFLICT', `${visit.ticket} has already been called; it cannot be handed over now.`);
      // Before arrival the new officer's diary must be free; once the visitor is here they are seen as soon as possible.
      if (!visit) {
        const clash = clashFor(officer.staffId, before, appointmentsOnDay(tx, actor.siteId, before.serviceDay), before.id);
        if (clash) throw new AppError('CONFLICT', `${officer.name} already has an appointment then.`);
      }
      const after: Appointment = { ...before, officerId: officer.staffId, anyOfficer: false };
      updateAppointment(tx, after);
      const event: AppointmentEvent = { type: 'appointment-reassigned', appointmentId: after.id, siteId: after.siteId, serviceId: after.serviceId, at: now, actorId: actor.staffId, fromOfficerId: before.officerId, officerId: after.officerId, visitId: visit?.id ?? null };
      appendAppointmentEvent(tx, event, visit?.id ?? null);
      const prompts: Prompt[] = visit
        ? openPrompts(tx, actor.siteId)
            .filter((p) => p.visitId === visit.id && p.kind === 'officer-unavailable')
            .map((p) => closePrompt(tx, p, 'reassigned', actor.staffId, now))
        : [];
      const arrivals: ArrivalAlert[] = visit ? [{ appointment: after, visitId: visit.id, ticket: visit.ticket, at: now, reassigned: true }] : [];
      return { appointment: after, change: { siteId: actor.siteId, events: [], visits: [], appointments: [after], appointmentEvents: [event], prompts, arrivals } };
    },
    { behavior: 'immediate' },
  );
}
