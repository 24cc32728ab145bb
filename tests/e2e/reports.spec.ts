import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Page } from '@playwright/test';
import type { Ack, CheckInResult, Visit } from '@reception/shared';
import { addDays, serviceDayOf, weekdayOf } from '@reception/shared';
import { advanceServerClock, CONSOLE_URL, DEMO_PASSWORD, expect, GALLERY, signedInContext, snap, test } from './support.js';

const MIN = 60_000;
const WIDE = { width: 1440, height: 1000 };

async function emit<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const ack = (await socket.timeout(5000).emitWithAck(event, payload)) as Ack<T>;
  if (!ack.ok) throw new Error(`${event} failed: ${ack.error.message}`);
  return ack.data;
}

async function staffSocket(baseURL: string, username: string): Promise<Socket> {
  const res = await fetch(`${baseURL}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const socket = io(baseURL, { transports: ['websocket'], extraHeaders: { cookie } });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return socket;
}

/**
 * Visitors as a kiosk and an advisor would make them, over their own sockets: each is
 * checked in, then called after the given number of minutes and completed.
 */
async function serveVisitors(baseURL: string, page: Page, waits: number[]): Promise<void> {
  const kiosk = io(baseURL, { auth: { deviceToken: 'demo-kiosk-token' }, transports: ['websocket'] });
  const advisor = await staffSocket(baseURL, 'advisor');
  try {
    await emit(advisor, 'staff:desk-sign-on', { deskId: 'desk-1', serviceIds: ['council-tax'] });
    for (const wait of waits) {
      const ticket = await emit<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId: 'council-tax', language: 'en', needs: { interpreter: 'pl' } });
      await advanceServerClock(page, wait * MIN);
      const called = await emit<Visit>(advisor, 'staff:call-next', {});
      expect(called.id).toBe(ticket.visitId);
      await emit(advisor, 'staff:visit-command', { visitId: called.id, command: { type: 'start-serving' } });
      await emit(advisor, 'staff:visit-command', { visitId: called.id, command: { type: 'complete', outcome: 'resolved' } });
    }
    await emit(advisor, 'staff:desk-sign-off', {});
  } finally {
    kiosk.close();
    advisor.close();
  }
}

/** The Monday of the server's current week at the demo site (London). */
async function mondayOfServerWeek(page: Page): Promise<string> {
  const { now } = (await (await page.request.get('/api/health')).json()) as { now: number };
  const today = serviceDayOf(now, 'Europe/London');
  return addDays(today, 1 - weekdayOf(today));
}

test('a manager schedules sampling weeks, opens a report, compares it with the earlier week, and prints it', async ({ browser, baseURL }) => {
  // The first week: two visitors, one seen after 5 minutes and one after 25 (over the 20-minute limit).
  let context = await signedInContext(browser, 'manager', WIDE);
  let page = await context.newPage();
  const firstMonday = await mondayOfServerWeek(page);
  await page.goto(CONSOLE_URL);
  await page.getByRole('button', { name: 'Reports' }).click();
  await expect(page.getByTestId('sampling-due')).toContainText('No sampling week has been scheduled yet.');
  await page.getByLabel('Label').fill('Autumn 2026');
  await page.getByLabel('First day').fill(firstMonday);
  await page.getByRole('button', { name: 'Schedule the week' }).click();
  await expect(page.getByRole('row', { name: /Autumn 2026/ })).toContainText('All sites');
  await serveVisitors(baseURL!, page, [5, 25]);

  // Every console at the site shows the banner during the week, an advisor's too.
  const advisorContext = await signedInContext(browser, 'advisor', WIDE);
  const advisor = await advisorContext.newPage();
  await advisor.goto(CONSOLE_URL);
  await expect(advisor.getByTestId('sampling-banner')).toContainText('Sampling week: Autumn 2026');
  await snap(advisor, 'reports-banner-advisor');
  await expect(advisor.getByRole('button', { name: 'Reports' })).toHaveCount(0);
  const refused = await advisor.request.get(`/api/reports?from=${firstMonday}&to=${addDays(firstMonday, 6)}`);
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { message: string }).message).toBe('Sampling weeks and performance reports are for managers and admins. Ask your manager if you need the figures.');
  // A week later (sessions do not last a week, so sign in again): the second week, both visitors within the limit.
  await advanceServerClock(page, 7 * 24 * 60 * MIN);
  await advisorContext.close();
  await context.close();
  context = await signedInContext(browser, 'manager', WIDE);
  page = await context.newPage();
  await page.goto(CONSOLE_URL);
  await page.getByRole('button', { name: 'Reports' }).click();
  await page.getByLabel('Label').fill('Autumn 2026 repeat');
  await page.getByLabel('First day').fill(addDays(firstMonday, 7));
  await page.getByRole('button', { name: 'Schedule the week' }).click();
  await expect(page.getByRole('row', { name: /Autumn 2026 repeat/ })).toBeVisible();
  await expect(page.getByTestId('sampling-due')).toContainText('Next sampling week due by');

  // A week that overlaps another is warned about, and can be cancelled.
  await page.getByLabel('Label').fill('Clashing week');
  await page.getByLabel('First day').fill(addDays(firstMonday, 10));
  await page.getByRole('button', { name: 'Schedule the week' }).click();
  await expect(page.getByTestId('sampling-warnings')).toContainText('Autumn 2026 repeat and Clashing week overlap');
  await page.getByTestId('sampling-warnings').scrollIntoViewIfNeeded();
  await snap(page, 'reports-sampling-warning');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Cancel Clashing week' }).click();
  await expect(page.getByTestId('sampling-warnings')).toHaveCount(0);
  await serveVisitors(baseURL!, page, [3, 12]);

  // The report of the second week, compared with the first.
  await page.getByLabel('Report on').selectOption({ label: 'Sampling week: Autumn 2026 repeat' });
  await page.getByLabel('Compare with').selectOption({ label: 'Sampling week: Autumn 2026' });
  await page.getByRole('button', { name: 'Show the report' }).click();
  const report = page.getByTestId('report');
  await expect(report.getByRole('heading', { name: 'Sampling week: Autumn 2026 repeat' })).toBeVisible();
  await expect(report.locator('.headline').first()).toContainText('100.0%');
  await expect(report.locator('.headline').first()).toContainText('2 of 2');
  await expect(report.getByRole('row', { name: /Interpreter: Polish/ })).toHaveCount(0);
  await expect(report).toContainText('Interpreter: Polish');
  await expect(report.locator('.recharts-surface').first()).toBeVisible();
  const comparison = page.getByTestId('comparison');
  const enquiry = comparison.getByRole('row', { name: /Walk-ins seen at the enquiry desk within the limit/ });
  await expect(enquiry).toContainText('50.0%');
  await expect(enquiry).toContainText('100.0%');
  await expect(enquiry).toContainText('+50.0 points');
  await expect(comparison.getByRole('row', { name: 'Visits 2 2 no change' })).toBeVisible();

  // The CSV links answer with the figures and the visits, without names.
  const csv = await page.request.get(await page.getByRole('link', { name: 'Download every visit (CSV, no names)' }).getAttribute('href').then((h) => h!));
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  const text = await csv.text();
  expect(text.trim().split('\r\n')).toHaveLength(3);
  expect(text).not.toContain('Sam Patel');

  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'reports-page');
  // Tall enough that the report is not clipped by the console's scrolling panel.
  await page.setViewportSize({ width: WIDE.width, height: 3200 });
  await page.getByTestId('report').screenshot({ path: join(GALLERY, 'reports-report.png') });
  await page.getByTestId('comparison').screenshot({ path: join(GALLERY, 'reports-comparison.png') });

  // Print: the A4 page holds the report only, no console chrome, and the print button opens the dialog.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.locator('.console-header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const pdf = join(GALLERY, 'reports-print.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(GALLERY, 'reports-print')]);
  const pages = Number(execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)![1]);
  // The report takes three A4 pages (headline and charts; figures and needs; the tables by day and hour)
  // and the comparison starts its own; more would mean blocks split across pages.
  expect(pages).toBe(4);
  // The pages carry the report itself, not blank paper: its title, figures and the comparison.
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(printed).toContain('Sampling week: Autumn 2026 repeat');
  expect(printed).toContain('Walk-ins seen at the enquiry desk within the limit');
  expect(printed).toContain('+50.0 points');
  expect(printed).toContain('Interpreter: Polish');
  expect(printed).not.toContain('Staff console');
  await context.close();
});
