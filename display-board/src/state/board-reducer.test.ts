import { describe, expect, it } from 'vitest';
import type { CallAnnouncement, DisplaySnapshot, PublicTicket, Service } from '@reception/shared';
import { ALWAYS_OPEN, DEFAULT_STANDARDS } from '@reception/shared';
import { boardReducer, CALLS_KEPT, initialBoardState, type BoardState } from './board-reducer';
import { VISIBLE_TICKETS_PER_SERVICE, waitingView, waitText } from './waiting-view';

const service = (id: string, prefix: string, active = true): Service => ({ id, siteId: 'site', name: id, prefix, active });

const ticket = (id: string, number: string, over: Partial<PublicTicket> = {}): PublicTicket => ({
  id,
  ticket: number,
  serviceId: 'council-tax',
  status: 'waiting',
  destination: null,
  calledAt: null,
  ...over,
});

const call = (visitId: string, number: string, at: number, destination = 'Desk 1', recall = false): CallAnnouncement => ({
  visitId,
  ticket: number,
  destination,
  at,
  recall,
});

function snapshot(over: Partial<DisplaySnapshot> = {}): DisplaySnapshot {
  return {
    site: { id: 'site', name: 'Civic Centre', timeZone: 'Europe/London', phone: '01234 567890', standards: DEFAULT_STANDARDS, openingHours: ALWAYS_OPEN },
    services: [service('council-tax', 'C'), service('housing', 'H')],
    stats: [
      { serviceId: 'council-tax', waiting: 2, expectedWaitMinutes: 16 },
      { serviceId: 'housing', waiting: 0, expectedWaitMinutes: null },
    ],
    tickets: [ticket('v1', 'C001'), ticket('v2', 'C002')],
    recentCalls: [],
    notices: [],
    serverNow: 1_000,
    ...over,
  };
}

const after = (state: BoardState, ...actions: Parameters<typeof boardReducer>[1][]) => actions.reduce(boardReducer, state);

describe('boardReducer', () => {
  it('replaces everything with a snapshot', () => {
    const before = after(initialBoardState, { type: 'snapshot', snapshot: snapshot() }, { type: 'ticket', ticket: ticket('v9', 'C009') });
    const state = boardReducer(before, { type: 'snapshot', snapshot: snapshot({ tickets: [ticket('v3', 'C003')], serverNow: 5_000 }) });
    expect(Object.keys(state.tickets)).toEqual(['v3']);
    expect(state.serverNow).toBe(5_000);
    expect(state.site?.name).toBe('Civic Centre');
  });

  it('keeps recent calls from a snapshot newest first, without highlighting them as new', () => {
    const state = boardReducer(initialBoardState, {
      type: 'snapshot',
      snapshot: snapshot({ recentCalls: [call('a', 'C001', 100), call('b', 'C002', 300), call('c', 'C003', 200)] }),
    });
    expect(state.calls.map((c) => c.ticket)).toEqual(['C002', 'C003', 'C001']);
    expect(state.liveCallCount).toBe(0);
  });

  it('drops snapshot calls that have no destination to show', () => {
    const state = boardReducer(initialBoardState, { type: 'snapshot', snapshot: snapshot({ recentCalls: [call('a', 'C001', 100, '')] }) });
    expect(state.calls).toEqual([]);
  });

  it('upserts a ticket by id', () => {
    const base = boardReducer(initialBoardState, { type: 'snapshot', snapshot: snapshot() });
    const added = boardReducer(base, { type: 'ticket', ticket: ticket('v3', 'C003') });
    expect(Object.keys(added.tickets).sort()).toEqual(['v1', 'v2', 'v3']);
    const called = boardReducer(added, { type: 'ticket', ticket: ticket('v1', 'C001', { status: 'called', destination: 'Desk 2', calledAt: 2_000 }) });
    expect(called.tickets.v1?.status).toBe('called');
    expect(called.tickets.v1?.destination).toBe('Desk 2');
    expect(Object.keys(called.tickets)).toHaveLength(3);
  });

  it("removes a ticket whose status is 'gone'", () => {
    const base = boardReducer(initialBoardState, { type: 'snapshot', snapshot: snapshot() });
    const state = boardReducer(base, { type: 'ticket', ticket: ticket('v1', 'C001', { status: 'gone' }) });
    expect(Object.keys(state.tickets)).toEqual(['v2']);
  });

  it("ignores 'gone' for a ticket it never had", () => {
    const base = boardReducer(initialBoardState, { type: 'snapshot', snapshot: snapshot() });
    expect(boardReducer(base, { type: 'ticket', ticket: ticket('zz', 'C099', { status: 'gone' }) })).toBe(base);
  });

  it('never keeps a gone ticket that arrives in a snapshot', () => {
    const state = boardReducer(initialBoardState, { type: 'snapshot', snapshot: snapshot({ tickets: [ticket('v1', 'C001', { status: 'gone' })] }) });
    expect(state.tickets).toEqual({});
  });

  it('puts a new call on top and counts it as live', () => {
    const state = after(
      initialBoardState,
      { type: 'snapshot', snapshot: snapshot({ recentCalls: [call('a', 'C001', 100)] }) },
      { type: 'announce', call: call('b', 'C002', 200, 'Desk 2') },
    );
    expect(state.calls.map((c) => `${c.ticket} ${c.destination}`)).toEqual(['C002 Desk 2', 'C001 Desk 1']);
    expect(state.liveCallCount).toBe(1);
  });

  it('moves a recalled ticket back to the top instead of listing it twice', () => {
    const state = after(
      initialBoardState,
      { type: 'announce', call: call('a', 'C001', 100) },
      { type: 'announce', call: call('b', 'C002', 200) },
      { type: 'announce', call: call('a', 'C001', 300, 'Desk 1', true) },
    );
    expect(state.calls.map((c) => c.ticket)).toEqual(['C001', 'C002']);
    expect(state.calls[0]?.recall).toBe(true);
    expect(state.liveCallCount).toBe(3);
  });

  it(`keeps only the latest ${CALLS_KEPT} calls`, () => {
    const actions = Array.from({ length: 10 }, (_, i) => ({ type: 'announce' as const, call: call(`v${i}`, `C00${i}`, i) }));
    const state = after(initialBoardState, ...actions);
    expect(state.calls).toHaveLength(CALLS_KEPT);
    expect(state.calls[0]?.ticket).toBe('C009');
  });

  it('does not reset the live call count on a snapshot, so reconnecting never re-flashes', () => {
    const state = after(initialBoardState, { type: 'announce', call: call('a', 'C001', 100) }, { type: 'snapshot', snapshot: snapshot() });
    expect(state.liveCallCount).toBe(1);
  });

  it('replaces notices from a snapshot and from a notices update', () => {
    const notice = { id: 'n1', siteId: 'site', kind: 'delay' as const, message: 'Two advisers are off sick', postedAt: 500, expiresAt: null, withdrawnAt: null };
    const state = boardReducer(initialBoardState, { type: 'snapshot', snapshot: snapshot({ notices: [notice] }) });
    expect(state.notices).toEqual([notice]);
    expect(boardReducer(state, { type: 'notices', notices: [] }).notices).toEqual([]);
  });

  it('replaces stats', () => {
    const base = boardReducer(initialBoardState, { type: 'snapshot', snapshot: snapshot() });
    const stats = [{ serviceId: 'council-tax', waiting: 5, expectedWaitMinutes: 40 }];
    expect(boardReducer(base, { type: 'stats', stats }).stats).toEqual(stats);
  });

  it('is pure: the previous state is never changed', () => {
    const base = boardReducer(initialBoardState, { type: 'snapshot', snapshot: snapshot() });
    const frozen = JSON.stringify(base);
    boardReducer(base, { type: 'ticket', ticket: ticket('v1', 'C001', { status: 'gone' }) });
    boardReducer(base, { type: 'announce', call: call('a', 'C001', 100) });
    expect(JSON.stringify(base)).toBe(frozen);
  });
});

