import { performance } from 'node:perf_hooks';
import { checkInPayload, connect, connectMany, emit, login, percentile, registerKiosks, type Client } from './clients.js';
import { rssMiB, spawnServer } from '../support/spawn.js';

/** The load generators here are benchmarks, not floods: lift the per-device limit so it is not what is measured. */
const UNLIMITED = { COMMANDS_PER_SECOND: '1000000' };
const QUEUE = 'council-tax';

export interface GrowthRow {
  waiting: number;
  visitsInDatabase: number;
  checkInP50: number;
  checkInP99: number;
  callP50: number;
  callP99: number;
}

/** Checks `n` visitors in to the long queue, ten kiosks at a time. */
async function fill(kiosks: Client[], n: number): Promise<void> {
  let sent = 0;
  await Promise.all(
    kiosks.map(async (k) => {
      while (sent < n) {
        sent++;
        const ack = await emit(k, 'kiosk:check-in', checkInPayload(QUEUE), 30_000);
        if (!ack.ok) throw new Error(ack.error?.message);
      }
    }),
  );
}

async function timed(samples: number, run: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    await run();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The cost of one event as the queue grows: check-in and call-next round trips with 100
 * and with 10,000 visitors waiting in the same service. Flat is the goal: each command
 * touches indexes and a kept count, not the whole queue; only the coalesced forecast
 * refresh (which backs off as it grows dearer) reads every waiting visitor.
 */
export async function growth(): Promise<GrowthRow[]> {
  const server = await spawnServer(4804, { env: UNLIMITED });
  const tokens = await registerKiosks(server.url, 10);
  const kiosks = await Promise.all(tokens.map((t) => connect(server.url, { deviceToken: t })));
  const staff = await connect(server.url, { cookie: await login(server.url, 'advisor') });
  await emit(staff, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: [QUEUE] });
  // Warm up (JIT, prepared statements) in another service, so the first row is not paying for it.
  for (let i = 0; i < 300; i++) await emit(kiosks[i % kiosks.length]!, 'kiosk:check-in', checkInPayload('general'));
  const rows: GrowthRow[] = [];
  let waiting = 0;
  let total = 300;
  const CHECK_INS = 200;
  const CALLS = 100;
  for (const target of [100, 10_000]) {
    await fill(kiosks, target - waiting);
    total += target - waiting;
    waiting = target;
    await pause(2000); // let the coalesced refresh after the fill settle
    const checkIns = await timed(CHECK_INS, () => emit(kiosks[0]!, 'kiosk:check-in', checkInPayload(QUEUE)));
    const calls = await timed(CALLS, async () => {
      const ack = await emit<{ id: string }>(staff, 'staff:call-next', {});
      await emit(staff, 'staff:visit-command', { visitId: ack.data!.id, command: { type: 'left' } });
    });
    rows.push({ waiting: target, visitsInDatabase: total + CHECK_INS, checkInP50: percentile(checkIns, 50), checkInP99: percentile(checkIns, 99), callP50: percentile(calls, 50), callP99: percentile(calls, 99) });
    total += CHECK_INS;
    waiting += CHECK_INS - CALLS;
  }
  for (const c of [...kiosks, staff]) c.close();
  await server.stop();
  return rows;
}

export interface MemoryResult {
  visits: number;
  waiting: number;
  clients: number;
  idleMiB: number;
  afterDayMiB: number;
  loadedMiB: number;
}

/** Server memory with 10,000 visits in the day (most already served) and 500 clients connected. */
export async function memory(): Promise<MemoryResult> {
  const server = await spawnServer(4805, { env: UNLIMITED });
  await pause(1000);
  const idleMiB = rssMiB(server.child.pid!);
  const tokens = await registerKiosks(server.url, 10);
  const kiosks = await Promise.all(tokens.map((t) => connect(server.url, { deviceToken: t })));
  await fill(kiosks, 10_000);
  // Four advisors serve all but 200, so the day looks like a day: most visitors done, a queue still waiting.
  const people = ['advisor', 'advisor2', 'manager', 'admin'];
  const cookies = await Promise.all(people.map((u) => login(server.url, u)));
  const desks = await Promise.all(cookies.map((cookie) => connect(server.url, { cookie })));
  await Promise.all(desks.map((s, i) => emit(s, 'staff:desk-sign-on', { deskId: `desk-${i + 1}`, serviceIds: [QUEUE] })));
  let served = 0;
  await Promise.all(
    desks.map(async (s) => {
      while (served < 9_800) {
        served++;
        const ack = await emit<{ id: string } | null>(s, 'staff:call-next', {}, 30_000);
        if (!ack.ok || !ack.data) throw new Error(`call-next: ${ack.error?.message ?? 'nobody waiting'}`);
        await emit(s, 'staff:visit-command', { visitId: ack.data.id, command: { type: 'start-serving' } }, 30_000);
        await emit(s, 'staff:visit-command', { visitId: ack.data.id, command: { type: 'complete', outcome: 'resolved' } }, 30_000);
      }
    }),
  );
  await pause(2000);
  const afterDayMiB = rssMiB(server.child.pid!);
  const displays = await connectMany(250, () => connect(server.url, { deviceToken: 'demo-display-token' }));
  const consoles = await connectMany(500 - kiosks.length - desks.length - displays.length, (i) => connect(server.url, { cookie: cookies[i % cookies.length] }));
  await pause(3000);
  const loadedMiB = rssMiB(server.child.pid!);
  const clients = kiosks.length + desks.length + displays.length + consoles.length;
  for (const c of [...kiosks, ...desks, ...displays, ...consoles]) c.close();
  await server.stop();
  return { visits: 10_000, waiting: 10_000 - served, clients, idleMiB, afterDayMiB, loadedMiB };
}
