import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ALWAYS_OPEN, WEEKDAY_OPENING, type Needs, type OpeningHours, type StandardsProfile } from '@reception/shared';

export const sites = sqliteTable('sites', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull(),
  phone: text('phone').notNull().default(''),
  recallsBeforeNoShow: integer('recalls_before_no_show').notNull().default(2),
  standardsVersion: integer('standards_version').notNull().default(1),
  openingHours: text('opening_hours', { mode: 'json' }).$type<OpeningHours>().notNull().default(WEEKDAY_OPENING),
});

export const standardsProfiles = sqliteTable(
  'standards_profiles',
  {
    siteId: text('site_id').notNull().references(() => sites.id),
    version: integer('version').notNull(),
    walkInMinutes: integer('walk_in_minutes').notNull(),
    officerMinutes: integer('officer_minutes').notNull(),
    appointmentMinutes: integer('appointment_minutes').notNull(),
    promptLeadMinutes: integer('prompt_lead_minutes').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.version] })],
);

export const services = sqliteTable('services', {
  id: text('id').primaryKey(),
  siteId: text('site_id').notNull().references(() => sites.id),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const desks = sqliteTable('desks', {
  id: text('id').primaryKey(),
  siteId: text('site_id').notNull().references(() => sites.id),
  name: text('name').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export const staff = sqliteTable('staff', {
  id: text('id').primaryKey(),
  siteId: text('site_id').notNull().references(() => sites.id),
  name: text('name').notNull(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['advisor', 'manager', 'admin'] }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export const sessions = sqliteTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  staffId: text('staff_id').notNull().references(() => staff.id),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

export const devices = sqliteTable('devices', {
  id: text('id').primaryKey(),
  siteId: text('site_id').notNull().references(() => sites.id),
  kind: text('kind', { enum: ['kiosk', 'display'] }).notNull(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: integer('created_at').notNull(),
  revokedAt: integer('revoked_at'),
});

export const deskSessions = sqliteTable('desk_sessions', {
  staffId: text('staff_id').primaryKey().references(() => staff.id),
  deskId: text('desk_id').notNull().unique().references(() => desks.id),
  siteId: text('site_id').notNull().references(() => sites.id),
  serviceIds: text('service_ids', { mode: 'json' }).$type<string[]>().notNull(),
  since: integer('since').notNull(),
});

export const visits = sqliteTable(
  'visits',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull().references(() => sites.id),
    serviceId: text('service_id').notNull().references(() => services.id),
    kind: text('kind', { enum: ['walk-in', 'appointment'] }).notNull(),
    ticket: text('ticket').notNull(),
    serviceDay: text('service_day').notNull(),
    status: text('status', { enum: ['waiting', 'called', 'serving', 'completed', 'no-show', 'left'] }).notNull(),
    arrivedAt: integer('arrived_at').notNull(),
    waitStartedAt: integer('wait_started_at').notNull(),
    seenAt: integer('seen_at'),
    stage: text('stage', { enum: ['enquiry', 'officer'] }).notNull().default('enquiry'),
    officerWaitStartedAt: integer('officer_wait_started_at'),
    officerSeenAt: integer('officer_seen_at'),
    roomId: text('room_id'),
    /** When the current wait clock would breach: kept so the next visitor is found by index, not by scanning the queue. */
    breachAt: integer('breach_at').notNull().default(0),
    calledAt: integer('called_at'),
    servingAt: integer('serving_at'),
    endedAt: integer('ended_at'),
    deskId: text('desk_id'),
    staffId: text('staff_id'),
    recallCount: integer('recall_count').notNull().default(0),
    transferCount: integer('transfer_count').notNull().default(0),
    outcome: text('outcome'),
    language: text('language').notNull(),
    needs: text('needs', { mode: 'json' }).$type<Needs>().notNull(),
    standards: text('standards', { mode: 'json' }).$type<StandardsProfile>().notNull(),
    /** The kiosk's idempotency key: a retried check-in finds its first ticket here. */
    requestId: text('request_id').unique(),
    /** The appointment this visit keeps; null for a walk-in. */
    appointmentId: text('appointment_id'),
  },
  (t) => [
    uniqueIndex('visits_site_day_ticket').on(t.siteId, t.serviceDay, t.ticket),
    index('visits_site_status').on(t.siteId, t.status),
    index('visits_site_service_status').on(t.siteId, t.serviceId, t.status, t.arrivedAt),
    index('visits_call_order').on(t.siteId, t.status, t.breachAt, t.arrivedAt),
    index('visits_site_day').on(t.siteId, t.serviceDay),
  ],
);

export const ticketCounters = sqliteTable(
  'ticket_counters',
  {
    siteId: text('site_id').notNull(),
    serviceDay: text('service_day').notNull(),
    prefix: text('prefix').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.serviceDay, t.prefix] })],
);

/**
 * How many visitors wait per service right now, kept by triggers on `visits` (see the
 * `waiting_count_triggers` migration) in the same transaction as every insert, status
 * change, transfer or delete. A new arrival's place in the queue is read here in constant
 * time instead of counting a queue that can be thousands long on every check-in.
 */
export const waitingCounts = sqliteTable(
  'waiting_counts',
  {
    siteId: text('site_id').notNull(),
    serviceId: text('service_id').notNull(),
    waiting: integer('waiting').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.serviceId] })],
);

