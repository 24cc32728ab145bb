import {
  roomViews,
  serviceDayOf,
  toAnnouncement,
  toPublicTicket,
  type CallAnnouncement,
  type DisplaySnapshot,
  type KioskSnapshot,
  type PublicSite,
  type Site,
  type StaffSnapshot,
  type Visit,
} from '@reception/shared';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { meOf } from '../auth/auth-store.js';
import type { StaffPrincipal } from '../auth/principal.js';
import { getSite, listDesks, listServices } from '../db/config-store.js';
import { appointmentsOnDay, openArrivalQueries } from '../db/appointment-store.js';
import { getAppointmentSettings, listOfficers } from '../db/officer-store.js';
import { activeNotices } from '../db/notice-store.js';
import { openPrompts } from '../db/prompt-store.js';
import { listRooms } from '../db/room-store.js';
import { visits } from '../db/schema.js';
import { recentClosedVisits, rowToVisit } from '../db/visit-store.js';
import { siteForecast } from '../forecasting/site-forecast.js';
import type { Deps } from '../commands/context.js';

const RECENT_CALLS = 6;
const RECENT_CLOSED = 50;

export const publicSite = (site: Site): PublicSite => ({ id: site.id, name: site.name, timeZone: site.timeZone, phone: site.phone, standards: site.standards, openingHours: site.openingHours });

/** Where a called visitor should go: their interview room if they have one, else the desk. */
export function destinations(deps: Deps, siteId: string): (visit: Pick<Visit, 'deskId' | 'roomId'>) => string | null {
  const config = deps.config.get(deps.db, siteId);
  const desks = new Map(config.desks.map((d) => [d.id, d.name]));
  const rooms = new Map(config.rooms.map((r) => [r.id, r.name]));
  return (v) => (v.roomId ? (rooms.get(v.roomId) ?? null) : v.deskId ? (desks.get(v.deskId) ?? null) : null);
}

export const isManager = (p: StaffPrincipal) => p.role === 'manager' || p.role === 'admin';

export function staffSnapshot({ db, clock, forecasts: cache }: Deps, me: StaffPrincipal): StaffSnapshot {
  const now = clock.now();
  const site = getSite(db, me.siteId);
  const forecast = siteForecast(db, site.id, now, cache);
  return {
    site,
    services: listServices(db, site.id),
    desks: listDesks(db, site.id),
    deskSessions: forecast.deskSessions,
    visits: [...forecast.active, ...recentClosedVisits(db, site.id, serviceDayOf(now, site.timeZone), RECENT_CLOSED)],
    stats: forecast.stats,
    rooms: roomViews(listRooms(db, site.id), forecast.active),
    prompts: openPrompts(db, site.id).filter((p) => p.audience === 'staff' || isManager(me)),
    notices: activeNotices(db, site.id, now),
    forecasts: forecast.forecasts,
    appointments: appointmentsOnDay(db, site.id, serviceDayOf(now, site.timeZone)),
    officers: listOfficers(db, site.id),
    appointmentSettings: getAppointmentSettings(db, site.id),
    arrivalQueries: openArrivalQueries(db, site.id),
    me: meOf(me),
    serverNow: now,
  };
}

function recentCalls(deps: Deps, siteId: string, serviceDay: string): CallAnnouncement[] {
  const { db } = deps;
  const destinationOf = destinations(deps, siteId);
  return db
    .select()
    .from(visits)
    .where(and(eq(visits.siteId, siteId), eq(visits.serviceDay, serviceDay), isNotNull(visits.calledAt)))
    .orderBy(desc(visits.calledAt))
    .limit(RECENT_CALLS)
    .all()
    .map(rowToVisit)
    .map((v) => toAnnouncement(v, destinationOf(v) ?? '', v.recallCount > 0));
}

export function displaySnapshot(deps: Deps, siteId: string): DisplaySnapshot {
  const { db, clock, forecasts: cache } = deps;
  const now = clock.now();
  const site = getSite(db, siteId);
  const forecast = siteForecast(db, siteId, now, cache);
  const destinationOf = destinations(deps, siteId);
  return {
    site: publicSite(site),
    services: listServices(db, siteId),
    stats: forecast.stats,
    tickets: forecast.active.map((v) => toPublicTicket(v, destinationOf(v))),
    recentCalls: recentCalls(deps, siteId, serviceDayOf(now, site.timeZone)),
    notices: activeNotices(db, siteId, now),
    serverNow: now,
  };
}

export function kioskSnapshot({ db, clock, forecasts: cache }: Deps, siteId: string): KioskSnapshot {
  const now = clock.now();
  const site = getSite(db, siteId);
  return {
    site: publicSite(site),
    services: listServices(db, siteId).filter((s) => s.active),
    stats: siteForecast(db, siteId, now, cache).stats,
    notices: activeNotices(db, siteId, now),
    serverNow: now,
  };
}
