import { AppError } from '../errors.js';
import type { LanguageCode } from '../schemas/ids.js';
import type { StandardsProfile } from '../schemas/site.js';
import type { Needs, Visit, VisitKind, VisitStatus } from '../schemas/visit.js';
import type { VisitCommand, VisitEvent } from '../schemas/visit-events.js';

export interface CheckInInput {
  visitId: string;
  siteId: string;
  serviceId: string;
  kind: VisitKind;
  ticket: string;
  serviceDay: string;
  language: LanguageCode;
  needs: Needs;
  standards: StandardsProfile;
  actorId: string | null;
  /** When the clock starts: arrival for a walk-in; see `appointmentClockStart` for an appointment. */
  waitStartsAt?: number;
  appointmentId?: string | null;
}

export function checkIn(input: CheckInInput, now: number): Extract<VisitEvent, { type: 'checked-in' }> {
  const visit: Visit = {
    id: input.visitId,
    siteId: input.siteId,
    serviceId: input.serviceId,
    kind: input.kind,
    ticket: input.ticket,
    serviceDay: input.serviceDay,
    status: 'waiting',
    arrivedAt: now,
    waitStartedAt: input.waitStartsAt ?? now,
    seenAt: null,
    stage: 'enquiry',
    officerWaitStartedAt: null,
    officerSeenAt: null,
    roomId: null,
    calledAt: null,
    servingAt: null,
    endedAt: null,
    deskId: null,
    staffId: null,
    recallCount: 0,
    transferCount: 0,
    outcome: null,
    language: input.language,
    needs: input.needs,
    standards: input.standards,
    appointmentId: input.appointmentId ?? null,
  };
  return { type: 'checked-in', visitId: visit.id, siteId: visit.siteId, at: now, actorId: input.actorId, visit };
}

export interface CommandContext {
  now: number;
  actorId: string;
  /** The desk the actor is signed on to, if any. */
  deskId: string | null;
  recallsBeforeNoShow: number;
  /** Managers may act on a visit another advisor called. */
  mayOverride: boolean;
  /** The best free interview room now, for a visitor who asked for privacy; null if none. */
  freeRoomId?: string | null;
}

const ALLOWED_FROM: Record<VisitCommand['type'], readonly VisitStatus[]> = {
  call: ['waiting'],
  recall: ['called'],
  'start-serving': ['called'],
  complete: ['serving'],
  'no-show': ['called'],
  transfer: ['waiting', 'called', 'serving'],
  left: ['waiting', 'called'],
  'refer-to-officer': ['serving'],
  'request-room': ['waiting', 'called'],
};

const VERB: Record<VisitCommand['type'], string> = {
  call: 'call',
  recall: 'recall',
  'start-serving': 'start serving',
  complete: 'complete',
  'no-show': 'mark as a no-show',
  transfer: 'transfer',
  left: 'mark as left',
  'refer-to-officer': 'refer to an officer',
  'request-room': 'ask for a private room for',
};

/**
 * Decide whether `command` may happen to `visit` now, and if so the event that records it.
 * Pure: the caller persists the event and folds it with `evolve`.
 */
export function decide(visit: Visit, command: VisitCommand, ctx: CommandContext): VisitEvent {
  const base = { visitId: visit.id, siteId: visit.siteId, at: ctx.now, actorId: ctx.actorId };
  if (!ALLOWED_FROM[command.type].includes(visit.status)) {
    if (command.type === 'call' && (visit.status === 'called' || visit.status === 'serving')) {
      throw new AppError('CONFLICT', `${visit.ticket} has already been called by another desk.`);
    }
    throw new AppError('ILLEGAL_TRANSITION', `Cannot ${VERB[command.type]} ${visit.ticket}: it is ${describeStatus(visit.status)}.`);
  }
  const heldByOther = visit.status !== 'waiting' && visit.staffId !== null && visit.staffId !== ctx.actorId;
  if (heldByOther && !ctx.mayOverride) {
    throw new AppError('FORBIDDEN', `${visit.ticket} was called by another advisor; only they or a manager can ${VERB[command.type]} it.`);
  }
  switch (command.type) {
    case 'call':
    case 'recall': {
      const deskId = command.type === 'recall' ? (visit.deskId ?? ctx.deskId) : ctx.deskId;
      if (!deskId) throw new AppError('CONFLICT', 'Sign on to a desk before calling a ticket.');
      if (command.type === 'recall') return { ...base, type: 'recalled', deskId };
      return { ...base, type: 'called', deskId, roomId: visit.needs.privateRoom ? (ctx.freeRoomId ?? null) : null };
    }
    case 'start-serving':
      return { ...base, type: 'serving-started' };
    case 'complete':
      return { ...base, type: 'completed', outcome: command.outcome };
    case 'no-show':
      if (visit.recallCount < ctx.recallsBeforeNoShow) {
        const left = ctx.recallsBeforeNoShow - visit.recallCount;
        throw new AppError('ILLEGAL_TRANSITION', `Recall ${visit.ticket} ${left} more time${left === 1 ? '' : 's'} before marking a no-show.`);
      }
      return { ...base, type: 'no-show' };
    case 'transfer':
      if (command.serviceId === visit.serviceId) {
        throw new AppError('ILLEGAL_TRANSITION', `${visit.ticket} is already in that service.`);
      }
      return { ...base, type: 'transferred', fromServiceId: visit.serviceId, toServiceId: command.serviceId };
    case 'left':
      return { ...base, type: 'left' };
    case 'refer-to-officer':
      if (visit.stage === 'officer') throw new AppError('ILLEGAL_TRANSITION', `${visit.ticket} is already waiting for an officer.`);
      if (visit.kind === 'appointment') throw new AppError('ILLEGAL_TRANSITION', `${visit.ticket} is an appointment: the officer sees them directly.`);
      return { ...base, type: 'referred-to-officer' };
    case 'request-room':
      if (visit.needs.privateRoom) throw new AppError('CONFLICT', `${visit.ticket} has already asked for a private room.`);
      return { ...base, type: 'room-requested' };
  }
}

