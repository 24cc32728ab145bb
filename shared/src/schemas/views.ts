import { z } from 'zod';
import { Id, Instant, ServiceDay } from './ids.js';
import { Desk, DeskSession, Role, Service, Site, StandardsProfile } from './site.js';
import { Visit } from './visit.js';
import { Prompt } from './prompts.js';
import { Notice, RoomView } from './rooms-notices.js';
import { Appointment, AppointmentSettings, ArrivalQuery, Officer } from './appointments.js';

/** What anyone may see of a site: no people, no needs. */
export const PublicSite = Site.pick({ id: true, name: true, timeZone: true, phone: true, standards: true, openingHours: true });
export type PublicSite = z.infer<typeof PublicSite>;

export const ServiceStats = z.object({
  serviceId: Id,
  waiting: z.number().int().nonnegative(),
  /** Minutes a visitor checking in now can expect to wait; null when nobody can serve it. */
  expectedWaitMinutes: z.number().int().nonnegative().nullable(),
});
export type ServiceStats = z.infer<typeof ServiceStats>;

/** A ticket as the public display board sees it: the number and where to go, nothing else. */
export const PublicTicket = z.object({
  id: Id,
  ticket: z.string(),
  serviceId: Id,
  status: z.enum(['waiting', 'called', 'serving', 'gone']),
  destination: z.string().nullable(),
  calledAt: Instant.nullable(),
});
export type PublicTicket = z.infer<typeof PublicTicket>;

export const CallAnnouncement = z.object({
  visitId: Id,
  ticket: z.string(),
  destination: z.string(),
  at: Instant,
  recall: z.boolean(),
});
export type CallAnnouncement = z.infer<typeof CallAnnouncement>;

export const DisplaySnapshot = z.object({
  site: PublicSite,
  services: z.array(Service),
  stats: z.array(ServiceStats),
  tickets: z.array(PublicTicket),
  recentCalls: z.array(CallAnnouncement),
  notices: z.array(Notice),
  serverNow: Instant,
});
export type DisplaySnapshot = z.infer<typeof DisplaySnapshot>;

export const KioskSnapshot = z.object({
  site: PublicSite,
  services: z.array(Service),
  stats: z.array(ServiceStats),
  notices: z.array(Notice),
  serverNow: Instant,
});
export type KioskSnapshot = z.infer<typeof KioskSnapshot>;

/** What the visitor's ticket shows. */
export const CheckInResult = z.object({
  visitId: Id,
  ticket: z.string(),
  serviceId: Id,
  serviceName: z.string(),
  arrivedAt: Instant,
  serviceDay: ServiceDay,
  /** 1 = next to be called. */
  position: z.number().int().positive(),
  expectedWaitMinutes: z.number().int().nonnegative().nullable(),
  promiseMinutes: z.number().int().positive(),
  sitePhone: z.string(),
  siteName: z.string(),
});
export type CheckInResult = z.infer<typeof CheckInResult>;

export const Me = z.object({
  id: Id,
  siteId: Id,
  name: z.string(),
  username: z.string(),
  role: Role,
});
export type Me = z.infer<typeof Me>;

/** When a waiting visitor is expected to be seen, for the console. */
export const VisitForecastView = z.object({
  visitId: Id,
  expectedSeenAt: Instant.nullable(),
  breachAt: Instant,
  willBreach: z.boolean(),
});
export type VisitForecastView = z.infer<typeof VisitForecastView>;

export const StaffSnapshot = z.object({
  site: Site,
  services: z.array(Service),
  desks: z.array(Desk),
  deskSessions: z.array(DeskSession),
  /** Today's visits that are still open, plus the most recent closed ones. */
  visits: z.array(Visit),
  stats: z.array(ServiceStats),
  rooms: z.array(RoomView),
  /** Open prompts this person should see (breach prompts only reach managers). */
  prompts: z.array(Prompt),
  notices: z.array(Notice),
  forecasts: z.array(VisitForecastView),
  /** Today's appointments at the site; other days are fetched over REST. */
  appointments: z.array(Appointment),
  officers: z.array(Officer),
  appointmentSettings: AppointmentSettings,
  arrivalQueries: z.array(ArrivalQuery),
  me: Me,
  serverNow: Instant,
});

export type StaffSnapshot = z.infer<typeof StaffSnapshot>;

export const SiteConfig = z.object({
  site: Site,
  services: z.array(Service),
  desks: z.array(Desk),
  standards: StandardsProfile,
});
export type SiteConfig = z.infer<typeof SiteConfig>;

export const StoredEvent = z.object({
  id: z.number().int(),
  siteId: Id,
  visitId: Id.nullable(),
  type: z.string(),
  at: Instant,
  actorId: Id.nullable(),
  payload: z.unknown(),
});
export type StoredEvent = z.infer<typeof StoredEvent>;
