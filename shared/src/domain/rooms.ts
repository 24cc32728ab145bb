import type { Room, RoomView } from '../schemas/rooms-notices.js';
import type { Visit } from '../schemas/visit.js';

const holdsRoom = (v: Visit) => v.roomId !== null && (v.status === 'called' || v.status === 'serving');

/** Each room's live state, derived from the visits in it: nothing to keep in step by hand. */
export function roomViews(rooms: readonly Room[], activeVisits: Iterable<Visit>): RoomView[] {
  const occupant = new Map<string, string>();
  for (const v of activeVisits) if (holdsRoom(v)) occupant.set(v.roomId!, v.id);
  return rooms.map((room) => {
    const visitId = occupant.get(room.id) ?? null;
    const state = room.outOfService ? 'out-of-service' : visitId ? 'in-use' : 'free';
    return { ...room, state, visitId };
  });
}

/**
 * The room to give a visitor who asked for privacy: a free one, preferring a secure
 * room with a panic button (the code asks officers to use one "where available").
 */
export function bestFreeRoom(rooms: readonly Room[], activeVisits: Iterable<Visit>): Room | null {
  const free = roomViews(rooms, activeVisits).filter((r) => r.state === 'free');
  const score = (r: Room) => (r.secure ? 2 : 0) + (r.panicButton ? 1 : 0);
  free.sort((a, b) => score(b) - score(a) || a.name.localeCompare(b.name));
  const best = free[0];
  return best ? rooms.find((r) => r.id === best.id)! : null;
}