function describeStatus(status: VisitStatus): string {
  switch (status) {
    case 'waiting':
      return 'still waiting';
    case 'called':
      return 'called but not yet being served';
    case 'serving':
      return 'being served';
    case 'completed':
      return 'already completed';
    case 'no-show':
      return 'marked as a no-show';
    case 'left':
      return 'marked as left before being seen';
  }
}

/** Fold one event into the visit it belongs to. */
export function evolve(visit: Visit | null, event: VisitEvent): Visit {
  if (event.type === 'checked-in') return event.visit;
  if (!visit) throw new AppError('INTERNAL', `Event ${event.type} for ${event.visitId} has no check-in before it.`);
  switch (event.type) {
    case 'called': {
      const called = { ...visit, status: 'called' as const, deskId: event.deskId, roomId: event.roomId, staffId: event.actorId, calledAt: event.at };
      return visit.stage === 'officer' ? { ...called, officerSeenAt: visit.officerSeenAt ?? event.at } : { ...called, seenAt: visit.seenAt ?? event.at };
    }
    case 'recalled':
      return { ...visit, status: 'called', deskId: event.deskId, calledAt: event.at, recallCount: visit.recallCount + 1 };
    case 'serving-started':
      return { ...visit, status: 'serving', servingAt: event.at };
    case 'completed':
      return { ...visit, status: 'completed', outcome: event.outcome, endedAt: event.at };
    case 'no-show':
      return { ...visit, status: 'no-show', endedAt: event.at };
    case 'left':
      return { ...visit, status: 'left', endedAt: event.at };
    case 'transferred':
      // The visitor keeps their place in time: the clock still runs from the original arrival.
      return {
        ...visit,
        status: 'waiting',
        serviceId: event.toServiceId,
        seenAt: visit.stage === 'officer' ? visit.seenAt : null,
        officerSeenAt: null,
        roomId: null,
        calledAt: null,
        servingAt: null,
        deskId: null,
        staffId: null,
        recallCount: 0,
        transferCount: visit.transferCount + 1,
      };
    case 'referred-to-officer':
      // The enquiry clock stays stopped where it was; the officer clock starts now.
      return { ...visit, status: 'waiting', stage: 'officer', officerWaitStartedAt: event.at, officerSeenAt: null, calledAt: null, servingAt: null, deskId: null, staffId: null, roomId: null, recallCount: 0 };
    case 'room-requested':
      return { ...visit, needs: { ...visit.needs, privateRoom: true } };
    case 'offer-answered':
      return answerOffer(visit, event);
  }
}

function answerOffer(visit: Visit, event: Extract<VisitEvent, { type: 'offer-answered' }>): Visit {
  switch (event.answer) {
    case 'appointment-booked':
      return { ...visit, status: 'completed', outcome: 'appointment-booked', endedAt: event.at };
    case 'left':
      return { ...visit, status: 'left', endedAt: event.at };
    case 'chose-to-wait':
      // Waiting for a room: back in the queue, and off the desk that called them.
      if (event.offer === 'room' && visit.status === 'called') return { ...visit, status: 'waiting', deskId: null, staffId: null, calledAt: null, roomId: null };
      return visit;
    case 'declined':
      return visit;
  }
}

export function replay(events: readonly VisitEvent[]): Visit {
  let visit: Visit | null = null;
  for (const e of events) visit = evolve(visit, e);
  if (!visit) throw new AppError('NOT_FOUND', 'No events to replay.');
  return visit;
}