/** Append-only: every state change, timestamped by the server clock. */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: text('site_id').notNull(),
    visitId: text('visit_id'),
    type: text('type').notNull(),
    at: integer('at').notNull(),
    actorId: text('actor_id'),
    payload: text('payload', { mode: 'json' }).notNull(),
  },
  (t) => [index('events_site_at').on(t.siteId, t.at), index('events_visit').on(t.visitId)],
);

export const rooms = sqliteTable('rooms', {
  id: text('id').primaryKey(),
  siteId: text('site_id').notNull().references(() => sites.id),
  name: text('name').notNull(),
  panicButton: integer('panic_button', { mode: 'boolean' }).notNull().default(false),
  secure: integer('secure', { mode: 'boolean' }).notNull().default(false),
  outOfService: integer('out_of_service', { mode: 'boolean' }).notNull().default(false),
});

export const prompts = sqliteTable(
  'prompts',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull().references(() => sites.id),
    visitId: text('visit_id').notNull().references(() => visits.id),
    ticket: text('ticket').notNull(),
    kind: text('kind', { enum: ['offer-appointment', 'room-unavailable', 'limit-breached', 'delay-reason', 'officer-unavailable'] }).notNull(),
    clock: text('clock', { enum: ['enquiry', 'officer', 'appointment'] }).notNull(),
    audience: text('audience', { enum: ['staff', 'managers'] }).notNull(),
    raisedAt: integer('raised_at').notNull(),
    breachAt: integer('breach_at').notNull(),
    forecastSeenAt: integer('forecast_seen_at'),
    status: text('status', { enum: ['open', 'resolved'] }).notNull(),
    resolvedAt: integer('resolved_at'),
    resolvedBy: text('resolved_by'),
    outcome: text('outcome', { enum: ['chose-to-wait', 'appointment-booked', 'declined', 'left', 'acknowledged', 'lapsed', 'reason-given', 'reassigned', 'rebooked'] }),
    detail: text('detail'),
  },
  (t) => [index('prompts_site_status').on(t.siteId, t.status), index('prompts_visit').on(t.visitId)],
);

export const notices = sqliteTable(
  'notices',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull().references(() => sites.id),
    kind: text('kind', { enum: ['delay', 'unattended'] }).notNull(),
    message: text('message').notNull(),
    postedAt: integer('posted_at').notNull(),
    postedBy: text('posted_by'),
    expiresAt: integer('expires_at'),
    withdrawnAt: integer('withdrawn_at'),
  },
  (t) => [index('notices_site').on(t.siteId, t.withdrawnAt)],
);

/** Which visits were waiting while a notice was up: the delay reasons a report can give for a breach. */
export const noticeVisits = sqliteTable(
  'notice_visits',
  {
    noticeId: text('notice_id').notNull().references(() => notices.id),
    visitId: text('visit_id').notNull().references(() => visits.id),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.visitId] })],
);

