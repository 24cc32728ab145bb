import { roomViews, toAnnouncement, toPublicTicket } from '@reception/shared';
import type { Change } from '../commands/change.js';
import type { Deps } from '../commands/context.js';
import { listDeskSessions } from '../db/config-store.js';
import { activeNotices } from '../db/notice-store.js';
import { listRooms } from '../db/room-store.js';
import { siteForecast } from '../forecasting/site-forecast.js';
import { roomOf } from './rooms.js';
import { destinations } from './snapshots.js';
import type { IoServer } from './types.js';

const isEmpty = (c: Change) => c.visits.length === 0 && !c.deskSessionsChanged && !c.prompts?.length && !c.roomsChanged && !c.noticesChanged && !c.refresh;

/**
 * The one place where committed changes become messages. Staff rooms get whole visits
 * and prompts (breach prompts to managers only); display and kiosk rooms get ticket
 * numbers, destinations, counts, expected waits and notices — never a person.
 */
export function publish(io: IoServer, deps: Deps, change: Change): void {
  if (isEmpty(change)) return;
  const { db } = deps;
  const { siteId } = change;
  const now = deps.clock.now();
  const staff = io.to(roomOf(siteId, 'staff'));
  const display = io.to(roomOf(siteId, 'display'));
  const everyone = io.to([roomOf(siteId, 'staff'), roomOf(siteId, 'display'), roomOf(siteId, 'kiosk')]);
  const destinationOf = destinations(db, siteId);

  for (const visit of change.visits) {
    staff.emit('staff:visit', visit);
    display.emit('display:ticket', toPublicTicket(visit, destinationOf(visit)));
  }
  for (const event of change.events) {
    if (event.type !== 'called' && event.type !== 'recalled') continue;
    const visit = change.visits.find((v) => v.id === event.visitId);
    const destination = visit ? destinationOf(visit) : null;
    if (visit && destination) display.emit('display:announce', toAnnouncement(visit, destination, event.type === 'recalled'));
  }
  for (const prompt of change.prompts ?? []) {
    io.to(roomOf(siteId, prompt.audience === 'managers' ? 'managers' : 'staff')).emit('staff:prompt', prompt);
  }
  if (change.deskSessionsChanged) staff.emit('staff:desk-sessions', listDeskSessions(db, siteId));
  if (change.noticesChanged) everyone.emit('public:notices', activeNotices(db, siteId, now));

  const forecast = siteForecast(db, siteId, now);
  if (change.roomsChanged || change.visits.some((v) => v.roomId !== null || v.needs.privateRoom)) {
    staff.emit('staff:rooms', roomViews(listRooms(db, siteId), forecast.active));
  }
  staff.emit('staff:forecasts', forecast.forecasts);
  everyone.emit('queue:stats', forecast.stats);
}
