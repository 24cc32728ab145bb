import { toAnnouncement, toPublicTicket } from '@reception/shared';
import type { Change } from '../commands/change.js';
import { listDeskSessions } from '../db/config-store.js';
import type { Store } from '../db/connection.js';
import { roomOf } from './rooms.js';
import { deskNames, siteStats } from './snapshots.js';
import type { IoServer } from './types.js';

/**
 * The one place where committed changes become messages. Staff rooms get whole visits;
 * display and kiosk rooms get only ticket numbers, destinations and counts.
 */
export function publish(io: IoServer, db: Store, change: Change): void {
  if (change.visits.length === 0 && !change.deskSessionsChanged) return;
  const { siteId } = change;
  const staff = io.to(roomOf(siteId, 'staff'));
  const display = io.to(roomOf(siteId, 'display'));
  const names = deskNames(db, siteId);
  const destinationOf = (deskId: string | null) => (deskId ? (names.get(deskId) ?? null) : null);

  for (const visit of change.visits) {
    staff.emit('staff:visit', visit);
    display.emit('display:ticket', toPublicTicket(visit, destinationOf(visit.deskId)));
  }
  for (const event of change.events) {
    if (event.type !== 'called' && event.type !== 'recalled') continue;
    const visit = change.visits.find((v) => v.id === event.visitId);
    const destination = destinationOf(event.deskId);
    if (visit && destination) display.emit('display:announce', toAnnouncement(visit, destination, event.type === 'recalled'));
  }
  if (change.deskSessionsChanged) staff.emit('staff:desk-sessions', listDeskSessions(db, siteId));
  io.to([roomOf(siteId, 'staff'), roomOf(siteId, 'display'), roomOf(siteId, 'kiosk')]).emit('queue:stats', siteStats(db, siteId));
}
