import { spokenTicket, type CallAnnouncement } from '@reception/shared';

/** "Ticket C 14, please go to Desk 2": letters spelt out, so "C014" is never read as "Sea". */
export function announcementText(call: Pick<CallAnnouncement, 'ticket' | 'destination'>): string {
  return `Ticket ${spokenTicket(call.ticket)}, please go to ${call.destination}`;
}
