import {
  queueStats,
  serviceDayOf,
  toAnnouncement,
  toPublicTicket,
  type CallAnnouncement,
  type DisplaySnapshot,
  type KioskSnapshot,
  type PublicSite,
  type ServiceStats,
  type Site,
  type StaffSnapshot,
  type Visit,
} from '@reception/shared';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { meOf } from '../auth/auth-store.js';
import type { StaffPrincipal } from '../auth/principal.js';
import { getSite, listDeskSessions, listDesks, listServices } from '../db/config-store.js';
import type { Store } from '../db/connection.js';
import { visits } from '../db/schema.js';
import { activeVisits, recentClosedVisits, rowToVisit } from '../db/visit-store.js';

const RECENT_CALLS = 6;
const RECENT_CLOSED = 50;

export const publicSite = (site: Site): PublicSite => ({ id: site.id, name: site.name, timeZone: site.timeZone, phone: site.phone, standards: site.standards });

export function siteStats(db: Store, siteId: string, active?: Visit[]): ServiceStats[] {
  const serviceIds = listServices(db, siteId).map((s) => s.id);
  return queueStats(serviceIds, active ?? activeVisits(db, siteId), listDeskSessions(db, siteId));
}

export function deskNames(db: Store, siteId: string): Map<string, string> {
  return new Map(listDesks(db, siteId).map((d) => [d.id, d.name]));
}

export function staffSnapshot(db: Store, now: number, me: StaffPrincipal): StaffSnapshot {
  const site = getSite(db, me.siteId);
  const active = activeVisits(db, site.id);
  return {
    site,
    services: listServices(db, site.id),
    desks: listDesks(db, site.id),
    deskSessions: listDeskSessions(db, site.id),
    visits: [...active, ...recentClosedVisits(db, site.id, serviceDayOf(now, site.timeZone), RECENT_CLOSED)],
    stats: siteStats(db, site.id, active),
    me: meOf(me),
    serverNow: now,
  };
}

function recentCalls(db: Store, siteId: string, serviceDay: string, names: Map<string, string>): CallAnnouncement[] {
  return db
    .select()
    .from(visits)
    .where(and(eq(visits.siteId, siteId), eq(visits.serviceDay, serviceDay), isNotNull(visits.calledAt)))
    .orderBy(desc(visits.calledAt))
    .limit(RECENT_CALLS)
    .all()
    .map(rowToVisit)
    .map((v) => toAnnouncement(v, names.get(v.deskId ?? '') ?? '', v.recallCount > 0));
}

export function displaySnapshot(db: Store, now: number, siteId: string): DisplaySnapshot {
  const site = getSite(db, siteId);
  const active = activeVisits(db, siteId);
  const names = deskNames(db, siteId);
  return {
    site: publicSite(site),
    services: listServices(db, siteId),
    stats: siteStats(db, siteId, active),
    tickets: active.map((v) => toPublicTicket(v, names.get(v.deskId ?? '') ?? null)),
    recentCalls: recentCalls(db, siteId, serviceDayOf(now, site.timeZone), names),
    serverNow: now,
  };
}

export function kioskSnapshot(db: Store, now: number, siteId: string): KioskSnapshot {
  const site = getSite(db, siteId);
  return { site: publicSite(site), services: listServices(db, siteId).filter((s) => s.active), stats: siteStats(db, siteId), serverNow: now };
}
