import { randomUUID } from 'node:crypto';
import { openDatabase } from '@reception/server';
import { checkInPayload, connect, emit, registerKiosks } from './clients.js';
import { spawnServer } from '../support/spawn.js';

export interface ThroughputResult {
  kiosks: number;
  seconds: number;
  acknowledged: number;
  perSecond: number;
  inDatabase: number;
  distinctTickets: number;
  retries: number;
  rateLimited: number;
}

const SERVICES = ['council-tax', 'housing', 'benefits', 'planning', 'general'];

/**
 * 20 kiosks check visitors in as fast as the server acknowledges (8 in flight each) for
 * `seconds`; a request that times out is retried with the same id. Afterwards the
 * database must hold exactly one visit per acknowledged check-in, each ticket distinct.
 */
export async function throughput(seconds = 30, kioskCount = 20, inFlight = 8): Promise<ThroughputResult> {
  const server = await spawnServer(4803);
  const tokens = await registerKiosks(server.url, kioskCount);
  const kiosks = await Promise.all(tokens.map((t) => connect(server.url, { deviceToken: t })));
  const acked = new Set<string>();
  let retries = 0;
  let rateLimited = 0;
  const started = Date.now();
  const until = started + seconds * 1000;

  async function lane(k: number, lane: number): Promise<void> {
    let n = 0;
    while (Date.now() < until) {
      const requestId = randomUUID();
      const serviceId = SERVICES[(k + lane + n++) % SERVICES.length]!;
      for (;;) {
        try {
          const ack = await emit<{ visitId: string }>(kiosks[k]!, 'kiosk:check-in', checkInPayload(serviceId, requestId), 15_000);
          if (ack.ok) {
            acked.add(ack.data!.visitId);
            break;
          }
          // A refused flood is retried after a pause, as the kiosk app does, with the same id.
          if (ack.error?.code !== 'RATE_LIMITED') throw new Error(ack.error?.message);
          rateLimited++;
          await new Promise((r) => setTimeout(r, 100));
        } catch {
          retries++;
        }
      }
    }
  }
  await Promise.all(kiosks.flatMap((_, k) => Array.from({ length: inFlight }, (__, l) => lane(k, l))));
  const elapsed = (Date.now() - started) / 1000;
  for (const k of kiosks) k.close();
  await server.stop();

  const db = openDatabase(server.dbPath);
  const rows = db.$client.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT service_day || ticket) AS d FROM visits').get() as { n: number; d: number };
  db.$client.close();
  return { kiosks: kioskCount, seconds: elapsed, acknowledged: acked.size, perSecond: acked.size / elapsed, inDatabase: rows.n, distinctTickets: rows.d, retries, rateLimited };
}
