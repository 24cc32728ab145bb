import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Appointment, AppointmentStatus, Officer } from '../schemas/appointments.js';
import type { OpeningHours } from '../schemas/site.js';
import { hoursOn } from './opening-hours.js';
import { serviceDayOf } from './service-day.js';

const MINUTE = 60_000;
const DAY_NAMES = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'] as const;

/** A slot an officer is asked to keep. */
export interface Slot {
  startsAt: number;
  lengthMinutes: number;
}

/** Statuses that hold an officer's time: a cancelled, rebooked or missed appointment frees it. */
const HOLDS_TIME: readonly AppointmentStatus[] = ['booked', 'arrived'];

export const endOf = (slot: Slot): number => slot.startsAt + slot.lengthMinutes * MINUTE;

/** Half-open intervals: one appointment may start the minute the last one ends. */
export function overlaps(a: Slot, b: Slot): boolean {
  return a.startsAt < endOf(b) && b.startsAt < endOf(a);
}

/** The officer's existing appointment that `slot` would clash with, if any (`ignoreId`: the one being moved). */
export function clashFor(officerId: string, slot: Slot, existing: readonly Appointment[], ignoreId: string | null = null): Appointment | null {
  return existing.find((a) => a.officerId === officerId && a.id !== ignoreId && HOLDS_TIME.includes(a.status) && overlaps(a, slot)) ?? null;
}

/** The slot's local start and end ("HH:mm", with "24:00" for midnight), if it lies within one local day. */
function localSpan(slot: Slot, timeZone: string): { day: number; start: string; end: string } | null {
  const start = new TZDate(slot.startsAt, timeZone);
  const endInstant = endOf(slot);
  const sameDay = serviceDayOf(endInstant - 1, timeZone) === serviceDayOf(slot.startsAt, timeZone);
  if (!sameDay) return null;
  const end = new TZDate(endInstant, timeZone);
  const endText = serviceDayOf(endInstant, timeZone) === serviceDayOf(slot.startsAt, timeZone) ? format(end, 'HH:mm') : '24:00';
  return { day: start.getDay(), start: format(start, 'HH:mm'), end: endText };
}

/** Why `slot` is outside `hours`, in words for the person booking; null when it fits. `who` is "We" or an officer's name. */
export function outsideHours(hours: OpeningHours, slot: Slot, timeZone: string, who: { name: string; isSite: boolean }): string | null {
  const span = localSpan(slot, timeZone);
  if (!span) return 'An appointment must start and end on the same day.';
  const today = hoursOn(hours, slot.startsAt, timeZone);
  const dayName = DAY_NAMES[span.day]!;
  if (today === null) return who.isSite ? `The office is closed on ${dayName}.` : `${who.name} does not work on ${dayName}.`;
  if (span.start >= today.open && span.end <= today.close) return null;
  const latestStart = format(new TZDate(Date.UTC(2000, 0, 1, ...hhmm(today.close)) - slot.lengthMinutes * MINUTE, 'UTC'), 'HH:mm');
  const window = `${today.open}–${today.close}`;
  return who.isSite
    ? `The office is open ${window} on ${dayName}: a ${slot.lengthMinutes}-minute appointment must start between ${today.open} and ${latestStart}.`
    : `${who.name} works ${window} on ${dayName}: a ${slot.lengthMinutes}-minute appointment must start between ${today.open} and ${latestStart}.`;
}

function hhmm(text: string): [number, number] {
  const [h, m] = text.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}

export interface BookingCheck {
  siteHours: OpeningHours;
  timeZone: string;
  serviceId: string;
  slot: Slot;
  /** Null: any officer of the service. */
  officerId: string | null;
  officers: readonly Officer[];
  /** The site's appointments that day (any status). */
  existing: readonly Appointment[];
  /** The appointment being moved, which does not clash with itself. */
  ignoreId?: string | null;
}

export type BookingDecision = { ok: true; officer: Officer } | { ok: false; reason: string };

/**
 * Whether a slot can be booked and with whom: inside the site's opening hours, not in the
 * past, with an officer of the service who works then and is not already booked. For "any
 * officer", the free officer with the fewest appointments that day, so work is shared.
 */
export function decideBooking(check: BookingCheck, now: number): BookingDecision {
  const { slot, timeZone } = check;
  if (slot.startsAt < now) return { ok: false, reason: 'That time has already passed. Choose a time later today or another day.' };
  const closed = outsideHours(check.siteHours, slot, timeZone, { name: 'The office', isSite: true });
  if (closed) return { ok: false, reason: closed };
  const ofService = check.officers.filter((o) => o.serviceIds.includes(check.serviceId));
  if (check.officerId !== null) {
    const officer = check.officers.find((o) => o.staffId === check.officerId);
    if (!officer) return { ok: false, reason: 'That person is not set up to take appointments.' };
    if (!officer.serviceIds.includes(check.serviceId)) return { ok: false, reason: `${officer.name} does not see visitors for this service.` };
    const offDuty = outsideHours(officer.workingHours, slot, timeZone, { name: officer.name, isSite: false });
    if (offDuty) return { ok: false, reason: offDuty };
    const clash = clashFor(officer.staffId, slot, check.existing, check.ignoreId ?? null);
    if (clash) return { ok: false, reason: `${officer.name} already has an appointment from ${localTime(clash.startsAt, timeZone)} to ${localTime(endOf(clash), timeZone)}.` };
    return { ok: true, officer };
  }
  if (ofService.length === 0) return { ok: false, reason: 'Nobody is set up to take appointments for this service.' };
  const free = ofService
    .filter((o) => outsideHours(o.workingHours, slot, timeZone, { name: o.name, isSite: false }) === null)
    .filter((o) => clashFor(o.staffId, slot, check.existing, check.ignoreId ?? null) === null);
  if (free.length === 0) return { ok: false, reason: `No officer of this service is free at ${localTime(slot.startsAt, timeZone)}. Try another time.` };
  const load = (o: Officer) => check.existing.filter((a) => a.officerId === o.staffId && HOLDS_TIME.includes(a.status)).length;
  const best = [...free].sort((a, b) => load(a) - load(b) || a.name.localeCompare(b.name))[0]!;
  return { ok: true, officer: best };
}

export const localTime = (at: number, timeZone: string): string => format(new TZDate(at, timeZone), 'HH:mm');

/** The instant of a local wall-clock time on a site's calendar day, e.g. ("2026-01-12", "10:30", "Europe/London"). */
export function instantAt(day: string, time: string, timeZone: string): number {
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi] = hhmm(time);
  return new TZDate(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h, mi, timeZone).getTime();
}

/** "Sam" from "Sam Patel": the kiosk names the officer without their surname. */
export const firstNameOf = (name: string): string => name.trim().split(/\s+/)[0] ?? name;
