const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** What a retention rule needs to know of an appointment. */
export interface RetainedBooking {
  startsAt: number;
  lengthMinutes: number;
  personalDataErasedAt: number | null;
}

/** The moment a booking's personal data may be erased: `retentionDays` whole days after its end. */
export function erasableFrom(booking: Pick<RetainedBooking, 'startsAt' | 'lengthMinutes'>, retentionDays: number): number {
  return booking.startsAt + booking.lengthMinutes * MINUTE + retentionDays * DAY;
}

/**
 * Due for erasure once the retention period since the appointment ended has run out.
 * A booking in the future, or still within its period, keeps the name staff need to greet
 * the visitor and to answer a complaint about the visit.
 */
export function isDueForErasure(booking: RetainedBooking, now: number, retentionDays: number): boolean {
  return booking.personalDataErasedAt === null && erasableFrom(booking, retentionDays) <= now;
}

/**
 * No booking due at `now` can start later than this (every booking ends after it starts),
 * so a query can narrow by start time on an index before `isDueForErasure` decides.
 */
export function latestErasableStart(now: number, retentionDays: number): number {
  return now - retentionDays * DAY;
}

/** Names compare as people write them: case and spacing do not matter. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return norm(a) === norm(b);
}
