import type { CallAnnouncement, DisplaySnapshot, Notice, PublicSite, PublicTicket, Service, ServiceStats } from '@reception/shared';

/** The latest call plus this many before it: enough to catch a call you just missed. */
export const CALLS_KEPT = 6;

export interface BoardState {
  site: PublicSite | null;
  services: Service[];
  stats: ServiceStats[];
  /** Open tickets by id: waiting, called or being served. */
  tickets: Record<string, PublicTicket>;
  /** Newest first; one entry per ticket, so a recall moves it back to the top. */
  calls: CallAnnouncement[];
  /** Delay reasons and "reception unattended" notices staff have posted; the server sends only active ones. */
  notices: Notice[];
  /** Server time at the last snapshot, to keep the on-screen clock on server time. */
  serverNow: number | null;
  /**
   * Counts calls that arrived live. Snapshots leave it alone, so reconnecting never
   * re-highlights an old call; a recall of the same ticket still counts as new.
   */
  liveCallCount: number;
}

export type BoardAction =
  | { type: 'snapshot'; snapshot: DisplaySnapshot }
  | { type: 'ticket'; ticket: PublicTicket }
  | { type: 'announce'; call: CallAnnouncement }
  | { type: 'stats'; stats: ServiceStats[] }
  | { type: 'notices'; notices: Notice[] };

export const initialBoardState: BoardState = {
  site: null,
  services: [],
  stats: [],
  tickets: {},
  calls: [],
  notices: [],
  serverNow: null,
  liveCallCount: 0,
};

/** A call without a destination tells a visitor nothing, so it is never shown. */
function showable(calls: readonly CallAnnouncement[]): CallAnnouncement[] {
  const seen = new Set<string>();
  const kept: CallAnnouncement[] = [];
  for (const call of calls) {
    if (!call.destination || seen.has(call.visitId)) continue;
    seen.add(call.visitId);
    kept.push(call);
  }
  return kept.slice(0, CALLS_KEPT);
}

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'snapshot': {
      const { snapshot } = action;
      const tickets: Record<string, PublicTicket> = {};
      for (const t of snapshot.tickets) if (t.status !== 'gone') tickets[t.id] = t;
      // The server sends recent calls newest first already; sort anyway so order never depends on it.
      const calls = showable([...snapshot.recentCalls].sort((a, b) => b.at - a.at));
      return {
        site: snapshot.site,
        services: snapshot.services,
        stats: snapshot.stats,
        tickets,
        calls,
        // Tolerates a server from before notices existed, e.g. mid-way through an upgrade.
        notices: snapshot.notices ?? [],
        serverNow: snapshot.serverNow,
        liveCallCount: state.liveCallCount,
      };
    }
    case 'ticket': {
      const { ticket } = action;
      if (ticket.status === 'gone') {
        if (!(ticket.id in state.tickets)) return state;
        const { [ticket.id]: _removed, ...rest } = state.tickets;
        return { ...state, tickets: rest };
      }
      return { ...state, tickets: { ...state.tickets, [ticket.id]: ticket } };
    }
    case 'announce':
      if (!action.call.destination) return state;
      return {
        ...state,
        calls: showable([action.call, ...state.calls]),
        liveCallCount: state.liveCallCount + 1,
      };
    case 'stats':
      return { ...state, stats: action.stats };
    case 'notices':
      return { ...state, notices: action.notices };
  }
}
