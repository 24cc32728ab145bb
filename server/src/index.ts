import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { pino, type Logger } from 'pino';
import { systemClock, type Clock, type MovableClock } from './clock.js';
import type { Deps } from './commands/context.js';
import { openDatabase, type Db } from './db/connection.js';
import { ForecastCache } from './forecasting/site-forecast.js';
import { ConfigCache } from './db/config-cache.js';
import { CommitBatcher } from './db/commit-batcher.js';
import { createHttpApp } from './http/app.js';
import { roomOf } from './realtime/rooms.js';
import { createSocketServer } from './realtime/socket-server.js';
import type { Broadcaster } from './realtime/broadcast.js';
import { createMonitor } from './realtime/monitor.js';
import { startReportWarmer } from './reports/report-warmer.js';
import { sendSnapshot } from './realtime/socket-server.js';
import type { IoServer } from './realtime/types.js';

export { AdjustableClock, FakeClock, systemClock, type Clock, type MovableClock } from './clock.js';
export { openDatabase, type Db } from './db/connection.js';
export { seedDemo, DEMO } from './seed/demo.js';
export { listRoutes, type ListedRoute } from './http/route-list.js';
export { recordVisitHistory } from './seed/history.js';
export { appendAudit } from './db/visit-store.js';
export { loadReport } from './reports/load-report.js';
export { warmAllReportDays } from './reports/report-warmer.js';

export interface ServerOptions {
  databasePath: string;
  port?: number;
  host?: string;
  clock?: Clock;
  log?: Logger;
  sessionTtlMs?: number;
  secureCookies?: boolean;
  staticRoot?: string;
  /** Expose POST /api/test/clock to move `clock` forward; requires a MovableClock. */
  testClock?: boolean;
  /** How often the monitor raises due prompts and refreshes forecasts; 0 = only when `tick()` is called. */
  monitorIntervalMs?: number;
  /** How long forecasts and waiting figures may lag a change, so a burst of check-ins costs one recomputation. */
  refreshDelayMs?: number;
  /** Commands a second one device or one signed-in person may send before being refused. */
  commandsPerSecond?: number;
  /** Runs once the database is open, before the server listens (seeding). */
  prepare?: (db: Db, clock: Clock) => Promise<void> | void;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  io: IoServer;
  http: HttpServer;
  /** The Express app, so tests can list its routes. */
  app: Express;
  mountedApps: string[];
  /** Runs the monitor once now (tests on a fake clock call this after moving time). */
  tick(): void;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? pino({ level: 'silent' });
  const db = openDatabase(opts.databasePath);
  await opts.prepare?.(db, clock);
  const deps: Deps = { db, clock, log, forecasts: new ForecastCache(), config: new ConfigCache(), batcher: new CommitBatcher(db) };
  let io: IoServer | null = null;
  let broadcaster: Broadcaster | null = null;
  // A configuration change can alter what every screen shows; give each a fresh snapshot.
  const onConfigChanged = (siteId: string) => {
    deps.config.invalidate(siteId);
    if (!io) return;
    const rooms = (['staff', 'display', 'kiosk'] as const).map((a) => roomOf(siteId, a));
    void io
      .in(rooms)
      .fetchSockets()
      .then((sockets) => sockets.forEach((s) => sendSnapshot(s, deps)));
  };
  const testClock = opts.testClock && 'advance' in clock ? (clock as MovableClock) : null;
  const { app, mountedApps } = createHttpApp(deps, {
    sessionTtlMs: opts.sessionTtlMs ?? 10 * 3600_000,
    secureCookies: opts.secureCookies ?? false,
    staticRoot: opts.staticRoot ?? '',
    testClock,
    onConfigChanged,
    publish: (change) => broadcaster?.publish(change),
  });
  const http = createServer(app);
  ({ io, broadcaster } = createSocketServer(http, deps, opts.refreshDelayMs ?? 250, opts.commandsPerSecond));
  await new Promise<void>((resolve) => http.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  const ioServer = io;
  const monitor = createMonitor(broadcaster, deps);
  monitor.start(opts.monitorIntervalMs ?? 5000);
  // Off where the monitor is (tests on a fake clock), so reports there are computed only when asked.
  const warmer = startReportWarmer(deps, opts.monitorIntervalMs === 0 ? 0 : 3600_000);
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    port,
    db,
    io: ioServer,
    http,
    app,
    mountedApps,
    tick: () => monitor.tick(),
    close: async () => {
      monitor.stop();
      warmer.stop();
      await new Promise<void>((resolve) => void ioServer.close(() => resolve()));
      db.$client.close();
    },
  };
}
