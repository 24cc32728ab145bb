import type { PublicTicket, Service, ServiceStats } from '@reception/shared';
import type { BoardState } from './board-reducer';
import { expectedWaitText } from './wait-wording';

/**
 * Ticket chips shown per service before "+N more". Chosen so five services with a
 * long queue still fit a 1920x1080 or 1080x1920 screen without anything clipped.
 */
export const VISIBLE_TICKETS_PER_SERVICE = 6;

export interface WaitingServiceView {
  serviceId: string;
  name: string;
  /** Waiting tickets in ticket order (the order people hold them), capped. */
  visibleTickets: string[];
  hiddenCount: number;
  waitingCount: number;
  waitText: string | null;
}

// Numeric collation, so C1000 (numbers grow a digit past 999) sorts after C999.
const byTicket = new Intl.Collator('en', { numeric: true });

/** Null when there is nothing useful to say: with nobody waiting, "No one waiting" says it all. */
export function waitText(waiting: number, expectedWaitMinutes: number | null): string | null {
  if (waiting === 0) return null;
  if (expectedWaitMinutes === null) return 'Wait time to be confirmed';
  return expectedWaitText(expectedWaitMinutes);
}

function waitingTicketsOf(tickets: Iterable<PublicTicket>, serviceId: string): string[] {
  const numbers: string[] = [];
  for (const t of tickets) if (t.status === 'waiting' && t.serviceId === serviceId) numbers.push(t.ticket);
  return numbers.sort(byTicket.compare);
}

/**
 * What the waiting panel shows for each service. Inactive services are left out
 * unless someone is still waiting for one, so nobody's ticket disappears.
 */
export function waitingView(state: Pick<BoardState, 'services' | 'stats' | 'tickets'>, cap = VISIBLE_TICKETS_PER_SERVICE): WaitingServiceView[] {
  const statsById = new Map<string, ServiceStats>(state.stats.map((s) => [s.serviceId, s]));
  const tickets = Object.values(state.tickets);
  return state.services.flatMap((service: Service) => {
    const numbers = waitingTicketsOf(tickets, service.id);
    if (!service.active && numbers.length === 0) return [];
    const stats = statsById.get(service.id);
    // The list is what people can check their ticket against, so its length is the count shown.
    const waitingCount = numbers.length;
    // With one slot spare, show the ticket rather than "+1 more".
    const shown = numbers.length <= cap ? numbers.length : cap - 1;
    return [
      {
        serviceId: service.id,
        name: service.name,
        visibleTickets: numbers.slice(0, shown),
        hiddenCount: numbers.length - shown,
        waitingCount,
        waitText: waitText(waitingCount, stats?.expectedWaitMinutes ?? null),
      },
    ];
  });
}
