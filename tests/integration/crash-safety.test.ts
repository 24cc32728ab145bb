import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { openDatabase } from '@reception/server';
import { freePort, spawnServer, type Spawned } from '../support/spawn.js';

const SERVICES = ['council-tax', 'housing', 'benefits'];
const LANES = 10;
/** The load is bounded, so a slow machine takes longer rather than running away. */
const PER_LANE = 60;
/** The server dies the moment this many check-ins have been acknowledged: well inside the load. */
const KILL_AT = 150;
/** Starting the server compiles TypeScript; on a busy two-core machine that can take a while. */
const READY_TIMEOUT_MS = 60_000;

function device(url: string, deviceToken: string): Socket {
  // Real clients: they reconnect by themselves, quickly.
  return io(url, { transports: ['websocket'], forceNew: true, auth: { deviceToken }, reconnectionDelay: 100, reconnectionDelayMax: 500 });
}

const connected = (s: Socket) => new Promise<void>((r) => (s.connected ? r() : s.once('connect', () => r())));

let server: Spawned | null = null;
afterAll(async () => {
  await server?.stop();
});

describe('a server killed in the middle of a load of check-ins', () => {
  it('keeps every acknowledged check-in exactly once; retries do not duplicate; clients resync by themselves', { timeout: 180_000 }, async () => {
    const port = await freePort();
    server = await spawnServer(port, { readyTimeoutMs: READY_TIMEOUT_MS });
    const first = server;
    const { dbPath, url } = first;
    const kiosks = Array.from({ length: 5 }, () => device(url, 'demo-kiosk-token'));
    const display = device(url, 'demo-display-token');
    let snapshots = 0;
    display.on('display:snapshot', () => snapshots++);
    await Promise.all([...kiosks, display].map(connected));

    const acked = new Map<string, string>(); // requestId → ticket
    const unacked = new Set<string>();
    let killed = false;
    const lane = async (kiosk: Socket, n: number) => {
      for (let i = 0; i < PER_LANE && !killed; i++) {
        const requestId = randomUUID();
        for (;;) {
          try {
            const ack = (await kiosk.timeout(3000).emitWithAck('kiosk:check-in', { requestId, serviceId: SERVICES[(n + i) % 3], language: 'en', needs: {} })) as { ok: boolean; data: { ticket: string }; error?: { code: string } };
            if (ack.ok) acked.set(requestId, ack.data.ticket);
            else if (ack.error?.code === 'RATE_LIMITED' && !killed) {
              // Five kiosks share one demo device, and its limit: wait and retry, as the kiosk app does.
              await new Promise((r) => setTimeout(r, 50));
              continue;
            } else unacked.add(requestId);
          } catch {
            unacked.add(requestId); // no answer: the kiosk does not know whether it happened
          }
          break;
        }
        // Killed from inside the load, at the moment of an acknowledgement, while every other
        // lane still has a check-in in flight: the server may have committed them or not.
        if (!killed && acked.size >= KILL_AT) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(kiosks[n % kiosks.length]!, n)));
    expect(killed).toBe(true);
    await first.stop(); // resolves once the process has gone
    const snapshotsBeforeRestart = snapshots;
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AT);
    expect(unacked.size).toBeGreaterThan(0); // some were in flight when it died

    server = await spawnServer(port, { dbPath, readyTimeoutMs: READY_TIMEOUT_MS });
    // Nobody reloads anything: the sockets reconnect and the display is sent a fresh view.
    await expect.poll(() => kiosks.every((k) => k.connected) && display.connected, { timeout: 30_000 }).toBe(true);
    await expect.poll(() => snapshots, { timeout: 30_000 }).toBeGreaterThan(snapshotsBeforeRestart);

    // The kiosks retry what they never heard back about, with the same request ids.
    await Promise.all(
      [...unacked].map(async (requestId, i) => {
        const kiosk = kiosks[i % kiosks.length]!;
        for (let attempt = 0; ; attempt++) {
          const ack = (await kiosk.timeout(10_000).emitWithAck('kiosk:check-in', { requestId, serviceId: 'council-tax', language: 'en', needs: {} })) as { ok: boolean; data: { ticket: string }; error?: { code: string } };
          if (ack.ok) {
            acked.set(requestId, ack.data.ticket);
            return;
          }
          // A kiosk told to slow down waits and tries again; anything else is a failure.
          expect(ack.error?.code).toBe('RATE_LIMITED');
          expect(attempt).toBeLessThan(50);
          await new Promise((r) => setTimeout(r, 100));
        }
      }),
    );
    // Retrying an acknowledged one gives the same ticket again.
    const [someId, someTicket] = [...acked.entries()][0]!;
    const again = (await kiosks[1]!.timeout(10_000).emitWithAck('kiosk:check-in', { requestId: someId, serviceId: 'housing', language: 'en', needs: {} })) as { data: { ticket: string } };
    expect(again.data.ticket).toBe(someTicket);

    for (const s of [...kiosks, display]) s.close();
    await server.stop();
    server = null;
    const db = openDatabase(dbPath);
    const rows = db.$client.prepare('SELECT request_id AS requestId, ticket FROM visits').all() as { requestId: string; ticket: string }[];
    const counts = db.$client.prepare("SELECT SUM(waiting) AS n FROM waiting_counts").get() as { n: number };
    db.$client.close();
    const byRequest = new Map(rows.map((r) => [r.requestId, r.ticket]));
    expect(rows.length).toBe(acked.size); // exactly once each, nothing extra
    expect(new Set(rows.map((r) => r.ticket)).size).toBe(rows.length);
    for (const [requestId, ticket] of acked) expect(byRequest.get(requestId)).toBe(ticket);
    // The trigger-kept queue length survived the crash with the rows it counts.
    expect(counts.n).toBe(rows.length);
  });
});
