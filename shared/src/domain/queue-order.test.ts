import { describe, expect, it } from 'vitest';
import { aVisit, MIN, T0 } from '../test/fixtures.js';
import { pickNext, waitingInCallOrder } from './queue-order.js';
import { queueStats, positionInQueue } from './queue-stats.js';

describe('call order', () => {
  it('calls whoever would breach their limit first', () => {
    const walkIn = aVisit({ id: 'w', ticket: 'C001', arrivedAt: T0, waitStartedAt: T0 });
    // Arrived 5 minutes later but has a 10-minute limit: breaches at T0+15, before the walk-in's T0+20.
    const appointment = aVisit({ id: 'a', ticket: 'C002', kind: 'appointment', arrivedAt: T0 + 5 * MIN, waitStartedAt: T0 + 5 * MIN });
    expect(pickNext([walkIn, appointment], new Set(['council-tax']))?.id).toBe('a');
  });

  it('breaks ties by arrival, then ticket', () => {
    const a = aVisit({ id: 'a', ticket: 'C002' });
    const b = aVisit({ id: 'b', ticket: 'C001' });
    expect(waitingInCallOrder([a, b]).map((v) => v.ticket)).toEqual(['C001', 'C002']);
  });

  it('only offers visits that are waiting, in the desk’s services', () => {
    const called = aVisit({ id: 'c', status: 'called' });
    const housing = aVisit({ id: 'h', serviceId: 'housing' });
    expect(pickNext([called, housing], new Set(['council-tax']))).toBeNull();
    expect(pickNext([called, housing], new Set(['housing']))?.id).toBe('h');
  });
});

describe('queue statistics', () => {
  const session = (serviceIds: string[]) => ({ staffId: 's', staffName: 'S', deskId: 'd', serviceIds, since: T0 });

  it('has no expected wait when nobody serves the service', () => {
    expect(queueStats(['council-tax'], [aVisit()], [])).toEqual([{ serviceId: 'council-tax', waiting: 1, expectedWaitMinutes: null }]);
  });

  it('shares a desk that serves two services between them', () => {
    const visits = [aVisit({ id: '1' }), aVisit({ id: '2' })];
    const [stats] = queueStats(['council-tax'], visits, [session(['council-tax', 'housing'])], () => 8);
    // Two ahead × 8 minutes ÷ half a desk = 32 minutes.
    expect(stats).toEqual({ serviceId: 'council-tax', waiting: 2, expectedWaitMinutes: 32 });
  });

  it('gives a 1-based position in call order', () => {
    const a = aVisit({ id: 'a', ticket: 'C001' });
    const b = aVisit({ id: 'b', ticket: 'C002', arrivedAt: T0 + MIN, waitStartedAt: T0 + MIN });
    const ordered = waitingInCallOrder([b, a]);
    expect(positionInQueue(b, ordered)).toBe(2);
    expect(positionInQueue(a, ordered)).toBe(1);
  });
});
