import { io } from 'socket.io-client';
import type { Appointment } from '@reception/shared';
import { CONSOLE_URL, expect, signedInContext, snap, test } from './support.js';

/** Books through the real socket API as the advisor, as the console's booking form does. */
async function bookAs(baseURL: string, cookie: string, visitorName: string): Promise<Appointment> {
  const socket = io(baseURL, { extraHeaders: { cookie }, transports: ['websocket'] });
  try {
    const { now } = (await (await fetch(`${baseURL}/api/health`)).json()) as { now: number };
    const startsAt = Math.ceil((now + 3 * 3600_000) / 900_000) * 900_000;
    const ack = (await socket.timeout(5000).emitWithAck('staff:book-appointment', { serviceId: 'housing', officerId: 'staff-advisor', startsAt, visitorName, visitorContact: '07700 900456' })) as {
      ok: boolean;
      data: Appointment;
    };
    if (!ack.ok) throw new Error(`booking failed: ${JSON.stringify(ack)}`);
    return ack.data;
  } finally {
    socket.close();
  }
}

test('a manager sets the retention period, answers a subject access request and erases a visitor on request', async ({ browser, baseURL }) => {
  const advisor = await signedInContext(browser, 'advisor');
  const cookie = (await advisor.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const booking = await bookAs(baseURL!, cookie, 'Jamie Sample');

  const context = await signedInContext(browser, 'manager');
  const manager = await context.newPage();
  await manager.goto(CONSOLE_URL);
  await manager.getByRole('button', { name: 'Service standards' }).click();
  const panel = manager.getByTestId('personal-data');
  await expect(panel.getByLabel(/Keep names and contact details for/)).toHaveValue('30');

  await panel.getByLabel(/Keep names and contact details for/).fill('0');
  await panel.getByRole('button', { name: 'Save period' }).click();
  await expect(panel.getByRole('alert').first()).toContainText('Enter a whole number of days from 1 to 3650');
  await panel.getByLabel(/Keep names and contact details for/).fill('90');
  await panel.getByRole('button', { name: 'Save period' }).click();
  await expect(panel).toContainText('In force: 90 days');

  await panel.getByRole('textbox', { name: 'Booking reference' }).fill(`${booking.reference.slice(0, 3)} ${booking.reference.slice(3)}`.toLowerCase());
  await panel.getByRole('button', { name: 'Find' }).click();
  const table = panel.getByRole('table');
  await expect(table).toContainText('Jamie Sample');
  await expect(table).toContainText('07700 900456');
  await panel.scrollIntoViewIfNeeded();
  await snap(manager, 'console-personal-data-found');

  const download = manager.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download a copy (JSON)' }).click();
  const file = await download;
  const exported = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))) as { appointments: { visitorName: string }[] };
  expect(exported.appointments.map((a) => a.visitorName)).toEqual(['Jamie Sample']);

  await panel.getByRole('button', { name: 'Erase name and contact…' }).click();
  await expect(panel.getByRole('alertdialog')).toContainText('This cannot be undone');
  await snap(manager, 'console-personal-data-confirm');
  await panel.getByRole('button', { name: 'Yes, erase' }).click();
  await expect(panel.getByRole('status')).toContainText('Erased the name and contact details from 1 booking');

  await panel.getByRole('radio', { name: 'Name as booked' }).check();
  await panel.getByRole('textbox', { name: 'Name as booked' }).fill('Jamie Sample');
  await panel.getByRole('button', { name: 'Find' }).click();
  await expect(manager.getByText(/No booking under that name/)).toBeVisible();

  await context.close();
  await advisor.close();
});
