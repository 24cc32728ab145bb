import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { io } from 'socket.io-client';
import type { Ack, CheckInResult, StoredEvent } from '@reception/shared';
import { advanceServerClock, CONSOLE_URL, DISPLAY_URL, expect, signedInContext, signOnToDesk, snap, test } from './support.js';

const WIDE = { width: 1920, height: 1080 };

/** Checks visitors in the way a kiosk does, over its own socket, so each test controls its tickets. */
async function checkIn(baseURL: string, serviceId: string, needs: Record<string, unknown> = {}): Promise<CheckInResult> {
  const kiosk = io(baseURL, { auth: { deviceToken: 'demo-kiosk-token' }, transports: ['websocket'] });
  try {
    const result = (await kiosk.timeout(5000).emitWithAck('kiosk:check-in', { requestId: randomUUID(), serviceId, language: 'en', needs })) as Ack<CheckInResult>;
    if (!result.ok) throw new Error(`check-in failed: ${result.error.message}`);
    return result.data;
  } finally {
    kiosk.close();
  }
}

/** The new panels must pass axe on their own; the rest of the console has its own checks. */
async function expectAccessible(page: Page, ...testIds: string[]): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const id of testIds) builder = builder.include(`[data-testid="${id}"]`);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a walk-in approaching the limit raises the offer-an-appointment prompt at every console', async ({ browser, baseURL }) => {
  const advisorContext = await signedInContext(browser, 'advisor');
  const advisor = await advisorContext.newPage();
  await advisor.goto(CONSOLE_URL);
  await expect(advisor.getByTestId('prompts')).toContainText('None now');
  const visit = await checkIn(baseURL!, 'council-tax');
  await expect(advisor.getByTestId(`queue-row-${visit.ticket}`)).toBeVisible();

  await advanceServerClock(advisor, 15 * 60_000);
  const card = advisor.getByTestId(`prompt-${visit.ticket}`);
  await expect(card).toBeVisible();
  await expect(card).toContainText(`${visit.ticket} may not be seen within 20 minutes`);
  await expect(card).toContainText('Offer the choice of waiting or making a specific appointment.');
  await expect(card).toContainText('New');
  // Screen-reader users hear it too, once.
  await expect(advisor.locator('[aria-live="assertive"]')).toContainText(`New prompt: ${visit.ticket} may not be seen within 20 minutes`);
  await expect(advisor).toHaveTitle(/^\(1\) Prompt/);
  await snap(advisor, 'console-prompt-offer');
  await expectAccessible(advisor, 'prompts', 'rooms', 'notices');

  // A manager opening a console now sees the same prompt, with clocks at the moved server time.
  const managerContext = await signedInContext(browser, 'manager', WIDE);
  const manager = await managerContext.newPage();
  await manager.goto(CONSOLE_URL);
  await expect(manager.getByTestId(`prompt-${visit.ticket}`)).toContainText(`${visit.ticket} may not be seen within 20 minutes`);
  await expect(manager.getByTestId(`queue-row-${visit.ticket}`)).toContainText('Due soon');
  await snap(manager, 'console-prompt-offer-wide');

  await card.getByRole('button', { name: 'Appointment booked' }).click();
  await expect(card).toBeHidden();
  await expect(advisor.getByTestId(`queue-row-${visit.ticket}`)).toBeHidden();
  await expect(manager.getByTestId(`prompt-${visit.ticket}`)).toBeHidden();
  await expect(advisor.getByTestId('console-error')).toBeEmpty();
  await snap(advisor, 'console-prompt-answered');

  const res = await managerContext.request.get('/api/sites/civic-centre/events?limit=500');
  expect(res.ok()).toBe(true);
  const answered = ((await res.json()) as StoredEvent[]).filter((e) => e.type === 'offer-answered' && e.visitId === visit.visitId);
  expect(answered).toHaveLength(1);
  expect(answered[0]!.payload).toMatchObject({ answer: 'appointment-booked', offer: 'appointment' });

  await Promise.all([advisorContext.close(), managerContext.close()]);
});

