import { localTimeOf, type ClockKind, type Prompt, type PromptAnswer, type Site, type Visit } from '@reception/shared';

export interface PromptWording {
  /** What is wrong, with the ticket first so it can be read across the room. */
  title: string;
  /** The times behind it, in the site's local time; null when there is nothing to add. */
  detail: string | null;
  /** What the code of practice asks staff to do. */
  advice: string | null;
}

/** The limit that applies to the prompt's clock, from the standards the visitor arrived under. */
export function limitMinutesFor(clock: ClockKind, standards: Site['standards']): number {
  if (clock === 'officer') return standards.officerMinutes;
  return clock === 'appointment' ? standards.appointmentMinutes : standards.walkInMinutes;
}

/** The councils' codes count the officer wait from referral, and an appointment from its time. */
function sinceWhen(clock: ClockKind): string {
  if (clock === 'officer') return ' of being referred to an officer';
  if (clock === 'appointment') return ' of their appointment time';
  return '';
}

const OFFER_ADVICE = 'Offer the choice of waiting or making a specific appointment.';
const ROOM_ADVICE = 'Advise the visitor and offer the choice of waiting or making an appointment to return.';

/**
 * The words on a prompt card. `visit` gives the standards the visitor arrived under; without
 * it (a visit not in this console's list) the site's current standards are the best guess.
 * `expectedSeenAt` is the latest forecast, so the card agrees with the queue row beside it;
 * without one, the forecast from when the prompt was raised.
 */
export function promptWording(
  prompt: Prompt,
  visit: Pick<Visit, 'standards'> | undefined,
  site: Pick<Site, 'standards' | 'timeZone'>,
  expectedSeenAt: number | null = null,
): PromptWording {
  const minutes = limitMinutesFor(prompt.clock, visit?.standards ?? site.standards);
  const seenAt = expectedSeenAt ?? prompt.forecastSeenAt;
  const at = (instant: number) => localTimeOf(instant, site.timeZone);
  switch (prompt.kind) {
    case 'offer-appointment':
      return {
        title: `${prompt.ticket} may not be seen within ${minutes} minutes${sinceWhen(prompt.clock)}`,
        detail: seenAt === null ? `Limit ${at(prompt.breachAt)}` : `Expected to be seen ${at(seenAt)} · limit ${at(prompt.breachAt)}`,
        advice: OFFER_ADVICE,
      };
    case 'room-unavailable':
      return { title: `No interview room is free for ${prompt.ticket}`, detail: null, advice: ROOM_ADVICE };
    case 'limit-breached':
      return {
        title: `${prompt.ticket} has waited more than ${minutes} minutes${prompt.clock === 'officer' ? ' for an officer' : ''}`,
        detail: `Limit passed at ${at(prompt.breachAt)}`,
        advice: null,
      };
    case 'delay-reason':
      return {
        title: `${prompt.ticket} may not be seen within ${minutes} minutes${sinceWhen(prompt.clock)}`,
        detail: `Limit ${at(prompt.breachAt)}`,
        advice: DELAY_ADVICE,
      };
    case 'officer-unavailable':
      return {
        title: `${prompt.ticket}'s officer ${UNAVAILABLE[prompt.detail ?? ''] ?? 'cannot see them now'}`,
        detail: `Limit ${at(prompt.breachAt)}`,
        advice: UNAVAILABLE_ADVICE,
      };
  }
}

const DELAY_ADVICE = 'Tell the visitor the reason for the delay; it will show on the display board.';
/** Bolsover & NE Derbyshire code: "Make arrangements for the customer to be seen by someone else where practically possible or make another appointment." */
const UNAVAILABLE_ADVICE = 'Arrange for the visitor to be seen by someone else where practically possible, or make another appointment.';
const UNAVAILABLE: Record<string, string> = {
  'signed-out': 'is not signed on at a desk',
  away: 'is marked away',
  'over-running': 'is still with another visitor',
};

/** The visitor's possible answers, as the buttons say them. */
export const ANSWER_LABELS: Record<PromptAnswer, string> = {
  'chose-to-wait': 'Chose to wait',
  'appointment-booked': 'Appointment booked',
  declined: 'Declined',
  left: 'Left',
};

/** A sentence for the screen-reader announcement of a new prompt. */
export function announcement(wording: PromptWording): string {
  return [wording.title, wording.advice].filter(Boolean).join('. ');
}
