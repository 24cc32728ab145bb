import { describe, expect, it } from 'vitest';
import { consoleReducer, INITIAL_CONSOLE_STATE, type ConsoleState } from './console-reducer.js';
import { aSnapshot, aVisit, T0 } from './test-fixtures.js';

const loaded = (snapshot = aSnapshot()): ConsoleState => consoleReducer(INITIAL_CONSOLE_STATE, { type: 'snapshot', snapshot });

describe('console reducer', () => {
  it('replaces everything with each snapshot, so a reconnect never keeps stale visits', () => {
    const first = loaded(aSnapshot({ visits: [aVisit({ id: 'a' }), aVisit({ id: 'b' })] }));
    const second = consoleReducer(first, { type: 'snapshot', snapshot: aSnapshot({ visits: [aVisit({ id: 'c' })], serverNow: T0 + 1 }) });
    expect(second.snapshot?.visits.map((v) => v.id)).toEqual(['c']);
    expect(second.snapshot?.serverNow).toBe(T0 + 1);
  });

  it('ignores deltas that arrive before the first snapshot', () => {
    const state = consoleReducer(INITIAL_CONSOLE_STATE, { type: 'visit', visit: aVisit() });
    expect(state).toBe(INITIAL_CONSOLE_STATE);
    expect(consoleReducer(INITIAL_CONSOLE_STATE, { type: 'stats', stats: [] })).toBe(INITIAL_CONSOLE_STATE);
  });

  it('adds a visit it has not seen', () => {
    const state = consoleReducer(loaded(), { type: 'visit', visit: aVisit({ id: 'new', ticket: 'C002' }) });
    expect(state.snapshot?.visits.map((v) => v.ticket)).toEqual(['C002']);
  });

  it('replaces a known visit in place, keeping the others', () => {
    const before = loaded(aSnapshot({ visits: [aVisit({ id: 'a', ticket: 'C001' }), aVisit({ id: 'b', ticket: 'C002' })] }));
    const after = consoleReducer(before, { type: 'visit', visit: aVisit({ id: 'a', ticket: 'C001', status: 'called', staffId: 'staff-advisor' }) });
    expect(after.snapshot?.visits.map((v) => [v.id, v.status])).toEqual([
      ['a', 'called'],
      ['b', 'waiting'],
    ]);
    // The previous state is untouched: React relies on new references to re-render.
    expect(before.snapshot?.visits[0]?.status).toBe('waiting');
  });

  it('replaces desk sessions and stats wholesale', () => {
    const session = { staffId: 'staff-advisor', staffName: 'Sam Patel', deskId: 'desk-2', serviceIds: ['housing'], since: T0 };
    let state = consoleReducer(loaded(), { type: 'desk-sessions', sessions: [session] });
    state = consoleReducer(state, { type: 'stats', stats: [{ serviceId: 'housing', waiting: 3, expectedWaitMinutes: 12 }] });
    expect(state.snapshot?.deskSessions).toEqual([session]);
    expect(state.snapshot?.stats).toEqual([{ serviceId: 'housing', waiting: 3, expectedWaitMinutes: 12 }]);
  });

  it('keeps open prompts and drops them once resolved', () => {
    const prompt = {
      id: 'p1', siteId: 'civic-centre', visitId: 'v1', ticket: 'C001', kind: 'offer-appointment' as const, clock: 'enquiry' as const,
      audience: 'staff' as const, raisedAt: T0, breachAt: T0 + 20 * 60_000, forecastSeenAt: null, status: 'open' as const,
      resolvedAt: null, resolvedBy: null, outcome: null,
    };
    const open = consoleReducer(loaded(), { type: 'prompt', prompt });
    expect(open.snapshot?.prompts).toEqual([prompt]);
    const resolved = consoleReducer(open, { type: 'prompt', prompt: { ...prompt, status: 'resolved', resolvedAt: T0 + 1, outcome: 'chose-to-wait' } });
    expect(resolved.snapshot?.prompts).toEqual([]);
  });

  it('merges the forecasts that moved into those it has, and drops one once its visitor is called', () => {
    const forecast = (visitId: string, expectedSeenAt: number) => ({ visitId, expectedSeenAt, breachAt: T0 + 20 * 60_000, willBreach: false });
    const before = loaded(aSnapshot({ visits: [aVisit({ id: 'a' }), aVisit({ id: 'b' })], forecasts: [forecast('a', T0), forecast('b', T0 + 1)] }));
    const moved = consoleReducer(before, { type: 'forecasts', forecasts: [forecast('b', T0 + 2), forecast('c', T0 + 3)] });
    expect(moved.snapshot?.forecasts.map((f) => [f.visitId, f.expectedSeenAt])).toEqual([
      ['a', T0],
      ['b', T0 + 2],
      ['c', T0 + 3],
    ]);
    const called = consoleReducer(moved, { type: 'visit', visit: aVisit({ id: 'a', status: 'called', staffId: 'staff-advisor' }) });
    expect(called.snapshot?.forecasts.map((f) => f.visitId)).toEqual(['b', 'c']);
  });

  it('forgets everything on reset (sign-out)', () => {
    expect(consoleReducer(loaded(), { type: 'reset' })).toEqual(INITIAL_CONSOLE_STATE);
  });
});
