import { z } from 'zod';
import { Id, Instant } from './ids.js';

const base = { appointmentId: Id, siteId: Id, serviceId: Id, at: Instant, actorId: Id.nullable() };

/**
 * An appointment's life, appended to the same event log as visits. Never a name or a
 * contact: those stay in the appointments table so they can be erased in one place.
 */
export const AppointmentEvent = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('appointment-booked'), officerId: Id, startsAt: Instant, lengthMinutes: z.number().int(), fromVisitId: Id.nullable(), rebookedFromId: Id.nullable() }),
  z.object({ ...base, type: z.literal('appointment-rescheduled'), fromStartsAt: Instant, startsAt: Instant, fromOfficerId: Id, officerId: Id }),
  z.object({ ...base, type: z.literal('appointment-cancelled') }),
  z.object({ ...base, type: z.literal('appointment-reassigned'), fromOfficerId: Id, officerId: Id, visitId: Id.nullable() }),
  z.object({ ...base, type: z.literal('appointment-rebooked'), newAppointmentId: Id, visitId: Id.nullable() }),
  z.object({ ...base, type: z.literal('appointment-no-show'), startsAt: Instant }),
  z.object({ ...base, type: z.literal('appointment-arrived'), visitId: Id, startsAt: Instant, arrivedAt: Instant, waitStartedAt: Instant }),
]);
export type AppointmentEvent = z.infer<typeof AppointmentEvent>;
export type AppointmentEventType = AppointmentEvent['type'];
