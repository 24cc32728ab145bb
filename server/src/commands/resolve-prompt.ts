import { AppError, evolve, type Prompt, type ResolvePromptRequest, type VisitEvent } from '@reception/shared';
import type { StaffPrincipal } from '../auth/principal.js';
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
      if (req.outcome === 'acknowledged') throw new AppError('INVALID_INPUT', 'Record what the visitor chose: to wait, an appointment, declined, or left.');
      const visit = getVisit(tx, actor.siteId, prompt.visitId);
      if (visit.status !== 'waiting' && visit.status !== 'called') {
        throw new AppError('CONFLICT', `${visit.ticket} is no longer waiting.`);
      }
      const closed = closePrompt(tx, prompt, req.outcome, actor.staffId, now);
      const event: VisitEvent = {
        type: 'offer-answered',
        visitId: visit.id,
        siteId: visit.siteId,
        at: now,
        actorId: actor.staffId,
        promptId: prompt.id,
        offer: prompt.kind === 'room-unavailable' ? 'room' : 'appointment',
        answer: req.outcome,
      };
      const next = evolve(visit, event);
      updateVisit(tx, next);
      appendEvent(tx, event);
      return { prompt: closed, change: { siteId: actor.siteId, events: [event], visits: [next], prompts: [closed], roomsChanged: visit.roomId !== null } };
    },
    { behavior: 'immediate' },
  );
}
