import { describe, expect, it } from 'vitest';
import type { Appointment } from '@reception/shared';
import { anAppointment } from '@reception/shared/test-fixtures';
import { stateOf, slotText } from '../appointment-wording.js';
import { consoleReducer } from './console-reducer.js';
import { aSnapshot, aVisit, MIN, T0 } from './test-fixtures.js';

const appointment = (overrides: Partial<Appointment> = {}): Appointment =>
  anAppointment({ siteId: 'civic-centre', officerId: 'staff-advisor', startsAt: T0 + 30 * MIN, createdAt: T0, ...overrides });

describe('appointments in the console state', () => {
  it('keeps the day in time order and replaces an appointment whose state changed', () => {
    let state = consoleReducer({ snapshot: aSnapshot() }, { type: 'appointment', appointment: appointment() });
    state = consoleReducer(state, { type: 'appointment', appointment: appointment({ id: 'a0', startsAt: T0 }) });
    state = consoleReducer(state, { type: 'appointment', appointment: appointment({ status: 'arrived', visitId: 'v1' }) });
    expect(state.snapshot?.appointments.map((a) => [a.id, a.status])).toEqual([
      ['a0', 'booked'],
      ['a1', 'arrived'],
    ]);
  });

  it('shows an arrived appointment as being seen once its visit is called, and completed once done', () => {
    const arrived = appointment({ status: 'arrived', visitId: 'v1' });
    expect(stateOf(arrived, [aVisit({ status: 'waiting' })])).toBe('arrived');
    expect(stateOf(arrived, [aVisit({ status: 'called' })])).toBe('being-seen');
    expect(stateOf(arrived, [aVisit({ status: 'completed', outcome: 'resolved' })])).toBe('completed');
    expect(slotText(arrived, 'Europe/London')).toBe('10:30–11:00');
  });
});
