import { DEFAULT_STANDARDS, type StandardsProfile } from '../schemas/site.js';
import { NO_NEEDS, type Visit } from '../schemas/visit.js';

/** 10:00 on a winter weekday in London (GMT), a convenient origin for fake clocks. */
export const T0 = Date.UTC(2026, 0, 12, 10, 0, 0);
export const MIN = 60_000;
export const SEC = 1000;

export function aVisit(overrides: Partial<Visit> = {}, standards: StandardsProfile = DEFAULT_STANDARDS): Visit {
  return {
    id: 'v1',
    siteId: 'site',
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
    standards,
    ...overrides,
  };
}
