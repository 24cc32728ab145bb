import { asc, eq } from 'drizzle-orm';
import type { Room } from '@reception/shared';
import type { Store } from './connection.js';
import { rooms } from './schema.js';

export function listRooms(db: Store, siteId: string): Room[] {
  return db.select().from(rooms).where(eq(rooms.siteId, siteId)).orderBy(asc(rooms.name)).all();
}
