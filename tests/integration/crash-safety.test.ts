import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { openDatabase } from '@reception/server';
import { spawnServer, type Spawned } from '../support/spawn.js';

const PORT = 4820;
const SERVICES = ['council-tax', 'housing', 'benefits'];

function device(url: string, deviceToken: string): Socket {
  // Real clients: they reconnect by themselves, quickly.
  return io(url, { transports: ['websocket'], forceNew: true, auth: { deviceToken }, reconnectionDelay: 100, reconnectionDelayMax: 500 });
}

let server: Spawned | null = null;
afterAll(async () => {
  await server?.stop();
});

describe('a server killed in the middle of a load of check-ins', () => {
  it('keeps every acknowledged check-in exactly once; retries do not duplicate; clients resync by themselves', { timeout: 60_000 }, async () => {
    server = await spawnServer(PORT);
    const { dbPath, url } = server;
    const kiosks = Array.from({ length: 5 }, () => device(url, 'demo-kiosk-token'));
    const display = device(url, 'demo-display-token');
    let snapshots = 0;
    display.on('display:snapshot', () => snapshots++);
    await Promise.all([...kiosks, display].map((s) => new Promise((r) => (s.connected ? r(null) : s.once('connect', () => r(null))))));

    const acked = new Map<string, string>(); // requestId → ticket
    const unacked = new Set<string>();
    let killed = false;
    const lane = async (kiosk: Socket, n: number) => {
      for (let i = 0; !killed; i++) {
        const requestId = randomUUID();
        try {
          const ack = (await kiosk.timeout(1500).emitWithAck('kiosk:check-in', { requestId, serviceId: SERVICES[(n + i) % 3], language: 'en', needs: {} })) as { ok: boolean; data: { ticket: string } };
          if (ack.ok) acked.set(requestId, ack.data.ticket);
          else unacked.add(requestId);
        } catch {
          unacked.add(requestId); // no answer: the kiosk does not know whether it happened
        }
      }
    };
    const load = kiosks.flatMap((k, n) => [lane(k, n), lane(k, n + 1)]);
    while (acked.size < 150) await new Promise((r) => setTimeout(r, 5));
    await server.stop('SIGKILL');
    killed = true;
    await Promise.all(load);
    const snapshotsBeforeRestart = snapshots;
    expect(acked.size).toBeGreaterThanOrEqual(150);
    expect(unacked.size).toBeGreaterThan(0); // some were in flight when it died

    server = await spawnServer(PORT, { dbPath });
    // Nobody reloads anything: the sockets reconnect and the display is sent a fresh view.
    await expect.poll(() => kiosks.every((k) => k.connected) && display.connected, { timeout: 20_000 }).toBe(true);
    await expect.poll(() => snapshots, { timeout: 20_000 }).toBeGreaterThan(snapshotsBeforeRestart);

    // The kiosks retry what they never heard back about, with the same request ids.
    for (const requestId of unacked) {
      for (let attempt = 0; ; attempt++) {
        const ack = (await kiosks[0]!.timeout(5000).emitWithAck('kiosk:check-in', { requestId, serviceId: 'council-tax', language: 'en', needs: {} })) as { ok: boolean; data: { ticket: string }; error?: { code: string } };
        if (ack.ok) {
          acked.set(requestId, ack.data.ticket);
          break;
        }
        // A kiosk told to slow down waits and tries again; anything else is a failure.
        expect(ack.error?.code).toBe('RATE_LIMITED');
        expect(attempt).toBeLessThan(50);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    // Retrying an acknowledged one gives the same ticket again.
    const [someId, someTicket] = [...acked.entries()][0]!;
    const again = (await kiosks[1]!.timeout(5000).emitWithAck('kiosk:check-in', { requestId: someId, serviceId: 'housing', language: 'en', needs: {} })) as { data: { ticket: string } };
    expect(again.data.ticket).toBe(someTicket);

    for (const s of [...kiosks, display]) s.close();
    await server.stop();
    server = null;
    const db = openDatabase(dbPath);
    const rows = db.$client.prepare('SELECT request_id AS requestId, ticket FROM visits').all() as { requestId: string; ticket: string }[];
    db.$client.close();
    const byRequest = new Map(rows.map((r) => [r.requestId, r.ticket]));
    expect(rows.length).toBe(acked.size); // exactly once each, nothing extra
    expect(new Set(rows.map((r) => r.ticket)).size).toBe(rows.length);
    for (const [requestId, ticket] of acked) expect(byRequest.get(requestId)).toBe(ticket);
  });
});
