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
