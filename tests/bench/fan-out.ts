import { performance } from 'node:perf_hooks';
import { checkInPayload, connect, connectMany, emit, login, percentile, type Client } from './clients.js';
import { spawnBare, spawnServer } from '../support/spawn.js';

export interface FanOutResult {
  label: string;
  deliveries: number;
  p50: number;
  p99: number;
  lastP50: number;
  lastP99: number;
  payloadBytes: number;
}

const SERVICES = ['council-tax', 'housing', 'benefits', 'planning', 'general'];

/**
 * Times each message from the moment it is sent to its arrival at every receiver.
 * `deliver` sends one and resolves with the id all receivers will see it under.
 */
async function measure(label: string, receivers: Client[], events: string[], count: number, deliver: (i: number) => Promise<string>, payloadBytes: () => number): Promise<FanOutResult> {
  const arrivals = new Map<string, number[]>();
  const waiters = new Map<string, () => void>();
  const onMessage = (payload: { id?: string }) => {
    const id = payload.id;
    if (!id) return;
    const list = arrivals.get(id) ?? [];
    list.push(performance.now());
    arrivals.set(id, list);
    if (list.length === receivers.length) waiters.get(id)?.();
  };
  for (const r of receivers) for (const e of events) r.on(e, onMessage);
  const all: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < count; i++) {
    const sentAt = performance.now();
    const id = await deliver(i);
    const times = arrivals.get(id) ?? [];
    if (times.length < receivers.length) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${label}: ${id} reached ${arrivals.get(id)?.length ?? 0}/${receivers.length}`)), 10_000);
        waiters.set(id, () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const got = arrivals.get(id)!.map((t) => t - sentAt);
    all.push(...got);
    last.push(Math.max(...got));
    arrivals.delete(id);
    waiters.delete(id);
  }
  for (const r of receivers) for (const e of events) r.off(e, onMessage);
  all.sort((a, b) => a - b);
  last.sort((a, b) => a - b);
  return { label, deliveries: all.length, p50: percentile(all, 50), p99: percentile(all, 99), lastP50: percentile(last, 50), lastP99: percentile(last, 99), payloadBytes: payloadBytes() };
}

/**
 * Kiosk check-in → the update at every one of 499 other clients (250 display boards, 249
 * staff consoles), against a bare Socket.IO broadcast of a payload of the same size to
 * the same number of clients, on the same machine, in the same run.
 */
export async function fanOut(count = 300): Promise<FanOutResult[]> {
  const server = await spawnServer(4801);
  const cookies = await Promise.all(['advisor', 'advisor2', 'manager', 'admin'].map((u) => login(server.url, u)));
  const kiosk = await connect(server.url, { deviceToken: 'demo-kiosk-token' });
  const displays = await connectMany(250, () => connect(server.url, { deviceToken: 'demo-display-token' }));
  const staff = await connectMany(249, (i) => connect(server.url, { cookie: cookies[i % cookies.length] }));
  let staffPayload = 0;
  staff[0]!.on('staff:visit', (v: unknown) => {
    staffPayload = JSON.stringify(v).length;
  });
  const checkIn = async (i: number) => {
    const ack = await emit<{ visitId: string }>(kiosk, 'kiosk:check-in', checkInPayload(SERVICES[i % SERVICES.length]!));
    if (!ack.ok) throw new Error(`check-in failed: ${ack.error?.message}`);
    return ack.data!.visitId;
  };
  for (let i = 0; i < 20; i++) await checkIn(i); // warm-up
  const ours = await measure('check-in → 499 screens', [...displays, ...staff], ['display:ticket', 'staff:visit'], count, checkIn, () => staffPayload);
  for (const c of [kiosk, ...displays, ...staff]) c.close();
  await server.stop();

  const bare = await spawnBare(4802);
  const sender = await connect(bare.url);
  const receivers = await connectMany(499, () => connect(bare.url));
  const padding = 'x'.repeat(Math.max(0, ours.payloadBytes - 60));
  const ping = async (i: number) => {
    const id = `m${i}`;
    await sender.timeout(10_000).emitWithAck('ping', { id, padding });
    return id;
  };
  for (let i = 0; i < 20; i++) await ping(-1 - i);
  const baseline = await measure('bare Socket.IO broadcast → 499', receivers, ['pong'], count, ping, () => JSON.stringify({ id: 'm0', padding }).length);
  for (const c of [sender, ...receivers]) c.close();
  await bare.stop();
  return [ours, baseline];
}
