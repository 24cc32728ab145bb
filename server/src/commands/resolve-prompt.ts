import { AppError, evolve, type Prompt, type PromptAnswer, type ResolvePromptRequest, type Visit, type VisitEvent } from '@reception/shared';
import type { StaffPrincipal } from '../auth/principal.js';
import type { Store } from '../db/connection.js';
import { closePrompt, getPrompt } from '../db/prompt-store.js';
import { appendEvent, getVisit, updateVisit } from '../db/visit-store.js';
import type { Change } from './change.js';
import type { Deps } from './context.js';

/**
 * Records what was done about a prompt. For an offer, the visitor's answer is also a
 * visit event: "appointment booked" closes the visit with that outcome, "left" ends it,
 * "chose to wait" keeps them in the queue. The first person to answer wins.
 */
export function resolvePrompt(deps: Deps, actor: StaffPrincipal, req: ResolvePromptRequest): { prompt: Prompt; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const now = deps.clock.now();
      const prompt = getPrompt(tx, actor.siteId, req.promptId);
      if (prompt.status !== 'open') throw new AppError('CONFLICT', `Someone has already dealt with this prompt for ${prompt.ticket}.`);
      if (prompt.kind === 'limit-breached') {
        if (actor.role === 'advisor') throw new AppError('FORBIDDEN', 'Only a manager can acknowledge a breach.');
        if (req.outcome !== 'acknowledged') throw new AppError('INVALID_INPUT', 'A breach is acknowledged, not answered.');
        const closed = closePrompt(tx, prompt, 'acknowledged', actor.staffId, now);
        return { prompt: closed, change: { siteId: actor.siteId, events: [], visits: [], prompts: [closed] } };
      }
      if (prompt.kind === 'delay-reason') throw new AppError('INVALID_INPUT', 'Give the visitor the reason for the delay (staff:give-delay-reason).');
      if (prompt.kind === 'officer-unavailable') throw new AppError('INVALID_INPUT', 'Hand the visit to another officer, or rebook the appointment.');
      if (req.outcome === 'acknowledged') throw new AppError('INVALID_INPUT', 'Record what the visitor chose: to wait, an appointment, declined, or left.');
      const answered = answerOffer(tx, actor, prompt, req.outcome, now);
      return { prompt: answered.prompt, change: { siteId: actor.siteId, events: [answered.event], visits: [answered.visit], prompts: [answered.prompt], roomsChanged: answered.roomsChanged } };
    },
    { behavior: 'immediate' },
  );
}

/** Closes an offer prompt with the visitor's answer and records it on their visit. Runs inside the caller's transaction. */
export function answerOffer(tx: Store, actor: StaffPrincipal, prompt: Prompt, answer: PromptAnswer, now: number): { prompt: Prompt; event: VisitEvent; visit: Visit; roomsChanged: boolean } {
  if (prompt.kind !== 'offer-appointment' && prompt.kind !== 'room-unavailable') throw new AppError('INVALID_INPUT', 'That prompt is not an offer to the visitor.');
  const visit = getVisit(tx, actor.siteId, prompt.visitId);
  if (visit.status !== 'waiting' && visit.status !== 'called') {
    throw new AppError('CONFLICT', `${visit.ticket} is no longer waiting.`);
  }
  const closed = closePrompt(tx, prompt, answer, actor.staffId, now);
  const event: VisitEvent = {
    type: 'offer-answered',
    visitId: visit.id,
    siteId: visit.siteId,
    at: now,
    actorId: actor.staffId,
    promptId: prompt.id,
    offer: prompt.kind === 'room-unavailable' ? 'room' : 'appointment',
    answer,
  };
  const next = evolve(visit, event);
  updateVisit(tx, next);
  appendEvent(tx, event);
  return { prompt: closed, event, visit: next, roomsChanged: visit.roomId !== null };
}
