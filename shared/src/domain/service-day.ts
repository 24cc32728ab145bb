import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * The calendar day at a site for an instant. Ticket numbers restart when this changes,
 * which is local midnight whatever the offset (GMT or BST) that night.
 */
export function serviceDayOf(now: number, timeZone: string): string {
  return format(new TZDate(now, timeZone), 'yyyy-MM-dd');
}

/** Local wall-clock time "HH:mm" at a site, for announcements and tickets. */
export function localTimeOf(now: number, timeZone: string): string {
  return format(new TZDate(now, timeZone), 'HH:mm');
}