/** Staff who take appointments: the services they see and their working hours per day. */
export const officers = sqliteTable('officers', {
  staffId: text('staff_id').primaryKey().references(() => staff.id),
  siteId: text('site_id').notNull().references(() => sites.id),
  serviceIds: text('service_ids', { mode: 'json' }).$type<string[]>().notNull(),
  workingHours: text('working_hours', { mode: 'json' }).$type<OpeningHours>().notNull().default(ALWAYS_OPEN),
  /** Set while the officer has marked themselves away from their desk. */
  awaySince: integer('away_since'),
});

export const appointmentSettings = sqliteTable('appointment_settings', {
  siteId: text('site_id').primaryKey().references(() => sites.id),
  graceMinutes: integer('grace_minutes').notNull().default(30),
  defaultLengthMinutes: integer('default_length_minutes').notNull().default(30),
  lengthMinutes: text('length_minutes', { mode: 'json' }).$type<Record<string, number>>().notNull().default({}),
});

/**
 * The only place a visitor's name and contact are kept, so a retention purge blanks them
 * here (setting `personal_data_erased_at`) and every anonymous figure stays.
 */
export const appointments = sqliteTable(
  'appointments',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull().references(() => sites.id),
    serviceId: text('service_id').notNull().references(() => services.id),
    officerId: text('officer_id').notNull().references(() => staff.id),
    anyOfficer: integer('any_officer', { mode: 'boolean' }).notNull().default(false),
    reference: text('reference').notNull(),
    startsAt: integer('starts_at').notNull(),
    lengthMinutes: integer('length_minutes').notNull(),
    serviceDay: text('service_day').notNull(),
    status: text('status', { enum: ['booked', 'arrived', 'no-show', 'cancelled', 'rebooked'] }).notNull(),
    visitorName: text('visitor_name').notNull(),
    visitorContact: text('visitor_contact').notNull().default(''),
    /** The surname's first letter, for the kiosk's "lost my reference" look-up. */
    surnameInitial: text('surname_initial').notNull().default(''),
    visitId: text('visit_id'),
    fromVisitId: text('from_visit_id'),
    rebookedFromId: text('rebooked_from_id'),
    rebookedToId: text('rebooked_to_id'),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
    personalDataErasedAt: integer('personal_data_erased_at'),
  },
  (t) => [
    uniqueIndex('appointments_site_reference').on(t.siteId, t.reference),
    // The kiosk tells "another site's reference" from "no such reference" without a scan.
    index('appointments_reference').on(t.reference),
    index('appointments_site_day').on(t.siteId, t.serviceDay, t.startsAt),
    index('appointments_site_status').on(t.siteId, t.status, t.startsAt),
  ],
);

/** A kiosk look-up by letter and time that matched more than one booking, for reception to settle. */
export const arrivalQueries = sqliteTable('arrival_queries', {
  id: text('id').primaryKey(),
  siteId: text('site_id').notNull().references(() => sites.id),
  at: integer('at').notNull(),
  initial: text('initial').notNull(),
  time: text('time').notNull(),
  candidateIds: text('candidate_ids', { mode: 'json' }).$type<string[]>().notNull(),
  resolvedAt: integer('resolved_at'),
});

/** How long each site keeps visitors' names and contact details. */
export const privacySettings = sqliteTable('privacy_settings', {
  siteId: text('site_id').primaryKey().references(() => sites.id),
  retentionDays: integer('retention_days').notNull(),
});
/** The twice-yearly face-to-face sampling weeks; one row may cover several sites. */
export const samplingPeriods = sqliteTable(
  'sampling_periods',
  {
    id: text('id').primaryKey(),
    label: text('label').notNull(),
    startDay: text('start_day').notNull(),
    endDay: text('end_day').notNull(),
    siteIds: text('site_ids', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [index('sampling_periods_start').on(t.startDay)],
);

/**
 * Finished days of the report, kept so a quarter is not replayed from the log on every
 * request: each is exactly what the shared report functions computed from the log for
 * that site and day. `version` is the arithmetic's; a change to it makes old days be
 * recomputed. Holds counts and wait lengths only.
 */
export const reportDays = sqliteTable(
  'report_days',
  {
    siteId: text('site_id').notNull(),
    serviceDay: text('service_day').notNull(),
    version: integer('version').notNull(),
    part: text('part', { mode: 'json' }).notNull(),
    computedAt: integer('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.serviceDay] })],
);
