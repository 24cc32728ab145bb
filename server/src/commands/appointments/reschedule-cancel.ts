import { AppError, type Appointment, type AppointmentEvent, type CancelAppointmentRequest, type RescheduleAppointmentRequest } from '@reception/shared';
import type { StaffPrincipal } from '../../auth/principal.js';
import { appendAppointmentEvent, getAppointment, updateAppointment } from '../../db/appointment-store.js';
import type { Change } from '../change.js';
import type { Deps } from '../context.js';
import { checkSlot } from './booking-context.js';

const notBooked = (a: Appointment, verb: string) => new AppError('ILLEGAL_TRANSITION', `Cannot ${verb} appointment ${a.reference}: it is ${a.status === 'arrived' ? 'already checked in' : a.status}.`);

/** Moves a booked appointment to another time (and officer); the reference stays the same. */
export function rescheduleAppointment(deps: Deps, actor: StaffPrincipal, req: RescheduleAppointmentRequest): { appointment: Appointment; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const now = deps.clock.now();
      const before = getAppointment(tx, actor.siteId, req.appointmentId);
      if (before.status !== 'booked') throw notBooked(before, 'reschedule');
      const slot = checkSlot(tx, { siteId: actor.siteId, serviceId: before.serviceId, officerId: req.officerId, startsAt: req.startsAt, ignoreId: before.id }, now);
      const after: Appointment = { ...before, startsAt: req.startsAt, serviceDay: slot.serviceDay, lengthMinutes: slot.lengthMinutes, officerId: slot.officer.staffId, anyOfficer: req.officerId === null };
      updateAppointment(tx, after);
      const event: AppointmentEvent = {
        type: 'appointment-rescheduled',
        appointmentId: after.id,
        siteId: after.siteId,
        serviceId: after.serviceId,
        at: now,
        actorId: actor.staffId,
        fromStartsAt: before.startsAt,
        startsAt: after.startsAt,
        fromOfficerId: before.officerId,
        officerId: after.officerId,
      };
      appendAppointmentEvent(tx, event, null);
      return { appointment: after, change: { siteId: actor.siteId, events: [], visits: [], appointments: [after], appointmentEvents: [event] } };
    },
    { behavior: 'immediate' },
  );
}

export function cancelAppointment(deps: Deps, actor: StaffPrincipal, req: CancelAppointmentRequest): { appointment: Appointment; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const now = deps.clock.now();
      const before = getAppointment(tx, actor.siteId, req.appointmentId);
      if (before.status !== 'booked') throw notBooked(before, 'cancel');
      const after: Appointment = { ...before, status: 'cancelled' };
      updateAppointment(tx, after);
      const event: AppointmentEvent = { type: 'appointment-cancelled', appointmentId: after.id, siteId: after.siteId, serviceId: after.serviceId, at: now, actorId: actor.staffId };
      appendAppointmentEvent(tx, event, null);
      return { appointment: after, change: { siteId: actor.siteId, events: [], visits: [], appointments: [after], appointmentEvents: [event] } };
    },
    { behavior: 'immediate' },
  );
}
