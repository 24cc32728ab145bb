import { hoursOn, localTimeOf, type DayHours, type OpeningHours } from '@reception/shared';

/** Monday first, as UK timetables (and OpeningHours) are written. */
export const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const SHORT_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The site's local day of the week at `now`; 0 = Monday. */
export function weekdayAt(now: number, timeZone: string): number {
  const short = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone }).format(now);
  return Math.max(0, SHORT_NAMES.indexOf(short));
}

export interface NextOpening {
  /** 0 = later today, 1 = tomorrow, … up to 7 (the same weekday next week). */
  daysAhead: number;
  /** 0 = Monday. */
  weekday: number;
  /** "08:45", site local time. */
  time: string;
}

/** When a closed site next opens, from its weekly hours; null if it never opens. */
export function nextOpening(hours: OpeningHours, now: number, timeZone: string): NextOpening | null {
  const today = weekdayAt(now, timeZone);
  const clock = localTimeOf(now, timeZone);
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const weekday = (today + daysAhead) % 7;
    const day: DayHours = daysAhead === 0 ? hoursOn(hours, now, timeZone) : hours[WEEK[weekday]!];
    if (!day || (daysAhead === 0 && clock >= day.open)) continue;
    return { daysAhead, weekday, time: day.open };
  }
  return null;
}
