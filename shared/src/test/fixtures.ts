import type { Appointment } from '../schemas/appointments.js';
import { DEFAULT_STANDARDS, type StandardsProfile } from '../schemas/site.js';
import { NO_NEEDS, type Visit } from '../schemas/visit.js';
import { checkIn } from '../domain/visit-machine.js';

/** 10:00 on a winter weekday in London (GMT), a convenient origin for fake clocks. */
export const T0 = Date.UTC(2026, 0, 12, 10, 0, 0);
export const MIN = 60_000;
export const SEC = 1000;

/** A waiting walk-in, built by the real check-in so a new Visit field needs no edit here. */
export function aVisit(overrides: Partial<Visit> = {}, standards: StandardsProfile = DEFAULT_STANDARDS): Visit {
  const { visit } = checkIn(
    { visitId: 'v1', siteId: 'site', serviceId: 'council-tax', kind: 'walk-in', ticket: 'C001', serviceDay: '2026-01-12', language: 'en', needs: NO_NEEDS, standards, actorId: null },
    T0,
  );
  return { ...visit, ...overrides };
}

/** A booked 30-minute appointment with Sam, made the day before; tests override what they need. */
export function anAppointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: 'a1',
    siteId: 'site',
    serviceId: 'housing',
    officerId: 'sam',
    anyOfficer: false,
    reference: 'KMR47X',
    startsAt: T0,
    lengthMinutes: 30,
    serviceDay: '2026-01-12',
    status: 'booked',
    visitorName: 'Pat Example',
    visitorContact: '',
    visitId: null,
    fromVisitId: null,
    rebookedFromId: null,
    rebookedToId: null,
    createdAt: T0 - 24 * 60 * MIN,
    personalDataErasedAt: null,
    ...overrides,
  };
}
