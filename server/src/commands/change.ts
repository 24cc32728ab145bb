import type { Prompt, Visit, VisitEvent } from '@reception/shared';

/** What a committed command changed, handed to the broadcaster. */
export interface Change {
  siteId: string;
  events: VisitEvent[];
  visits: Visit[];
  deskSessionsChanged?: boolean;
  /** Prompts raised or resolved. */
  prompts?: Prompt[];
  roomsChanged?: boolean;
  noticesChanged?: boolean;
  /** Nothing was committed, but time has moved: refresh forecasts and waiting figures. */
  refresh?: boolean;
}

export const noChange = (siteId: string): Change => ({ siteId, events: [], visits: [] });
