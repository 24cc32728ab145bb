import type { Visit } from '../schemas/visit.js';
import type { CallAnnouncement, PublicTicket } from '../schemas/views.js';

/** The anonymised view of a visit: a number and where to go. Never a name or a need. */
export function toPublicTicket(visit: Visit, destination: string | null): PublicTicket {
  const status = visit.status === 'waiting' || visit.status === 'called' || visit.status === 'serving' ? visit.status : 'gone';
  return {
    id: visit.id,
    ticket: visit.ticket,
    serviceId: visit.serviceId,
    status,
    destination: status === 'waiting' || status === 'gone' ? null : destination,
    calledAt: status === 'waiting' ? null : visit.calledAt,
  };
}

export function toAnnouncement(visit: Visit, destination: string, recall: boolean): CallAnnouncement {
  return { visitId: visit.id, ticket: visit.ticket, destination, at: visit.calledAt ?? 0, recall };
}

/**
 * How a ticket number is spoken: letter by letter, then the digits as a number,
 * so "C014" is read "C 14" rather than "C zero one four" or "Sea".
 */
export function spokenTicket(ticket: string): string {
  const match = /^([A-Z]+)0*(\d+)$/.exec(ticket);
  if (!match) return ticket;
  return `${match[1]!.split('').join(' ')} ${match[2]}`;
}
