import { describe, expect, it } from 'vitest';
import type { Appointment, ArrivalAlert } from '@reception/shared';
import { anAppointment } from '@reception/shared/test-fixtures';
import { standingArrivalAlerts } from './arrival-alerts.js';
import { aSnapshot, aVisit, MIN, T0 } from './test-fixtures.js';

const arrived = (overrides: Partial<Appointment> = {}): Appointment =>
  anAppointment({ siteId: 'civic-centre', officerId: 'staff-advisor', startsAt: T0 + 10 * MIN, createdAt: T0 - 60 * MIN, status: 'arrived', visitId: 'v1', ...overrides });
const none = new Set<string>();

describe('standing arrival alerts', () => {
  it('rebuilds the alert for my arrived, waiting visitor from the snapshot after a reload', () => {
    const snapshot = aSnapshot({ appointments: [arrived()], visits: [aVisit({ id: 'v1', ticket: 'A007', arrivedAt: T0 + 2 * MIN })] });
    expect(standingArrivalAlerts(snapshot, [], none)).toEqual([{ appointment: arrived(), visitId: 'v1', ticket: 'A007', at: T0 + 2 * MIN, reassigned: false }]);
  });

  it("leaves out another officer's visitors, visitors already called, and dismissed alerts", () => {
    const snapshot = aSnapshot({
      appointments: [arrived({ id: 'a1', visitId: 'v1', officerId: 'staff-other' }), arrived({ id: 'a2', visitId: 'v2' }), arrived({ id: 'a3', visitId: 'v3' })],
      visits: [aVisit({ id: 'v1' }), aVisit({ id: 'v2', status: 'called' }), aVisit({ id: 'v3' })],
    });
    expect(standingArrivalAlerts(snapshot, [], none).map((a) => a.visitId)).toEqual(['v3']);
    expect(standingArrivalAlerts(snapshot, [], new Set(['v3']))).toEqual([]);
  });

  it('keeps the handed-over wording of a pushed alert, and drops it once the visit is handed on again', () => {
    const pushed: ArrivalAlert = { appointment: arrived(), visitId: 'v1', ticket: 'A007', at: T0, reassigned: true };
    const mine = aSnapshot({ appointments: [arrived()], visits: [aVisit({ id: 'v1', ticket: 'A007' })] });
    expect(standingArrivalAlerts(mine, [pushed], none)).toEqual([pushed]);
    const handedOn = aSnapshot({ appointments: [arrived({ officerId: 'staff-other' })], visits: [aVisit({ id: 'v1', ticket: 'A007' })] });
    expect(standingArrivalAlerts(handedOn, [pushed], none)).toEqual([]);
  });
});
