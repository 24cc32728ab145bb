import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DEMO, FakeClock, seedDemo, startServer, type RunningServer } from '@reception/server';

/** 10:00 on a winter weekday in London. */
export const T0 = Date.UTC(2026, 0, 12, 10, 0, 0);

export interface TestServer extends RunningServer {
  clock: FakeClock;
  dbPath: string;
  dispose(): Promise<void>;
}

/** A real server on a random port with a real database file, seeded, on a fake clock. */
export async function startTestServer(opts: { now?: number; sessionTtlMs?: number; testRoutes?: boolean; commandsPerSecond?: number } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'reception-test-'));
  const dbPath = join(dir, 'test.db');
  const clock = new FakeClock(opts.now ?? T0);
  const server = await startServer({ databasePath: dbPath, clock, sessionTtlMs: opts.sessionTtlMs, testClock: opts.testRoutes ?? false, commandsPerSecond: opts.commandsPerSecond, monitorIntervalMs: 0, refreshDelayMs: 0, prepare: (db) => seedDemo(db, clock.now()) });
  return {
    ...server,
    clock,
    dbPath,
    dispose: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A digest of every row of every table, to prove a rejected command changed nothing.
 * Sessions are left out: signing in to make the request legitimately writes one.
 */
export function databaseFingerprint(server: RunningServer): string {
  const sqlite = server.db.$client;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sessions') ORDER BY name").all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) {
    hash.update(name);
    hash.update(JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()));
  }
  return hash.digest('hex');
}

export { DEMO };
