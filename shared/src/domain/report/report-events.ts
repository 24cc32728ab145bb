import { z } from 'zod';
import { VisitEvent as VisitEventSchema, type VisitEvent } from '../../schemas/visit-events.js';

/** One row of the `events` table, as the report reads it. */
export interface LoggedEvent {
  id: number;
  siteId: string;
  visitId: string | null;
  type: string;
  at: number;
  actorId?: string | null;
  /** May be null for the event types in `BARE_EVENT_TYPES`: their columns say everything. */
  payload: unknown;
}

/**
 * Visit events that carry nothing beyond the columns every event has. A reader in a hurry
 * (a report over a quarter) may skip their payloads; the event is rebuilt from the columns.
 */
export const BARE_EVENT_TYPES = ['serving-started', 'no-show', 'left', 'referred-to-officer'] as const;
const BARE = new Set<string>(BARE_EVENT_TYPES);

const VISIT_EVENT_TYPES = new Set<string>(VisitEventSchema.options.map((o) => o.shape.type.value));

/**
 * The appointments contract: an appointment nobody came to. Parsed with its own small
 * schema because the appointment event union is owned elsewhere; only the fields the
 * report uses are named, so new fields do not break it.
 */
const AppointmentNoShow = z.object({
  type: z.literal('appointment-no-show'),
  appointmentId: z.string(),
  siteId: z.string(),
  serviceId: z.string(),
  at: z.number(),
  startsAt: z.number(),
});
export type AppointmentNoShow = z.infer<typeof AppointmentNoShow>;

const PromptRaised = z.object({ id: z.string(), visitId: z.string(), kind: z.enum(['offer-appointment', 'room-unavailable', 'limit-breached']) });
const NoticePosted = z.object({ id: z.string(), kind: z.enum(['delay', 'unattended']), message: z.string(), postedAt: z.number(), expiresAt: z.number().nullable() });
const NoticeWithdrawn = z.object({ noticeId: z.string() });

/** What the report takes from the log; everything else is ignored, not an error. */
export type ReportEvent =
  | { kind: 'visit'; event: VisitEvent }
  | { kind: 'appointment-no-show'; event: AppointmentNoShow }
  | { kind: 'prompt-raised'; promptId: string; visitId: string; promptKind: z.infer<typeof PromptRaised>['kind'] }
  | { kind: 'notice-posted'; notice: z.infer<typeof NoticePosted> }
  | { kind: 'notice-withdrawn'; noticeId: string; at: number };

/**
 * Reads one logged event. Visit events were validated against the shared schema when
 * they were written, so they are taken as they are (re-validating half a million of
 * them would dominate a report); the rest, written by other modules, are checked.
 * Unknown types and malformed rows give null so a newer log never breaks an older report.
 */
export function readReportEvent(row: LoggedEvent): ReportEvent | null {
  if (VISIT_EVENT_TYPES.has(row.type)) {
    if (row.payload === null && BARE.has(row.type) && row.visitId !== null) {
      return { kind: 'visit', event: { type: row.type as (typeof BARE_EVENT_TYPES)[number], visitId: row.visitId, siteId: row.siteId, at: row.at, actorId: row.actorId ?? null } };
    }
    const p = row.payload as { type?: unknown } | null;
    return p && p.type === row.type ? { kind: 'visit', event: p as VisitEvent } : null;
  }
  switch (row.type) {
    case 'appointment-no-show': {
      const parsed = AppointmentNoShow.safeParse(row.payload);
      return parsed.success ? { kind: 'appointment-no-show', event: parsed.data } : null;
    }
    case 'prompt-raised': {
      const parsed = PromptRaised.safeParse(row.payload);
      return parsed.success ? { kind: 'prompt-raised', promptId: parsed.data.id, visitId: parsed.data.visitId, promptKind: parsed.data.kind } : null;
    }
    case 'notice-posted': {
      const parsed = NoticePosted.safeParse(row.payload);
      return parsed.success ? { kind: 'notice-posted', notice: parsed.data } : null;
    }
    case 'notice-withdrawn': {
      const parsed = NoticeWithdrawn.safeParse(row.payload);
      return parsed.success ? { kind: 'notice-withdrawn', noticeId: parsed.data.noticeId, at: row.at } : null;
    }
    default:
      return null;
  }
}
