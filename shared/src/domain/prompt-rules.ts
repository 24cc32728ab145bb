import type { ClockKind, Prompt, PromptKind } from '../schemas/prompts.js';
import type { Visit } from '../schemas/visit.js';
import type { OfficerUnavailability } from './appointment-arrival.js';
import { waitClock } from './wait-clock.js';

/** A forecast later than the one a visitor chose to wait on by this much is worth asking again. */
export const MATERIAL_WORSENING_MS = 10 * 60_000;

/**
 * How long before an early visitor's appointment an absent officer is worth raising: sooner
 * and staff would hand over visits whose officer was only not in yet.
 */
export const ABSENT_OFFICER_NOTICE_MS = 5 * 60_000;

export interface PromptDraft {
  visitId: string;
  ticket: string;
  kind: PromptKind;
  clock: ClockKind;
  audience: 'staff' | 'managers';
  breachAt: number;
  forecastSeenAt: number | null;
  /** Why, when the kind alone does not say: the officer's unavailability. */
  detail?: string | null;
}

/**
 * The prompts a waiting visit needs now, given those already raised for it.
 *
 * Offer an appointment: a walk-in is offered the choice of waiting or an appointment
 * before their limit passes — as soon as the forecast says they will not be seen in
 * time, and in any case once the clock is within the site's lead time. One prompt per
 * clock; asked again only if the visitor chose to wait and the forecast has since got
 * materially worse.
 *
 * Limit breached: once the clock passes its limit, managers are told, once per clock.
 *
 * Appointments: once the clock is within the lead time, staff are prompted to tell the
 * visitor the reason for the delay. If the officer cannot see them (`officer` says why),
 * staff are prompted to hand the visit to another officer or rebook — at once when the
 * officer is signed out or away (for an early arrival, from shortly before the appointment),
 * from the lead time when they are over-running with someone else. Asked again only after a
 * hand-over, for the new officer.
 */
export function promptsDue(
  visit: Visit,
  expectedSeenAt: number | null,
  existing: readonly Prompt[],
  now: number,
  officer: OfficerUnavailability | null = null,
): PromptDraft[] {
  if (visit.status !== 'waiting') return [];
  const clock = waitClock(visit, now);
  if (clock.stoppedAt !== null) return [];
  const mine = existing.filter((p) => p.visitId === visit.id && p.clock === clock.kind);
  const draft = (kind: PromptKind, audience: PromptDraft['audience'], detail: string | null = null): PromptDraft => ({
    visitId: visit.id,
    ticket: visit.ticket,
    kind,
    clock: clock.kind,
    audience,
    breachAt: clock.breachAt,
    forecastSeenAt: expectedSeenAt,
    ...(detail === null ? {} : { detail }),
  });
  const due: PromptDraft[] = [];

  if (clock.state === 'breached') {
    if (!mine.some((p) => p.kind === 'limit-breached')) due.push(draft('limit-breached', 'managers'));
  }
  if (visit.kind === 'walk-in') {
    const forecastBreach = expectedSeenAt !== null && expectedSeenAt > clock.breachAt;
    const nearLimit = clock.state !== 'within';
    if (forecastBreach || nearLimit) {
      const offers = mine.filter((p) => p.kind === 'offer-appointment');
      const last = offers[offers.length - 1];
      if (!last) due.push(draft('offer-appointment', 'staff'));
      else if (last.status === 'resolved' && last.outcome === 'chose-to-wait' && worsened(last.forecastSeenAt, expectedSeenAt)) {
        due.push(draft('offer-appointment', 'staff'));
      }
    }
  }
  if (clock.kind === 'appointment') {
    const nearLimit = clock.state !== 'within';
    if (nearLimit && !mine.some((p) => p.kind === 'delay-reason')) due.push(draft('delay-reason', 'staff'));
    const absentNow = (officer === 'signed-out' || officer === 'away') && now >= visit.waitStartedAt - ABSENT_OFFICER_NOTICE_MS;
    const cannotSee = absentNow || (officer === 'over-running' && nearLimit);
    if (cannotSee && officer) {
      const asked = mine.filter((p) => p.kind === 'officer-unavailable');
      const last = asked[asked.length - 1];
      if (!last || (last.status === 'resolved' && last.outcome === 'reassigned')) due.push(draft('officer-unavailable', 'staff', officer));
    }
  }
  return due;
}

function worsened(before: number | null, now: number | null): boolean {
  if (now === null) return false;
  if (before === null) return false;
  return now - before >= MATERIAL_WORSENING_MS;
}

/** Open prompts that no longer need anyone: the visitor was called or has gone. */
export function lapsedPrompts(open: readonly Prompt[], visitsById: ReadonlyMap<string, Visit>): Prompt[] {
  return open.filter((p) => {
    if (p.status !== 'open' || p.kind === 'limit-breached') return false;
    const v = visitsById.get(p.visitId);
    if (!v) return true;
    if (p.kind === 'room-unavailable') return v.status !== 'called' && v.status !== 'waiting';
    return v.status !== 'waiting' || waitClock(v, 0).kind !== p.clock;
  });
}
