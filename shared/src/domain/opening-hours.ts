import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { DayHours, OpeningHours } from '../schemas/site.js';
import { perMinute } from './service-day.js';

const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The site's hours for the local day containing `now`. */
export function hoursOn(hours: OpeningHours, now: number, timeZone: string): DayHours {
  return hours[KEYS[new TZDate(now, timeZone).getDay()]!];
}

/**
 * Whether the site is open at `now`, in its own time zone. Opening is inclusive and
 * closing exclusive: at 17:00 a site that closes at 17:00 is closed.
 */
export function isOpenAt(hours: OpeningHours, now: number, timeZone: string): boolean {
  const { day, hhmm } = perMinute(localMemo, now, timeZone, () => {
    const local = new TZDate(now, timeZone);
    return { day: KEYS[local.getDay()]!, hhmm: format(local, 'HH:mm') };
  });
  const today = hours[day];
  return today !== null && hhmm >= today.open && hhmm < today.close;
}

const localMemo = new Map<string, { day: (typeof KEYS)[number]; hhmm: string }>();
