import { z } from 'zod';
import { Id } from './ids.js';

export const Role = z.enum(['advisor', 'manager', 'admin']);
export type Role = z.infer<typeof Role>;

export const DeviceKind = z.enum(['kiosk', 'display']);
export type DeviceKind = z.infer<typeof DeviceKind>;

/**
 * The standards a site has published. Versioned: a visit copies the version that
 * applied when it arrived, so later changes never rewrite history.
 */
export const StandardsProfile = z.object({
  version: z.number().int().positive(),
  /** Walk-in waiting to be served at the enquiry desk. */
  walkInMinutes: z.number().int().min(1).max(240),
  /** Walk-in referred on, waiting to be seen by an officer (the second clock). */
  officerMinutes: z.number().int().min(1).max(240),
  /** Appointment, from the appointment time (or arrival, if late). */
  appointmentMinutes: z.number().int().min(1).max(240),
  /** How long before a limit staff are prompted. */
  promptLeadMinutes: z.number().int().min(0).max(60),
});
export type StandardsProfile = z.infer<typeof StandardsProfile>;

export const DEFAULT_STANDARDS: StandardsProfile = {
  version: 1,
  walkInMinutes: 20,
  officerMinutes: 20,
  appointmentMinutes: 10,
  promptLeadMinutes: 5,
};

const HHMM = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time like 09:00 (24:00 for midnight at close)');

/** One day's opening, in the site's local time; null when closed all day. */
export const DayHours = z.object({ open: HHMM, close: HHMM }).refine((d) => d.open < d.close, 'must open before it closes').nullable();
export type DayHours = z.infer<typeof DayHours>;

/** Monday first, as UK timetables are written. */
export const OpeningHours = z.object({
  mon: DayHours,
  tue: DayHours,
  wed: DayHours,
  thu: DayHours,
  fri: DayHours,
  sat: DayHours,
  sun: DayHours,
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const WEEKDAY_OPENING: OpeningHours = {
  mon: { open: '08:45', close: '17:00' },
  tue: { open: '08:45', close: '17:00' },
  wed: { open: '08:45', close: '17:00' },
  thu: { open: '08:45', close: '17:00' },
  fri: { open: '08:45', close: '16:30' },
  sat: null,
  sun: null,
};

/** Every day, all day: the demo site, so it can be tried at any hour. */
export const ALWAYS_OPEN: OpeningHours = Object.fromEntries(
  (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => [d, { open: '00:00', close: '24:00' }]),
) as OpeningHours;

export const Site = z.object({
  id: Id,
  name: z.string().min(1).max(120),
  timeZone: z.string().min(1).max(64),
  phone: z.string().max(40),
  /** How many times a called ticket is recalled before it may be marked a no-show. */
  recallsBeforeNoShow: z.number().int().min(0).max(10),
  standards: StandardsProfile,
  openingHours: OpeningHours,
});
export type Site = z.infer<typeof Site>;

export const ServicePrefix = z.string().regex(/^[A-Z]{1,2}$/, 'must be one or two capital letters');

export const Service = z.object({
  id: Id,
  siteId: Id,
  name: z.string().min(1).max(80),
  prefix: ServicePrefix,
  active: z.boolean(),
});
export type Service = z.infer<typeof Service>;

export const Desk = z.object({
  id: Id,
  siteId: Id,
  name: z.string().min(1).max(40),
  active: z.boolean(),
});
export type Desk = z.infer<typeof Desk>;

export const StaffMember = z.object({
  id: Id,
  siteId: Id,
  name: z.string().min(1).max(80),
  username: z.string().min(1).max(60),
  role: Role,
});
export type StaffMember = z.infer<typeof StaffMember>;

/** Who is working which desk for which services right now. */
export const DeskSession = z.object({
  staffId: Id,
  staffName: z.string(),
  deskId: Id,
  serviceIds: z.array(Id).min(1),
  since: z.number().int(),
});
export type DeskSession = z.infer<typeof DeskSession>;
