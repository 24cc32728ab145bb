import { localTimeOf } from './service-day.js';

/** The kiosk's "I do not have my reference" screen offers appointment times this far apart. */
export const LOST_REFERENCE_STEP_MINUTES = 5;
const STEP_MS = LOST_REFERENCE_STEP_MINUTES * 60_000;

/**
 * The kiosk button a visitor presses for an appointment at `localTime`: an appointment at
 * 10:07 is found under 10:05, so one booked off the five-minute grid is never unreachable.
 */
export function lostReferenceSlotOf(localTime: string): string {
  const [hours = '00', minutes = '00'] = localTime.split(':');
  const floored = Math.floor(Number(minutes) / LOST_REFERENCE_STEP_MINUTES) * LOST_REFERENCE_STEP_MINUTES;
  return `${hours}:${String(floored).padStart(2, '0')}`;
}

/** Appointment times a visitor arriving now could have: from an hour ago to two hours ahead. */
export function lostReferenceTimes(now: number, timeZone: string): string[] {
  const first = Math.floor((now - 60 * 60_000) / STEP_MS) * STEP_MS;
  const times = Array.from({ length: (3 * 60) / LOST_REFERENCE_STEP_MINUTES + 1 }, (_, i) => lostReferenceSlotOf(localTimeOf(first + i * STEP_MS, timeZone)));
  // The night the clocks go back repeats an hour; each time is offered once.
  return times.filter((t, i) => times.indexOf(t) === i);
}