test('a privacy request with every room in use raises the "wait or return" prompt', async ({ browser, baseURL }) => {
  const managerContext = await signedInContext(browser, 'manager', WIDE);
  const manager = await managerContext.newPage();
  await manager.goto(CONSOLE_URL);
  const rooms = manager.getByTestId('rooms');
  await expect(rooms.getByTestId('room-room-2')).toContainText('Free');
  await rooms.getByRole('button', { name: 'Take Interview room 2 out of service' }).click();
  await expect(rooms.getByTestId('room-room-2')).toContainText('Out of service');
  await expect(rooms.getByRole('button', { name: 'Put Interview room 2 back in service' })).toBeVisible();

  const first = await checkIn(baseURL!, 'housing', { privateRoom: true });
  const second = await checkIn(baseURL!, 'housing', { privateRoom: true });

  const samContext = await signedInContext(browser, 'advisor');
  const sam = await samContext.newPage();
  await sam.goto(CONSOLE_URL);
  // Advisors see the rooms but cannot change them.
  await expect(sam.getByTestId('rooms')).toContainText('Out of service');
  await expect(sam.getByTestId('rooms').getByRole('button', { name: /service/ })).toHaveCount(0);
  await expect(sam.getByTestId(`queue-row-${first.ticket}`)).toContainText('Private room');
  await signOnToDesk(sam, 'Desk 1');
  await sam.getByRole('button', { name: 'Call next' }).click();
  const samVisit = sam.getByTestId('current-visit');
  await expect(samVisit).toContainText(first.ticket);
  await expect(samVisit).toContainText('Called to Interview room 1');
  await expect(sam.getByTestId('room-room-1')).toContainText(`In use · ${first.ticket}`);
  await expect(manager.getByTestId('active-elsewhere').getByRole('listitem').filter({ hasText: first.ticket })).toContainText('Interview room 1');
  await snap(sam, 'console-called-to-room');

  const alexContext = await signedInContext(browser, 'advisor2');
  const alex = await alexContext.newPage();
  await alex.goto(CONSOLE_URL);
  await signOnToDesk(alex, 'Desk 2');
  await alex.getByRole('button', { name: 'Call next' }).click();
  await expect(alex.getByTestId('current-visit')).toContainText(second.ticket);
  const card = alex.getByTestId(`prompt-${second.ticket}`);
  await expect(card).toContainText(`No interview room is free for ${second.ticket}`);
  await expect(card).toContainText('Advise the visitor and offer the choice of waiting or making an appointment to return.');
  await expect(sam.getByTestId(`prompt-${second.ticket}`)).toBeVisible();
  await expect(manager.getByTestId(`prompt-${second.ticket}`)).toBeVisible();
  await snap(alex, 'console-prompt-no-room');
  await snap(manager, 'console-prompt-no-room-wide');

  await card.getByRole('button', { name: 'Chose to wait' }).click();
  await expect(card).toBeHidden();
  await expect(sam.getByTestId(`prompt-${second.ticket}`)).toBeHidden();
  // Back in the queue to wait for a room, and off Alex's desk.
  await expect(alex.getByTestId(`queue-row-${second.ticket}`)).toBeVisible();
  await expect(alex.getByRole('button', { name: 'Call next' })).toBeVisible();
  await snap(alex, 'console-waiting-for-room');

  await Promise.all([managerContext.close(), samContext.close(), alexContext.close()]);
});