describe('waitingView', () => {
  it('lists waiting tickets per service in ticket order, with count and expected wait', () => {
    const state = boardReducer(initialBoardState, {
      type: 'snapshot',
      snapshot: snapshot({
        tickets: [ticket('v2', 'C1000'), ticket('v1', 'C999'), ticket('v3', 'C010', { status: 'called', destination: 'Desk 1' }), ticket('v4', 'H001', { serviceId: 'housing' })],
      }),
    });
    const [councilTax, housing] = waitingView(state);
    expect(councilTax).toMatchObject({ serviceId: 'council-tax', visibleTickets: ['C999', 'C1000'], hiddenCount: 0, waitingCount: 2, waitText: 'About 16 min wait' });
    expect(housing).toMatchObject({ visibleTickets: ['H001'], waitingCount: 1, waitText: 'Wait time to be confirmed' });
  });

  it('caps the tickets shown and says how many more', () => {
    const tickets = Array.from({ length: 12 }, (_, i) => ticket(`v${i}`, `C${String(i + 1).padStart(3, '0')}`));
    const [view] = waitingView({ services: [service('council-tax', 'C')], stats: [], tickets: Object.fromEntries(tickets.map((t) => [t.id, t])) });
    expect(view?.visibleTickets).toHaveLength(VISIBLE_TICKETS_PER_SERVICE - 1);
    expect(view?.hiddenCount).toBe(12 - (VISIBLE_TICKETS_PER_SERVICE - 1));
    expect(view?.waitingCount).toBe(12);
  });

  it('shows every ticket when they fit exactly, rather than "+1 more"', () => {
    const tickets = Array.from({ length: VISIBLE_TICKETS_PER_SERVICE }, (_, i) => ticket(`v${i}`, `C00${i + 1}`));
    const [view] = waitingView({ services: [service('council-tax', 'C')], stats: [], tickets: Object.fromEntries(tickets.map((t) => [t.id, t])) });
    expect(view?.visibleTickets).toHaveLength(VISIBLE_TICKETS_PER_SERVICE);
    expect(view?.hiddenCount).toBe(0);
  });

  it('hides an inactive service unless someone is still waiting for it', () => {
    const services = [service('council-tax', 'C'), service('housing', 'H', false)];
    expect(waitingView({ services, stats: [], tickets: {} }).map((v) => v.serviceId)).toEqual(['council-tax']);
    const waiting = { v1: ticket('v1', 'H001', { serviceId: 'housing' }) };
    expect(waitingView({ services, stats: [], tickets: waiting }).map((v) => v.serviceId)).toEqual(['council-tax', 'housing']);
  });
});

describe('waitText', () => {
  it('words the expected wait for the public', () => {
    expect(waitText(3, 10)).toBe('About 10 min wait');
    expect(waitText(30, 70)).toBe('About 1 hour 10 min wait');
    expect(waitText(60, 200)).toBe('Long wait — please ask at reception');
    expect(waitText(1, 0)).toBe('No wait');
    expect(waitText(0, 0)).toBeNull();
    expect(waitText(2, null)).toBe('Wait time to be confirmed');
    expect(waitText(0, null)).toBeNull();
  });
});
