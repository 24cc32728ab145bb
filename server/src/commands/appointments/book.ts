import { randomUUID } from 'node:crypto';
import { AppError, type Appointment, type AppointmentEvent, type BookAppointmentRequest } from '@reception/shared';
import type { StaffPrincipal } from '../../auth/principal.js';
import type { Store } from '../../db/connection.js';
import { appendAppointmentEvent, insertAppointment, newReference } from '../../db/appointment-store.js';
import { getPrompt } from '../../db/prompt-store.js';
import type { Change } from '../change.js';
import type { Deps } from '../context.js';
import { answerOffer } from '../resolve-prompt.js';
import { checkSlot } from './booking-context.js';

export interface NewAppointment {
  siteId: string;
  serviceId: string;
  officerId: string | null;
  startsAt: number;
  visitorName: string;
  visitorContact: string;
  fromVisitId: string | null;
  rebookedFromId: string | null;
}

/** Checks the slot and writes the appointment and its `appointment-booked` event, inside the caller's transaction. */
export function createAppointment(tx: Store, actorId: string, req: NewAppointment, now: number): { appointment: Appointment; event: AppointmentEvent } {
  const { officer, lengthMinutes, serviceDay } = checkSlot(tx, req, now);
  const appointment: Appointment = {
    id: randomUUID(),
    siteId: req.siteId,
    serviceId: req.serviceId,
    officerId: officer.staffId,
    anyOfficer: req.officerId === null,
    reference: newReference(tx, req.siteId),
    startsAt: req.startsAt,
    lengthMinutes,
    serviceDay,
    status: 'booked',
    visitorName: req.visitorName,
    visitorContact: req.visitorContact,
    visitId: null,
    fromVisitId: req.fromVisitId,
    rebookedFromId: req.rebookedFromId,
    rebookedToId: null,
    createdAt: now,
    personalDataErasedAt: null,
  };
  insertAppointment(tx, appointment, actorId);
  const event: AppointmentEvent = {
    type: 'appointment-booked',
    appointmentId: appointment.id,
    siteId: appointment.siteId,
    serviceId: appointment.serviceId,
    at: now,
    actorId,
    officerId: appointment.officerId,
    startsAt: appointment.startsAt,
    lengthMinutes,
    fromVisitId: req.fromVisitId,
    rebookedFromId: req.rebookedFromId,
  };
  appendAppointmentEvent(tx, event, null);
  return { appointment, event };
}

/**
 * Staff book an appointment. Booked from an "offer an appointment" prompt, the same
 * transaction records the visitor's answer and closes their walk-in visit with that outcome.
 */
export function bookAppointment(deps: Deps, actor: StaffPrincipal, req: BookAppointmentRequest): { appointment: Appointment; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const now = deps.clock.now();
      const prompt = req.promptId ? getPrompt(tx, actor.siteId, req.promptId) : null;
      if (prompt && prompt.kind !== 'offer-appointment' && prompt.kind !== 'room-unavailable') throw new AppError('INVALID_INPUT', 'That prompt is not an offer of an appointment.');
      if (prompt && prompt.status !== 'open') throw new AppError('CONFLICT', `Someone has already dealt with this prompt for ${prompt.ticket}.`);
      const { appointment, event } = createAppointment(tx, actor.staffId, { ...req, siteId: actor.siteId, fromVisitId: prompt?.visitId ?? null, rebookedFromId: null }, now);
      const change: Change = { siteId: actor.siteId, events: [], visits: [], appointments: [appointment], appointmentEvents: [event] };
      if (prompt) {
        const answered = answerOffer(tx, actor, prompt, 'appointment-booked', now);
        Object.assign(change, { events: [answered.event], visits: [answered.visit], prompts: [answered.prompt], roomsChanged: answered.roomsChanged });
      }
      return { appointment, change };
    },
    { behavior: 'immediate' },
  );
}