test('a delay reason posted in the console appears on the display board until withdrawn', async ({ browser }) => {
  const displayContext = await browser.newContext({ viewport: WIDE });
  const display = await displayContext.newPage();
  await display.goto(DISPLAY_URL);
  await expect(display.getByTestId('recent-calls')).toBeVisible();

  const advisorContext = await signedInContext(browser, 'advisor');
  const advisor = await advisorContext.newPage();
  await advisor.goto(CONSOLE_URL);
  const notices = advisor.getByTestId('notices');
  // At 1366 wide the panel starts folded to its summary line.
  await notices.getByText('Delay notices').click();
  await notices.getByRole('button', { name: 'Show on screens' }).click();
  await expect(advisor.getByTestId('console-error')).toContainText('Reason shown to visitors');

  const reason = 'Two advisors are at a training session until 11:00';
  await notices.getByLabel('Type').selectOption({ label: 'Delay' });
  await notices.getByLabel('Reason shown to visitors').fill(reason);
  await notices.getByLabel('Show for').selectOption({ label: '1 hour' });
  await notices.getByRole('button', { name: 'Show on screens' }).click();
  await expect(notices.getByRole('listitem').filter({ hasText: reason })).toBeVisible();
  await expect(notices).toContainText('1 on screens');
  await expect(notices.getByLabel('Reason shown to visitors')).toHaveValue('');
  await expect(display.getByTestId('display-notices')).toContainText(reason);
  await notices.scrollIntoViewIfNeeded();
  await snap(advisor, 'console-notice-posted');
  await snap(display, 'display-notice-landscape');

  await notices.getByRole('button', { name: 'Withdraw notice: Two advisors are at a training session' }).click();
  await expect(display.getByTestId('display-notices')).toBeHidden();
  await expect(notices).toContainText('none on screens');

  await Promise.all([displayContext.close(), advisorContext.close()]);
});

test('a manager adopts a published standard; visitors already waiting keep theirs', async ({ browser, baseURL }) => {
  const waiting = await checkIn(baseURL!, 'council-tax');
  const managerContext = await signedInContext(browser, 'manager');
  const manager = await managerContext.newPage();
  await manager.goto(CONSOLE_URL);
  await manager.getByRole('button', { name: 'Service standards' }).click();
  const standards = manager.getByTestId('standards');
  const current = standards.getByRole('heading', { name: /^In force now: version \d+$/ });
  const version = Number((await current.textContent())!.replace(/\D/g, ''));
  await expect(standards.getByRole('radio', { name: /Bolsover & North East Derbyshire/ })).toBeChecked();

  // Custom limits are checked with the shared schema before anything is sent.
  await standards.getByRole('radio', { name: /Custom/ }).check();
  await standards.getByLabel('Prompt staff this many minutes before a limit').fill('25');
  await standards.getByRole('button', { name: 'Save standards' }).click();
  await expect(standards.getByRole('alert')).toContainText('the prompt must come before the shortest limit');
  await snap(manager, 'console-standards-invalid');

  await standards.getByRole('radio', { name: /Hertsmere/ }).check();
  await standards.getByRole('button', { name: 'Save standards' }).click();
  await expect(standards.getByRole('status')).toContainText(`Saved. Version ${version + 1}`);
  await expect(standards).toContainText(`In force now: version ${version + 1}`);
  await snap(manager, 'console-standards-saved');

  const later = await checkIn(baseURL!, 'council-tax');
  expect(later.promiseMinutes).toBe(15);

  const hours = standards.getByRole('form', { name: 'Opening hours' });
  await hours.getByLabel('Saturday closes at').fill('25:00');
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.getByRole('alert')).toContainText('Saturday: must be a time like 09:00');
  await hours.getByLabel('Open on Saturday').uncheck();
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.getByRole('status')).toContainText('Opening hours saved.');
  await hours.scrollIntoViewIfNeeded();
  await snap(manager, 'console-opening-hours');
  await standards.getByRole('button', { name: 'Back to the queue' }).click();
  await expect(manager.getByTestId(`queue-row-${waiting.ticket}`)).toContainText('of 20 min');
  await expect(manager.getByTestId(`queue-row-${later.ticket}`)).toContainText('of 15 min');

  // Advisors never see the settings.
  const advisorContext = await signedInContext(browser, 'advisor');
  const advisor = await advisorContext.newPage();
  await advisor.goto(CONSOLE_URL);
  await expect(advisor.getByTestId('queue')).toBeVisible();
  await expect(advisor.getByRole('button', { name: 'Service standards' })).toHaveCount(0);
  await Promise.all([managerContext.close(), advisorContext.close()]);
});

