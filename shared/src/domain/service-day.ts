import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * The calendar day at a site for an instant. Ticket numbers restart when this changes,
 * which is local midnight whatever the offset (GMT or BST) that night.
 */
export function serviceDayOf(now: number, timeZone: string): string {
  return perMinute(dayMemo, now, timeZone, () => format(new TZDate(now, timeZone), 'yyyy-MM-dd'));
}

const dayMemo = new Map<string, string>();

/**
 * Memoises a result that cannot change within a wall-clock minute (every time zone in
 * use is a whole number of minutes from UTC), so a busy kiosk does not redo time-zone
 * arithmetic for every check-in. Still a pure function of its arguments.
 */
export function perMinute<T>(memo: Map<string, T>, now: number, timeZone: string, compute: () => T): T {
  const key = `${Math.floor(now / 60_000)}|${timeZone}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (memo.size > 256) memo.clear();
  memo.set(key, value);
  return value;
}

/** Local wall-clock time "HH:mm" at a site, for announcements and tickets. */
export function localTimeOf(now: number, timeZone: string): string {
  return format(new TZDate(now, timeZone), 'HH:mm');
}
