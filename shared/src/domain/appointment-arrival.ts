import type { Appointment, AppointmentState } from '../schemas/appointments.js';
import type { Visit } from '../schemas/visit.js';
import { serviceDayOf } from './service-day.js';

const MINUTE = 60_000;

/**
 * When an arrived visitor's appointment clock starts: "within 10 minutes of your
 * appointment time" for the early and the punctual, from arrival for the late.
 */
export const appointmentClockStart = (startsAt: number, arrivedAt: number): number => Math.max(startsAt, arrivedAt);

export type Punctuality = 'early' | 'on-time' | 'late' | 'very-late';

/**
 * How the visitor's arrival stands against the appointment. Up to and including
 * `graceMinutes` late they keep the appointment; after that it is a walk-in ticket.
 */
export function punctuality(startsAt: number, arrivedAt: number, graceMinutes: number): Punctuality {
  if (arrivedAt < startsAt) return 'early';
  if (arrivedAt === startsAt) return 'on-time';
  return arrivedAt - startsAt <= graceMinutes * MINUTE ? 'late' : 'very-late';
}

export type ArrivalDecision =
  | { kind: 'check-in'; punctuality: Exclude<Punctuality, 'very-late'>; waitStartsAt: number }
  | { kind: 'walk-in' }
  | { kind: 'refused'; reason: 'other-day' | 'cancelled' | 'already-arrived' | 'no-show' };

/** What a kiosk does with a reference it found at its own site. */
export function decideArrival(appointment: Pick<Appointment, 'status' | 'startsAt' | 'serviceDay'>, now: number, timeZone: string, graceMinutes: number): ArrivalDecision {
  if (appointment.status === 'cancelled' || appointment.status === 'rebooked') return { kind: 'refused', reason: 'cancelled' };
  if (appointment.status === 'arrived') return { kind: 'refused', reason: 'already-arrived' };
  if (appointment.serviceDay !== serviceDayOf(now, timeZone)) return { kind: 'refused', reason: 'other-day' };
  const p = punctuality(appointment.startsAt, now, graceMinutes);
  if (p === 'very-late') return { kind: 'walk-in' };
  if (appointment.status === 'no-show') return { kind: 'refused', reason: 'no-show' };
  return { kind: 'check-in', punctuality: p, waitStartsAt: appointmentClockStart(appointment.startsAt, now) };
}

/**
 * An appointment nobody checked in for is a no-show once its grace period has ended:
 * strictly after `graceMinutes`, because at exactly that minute the visitor may still
 * check in and keep it.
 */
export function isNoShowDue(appointment: Pick<Appointment, 'status' | 'startsAt'>, now: number, graceMinutes: number): boolean {
  return appointment.status === 'booked' && now - appointment.startsAt > graceMinutes * MINUTE;
}

/** The day view's word for an appointment, refining "arrived" from its visit. */
export function appointmentState(appointment: Pick<Appointment, 'status'>, visit: Pick<Visit, 'status' | 'outcome'> | null): AppointmentState {
  if (appointment.status !== 'arrived') return appointment.status;
  if (!visit || visit.status === 'waiting') return 'arrived';
  if (visit.status === 'called' || visit.status === 'serving') return 'being-seen';
  if (visit.status === 'completed' && visit.outcome === 'appointment-booked') return 'rebooked';
  if (visit.status === 'completed') return 'completed';
  return visit.status === 'no-show' ? 'no-show' : 'completed';
}

/**
 * Why an officer cannot see an arrived visitor now, or null if they can. Signed out (no
 * desk) and away are plain; over-running means still busy with someone else.
 */
export type OfficerUnavailability = 'signed-out' | 'away' | 'over-running';

export interface OfficerPresence {
  atDesk: boolean;
  away: boolean;
  /** Another visitor the officer has called or is serving. */
  busyWithOther: boolean;
}

export function officerUnavailability(presence: OfficerPresence): OfficerUnavailability | null {
  if (!presence.atDesk) return 'signed-out';
  if (presence.away) return 'away';
  return presence.busyWithOther ? 'over-running' : null;
}
