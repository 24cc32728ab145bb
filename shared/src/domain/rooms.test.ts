import { describe, expect, it } from 'vitest';
import type { Room } from '../schemas/rooms-notices.js';
import { aVisit, T0 } from '../test/fixtures.js';
import { bestFreeRoom, roomViews } from './rooms.js';
import { decide, evolve } from './visit-machine.js';

const room = (id: string, extra: Partial<Room> = {}): Room => ({ id, siteId: 'site', name: `Interview room ${id}`, panicButton: false, secure: false, outOfService: false, ...extra });
const ctx = { now: T0, actorId: 'sam', deskId: 'desk-1', recallsBeforeNoShow: 2, mayOverride: false };

describe('interview rooms', () => {
  it('allocates a free room, preferring a secure one with a panic button', () => {
    const rooms = [room('1'), room('2', { panicButton: true }), room('3', { secure: true, panicButton: true })];
    expect(bestFreeRoom(rooms, [])?.id).toBe('3');
  });

  it('never allocates a room in use or out of service', () => {
    const rooms = [room('1', { outOfService: true }), room('2')];
    const inRoom2 = aVisit({ status: 'serving', roomId: '2' });
    expect(bestFreeRoom(rooms, [inRoom2])).toBeNull();
    expect(roomViews(rooms, [inRoom2]).map((r) => r.state)).toEqual(['out-of-service', 'in-use']);
  });

  it('calls a visitor who asked for privacy to the room, and frees it when they are done', () => {
    const wantsPrivacy = aVisit({ needs: { ...aVisit().needs, privateRoom: true } });
    const event = decide(wantsPrivacy, { type: 'call' }, { ...ctx, freeRoomId: '2' });
    expect(event).toMatchObject({ type: 'called', deskId: 'desk-1', roomId: '2' });
    const called = evolve(wantsPrivacy, event);
    expect(roomViews([room('2')], [called])[0]).toMatchObject({ state: 'in-use', visitId: called.id });
    const serving = evolve(called, decide(called, { type: 'start-serving' }, ctx));
    const done = evolve(serving, decide(serving, { type: 'complete', outcome: 'resolved' }, ctx));
    expect(roomViews([room('2')], [done])[0]!.state).toBe('free');
  });

  it('calls to the desk when privacy is wanted but no room is free', () => {
    const wantsPrivacy = aVisit({ needs: { ...aVisit().needs, privateRoom: true } });
    expect(decide(wantsPrivacy, { type: 'call' }, { ...ctx, freeRoomId: null })).toMatchObject({ roomId: null, deskId: 'desk-1' });
  });

  it('never puts a visitor who did not ask for privacy in a room', () => {
    expect(decide(aVisit(), { type: 'call' }, { ...ctx, freeRoomId: '2' })).toMatchObject({ roomId: null });
  });
});
