import { z } from 'zod';
import { Id, Instant } from './ids.js';

/**
 * delay-reason: an appointment's wait nears its limit, tell the visitor why.
 * officer-unavailable: the officer cannot keep it; hand it to another officer or rebook.
 */
export const PromptKind = z.enum(['offer-appointment', 'room-unavailable', 'limit-breached', 'delay-reason', 'officer-unavailable']);
export type PromptKind = z.infer<typeof PromptKind>;

/** Which clock a prompt is about: the enquiry desk, the officer, or an appointment. */
export const ClockKind = z.enum(['enquiry', 'officer', 'appointment']);
export type ClockKind = z.infer<typeof ClockKind>;

export const PromptAnswer = z.enum(['chose-to-wait', 'appointment-booked', 'declined', 'left']);
export type PromptAnswer = z.infer<typeof PromptAnswer>;

/** Acknowledged: a manager has seen a breach. Lapsed: the visitor was called before anyone acted. */
export const PromptOutcome = z.enum([...PromptAnswer.options, 'acknowledged', 'lapsed', 'reason-given', 'reassigned', 'rebooked']);
export type PromptOutcome = z.infer<typeof PromptOutcome>;

export const Prompt = z.object({
  id: Id,
  siteId: Id,
  visitId: Id,
  ticket: z.string(),
  kind: PromptKind,
  clock: ClockKind,
  /** Breach prompts go to managers; the rest to every advisor at the site. */
  audience: z.enum(['staff', 'managers']),
  raisedAt: Instant,
  breachAt: Instant,
  /** When the forecast expected the visitor to be seen, when the prompt was raised. */
  forecastSeenAt: Instant.nullable(),
  status: z.enum(['open', 'resolved']),
  resolvedAt: Instant.nullable(),
  resolvedBy: Id.nullable(),
  outcome: PromptOutcome.nullable(),
  /** Why, when the kind alone does not say (an officer signed out, away or over-running). */
  detail: z.string().nullable().optional(),
});
export type Prompt = z.infer<typeof Prompt>;

export const ResolvePromptRequest = z.object({ promptId: Id, outcome: z.enum([...PromptAnswer.options, 'acknowledged']) });
export type ResolvePromptRequest = z.infer<typeof ResolvePromptRequest>;
