import { describe, expect, it } from 'vitest';
import type { CheckInResult } from '@reception/shared';
import { staffCheckInMessage } from './check-in-wording.js';
import { T0 } from './test-fixtures.js';

const ticket: CheckInResult = {
  visitId: 'v1',
  ticket: 'H002',
  serviceId: 'housing',
  serviceName: 'Housing',
  arrivedAt: T0,
  serviceDay: '2026-01-12',
  position: 1,
  expectedWaitMinutes: null,
  promiseMinutes: 10,
  sitePhone: '01234 567890',
  siteName: 'Civic Centre',
};

describe('what staff are told after checking a visitor in', () => {
  it('gives the ticket number to pass on', () => {
    expect(staffCheckInMessage('Eve Evans', { outcome: 'checked-in', ticket, officerFirstName: 'Sam', startsAt: 0, waitStartedAt: 0 })).toEqual({
      tone: 'done',
      text: 'Eve Evans is checked in with ticket H002. Tell them their ticket number: the display board will call it.',
    });
  });
  it('says when a very late visitor became a walk-in', () => {
    expect(staffCheckInMessage('Eve Evans', { outcome: 'very-late', ticket, startsAt: 0, graceMinutes: 30 }).text).toContain('more than 30 minutes late, so they have a walk-in ticket, H002');
  });
  it('says why a check-in was refused', () => {
    expect(staffCheckInMessage('Eve Evans', { outcome: 'refused', reason: 'no-show' })).toEqual({ tone: 'refused', text: 'Eve Evans could not be checked in. That booking was marked as a no-show.' });
  });
});
