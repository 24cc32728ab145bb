import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { DayHours, OpeningHours } from '../schemas/site.js';

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
  const today = hoursOn(hours, now, timeZone);
  if (!today) return false;
  const hhmm = format(new TZDate(now, timeZone), 'HH:mm');
  return hhmm >= today.open && hhmm < today.close;
}
