import type { Appointment, AppointmentEvent, ArrivalAlert, Prompt, Visit, VisitEvent } from '@reception/shared';

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
  /** Appointments booked, moved or changed state: staff only, they carry the visitor's name. */
  appointments?: Appointment[];
  appointmentEvents?: AppointmentEvent[];
  /** Visitors who have arrived for an officer (or been handed to one): that officer's consoles only. */
  arrivals?: ArrivalAlert[];
  arrivalQueriesChanged?: boolean;
  officersChanged?: boolean;
}

export const noChange = (siteId: string): Change => ({ siteId, events: [], visits: [] });
