import { z } from 'zod';
import { Id, Instant, LanguageCode, ServiceDay } from './ids.js';
import { StandardsProfile } from './site.js';

export const VisitStatus = z.enum(['waiting', 'called', 'serving', 'completed', 'no-show', 'left']);
export type VisitStatus = z.infer<typeof VisitStatus>;
export const ACTIVE_STATUSES: readonly VisitStatus[] = ['waiting', 'called', 'serving'];

export const VisitKind = z.enum(['walk-in', 'appointment']);
export type VisitKind = z.infer<typeof VisitKind>;

/** Access needs a visitor can note at the kiosk. Staff see them; the public never does. */
/** A spoken language for an interpreter, as a BCP 47 primary tag (e.g. "ro", "ur", "so"): wider than the kiosk's own languages. */
export const InterpreterLanguage = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "pl" or "ur"');

export const Needs = z.object({
  interpreter: InterpreterLanguage.nullable().default(null),
  bsl: z.boolean().default(false),
  hearingLoop: z.boolean().default(false),
  stepFree: z.boolean().default(false),
  largePrint: z.boolean().default(false),
  formHelp: z.boolean().default(false),
  privateRoom: z.boolean().default(false),
});
export type Needs = z.infer<typeof Needs>;
export const NO_NEEDS: Needs = Needs.parse({});

/** Which wait a walk-in is in: at the enquiry desk, or referred on and waiting for an officer. */
export const VisitStage = z.enum(['enquiry', 'officer']);
export type VisitStage = z.infer<typeof VisitStage>;

export const Outcome = z.enum(['resolved', 'information-given', 'appointment-booked', 'referred-elsewhere', 'unable-to-help']);
export type Outcome = z.infer<typeof Outcome>;

export const Visit = z.object({
  id: Id,
  siteId: Id,
  serviceId: Id,
  kind: VisitKind,
  ticket: z.string(),
  serviceDay: ServiceDay,
  status: VisitStatus,
  arrivedAt: Instant,
  /** When the current wait clock started: arrival for a walk-in; kept across transfers. */
  waitStartedAt: Instant,
  /** When the visitor was first called at the enquiry desk; stops the first clock. */
  seenAt: Instant.nullable(),
  stage: VisitStage,
  /** The second clock: from referral to an officer until the officer first calls them. */
  officerWaitStartedAt: Instant.nullable(),
  officerSeenAt: Instant.nullable(),
  /** The interview room the visitor was called to, if they asked for privacy. */
  roomId: Id.nullable(),
  calledAt: Instant.nullable(),
  servingAt: Instant.nullable(),
  endedAt: Instant.nullable(),
  deskId: Id.nullable(),
  staffId: Id.nullable(),
  recallCount: z.number().int().nonnegative(),
  transferCount: z.number().int().nonnegative(),
  outcome: Outcome.nullable(),
  language: LanguageCode,
  needs: Needs,
  /** The standards that applied when the visitor arrived. */
  standards: StandardsProfile,
  /** The appointment this visit keeps; null for a walk-in. */
  appointmentId: Id.nullable(),
});
export type Visit = z.infer<typeof Visit>;
