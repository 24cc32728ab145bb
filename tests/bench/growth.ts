import { performance } from 'node:perf_hooks';
import { checkInPayload, connect, connectMany, emit, login, percentile, registerKiosks, type Client } from './clients.js';
import { rssMiB, spawnServer } from '../support/spawn.js';

export interface GrowthRow {
  waiting: number;
  checkInP50: number;
  checkInP99: number;
  callP50: number;
  callP99: number;
}

async function fill(kiosks: Client[], n: number): Promise<void> {
  let next = 0;
  await Promise.all(
    kiosks.map(async (k) => {
      while (next < n) {
        next++;
        const ack = await emit(k, 'kiosk:check-in', checkInPayload('council-tax'));
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

/**
 * The cost of one event as the queue grows: check-in and call-next round trips with
 * 100 and with 10,000 visitors waiting. Flat is the goal: each command touches indexes,
 * not the whole queue.
 */
export async function growth(): Promise<GrowthRow[]> {
  const server = await spawnServer(4804);
  const tokens = await registerKiosks(server.url, 10);
  const kiosks = await Promise.all(tokens.map((t) => connect(server.url, { deviceToken: t })));
  const staff = await connect(server.url, { cookie: await login(server.url, 'advisor') });
  await emit(staff, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
  const rows: GrowthRow[] = [];
  for (const waiting of [100, 10_000]) {
    await fill(kiosks, waiting - (rows.length ? 100 : 0));
    await new Promise((r) => setTimeout(r, 1000)); // let the coalesced refresh settle
    const checkIns = await timed(200, () => emit(kiosks[0]!, 'kiosk:check-in', checkInPayload('housing')));
    const calls = await timed(100, async () => {
      const ack = await emit<{ id: string }>(staff, 'staff:call-next', {});
      await emit(staff, 'staff:visit-command', { visitId: ack.data!.id, command: { type: 'left' } });
    });
    rows.push({ waiting, checkInP50: percentile(checkIns, 50), checkInP99: percentile(checkIns, 99), callP50: percentile(calls, 50), callP99: percentile(calls, 99) });
  }
  for (const c of [...kiosks, staff]) c.close();
  await server.stop();
  return rows;
}

export interface MemoryResult {
  visits: number;
  clients: number;
  idleMiB: number;
  loadedMiB: number;
}

/** Server memory with 10,000 visits in the day (most already served) and 500 clients connected. */
export async function memory(): Promise<MemoryResult> {
  const server = await spawnServer(4805);
  const idleMiB = rssMiB(server.child.pid!);
  const tokens = await registerKiosks(server.url, 10);
  const kiosks = await Promise.all(tokens.map((t) => connect(server.url, { deviceToken: t })));
  await fill(kiosks, 10_000);
  const staff = await connect(server.url, { cookie: await login(server.url, 'advisor') });
  await emit(staff, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
  // Serve all but 200, so the day looks like a day: most visitors done, a queue still waiting.
  for (let i = 0; i < 9_800; i++) {
    const ack = await emit<{ id: string }>(staff, 'staff:call-next', {});
    await emit(staff, 'staff:visit-command', { visitId: ack.data!.id, command: { type: 'start-serving' } });
    await emit(staff, 'staff:visit-command', { visitId: ack.data!.id, command: { type: 'complete', outcome: 'resolved' } });
  }
  const cookies = await Promise.all(['advisor2', 'manager', 'admin'].map((u) => login(server.url, u)));
  const displays = await connectMany(250, () => connect(server.url, { deviceToken: 'demo-display-token' }));
  const consoles = await connectMany(239, (i) => connect(server.url, { cookie: cookies[i % cookies.length] }));
  await new Promise((r) => setTimeout(r, 2000));
  const loadedMiB = rssMiB(server.child.pid!);
  for (const c of [...kiosks, staff, ...displays, ...consoles]) c.close();
  await server.stop();
  return { visits: 10_000, clients: kiosks.length + 1 + displays.length + consoles.length, idleMiB, loadedMiB };
}
