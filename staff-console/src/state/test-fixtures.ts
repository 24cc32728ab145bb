import { ALWAYS_OPEN, DEFAULT_APPOINTMENT_SETTINGS, DEFAULT_STANDARDS, NO_NEEDS, type StaffSnapshot, type Visit } from '@reception/shared';

/** 10:00 GMT on a winter weekday, so the London service day is the UTC date. */
export const T0 = Date.UTC(2026, 0, 12, 10, 0, 0);
export const MIN = 60_000;

export function aVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'v1',
    siteId: 'civic-centre',
    serviceId: 'council-tax',
    kind: 'walk-in',
    ticket: 'C001',
    serviceDay: '2026-01-12',
    status: 'waiting',
    arrivedAt: T0,
    waitStartedAt: T0,
    seenAt: null,
    stage: 'enquiry',
    officerWaitStartedAt: null,
    officerSeenAt: null,
    roomId: null,
    calledAt: null,
    servingAt: null,
    endedAt: null,
    deskId: null,
    staffId: null,
    recallCount: 0,
    transferCount: 0,
    outcome: null,
    language: 'en',
    needs: NO_NEEDS,
    standards: DEFAULT_STANDARDS,
    appointmentId: null,
    ...overrides,
  };
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
