import { AppError, bestFreeRoom, decide, evolve, lapsedPrompts, waitClock, type Prompt, type Visit, type VisitCommand } from '@reception/shared';
import type { StaffPrincipal } from '../auth/principal.js';
import { deskSessionOf, getService, getSite } from '../db/config-store.js';
import type { Store } from '../db/connection.js';
import { closePrompt, openPromptsOfVisit, raisePrompt } from '../db/prompt-store.js';
import { listRooms } from '../db/room-store.js';
import { activeVisits, appendEvent, getVisit, nextToCall, updateVisit } from '../db/visit-store.js';
import type { Change } from './change.js';
import type { Deps } from './context.js';

function applyCommand(db: Store, now: number, actor: StaffPrincipal, visit: Visit, command: VisitCommand): Change {
  const site = getSite(db, actor.siteId);
  if (command.type === 'transfer') {
    const target = getService(db, actor.siteId, command.serviceId);
    if (!target.active) throw new AppError('CONFLICT', `${target.name} is not taking visitors at the moment.`);
  }
  const desk = deskSessionOf(db, actor.staffId);
  const wantsRoom = command.type === 'call' && visit.needs.privateRoom;
  const event = decide(visit, command, {
    now,
    actorId: actor.staffId,
    deskId: desk?.deskId ?? null,
    recallsBeforeNoShow: site.recallsBeforeNoShow,
    mayOverride: actor.role !== 'advisor',
    freeRoomId: wantsRoom ? (bestFreeRoom(listRooms(db, actor.siteId), activeVisits(db, actor.siteId))?.id ?? null) : null,
  });
  const next = evolve(visit, event);
  updateVisit(db, next);
  appendEvent(db, event);
  const prompts: Prompt[] = lapse(db, next, now);
  if (wantsRoom && event.type === 'called' && event.roomId === null) {
    // "Advise the customer if an interview room is not available and offer the choice of waiting or making an appointment to return."
    const clock = waitClock(next, now);
    prompts.push(raisePrompt(db, actor.siteId, { visitId: next.id, ticket: next.ticket, kind: 'room-unavailable', clock: clock.kind, audience: 'staff', breachAt: clock.breachAt, forecastSeenAt: null }, now));
  }
  return { siteId: actor.siteId, events: [event], visits: [next], prompts, roomsChanged: next.roomId !== null || visit.roomId !== null };
}

/** Closes this visit's open prompts that its new state has made moot. */
export function lapse(db: Store, visit: Visit, now: number): Prompt[] {
  const open = openPromptsOfVisit(db, visit.id);
  return lapsedPrompts(open, new Map([[visit.id, visit]])).map((p) => closePrompt(db, p, 'lapsed', null, now));
}

/** Staff act on one visit: call, recall, serve, complete, no-show, transfer, left. One transaction. */
export function runVisitCommand(deps: Deps, actor: StaffPrincipal, visitId: string, command: VisitCommand): { visit: Visit; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const visit = getVisit(tx, actor.siteId, visitId);
      const change = applyCommand(tx, deps.clock.now(), actor, visit, command);
      return { visit: change.visits[0]!, change };
    },
    { behavior: 'immediate' },
  );
}

/** Call whoever among the desk's services would breach their limit first. */
export function callNext(deps: Deps, actor: StaffPrincipal): { visit: Visit | null; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const desk = deskSessionOf(tx, actor.staffId);
      if (!desk) throw new AppError('CONFLICT', 'Sign on to a desk before calling a ticket.');
      const next = nextToCall(tx, actor.siteId, desk.serviceIds, actor.staffId);
      if (!next) return { visit: null, change: { siteId: actor.siteId, events: [], visits: [] } };
      const change = applyCommand(tx, deps.clock.now(), actor, next, { type: 'call' });
      return { visit: change.visits[0]!, change };
    },
    { behavior: 'immediate' },
  );
}