test('the queue shows when each visitor is expected, and a referred walk-in waits for an officer', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, 'advisor');
  const advisor = await context.newPage();
  await advisor.goto(CONSOLE_URL);
  await signOnToDesk(advisor, 'Desk 1');
  // One desk and no service history: about 8 minutes each, so the later ones cannot be seen within 20.
  const visits: CheckInResult[] = [];
  for (let i = 0; i < 6; i++) visits.push(await checkIn(baseURL!, 'council-tax'));
  const [first, last] = [visits[0]!, visits[5]!];
  await expect(advisor.getByTestId(`queue-row-${first.ticket}`)).toContainText(/Expected \d\d:\d\d/);
  await expect(advisor.getByTestId(`queue-row-${first.ticket}`)).not.toContainText('Will pass limit');
  await expect(advisor.getByTestId(`queue-row-${last.ticket}`)).toContainText(/Will pass limit at \d\d:\d\d/);
  await expect(advisor.getByTestId(`prompt-${last.ticket}`)).toContainText(/Expected to be seen \d\d:\d\d · limit \d\d:\d\d/);
  // Forecasts arrive as changes only; the earlier rows keep theirs.
  await expect(advisor.getByTestId(`queue-row-${first.ticket}`)).toContainText(/Expected \d\d:\d\d/);
  await snap(advisor, 'console-forecast');

  await advisor.getByRole('button', { name: 'Call next' }).click();
  const current = advisor.getByTestId('current-visit');
  await expect(current).toContainText(first.ticket);
  await expect(current.getByRole('button', { name: 'Refer to an officer' })).toHaveCount(0);
  await current.getByRole('button', { name: 'Start serving' }).click();
  await snap(advisor, 'console-serving-refer');
  await current.getByRole('button', { name: 'Refer to an officer' }).click();
  const row = advisor.getByTestId(`queue-row-${first.ticket}`);
  await expect(row).toContainText('Waiting for an officer');
  await expect(row).toContainText('of 20 min');
  await expect(advisor.getByRole('button', { name: 'Call next' })).toBeVisible();
  await row.scrollIntoViewIfNeeded();
  await snap(advisor, 'console-officer-wait');
  await context.close();
});

test('a breach reaches managers only, who acknowledge it', async ({ browser, baseURL }) => {
  const visit = await checkIn(baseURL!, 'benefits');
  const advisorContext = await signedInContext(browser, 'advisor');
  const advisor = await advisorContext.newPage();
  await advisor.goto(CONSOLE_URL);
  await expect(advisor.getByTestId(`queue-row-${visit.ticket}`)).toBeVisible();
  await advanceServerClock(advisor, 21 * 60_000);
  await expect(advisor.getByTestId(`prompt-${visit.ticket}`)).toBeVisible();

  // Opened after the clock moved, so its wait clocks show the moved time.
  const managerContext = await signedInContext(browser, 'manager', WIDE);
  const manager = await managerContext.newPage();
  await manager.goto(CONSOLE_URL);
  const breach = manager.getByTestId(`prompt-${visit.ticket}-limit-breached`);
  await expect(breach).toContainText(`${visit.ticket} has waited more than 20 minutes`);
  await expect(manager.getByTestId(`prompt-${visit.ticket}`)).toContainText('may not be seen within 20 minutes');
  await expect(manager.getByTestId(`queue-row-${visit.ticket}`)).toContainText('Over limit');
  await expect(advisor.getByTestId(`prompt-${visit.ticket}-limit-breached`)).toHaveCount(0);
  await snap(manager, 'console-prompt-breach-wide');

  await breach.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(breach).toBeHidden();
  await expect(manager.getByTestId(`prompt-${visit.ticket}`)).toBeVisible();
  await Promise.all([managerContext.close(), advisorContext.close()]);
});
