import { describe, expect, it } from 'vitest';
import { needTags } from '../labels.js';
import { completedToday, myDeskSession, myOpenVisits, othersOpenVisits, waitingQueue } from './selectors.js';
import { aSnapshot, aVisit, MIN, T0 } from './test-fixtures.js';

const ME = 'staff-advisor';

describe('console selectors', () => {
  it('finds my desk session among everyone’s', () => {
    const mine = { staffId: ME, staffName: 'Sam Patel', deskId: 'desk-2', serviceIds: ['housing'], since: T0 };
    const other = { staffId: 'staff-advisor2', staffName: 'Alex Jones', deskId: 'desk-1', serviceIds: ['housing'], since: T0 };
    expect(myDeskSession(aSnapshot({ deskSessions: [other, mine] }))).toBe(mine);
    expect(myDeskSession(aSnapshot({ deskSessions: [other] }))).toBeNull();
  });

  it('splits called and serving visits between me and other desks', () => {
    const snapshot = aSnapshot({
      visits: [
        aVisit({ id: 'old', status: 'called', staffId: ME, calledAt: T0 }),
        aVisit({ id: 'new', status: 'serving', staffId: ME, calledAt: T0 + MIN }),
        aVisit({ id: 'theirs', status: 'called', staffId: 'staff-advisor2', calledAt: T0 }),
        aVisit({ id: 'done', status: 'completed', staffId: ME, calledAt: T0 }),
        aVisit({ id: 'waiting' }),
      ],
    });
    expect(myOpenVisits(snapshot).map((v) => v.id)).toEqual(['new', 'old']);
    expect(othersOpenVisits(snapshot).map((v) => v.id)).toEqual(['theirs']);
  });

  it('lists only waiting visits, in call order', () => {
    const snapshot = aSnapshot({
      visits: [
        aVisit({ id: 'walk', ticket: 'C001' }),
        aVisit({ id: 'appt', ticket: 'H001', serviceId: 'housing', kind: 'appointment', arrivedAt: T0 + 5 * MIN, waitStartedAt: T0 + 5 * MIN }),
        aVisit({ id: 'called', ticket: 'C000', status: 'called' }),
      ],
    });
    expect(waitingQueue(snapshot).map((v) => v.ticket)).toEqual(['H001', 'C001']);
  });

  it('counts completed visits on the site’s current day only', () => {
    const snapshot = aSnapshot({
      visits: [
        aVisit({ id: 'a', status: 'completed', staffId: ME }),
        aVisit({ id: 'b', status: 'completed', staffId: 'staff-advisor2' }),
        aVisit({ id: 'c', status: 'no-show', staffId: ME }),
        aVisit({ id: 'd', status: 'completed', staffId: ME, serviceDay: '2026-01-11' }),
      ],
    });
    expect(completedToday(snapshot, T0)).toEqual({ site: 2, mine: 1 });
  });
});

describe('need tags', () => {
  it('names each need briefly, with the interpreter language', () => {
    const needs = { interpreter: 'pl' as const, bsl: true, hearingLoop: true, stepFree: true, largePrint: true, formHelp: true, privateRoom: true };
    expect(needTags(needs)).toEqual(['Interpreter (Polish)', 'BSL', 'Hearing loop', 'Step-free', 'Large print', 'Form help', 'Private room']);
  });

  it('is empty when nothing was asked for', () => {
    expect(needTags({ interpreter: null, bsl: false, hearingLoop: false, stepFree: false, largePrint: false, formHelp: false, privateRoom: false })).toEqual([]);
  });
});
