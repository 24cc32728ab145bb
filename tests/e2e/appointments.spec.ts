import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { localTimeOf, lostReferenceSlotOf } from '@reception/shared';
import { bookOverSocket, consoleAtDesk, GALLERY, DISPLAY_URL, expect, KIOSK_URL, snap, test } from './support.js';

test('an appointment booked in the console is checked in at the kiosk, alerts its officer, is called and shown on the board', async ({ browser }) => {
  const displayContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const display = await displayContext.newPage();
  await display.goto(DISPLAY_URL);
  await expect(display.getByTestId('recent-calls')).toBeVisible();

  const { context: samContext, page: sam } = await consoleAtDesk(browser, 'advisor', 'Desk 1');

  // Book from the console: Housing, with Sam, at the suggested time today.
  await sam.getByRole('button', { name: 'Appointments' }).click();
  await sam.getByRole('button', { name: 'Book an appointment' }).click();
  const form = sam.getByTestId('booking-form');
  await form.getByLabel('Service').selectOption({ label: 'Housing' });
  await form.getByLabel('Officer').selectOption({ label: 'Sam Patel' });
  await form.getByLabel("Visitor's name").fill('Pat Example');
  await form.getByLabel('Phone or email').fill('07700 900123');
  await snap(sam, 'console-appointment-booking');
  await form.getByRole('button', { name: 'Book appointment' }).click();
  const confirmation = sam.getByTestId('booking-confirmation');
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText('You will see');
  await expect(confirmation).toContainText('Sam');
  const shown = (await sam.getByTestId('booking-reference').textContent())!.trim();
  expect(shown).toMatch(/^[ACDEFHJKMNPRTWXY3479]{3} [ACDEFHJKMNPRTWXY3479]{3}$/);
  const reference = shown.replace(' ', '');
  await expect(sam.getByTestId(`appointment-${reference}`)).toContainText('Booked');
  await snap(sam, 'console-appointment-confirmation');
  // The printed confirmation is the slip alone, with the reference to bring.
  await sam.emulateMedia({ media: 'print' });
  const pdf = join(GALLERY, 'appointment-confirmation-print.pdf');
  await sam.pdf({ path: pdf, format: 'A4', printBackground: true });
  await sam.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(GALLERY, 'appointment-confirmation-print')]);
  const slip = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(slip).toContain(shown);
  expect(slip).toContain('When you arrive, choose “I have an appointment”');
  expect(slip).not.toContain('Staff console');

  // The visitor checks in with the reference on the kiosk keypad.
  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(KIOSK_URL);
  await kiosk.getByRole('button', { name: 'English' }).click();
  await kiosk.getByTestId('have-appointment').click();
  await expect(kiosk.getByTestId('screen-reference')).toBeVisible();
  for (const c of reference) await kiosk.getByRole('button', { name: `Type ${c}`, exact: true }).click();
  await expect(kiosk.getByTestId('reference-display')).toHaveText(shown);
  await snap(kiosk, 'kiosk-appointment-reference');
  await kiosk.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(kiosk.getByTestId('appointment-lead')).toContainText('Thank you, you are checked in');
  await expect(kiosk.getByTestId('ticket-next')).toHaveText('Please take a seat. Sam has been told you are here.');
  await expect(kiosk.getByTestId('ticket-promise')).toContainText('We aim to see you within 10 minutes');
  await expect(kiosk.locator('body')).not.toContainText('Pat Example');
  const ticket = (await kiosk.getByTestId('ticket-number').textContent())!;
  expect(ticket).toMatch(/^H\d{3}$/);
  await snap(kiosk, 'kiosk-appointment-checked-in');

  // Sam's console alerts, visibly and audibly, and the day view moves on.
  const alert = sam.getByTestId(`arrival-alert-${ticket}`);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Pat Example has arrived');
  await expect.poll(() => sam.evaluate(() => (window as unknown as { __arrivalChimes?: number }).__arrivalChimes ?? 0)).toBeGreaterThan(0);
  await expect(sam.getByTestId(`appointment-${reference}`)).toContainText('Arrived, waiting');
  await snap(sam, 'console-appointment-arrived');

  // A reload keeps the alert standing (rebuilt from the server's state) without chiming again.
  await sam.reload();
  await expect(alert).toContainText('Pat Example has arrived');
  expect(await sam.evaluate(() => (window as unknown as { __arrivalChimes?: number }).__arrivalChimes ?? 0)).toBe(0);

  // The board lists the ticket, never the name; Sam calls it and the board shows the call.
  await expect(display.getByTestId('waiting-ticket').filter({ hasText: ticket })).toBeVisible();
  await expect(sam.getByTestId(`queue-row-${ticket}`)).toContainText('Appointment');
  await sam.getByRole('button', { name: 'Call next' }).click();
  await expect(sam.getByTestId('current-visit')).toContainText(ticket);
  await expect(alert).toBeHidden();
  const latest = display.getByTestId('latest-call');
  await expect(latest).toContainText(ticket);
  await expect(latest).toContainText('Desk 1');
  await expect(display.locator('body')).not.toContainText('Pat Example');
  await snap(display, 'display-appointment-called');
  for (const c of [displayContext, samContext, kioskContext]) await c.close();
});

