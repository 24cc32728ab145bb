import { AppError, evolve, type Appointment, type AppointmentEvent, type Prompt, type RebookAppointmentRequest, type Visit, type VisitEvent } from '@reception/shared';
import type { StaffPrincipal } from '../../auth/principal.js';
import { appendAppointmentEvent, getAppointment, updateAppointment } from '../../db/appointment-store.js';
import { closePrompt, openPrompts } from '../../db/prompt-store.js';
import { appendEvent, getVisit, updateVisit } from '../../db/visit-store.js';
import type { Change } from '../change.js';
import type { Deps } from '../context.js';
import { createAppointment } from './book.js';

/**
 * "Make another appointment": a new booking for the same visitor and service, and (if they
 * are here) today's visit closes with the outcome "appointment booked". One transaction,
 * so the visitor is never left with neither.
 */
export function rebookAppointment(deps: Deps, actor: StaffPrincipal, req: RebookAppointmentRequest): { appointment: Appointment; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const now = deps.clock.now();
      const before = getAppointment(tx, actor.siteId, req.appointmentId);
      if (before.status !== 'booked' && before.status !== 'arrived') throw new AppError('ILLEGAL_TRANSITION', `Appointment ${before.reference} is ${before.status}; it cannot be rebooked.`);
      const visit = before.visitId ? getVisit(tx, actor.siteId, before.visitId) : null;
      if (visit && visit.status !== 'waiting' && visit.status !== 'called') throw new AppError('CONFLICT', `${visit.ticket} is already being seen or has gone.`);
      const created = createAppointment(
        tx,
        actor.staffId,
        { siteId: actor.siteId, serviceId: before.serviceId, officerId: req.officerId, startsAt: req.startsAt, visitorName: before.visitorName, visitorContact: before.visitorContact, fromVisitId: visit?.id ?? null, rebookedFromId: before.id },
        now,
      );
      const old: Appointment = { ...before, status: 'rebooked', rebookedToId: created.appointment.id };
      updateAppointment(tx, old);
      const rebooked: AppointmentEvent = { type: 'appointment-rebooked', appointmentId: old.id, siteId: old.siteId, serviceId: old.serviceId, at: now, actorId: actor.staffId, newAppointmentId: created.appointment.id, visitId: visit?.id ?? null };
      appendAppointmentEvent(tx, rebooked, visit?.id ?? null);
      const events: VisitEvent[] = [];
      const visits: Visit[] = [];
      const prompts: Prompt[] = [];
      if (visit) {
        const completed: VisitEvent = { type: 'completed', visitId: visit.id, siteId: visit.siteId, at: now, actorId: actor.staffId, outcome: 'appointment-booked' };
        const closed = evolve(visit, completed);
        updateVisit(tx, closed);
        appendEvent(tx, completed);
        events.push(completed);
        visits.push(closed);
        // A breach stays open for a manager to acknowledge; the rest are answered by the rebooking.
        for (const p of openPrompts(tx, actor.siteId).filter((p) => p.visitId === visit.id && p.kind !== 'limit-breached')) {
          prompts.push(closePrompt(tx, p, 'rebooked', actor.staffId, now));
        }
      }
      return {
        appointment: created.appointment,
        change: { siteId: actor.siteId, events, visits, prompts, appointments: [old, created.appointment], appointmentEvents: [created.event, rebooked], roomsChanged: visit?.roomId != null },
      };
    },
    { behavior: 'immediate' },
  );
}
