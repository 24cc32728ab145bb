import { ALWAYS_OPEN, DEFAULT_APPOINTMENT_SETTINGS, DEFAULT_STANDARDS, type StaffSnapshot, type Visit } from '@reception/shared';
import { aVisit as aSharedVisit, T0 } from '@reception/shared/test-fixtures';

export { MIN, SEC, T0 } from '@reception/shared/test-fixtures';

/** The shared waiting walk-in, at the demo site the console snapshots below describe. */
export function aVisit(overrides: Partial<Visit> = {}): Visit {
  return aSharedVisit({ siteId: 'civic-centre', ...overrides });
}

export function aSnapshot(overrides: Partial<StaffSnapshot> = {}): StaffSnapshot {
  return {
    site: { id: 'civic-centre', name: 'Civic Centre', timeZone: 'Europe/London', phone: '01234 567890', recallsBeforeNoShow: 2, standards: DEFAULT_STANDARDS, openingHours: ALWAYS_OPEN },
    services: [
      { id: 'council-tax', siteId: 'civic-centre', name: 'Council Tax', prefix: 'C', active: true },
      { id: 'housing', siteId: 'civic-centre', name: 'Housing', prefix: 'H', active: true },
    ],
    desks: [
      { id: 'desk-1', siteId: 'civic-centre', name: 'Desk 1', active: true },
      { id: 'desk-2', siteId: 'civic-centre', name: 'Desk 2', active: true },
    ],
    deskSessions: [],
    visits: [],
    stats: [],
    rooms: [],
    prompts: [],
    notices: [],
    forecasts: [],
    appointments: [],
    officers: [],
    appointmentSettings: DEFAULT_APPOINTMENT_SETTINGS,
    arrivalQueries: [],
    me: { id: 'staff-advisor', siteId: 'civic-centre', name: 'Sam Patel', username: 'advisor', role: 'advisor' },
    serverNow: T0,
    ...overrides,
  };
}