test("a wrong booking reference gets a clear message in the kiosk's language", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await context.newPage();
  await kiosk.goto(KIOSK_URL);
  await kiosk.getByRole('button', { name: 'Polski' }).click();
  await kiosk.getByTestId('have-appointment').click();
  await expect(kiosk.getByTestId('screen-reference')).toContainText('Wpisz numer rezerwacji');
  for (const c of 'AAAAAA') await kiosk.getByRole('button', { name: `Wpisz ${c}`, exact: true }).click();
  await kiosk.getByRole('button', { name: 'Zgłoś przybycie' }).click();
  await expect(kiosk.getByTestId('appointment-refusal')).toHaveText('Nie znaleźliśmy takiego numeru rezerwacji. Sprawdź go i spróbuj ponownie albo zapytaj pracownika.');
  await snap(kiosk, 'kiosk-appointment-wrong-reference-pl');
  // Trying again keeps what was typed, to correct rather than retype.
  await kiosk.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  await expect(kiosk.getByTestId('reference-display')).toHaveText('AAA AAA');
  await context.close();
});

test('a visitor who lost their reference checks in by surname letter and time; two matches are confirmed by staff', async ({ browser, baseURL }) => {
  const { context: samContext, page: sam } = await consoleAtDesk(browser, 'advisor', 'Desk 1');

  // Two visitors whose surnames start with E at the same time, and one with a Q later on.
  const [evans] = await bookOverSocket(baseURL!, [
    { officerId: 'staff-advisor', visitorName: 'Eve Evans' },
    { officerId: 'staff-advisor2', visitorName: 'Ed Ellis' },
  ]);
  const [quigley] = await bookOverSocket(baseURL!, [{ officerId: 'staff-advisor2', visitorName: 'Robin Quigley', startsAt: evans!.startsAt + 45 * 60_000 }]);
  const timeOf = (startsAt: number) => localTimeOf(startsAt, 'Europe/London');
  const time = timeOf(evans!.startsAt);
  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  const checkInBy = async (letter: string, at: string) => {
    await kiosk.goto(KIOSK_URL);
    await kiosk.getByRole('button', { name: 'English' }).click();
    await kiosk.getByTestId('have-appointment').click();
    await kiosk.getByRole('button', { name: 'I do not have my reference' }).click();
    await expect(kiosk.getByTestId('screen-lost-initial')).toContainText('What is the first letter of your surname?');
    await kiosk.getByRole('button', { name: letter, exact: true }).click();
    await expect(kiosk.getByTestId('screen-lost-time')).toBeVisible();
    // Booked off the five-minute grid on purpose: the visitor presses the slot it falls in.
    await kiosk.getByRole('button', { name: lostReferenceSlotOf(at), exact: true }).click();
  };

  // One match: checked in at once, and its officer named.
  await checkInBy('Q', timeOf(quigley!.startsAt));
  await expect(kiosk.getByTestId('ticket-next')).toHaveText('Please take a seat. Alex has been told you are here.');
  // 45 minutes early: the 10-minute promise runs from the appointment time.
  await expect(kiosk.getByTestId('ticket-clock-start')).toHaveText(`Counted from your appointment time, ${timeOf(quigley!.startsAt)}`);
  await snap(kiosk, 'kiosk-appointment-early');
  await expect(kiosk.locator('body')).not.toContainText('Quigley');

  // Two matches: the visitor is asked to sit down, and every console shows reception the choice.
  await checkInBy('E', time);
  await expect(kiosk.getByTestId('screen-ask-staff')).toContainText('A member of staff will come and confirm yours.');
  await expect(kiosk.locator('body')).not.toContainText('Evans');
  await snap(kiosk, 'kiosk-appointment-ask-staff');
  const queries = sam.getByTestId('arrival-queries');
  await expect(queries).toContainText(`surname initial E and time ${lostReferenceSlotOf(time)}`);
  await expect(queries).toContainText('Ed Ellis · Alex Jones');
  await snap(sam, 'console-arrival-query');
  await queries.getByRole('button', { name: 'Check in Eve Evans' }).click();
  await expect(queries).toBeHidden();
  // The visitor got no ticket from the kiosk, so reception is given the number to tell them.
  const result = sam.getByTestId('staff-check-in-result');
  await expect(result).toContainText(/^Eve Evans is checked in with ticket H\d{3}\. Tell them their ticket number/);
  const ticket = /ticket (H\d{3})/.exec((await result.textContent())!)![1]!;
  const alert = sam.getByTestId(`arrival-alert-${ticket}`);
  await expect(alert).toContainText('Eve Evans has arrived');
  await snap(sam, 'console-arrival-query-confirmed');

  // Dismissed stays dismissed across a reload; the visit is still in the queue.
  await alert.getByRole('button', { name: /Dismiss/ }).click();
  await expect(alert).toBeHidden();
  await sam.reload();
  await expect(sam.getByRole('button', { name: 'Call next' })).toBeVisible();
  await expect(sam.getByTestId(`queue-row-${ticket}`)).toBeVisible();
  await expect(sam.getByTestId(/^arrival-alert-/)).toHaveCount(0);
  await expect(sam.getByText(`${time} with Sam Patel`)).toBeVisible();
  for (const c of [samContext, kioskContext]) await c.close();
});
