import { randomUUID } from 'node:crypto';
import type { WebSocketRoute } from '@playwright/test';
import { io } from 'socket.io-client';
import { CONSOLE_URL, DISPLAY_URL, expect, KIOSK_URL, signedInContext, snap, test } from './support.js';

test('a walk-in checks in at the kiosk, is shown, called to a desk, announced, served and completed', async ({ browser }) => {
  const displayContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const display = await displayContext.newPage();
  await display.goto(DISPLAY_URL);
  await expect(display.getByTestId('recent-calls')).toBeVisible();
  await expect(display.getByTestId('display-offline')).toBeHidden();
  await snap(display, 'display-empty-landscape');

  const consoleContext = await signedInContext(browser, 'advisor');
  const advisor = await consoleContext.newPage();
  await advisor.goto(CONSOLE_URL);
  const signOn = advisor.getByTestId('desk-sign-on');
  await expect(signOn).toBeVisible();
  await signOn.getByLabel('Desk').selectOption({ label: 'Desk 2' });
  await snap(advisor, 'console-desk-sign-on');
  await signOn.getByRole('button', { name: 'Start at this desk' }).click();
  await expect(advisor.getByRole('button', { name: 'Call next' })).toBeVisible();

  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(KIOSK_URL);
  await kiosk.getByRole('button', { name: 'English' }).click();
  await expect(kiosk.getByTestId('screen-services')).toBeVisible();
  await snap(kiosk, 'kiosk-services-portrait');
  await kiosk.getByRole('button', { name: 'Council Tax' }).click();
  await expect(kiosk.getByTestId('screen-needs')).toBeVisible();
  await kiosk.getByRole('button', { name: 'Hearing loop' }).click();
  await snap(kiosk, 'kiosk-needs-portrait');
  await kiosk.getByRole('button', { name: 'Continue' }).click();
  await expect(kiosk.getByTestId('screen-confirm')).toBeVisible();
  await snap(kiosk, 'kiosk-confirm-portrait');
  await kiosk.getByRole('button', { name: 'Get my ticket' }).click();
  const ticketNumber = kiosk.getByTestId('ticket-number');
  await expect(ticketNumber).toHaveText(/^C\d{3}$/);
  const ticket = (await ticketNumber.textContent())!;
  await expect(kiosk.getByTestId('ticket-promise')).toContainText('We aim to see you within 20 minutes');
  await snap(kiosk, 'kiosk-ticket-portrait');

  // The ticket appears on the board and in the console's queue, with the visitor's need for staff only.
  await expect(display.getByTestId('waiting-ticket').filter({ hasText: ticket })).toBeVisible();
  await snap(display, 'display-waiting-landscape');
  const row = advisor.getByTestId(`queue-row-${ticket}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Hearing loop');
  await expect(display.locator('body')).not.toContainText('Hearing loop');
  await snap(advisor, 'console-queue');

  await advisor.getByRole('button', { name: 'Call next' }).click();
  const current = advisor.getByTestId('current-visit');
  await expect(current).toContainText(ticket);
  const latest = display.getByTestId('latest-call');
  await expect(latest).toContainText(ticket);
  await expect(latest).toContainText('Desk 2');
  await expect.poll(() => display.evaluate(() => (window as unknown as { __announcements?: string[] }).__announcements ?? [])).toEqual(
    expect.arrayContaining([expect.stringMatching(/Desk 2/)]),
  );
  await snap(display, 'display-called-landscape');
  await snap(advisor, 'console-called');

  await current.getByRole('button', { name: 'Start serving' }).click();
  await current.getByLabel('Outcome').selectOption({ label: 'Resolved' });
  await snap(advisor, 'console-serving');
  await current.getByRole('button', { name: 'Complete' }).click();
  await expect(advisor.getByRole('button', { name: 'Call next' })).toBeVisible();
  await expect(display.getByTestId('waiting-ticket').filter({ hasText: ticket })).toHaveCount(0);

  await Promise.all([displayContext.close(), consoleContext.close(), kioskContext.close()]);
});

test('the display board shows it is offline and catches up by itself when the connection returns', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const display = await context.newPage();
  let blocked = false;
  const open: WebSocketRoute[] = [];
  // Stand between the board and the server so the test can cut the line and refuse reconnects.
  await display.routeWebSocket(/socket\.io/, (ws) => {
    if (blocked) return void ws.close();
    ws.connectToServer();
    open.push(ws);
  });
  await display.goto(DISPLAY_URL);
  await expect(display.getByTestId('recent-calls')).toBeVisible();
  await expect(display.getByTestId('display-offline')).toBeHidden();

  blocked = true;
  await Promise.all(open.map((ws) => ws.close()));
  await expect(display.getByTestId('display-offline')).toBeVisible();
  await snap(display, 'display-offline-portrait');

  // A visitor checks in while the board is cut off.
  const kiosk = io(baseURL, { auth: { deviceToken: 'demo-kiosk-token' }, transports: ['websocket'] });
  const result = (await kiosk.timeout(5000).emitWithAck('kiosk:check-in', { requestId: randomUUID(), serviceId: 'housing', language: 'en', needs: {} })) as { ok: boolean; data: { ticket: string } };
  expect(result.ok).toBe(true);
  kiosk.close();

  blocked = false;
  await expect(display.getByTestId('display-offline')).toBeHidden({ timeout: 15_000 });
  await expect(display.getByTestId('waiting-ticket').filter({ hasText: result.data.ticket })).toBeVisible();
  await snap(display, 'display-portrait');
  await context.close();
});
