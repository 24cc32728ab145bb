import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { AdjustableClock, systemClock } from './clock.js';
import { readEnv } from './env.js';
import { DEMO, seedDemo } from './seed/demo.js';
import { startServer } from './index.js';

const env = readEnv();
const log = pino({ level: env.LOG_LEVEL });
const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const clock = env.TEST_CLOCK ? new AdjustableClock(env.TEST_CLOCK_START) : systemClock;

const server = await startServer({
  databasePath: env.DATABASE_PATH,
  port: env.PORT,
  host: env.HOST,
  clock,
  log,
  sessionTtlMs: env.SESSION_TTL_HOURS * 3600_000,
  secureCookies: env.COOKIE_SECURE,
  staticRoot: env.STATIC_ROOT || repoRoot,
  testClock: env.TEST_CLOCK,
  monitorIntervalMs: env.MONITOR_INTERVAL_MS,
  commandsPerSecond: env.COMMANDS_PER_SECOND,
  prepare: env.SEED_DEMO ? (db, c) => seedDemo(db, c.now()) : undefined,
});

const base = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${server.port}`;
const lines = [`Reception server listening on ${base}`];
if (server.mountedApps.includes('/kiosk')) lines.push(`  Kiosk:          ${base}/kiosk/?device=${DEMO.kioskToken}`);
if (server.mountedApps.includes('/display')) lines.push(`  Display board:  ${base}/display/?device=${DEMO.displayToken}`);
if (server.mountedApps.includes('/console')) lines.push(`  Staff console:  ${base}/console/`);
if (env.SEED_DEMO) lines.push(`  Demo sign-ins:  advisor / ${DEMO.password}, manager / ${DEMO.password}, admin / ${DEMO.password}`);
console.log(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log.info({ signal }, 'shutting down');
    void server.close().then(() => process.exit(0));
  });
}
