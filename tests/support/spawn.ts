import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SERVER_DIR = resolve(here, '../../server');

export interface Spawned {
  url: string;
  child: ChildProcess;
  dbPath: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function waitForHealth(url: string, timeoutMs = 30_000, child?: ChildProcess): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && hasExited(child)) throw new Error(`server for ${url} exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not come up`);
}

/**
 * A port nobody is listening on now. Tests that restart a server on the same address ask
 * for one rather than hard-coding it, since other checkouts may run the same suite at once.
 */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * Resolves once the process has gone. A process killed by a signal has no exit code, only a
 * signal code; once either is set its 'exit' has already fired, and waiting for it would hang.
 */
function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolveStop) => {
    if (hasExited(child)) return resolveStop();
    child.once('exit', () => resolveStop());
    child.kill(signal);
  });
}

/** The real server in its own process, so its event loop is not the load generator's. */
export async function spawnServer(port: number, opts: { dbPath?: string; env?: Record<string, string>; readyTimeoutMs?: number } = {}): Promise<Spawned> {
  const dbPath = opts.dbPath ?? join(mkdtempSync(join(tmpdir(), 'reception-bench-')), 'bench.db');
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server process there when it exits.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...process.env, DATABASE_PATH: dbPath, SEED_DEMO: 'true', PORT: String(port), LOG_LEVEL: 'warn', MONITOR_INTERVAL_MS: '60000', STATIC_ROOT: '/nonexistent', ...opts.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, opts.readyTimeoutMs, child);
  return {
    url,
    child,
    dbPath,
    stop: (signal = 'SIGTERM') => stopChild(child, signal),
  };
}

/** A bare Socket.IO server in its own process: the baseline for fan-out latency. */
export async function spawnBare(port: number): Promise<Spawned> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, '../bench/bare-server.ts'), String(port)], { cwd: SERVER_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url);
  return {
    url,
    child,
    dbPath: '',
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

/** Resident memory of a process, from /proc (Linux). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
