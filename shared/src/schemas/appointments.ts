import { z } from 'zod';
import { Id, Instant, ServiceDay } from './ids.js';
import { OpeningHours } from './site.js';

/**
 * What is stored about an appointment. `arrived` covers everything after check-in; the
 * day view refines it from the visit (being seen, completed) with `appointmentState`.
 */
export const AppointmentStatus = z.enum(['booked', 'arrived', 'no-show', 'cancelled', 'rebooked']);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

/** What the day view shows for an appointment. */
export const AppointmentState = z.enum(['booked', 'arrived', 'being-seen', 'completed', 'no-show', 'cancelled', 'rebooked']);
export type AppointmentState = z.infer<typeof AppointmentState>;

/** A booking reference as stored: six characters from `REFERENCE_ALPHABET`, no separator. */
export const BookingReference = z.string().regex(/^[A-Z0-9]{6}$/);

/**
 * An appointment as staff see it. The visitor's name and contact live only here (and in
 * the `appointments` table), never in events, visits or anything sent to a public screen.
 */
export const Appointment = z.object({
  id: Id,
  siteId: Id,
  serviceId: Id,
  officerId: Id,
  /** Booked with "any officer of the service": the kiosk then names the service, not the officer. */
  anyOfficer: z.boolean(),
  reference: BookingReference,
  startsAt: Instant,
  lengthMinutes: z.number().int().min(5).max(240),
  serviceDay: ServiceDay,
  status: AppointmentStatus,
  visitorName: z.string(),
  visitorContact: z.string(),
  visitId: Id.nullable(),
  /** The walk-in visit it was booked from, when a visitor chose not to wait. */
  fromVisitId: Id.nullable(),
  rebookedFromId: Id.nullable(),
  rebookedToId: Id.nullable(),
  createdAt: Instant,
  personalDataErasedAt: Instant.nullable(),
});
export type Appointment = z.infer<typeof Appointment>;

/** The day view's answer over REST. */
export const AppointmentList = z.array(Appointment);

/** An officer who can be booked: which services they see and their working hours per day. */
export const Officer = z.object({
  staffId: Id,
  siteId: Id,
  name: z.string(),
  serviceIds: z.array(Id),
  workingHours: OpeningHours,
  /** Set while the officer has marked themselves away from their desk. */
  awaySince: Instant.nullable(),
});
export type Officer = z.infer<typeof Officer>;

export const AppointmentSettings = z.object({
  /** After this many minutes late a visitor is given a walk-in ticket, and an appointment nobody checked in for is a no-show. */
  graceMinutes: z.number().int().min(0).max(120),
  /** How long an appointment lasts, per service; services not listed use `defaultLengthMinutes`. */
  lengthMinutes: z.record(Id, z.number().int().min(5).max(240)),
  defaultLengthMinutes: z.number().int().min(5).max(240),
});
export type AppointmentSettings = z.infer<typeof AppointmentSettings>;

export const DEFAULT_APPOINTMENT_SETTINGS: AppointmentSettings = { graceMinutes: 30, lengthMinutes: {}, defaultLengthMinutes: 30 };

export const SetAppointmentSettingsRequest = AppointmentSettings;
export type SetAppointmentSettingsRequest = z.infer<typeof SetAppointmentSettingsRequest>;

export const SetOfficerRequest = z.object({ serviceIds: z.array(Id).max(50), workingHours: OpeningHours });
export type SetOfficerRequest = z.infer<typeof SetOfficerRequest>;

const VisitorName = z.string().trim().min(1, "enter the visitor's name").max(80);
const VisitorContact = z.string().trim().max(120).default('');

export const BookAppointmentRequest = z.object({
  serviceId: Id,
  /** Null: any officer of the service who is free. */
  officerId: Id.nullable(),
  startsAt: Instant,
  visitorName: VisitorName,
  visitorContact: VisitorContact,
  /** Booked from an "offer an appointment" prompt: answers it and closes the walk-in visit. */
  promptId: Id.nullable().default(null),
});
export type BookAppointmentRequest = z.infer<typeof BookAppointmentRequest>;

export const RescheduleAppointmentRequest = z.object({ appointmentId: Id, startsAt: Instant, officerId: Id.nullable() });
export type RescheduleAppointmentRequest = z.infer<typeof RescheduleAppointmentRequest>;

export const CancelAppointmentRequest = z.object({ appointmentId: Id });
export type CancelAppointmentRequest = z.infer<typeof CancelAppointmentRequest>;

/** Hand an arrived visitor to another officer of the service; their clock keeps running. */
export const ReassignAppointmentRequest = z.object({ appointmentId: Id, officerId: Id });
export type ReassignAppointmentRequest = z.infer<typeof ReassignAppointmentRequest>;

/** The officer cannot keep it: a new appointment is made and today's visit closes with that outcome. */
export const RebookAppointmentRequest = z.object({ appointmentId: Id, startsAt: Instant, officerId: Id.nullable() });
export type RebookAppointmentRequest = z.infer<typeof RebookAppointmentRequest>;

/** Reception checks a visitor in by hand (no reference, or more than one match at the kiosk). */
export const StaffCheckInRequest = z.object({ appointmentId: Id });
export type StaffCheckInRequest = z.infer<typeof StaffCheckInRequest>;

export const SetAwayRequest = z.object({ away: z.boolean() });
export type SetAwayRequest = z.infer<typeof SetAwayRequest>;

/** Tell the waiting visitor why: recorded against the prompt and shown on the display board. */
export const GiveDelayReasonRequest = z.object({ promptId: Id, message: z.string().trim().min(3, 'say what the delay is').max(160) });
export type GiveDelayReasonRequest = z.infer<typeof GiveDelayReasonRequest>;

export const AppointmentDayQuery = z.object({ day: ServiceDay, officerId: Id.optional() });
export type AppointmentDayQuery = z.infer<typeof AppointmentDayQuery>;

/** Sent to the officer's consoles (and every console, for the day view) when their visitor arrives. */
export const ArrivalAlert = z.object({
  appointment: Appointment,
  visitId: Id,
  ticket: z.string(),
  at: Instant,
  /** True when the visit was handed over from another officer. */
  reassigned: z.boolean(),
});
export type ArrivalAlert = z.infer<typeof ArrivalAlert>;

/** A kiosk check-in by letter and time that matched more than one booking: reception picks the right one. */
export const ArrivalQuery = z.object({
  id: Id,
  siteId: Id,
  at: Instant,
  initial: z.string(),
  time: z.string(),
  candidateIds: z.array(Id),
  resolvedAt: Instant.nullable(),
});
export type ArrivalQuery = z.infer<typeof ArrivalQuery>;
