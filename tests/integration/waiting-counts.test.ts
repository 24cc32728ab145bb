import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckInResult, Visit } from '@reception/shared';
import { connectKiosk, connectStaff, ok } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

/** The trigger-kept counts must always equal a count of the rows themselves. */
function expectCountsMatchRows(): void {
  const sqlite = server.db.$client;
  const counted = sqlite.prepare("SELECT site_id, service_id, COUNT(*) AS n FROM visits WHERE status = 'waiting' GROUP BY 1, 2 ORDER BY 1, 2").all();
  const kept = sqlite.prepare('SELECT site_id, service_id, waiting AS n FROM waiting_counts WHERE waiting > 0 ORDER BY 1, 2').all();
  expect(kept).toEqual(counted);
}

describe('queue position from the kept waiting counts', () => {
  it('stays equal to the rows through check-in, call, transfer and leaving', async () => {
    const kiosk = await connectKiosk(server.url);
    const { socket: staff } = await connectStaff(server.url, 'advisor');
    // A minute between arrivals, so "arrived no later than" is an order, not a tie.
    const checkIn = (serviceId: string, requestId: string = randomUUID()) => {
      server.clock.advance(60_000);
      return ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId, serviceId, language: 'en', needs: {} });
    };
    const secondId = randomUUID();
    const first = [await checkIn('council-tax'), await checkIn('council-tax', secondId), await checkIn('housing'), await checkIn('council-tax')];
    expect(first.map((t) => t.position)).toEqual([1, 2, 1, 3]);
    expectCountsMatchRows();

    await ok(staff, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
    const called = await ok<Visit>(staff, 'staff:call-next', {});
    expectCountsMatchRows();
    // The called visitor no longer counts: the next arrival is third, not fourth.
    expect((await checkIn('council-tax')).position).toBe(3);

    await ok(staff, 'staff:visit-command', { visitId: called.id, command: { type: 'start-serving' } });
    await ok(staff, 'staff:visit-command', { visitId: called.id, command: { type: 'transfer', serviceId: 'housing' } });
    expectCountsMatchRows();
    expect((await checkIn('housing')).position).toBe(3);

    await ok(staff, 'staff:visit-command', { visitId: first[3]!.visitId, command: { type: 'left' } });
    expectCountsMatchRows();
    expect((await checkIn('council-tax')).position).toBe(3);

    // A retried check-in is answered with its place now, counted from the rows: the
    // second council-tax arrival is first in line once the first was called.
    const retried = await checkIn('council-tax', secondId);
    expect(retried.ticket).toBe(first[1]!.ticket);
    expect(retried.position).toBe(1);
    [kiosk, staff].forEach((s) => s.close());
  });
});
