import type { Visit, VisitEvent } from '@reception/shared';

/** What a committed command changed, handed to the broadcaster. */
export interface Change {
  siteId: string;
  events: VisitEvent[];
  visits: Visit[];
  deskSessionsChanged: boolean;
}

export const noChange = (siteId: string): Change => ({ siteId, events: [], visits: [], deskSessionsChanged: false });
