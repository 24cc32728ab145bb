import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack, Appointment, AppointmentCheckInResult, StoredEvent } from '@reception/shared';
import { advanceServerClock, bookOverSocket, consoleAtDesk, CONSOLE_URL, DISPLAY_URL, expect, signedInContext, snap, test } from './support.js';

/** Books over a staff socket and checks in over a kiosk socket, so the test is about the prompts. */
async function arrivedFor(baseURL: string, officerId: string): Promise<{ appointment: Appointment; ticket: string; visitId: string }> {
  const [appointment] = await bookOverSocket(baseURL, [{ officerId, visitorName: 'Robin Example' }]);
  const kiosk: Socket = io(baseURL, { auth: { deviceToken: 'demo-kiosk-token' }, transports: ['websocket'] });
  try {
    const arrived = (await kiosk.timeout(5000).emitWithAck('kiosk:appointment-check-in', { requestId: randomUUID(), lookup: { by: 'reference', reference: appointment!.reference } })) as Ack<AppointmentCheckInResult>;
    if (!arrived.ok || arrived.data.outcome !== 'checked-in') throw new Error('not checked in');
    return { appointment: appointment!, ticket: arrived.data.ticket.ticket, visitId: arrived.data.ticket.visitId };
  } finally {
    kiosk.close();
  }
}

test("an appointment whose officer is signed out is handed to another officer, who is alerted and calls it", async ({ browser, baseURL }) => {
  const { context: alexContext, page: alex } = await consoleAtDesk(browser, 'advisor2', 'Desk 2');

  const { ticket } = await arrivedFor(baseURL!, 'staff-advisor');
  const card = alex.getByTestId(`prompt-${ticket}`);
  await expect(card).toContainText(`${ticket}'s officer is not signed on at a desk`);
  await expect(card).toContainText('Arrange for the visitor to be seen by someone else');
  await snap(alex, 'console-prompt-officer-unavailable');
  // Booked with someone else, so it is not the ticket Alex's "Call next" would take.
  const row = alex.getByTestId(`queue-row-${ticket}`);
  await expect(row).toBeVisible();
  await expect(row.getByText('Next', { exact: true })).toHaveCount(0);
  await expect(alex.getByTestId('current-visit')).toContainText('Nobody for you to call: 1 appointment waits for its own officer.');
  await card.getByLabel(`Hand ${ticket} to`).selectOption({ label: 'Alex Jones' });
  await card.getByRole('button', { name: 'Hand over' }).click();
  await expect(card).toBeHidden();
  const alert = alex.getByTestId(`arrival-alert-${ticket}`);
  await expect(alert).toContainText('Robin Example has arrived');
  await expect(alert).toContainText('Handed over to you');
  await expect(row.getByText('Next', { exact: true })).toBeVisible();
  await alex.getByRole('button', { name: 'Call next' }).click();
  await expect(alex.getByTestId('current-visit')).toContainText(ticket);
  await alexContext.close();
});

test('staff give the reason for a delay, shown on the board, then rebook the appointment the officer cannot keep', async ({ browser, baseURL }) => {
  const displayContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const display = await displayContext.newPage();
  await display.goto(DISPLAY_URL);
  const alexContext = await signedInContext(browser, 'advisor2');
  const alex = await alexContext.newPage();
  await alex.goto(CONSOLE_URL);
  const { appointment, ticket, visitId } = await arrivedFor(baseURL!, 'staff-advisor');
  await expect(alex.getByTestId(`prompt-${ticket}`)).toBeVisible();

  // From the appointment time, five minutes on is the site's prompt point before the 10-minute limit.
  const serverNow = ((await (await alexContext.request.get('/api/health')).json()) as { now: number }).now;
  await advanceServerClock(alex, appointment.startsAt - serverNow + 5 * 60_000 + 1000);
  const delay = alex.getByTestId('prompts').locator('.prompt-card--delay-reason');
  await expect(delay).toContainText(`${ticket} may not be seen within 10 minutes of their appointment time`);
  await delay.getByLabel(`Reason for the delay, shown on the display board with ${ticket}`).fill('The officer is on a home visit and back at half past');
  await delay.getByRole('button', { name: 'Tell visitor and show on board' }).click();
  await expect(delay).toBeHidden();
  await expect(display.locator('body')).toContainText(`${ticket}: The officer is on a home visit and back at half past`);
  await expect(display.locator('body')).not.toContainText('Robin Example');
  await snap(display, 'display-appointment-delay-reason');

  const unavailable = alex.getByTestId('prompts').locator('.prompt-card--officer-unavailable');
  await unavailable.getByRole('button', { name: 'Rebook…' }).click();
  const form = alex.getByTestId('booking-form');
  await expect(form).toContainText('Make a new appointment');
  await form.getByLabel('Officer').selectOption({ label: 'Alex Jones' });
  // Tomorrow, same time: the site's day is the UTC date in winter.
  const tomorrow = new Date(appointment.startsAt + 24 * 3600_000).toISOString().slice(0, 10);
  await form.getByLabel('Date').fill(tomorrow);
  await snap(alex, 'console-appointment-rebook');
  await form.getByRole('button', { name: 'Book appointment' }).click();
  const confirmation = alex.getByTestId('booking-confirmation');
  await expect(confirmation).toContainText('You will see');
  await expect(confirmation).toContainText('Alex');
  await alex.getByRole('button', { name: 'Today', exact: true }).click();
  await alex.getByLabel('Officer', { exact: true }).selectOption({ label: 'Everyone at the site' });
  await expect(alex.getByTestId(`appointment-${appointment.reference}`)).toContainText('Rebooked');
  await expect(unavailable).toBeHidden();

  const managerContext = await signedInContext(browser, 'manager');
  const events = (await (await managerContext.request.get('/api/sites/civic-centre/events?limit=500')).json()) as StoredEvent[];
  expect(events.find((e) => e.type === 'appointment-rebooked')?.payload).toMatchObject({ appointmentId: appointment.id });
  expect(events.find((e) => e.type === 'completed' && e.visitId === visitId)?.payload).toMatchObject({ outcome: 'appointment-booked' });
  await Promise.all([alexContext.close(), displayContext.close(), managerContext.close()]);
});
