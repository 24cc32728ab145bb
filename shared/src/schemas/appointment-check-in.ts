import { z } from 'zod';
import { Instant, LanguageCode } from './ids.js';
import { Needs } from './visit.js';
import { CheckInResult } from './views.js';

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 10:30');

/** At the kiosk: the booking reference, or (lost it) the surname's first letter and the time. */
export const AppointmentCheckInRequest = z.object({
  requestId: z.uuid(),
  language: LanguageCode.default('en'),
  needs: Needs.default(Needs.parse({})),
  lookup: z.discriminatedUnion('by', [
    z.object({ by: z.literal('reference'), reference: z.string().trim().min(1).max(20) }),
    z.object({ by: z.literal('name-and-time'), initial: z.string().regex(/^[A-Za-z]$/, 'one letter'), time: LocalTime }),
  ]),
});
export type AppointmentCheckInRequest = z.infer<typeof AppointmentCheckInRequest>;

/** Why a kiosk could not check an appointment in; the kiosk words each in the visitor's language. */
export const AppointmentRefusal = z.enum(['unknown', 'other-day', 'other-site', 'cancelled', 'already-arrived', 'no-show', 'closed']);
export type AppointmentRefusal = z.infer<typeof AppointmentRefusal>;

export const AppointmentCheckInResult = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('checked-in'),
    ticket: CheckInResult,
    /** The officer's first name, or null when booked with any officer (then name the service). */
    officerFirstName: z.string().nullable(),
    startsAt: Instant,
    /** When the 10-minute clock started: the appointment time if early, arrival if late. */
    waitStartedAt: Instant,
  }),
  /** Too late for the appointment: a walk-in ticket instead. */
  z.object({ outcome: z.literal('very-late'), ticket: CheckInResult, startsAt: Instant, graceMinutes: z.number().int() }),
  /** More than one appointment matched the letter and time: a member of staff will confirm. */
  z.object({ outcome: z.literal('ask-staff') }),
  z.object({ outcome: z.literal('refused'), reason: AppointmentRefusal }),
]);
export type AppointmentCheckInResult = z.infer<typeof AppointmentCheckInResult>;

