import type { Store } from '../db/connection.js';
import type { Appointment } from '@reception/shared';
import { purgeExpiredPersonalData } from './erase.js';
import { getPrivacySettings } from './privacy-settings.js';

/** Retention is counted in days: looking every quarter of an hour is prompt enough and keeps the monitor tick cheap. */
const PURGE_EVERY_MS = 15 * 60_000;

/**
 * Runs each site's retention purge from the monitor once in each quarter of an hour of
 * server time (counted from midnight UTC), so nothing due waits more than that.
 */
export function createRetentionSchedule(everyMs = PURGE_EVERY_MS) {
  const lastSlot = new Map<string, number>();
  return function purgeIfDue(db: Store, siteId: string, now: number): Appointment[] {
    const slot = Math.floor(now / everyMs);
    if (lastSlot.get(siteId) === slot) return [];
    lastSlot.set(siteId, slot);
    return purgeExpiredPersonalData(db, siteId, now, getPrivacySettings(db, siteId).retentionDays);
  };
}
