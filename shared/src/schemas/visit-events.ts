import { z } from 'zod';
import { Id, Instant } from './ids.js';
import { Outcome, Visit } from './visit.js';

const base = { visitId: Id, siteId: Id, at: Instant, actorId: Id.nullable() };

/** Every change to a visit is one of these; the event log and the reports are built from them. */
export const VisitEvent = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('checked-in'), visit: Visit }),
  z.object({ ...base, type: z.literal('called'), deskId: Id, roomId: Id.nullable() }),
  z.object({ ...base, type: z.literal('recalled'), deskId: Id }),
  z.object({ ...base, type: z.literal('serving-started') }),
  z.object({ ...base, type: z.literal('completed'), outcome: Outcome }),
  z.object({ ...base, type: z.literal('no-show') }),
  z.object({ ...base, type: z.literal('transferred'), fromServiceId: Id, toServiceId: Id }),
  z.object({ ...base, type: z.literal('left') }),
  z.object({ ...base, type: z.literal('referred-to-officer') }),
  z.object({ ...base, type: z.literal('room-requested') }),
  /** The visitor's answer to an offer (of an appointment, or of waiting for a room). */
  z.object({ ...base, type: z.literal('offer-answered'), promptId: Id, offer: z.enum(['appointment', 'room']), answer: z.enum(['chose-to-wait', 'appointment-booked', 'declined', 'left']) }),
]);
export type VisitEvent = z.infer<typeof VisitEvent>;
export type VisitEventType = VisitEvent['type'];

/** What staff can ask of a visit. The state machine decides whether it is allowed. */
export const VisitCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('call') }),
  z.object({ type: z.literal('recall') }),
  z.object({ type: z.literal('start-serving') }),
  z.object({ type: z.literal('complete'), outcome: Outcome }),
  z.object({ type: z.literal('no-show') }),
  z.object({ type: z.literal('transfer'), serviceId: Id }),
  z.object({ type: z.literal('left') }),
  z.object({ type: z.literal('refer-to-officer') }),
  /** Staff offer a private interview room; the visitor accepted. */
  z.object({ type: z.literal('request-room') }),
]);
export type VisitCommand = z.infer<typeof VisitCommand>;
