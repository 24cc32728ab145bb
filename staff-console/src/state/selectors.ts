import { serviceDayOf, waitingInCallOrder, type DeskSession, type StaffSnapshot, type Visit } from '@reception/shared';

export function myDeskSession(snapshot: StaffSnapshot): DeskSession | null {
  return snapshot.deskSessions.find((s) => s.staffId === snapshot.me.id) ?? null;
}

const isOpenAtDesk = (v: Visit) => v.status === 'called' || v.status === 'serving';

/**
 * The visitors this advisor has called and not yet finished, most recently called first.
 * Normally one; the server does not forbid more, so the console shows them all.
 */
export function myOpenVisits(snapshot: StaffSnapshot): Visit[] {
  return snapshot.visits
    .filter((v) => isOpenAtDesk(v) && v.staffId === snapshot.me.id)
    .sort((a, b) => (b.calledAt ?? 0) - (a.calledAt ?? 0));
}

/** Visitors at other desks right now, earliest called first, so the oldest call is at the top. */
export function othersOpenVisits(snapshot: StaffSnapshot): Visit[] {
  return snapshot.visits
    .filter((v) => isOpenAtDesk(v) && v.staffId !== snapshot.me.id)
    .sort((a, b) => (a.calledAt ?? 0) - (b.calledAt ?? 0));
}

export function waitingQueue(snapshot: StaffSnapshot): Visit[] {
  return waitingInCallOrder(snapshot.visits.filter((v) => v.siteId === snapshot.site.id));
}

export interface CompletedCounts {
  site: number;
  mine: number;
}

/** Completed today by the site's own calendar, not the browser's. */
export function completedToday(snapshot: StaffSnapshot, now: number): CompletedCounts {
  const today = serviceDayOf(now, snapshot.site.timeZone);
  let site = 0;
  let mine = 0;
  for (const v of snapshot.visits) {
    if (v.status !== 'completed' || v.serviceDay !== today) continue;
    site += 1;
    if (v.staffId === snapshot.me.id) mine += 1;
  }
  return { site, mine };
}

/** Desk id → the person signed on there, for "(in use by …)" and the called list. */
export function deskHolders(snapshot: StaffSnapshot): Map<string, DeskSession> {
  return new Map(snapshot.deskSessions.map((s) => [s.deskId, s]));
}
