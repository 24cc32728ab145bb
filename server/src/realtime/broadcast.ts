import { performance } from 'node:perf_hooks';
import { roomViews, toAnnouncement, toPublicTicket, type VisitForecastView } from '@reception/shared';
import type { Change } from '../commands/change.js';
import type { Deps } from '../commands/context.js';
import { listDeskSessions } from '../db/config-store.js';
import { activeNotices } from '../db/notice-store.js';
import { listRooms } from '../db/room-store.js';
import { siteForecast } from '../forecasting/site-forecast.js';
import { openArrivalQueries } from '../db/appointment-store.js';
import { listOfficers } from '../db/officer-store.js';
import { personalRoomOf, roomOf } from './rooms.js';
import { destinations } from './snapshots.js';
import type { IoServer } from './types.js';

export interface Broadcaster {
  /** Sends what a committed command changed, now; schedules the site's figures to be refreshed. */
  publish(change: Change): void;
  /** Recomputes forecasts, waiting figures and room states for any site waiting for them, and starts sending them. */
  flush(): void;
}

const isEmpty = (c: Change) =>
  c.visits.length === 0 && !c.deskSessionsChanged && !c.prompts?.length && !c.roomsChanged && !c.noticesChanged && !c.refresh && !c.appointments?.length && !c.arrivals?.length && !c.arrivalQueriesChanged && !c.officersChanged;

/**
 * The one place where committed changes become messages. Staff rooms get whole visits
 * and prompts (breach prompts to managers only); display and kiosk rooms get ticket
 * numbers, destinations, counts, expected waits and notices — never a person.
 * Appointments go to staff rooms; an arrival alert only to the assigned officer's own room.
 *
 * A change is sent at once as a small delta, so its cost does not grow with the queue.
 * Forecasts and waiting figures do depend on the whole queue, so they are recomputed at
 * most once per `refreshDelayMs` per site, however many check-ins arrive meanwhile.
 */
export function createBroadcaster(io: IoServer, deps: Deps, refreshDelayMs: number): Broadcaster {
  const dirty = new Map<string, { rooms: boolean }>();
  const sentForecasts = new Map<string, Map<string, string>>();
  const sentStats = new Map<string, string>();
  let timer: NodeJS.Timeout | null = null;
  // A very long queue makes each refresh dearer; waiting nine times as long as the last
  // one took keeps refreshing under a tenth of the server's time, whatever the queue.
  let lastRefreshMs = 0;

  /** Only what moved since it was last sent: a new arrival at the back changes nobody else's forecast. */
  function changedForecasts(siteId: string, forecasts: VisitForecastView[]): VisitForecastView[] {
    const before = sentForecasts.get(siteId) ?? new Map<string, string>();
    const after = new Map(forecasts.map((f) => [f.visitId, `${f.expectedSeenAt === null ? '-' : Math.round(f.expectedSeenAt / 60_000)}|${f.willBreach}`]));
    sentForecasts.set(siteId, after);
    return forecasts.filter((f) => before.get(f.visitId) !== after.get(f.visitId));
  }

  /**
   * A site's refresh as steps, cheapest first. Each step sends to a few hundred sockets;
   * running them back to back would hold up any check-in that arrives meanwhile by the
   * whole refresh, so `flush` gives the event loop back between steps.
   */
  function refreshSteps(siteId: string, rooms: boolean): (() => void)[] {
    const forecast = siteForecast(deps.db, siteId, deps.clock.now(), deps.forecasts);
    const staff = () => io.to(roomOf(siteId, 'staff'));
    const steps: (() => void)[] = [];
    if (rooms) {
      const views = roomViews(listRooms(deps.db, siteId), forecast.active);
      steps.push(() => staff().emit('staff:rooms', views));
    }
    const moved = changedForecasts(siteId, forecast.forecasts);
    if (moved.length > 0) steps.push(() => staff().emit('staff:forecasts', moved));
    const stats = JSON.stringify(forecast.stats);
    if (sentStats.get(siteId) !== stats) {
      sentStats.set(siteId, stats);
      steps.push(() => io.to([roomOf(siteId, 'staff'), roomOf(siteId, 'display'), roomOf(siteId, 'kiosk')]).emit('queue:stats', forecast.stats));
    }
    return steps;
  }

  // One queue for every refresh, so a refresh started while an earlier one is still
  // sending goes out after it, never overtaken by that older, staler one.
  const queued: (() => void)[] = [];
  let draining = false;

  /** Runs one queued step now and the rest each on a later turn, after any command that came in. */
  function drain(): void {
    const step = queued.shift();
    if (!step) {
      draining = false;
      return;
    }
    draining = true;
    const started = performance.now();
    try {
      step();
    } catch (err) {
      deps.log.error({ err }, 'refresh step failed');
    }
    lastRefreshMs += performance.now() - started;
    if (queued.length > 0) setTimeout(drain, 0);
    else draining = false;
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const sites = [...dirty.entries()];
    dirty.clear();
    const started = performance.now();
    for (const [siteId, { rooms }] of sites) {
      try {
        queued.push(...refreshSteps(siteId, rooms));
      } catch (err) {
        deps.log.error({ err, siteId }, 'refresh failed');
      }
    }
    lastRefreshMs = performance.now() - started;
    if (!draining) drain();
  }

  function publish(change: Change): void {
    if (isEmpty(change)) return;
    const { db } = deps;
    const { siteId } = change;
    const staff = io.to(roomOf(siteId, 'staff'));
    const display = io.to(roomOf(siteId, 'display'));
    const destinationOf = destinations(deps, siteId);

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
    // Appointments carry the visitor's name: staff rooms only, never a display or kiosk.
    for (const appointment of change.appointments ?? []) staff.emit('staff:appointment', appointment);
    for (const alert of change.arrivals ?? []) io.to(personalRoomOf(siteId, alert.appointment.officerId)).emit('staff:appointment-arrived', alert);
    if (change.arrivalQueriesChanged) staff.emit('staff:arrival-queries', openArrivalQueries(db, siteId));
    if (change.officersChanged) staff.emit('staff:officers', listOfficers(db, siteId));
    if (change.deskSessionsChanged) staff.emit('staff:desk-sessions', listDeskSessions(db, siteId));
    if (change.noticesChanged) {
      io.to([roomOf(siteId, 'staff'), roomOf(siteId, 'display'), roomOf(siteId, 'kiosk')]).emit('public:notices', activeNotices(db, siteId, deps.clock.now()));
    }

    const roomsTouched = !!change.roomsChanged || change.visits.some((v) => v.roomId !== null || v.needs.privateRoom);
    const pending = dirty.get(siteId);
    dirty.set(siteId, { rooms: roomsTouched || (pending?.rooms ?? false) });
    timer ??= setTimeout(flush, refreshDelayMs === 0 ? 0 : Math.max(refreshDelayMs, lastRefreshMs * 9));
  }

  return { publish, flush };
}
