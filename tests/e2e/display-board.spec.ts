import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, WebSocketRoute } from '@playwright/test';
import type { CheckInResult, Needs, Notice, ServiceStats, Visit } from '@reception/shared';
import { connectSocket as connect, ok, type TestSocket as Socket } from '../support/sockets.js';
import { DISPLAY_URL, expect, signedInContext, snap, test } from './support.js';

/*
 * The waiting-area display against the real server: accessibility in both orientations,
 * back-to-back calls announced one at a time, expected waits, the promise and delay
 * notices, and how a busy board reads.
 */

const SITE = 'civic-centre';
const ALL_SERVICES = ['council-tax', 'housing', 'benefits', 'planning', 'general'] as const;
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const ORIENTATIONS = [
  ['landscape', LANDSCAPE],
  ['portrait', PORTRAIT],
] as const;

// ── Talking to the server as the kiosk and as advisors, the way the apps do ──

const connectKiosk = (baseURL: string) => connect(baseURL, { deviceToken: 'demo-kiosk-token' });
const connectDisplaySocket = (baseURL: string) => connect(baseURL, { deviceToken: 'demo-display-token' });

/** A signed-in browser context's session cookie, handed to a socket as the console's would be. */
async function connectAdvisor(browser: Browser, baseURL: string, username: string): Promise<{ socket: Socket; context: BrowserContext }> {
  const context = await signedInContext(browser, username);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return { socket: await connect(baseURL, { cookie }), context };
}

const checkIn = (kiosk: Socket, serviceId: string, needs: Partial<Needs> = {}) =>
  ok<CheckInResult>(kiosk, 'kiosk:check-in', { requestId: randomUUID(), serviceId, language: 'en', needs });

const signOn = (advisor: Socket, deskId: string, serviceIds: readonly string[] = ALL_SERVICES) => ok(advisor, 'staff:desk-sign-on', { deskId, serviceIds });

// ── The display page ──

interface DisplayPage {
  page: Page;
  context: BrowserContext;
  /** Cuts the board's connection and refuses reconnects, as a dropped network would. */
  cut(): Promise<void>;
}

/** Reduced motion, so a screenshot never catches the new-call flash half-way. */
async function openDisplay(browser: Browser, viewport: { width: number; height: number }): Promise<DisplayPage> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  let blocked = false;
  const open: WebSocketRoute[] = [];
  await page.routeWebSocket(/socket\.io/, (ws) => {
    if (blocked) return void ws.close();
    ws.connectToServer();
    open.push(ws);
  });
  await page.goto(DISPLAY_URL);
  await expect(page.getByTestId('recent-calls')).toBeVisible();
  return {
    page,
    context,
    cut: async () => {
      blocked = true;
      await Promise.all(open.map((ws) => ws.close()));
      await expect(page.getByTestId('display-offline')).toBeVisible();
    },
  };
}

/** Serious or critical WCAG 2.2 AA violations, printed in full if there are any. */
async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`).join('\n')}`)
    .join('\n\n');
  expect(serious, `${label}: serious or critical accessibility violations\n${report}`).toEqual([]);
}

// ── A busy morning ──

const LONG_NOTICE =
  'We are running about 45 minutes behind this morning because two advisers are off sick. If you cannot wait, please ask at reception and we will book you an appointment to come back.';

/** Check-ins per service: about forty people, most for council tax and housing. */
const BUSY_QUEUE: Record<(typeof ALL_SERVICES)[number], number> = { 'council-tax': 13, housing: 11, benefits: 8, planning: 3, general: 5 };

interface BusyBoard {
  advisor: Socket;
  advisor2: Socket;
  manager: Socket;
  kiosk: Socket;
  /** A ticket called to Desk 1 that can be recalled. */
  recallable: Visit;
  close(): Promise<void>;
}

/**
 * Forty-odd people waiting across five services, two advisors calling, one visitor
 * called to an interview room, a recall, and a long delay notice.
 */
async function busyMorning(browser: Browser, baseURL: string): Promise<BusyBoard> {
  const kiosk = await connectKiosk(baseURL);
  // Interleaved, as people arrive, so every service's tickets are spread through the morning.
  const remaining = { ...BUSY_QUEUE };
  while (Object.values(remaining).some((n) => n > 0)) {
    for (const serviceId of ALL_SERVICES) {
      if (remaining[serviceId] === 0) continue;
      remaining[serviceId] -= 1;
      await checkIn(kiosk, serviceId);
    }
  }
  const private1 = await checkIn(kiosk, 'general', { privateRoom: true });

  const a = await connectAdvisor(browser, baseURL, 'advisor');
  const b = await connectAdvisor(browser, baseURL, 'advisor2');
  const m = await connectAdvisor(browser, baseURL, 'manager');
  await signOn(a.socket, 'desk-1');
  await signOn(b.socket, 'desk-2');

  const recallable = (await ok<Visit | null>(a.socket, 'staff:call-next', {}))!;
  await ok(b.socket, 'staff:call-next', {});
  await ok(a.socket, 'staff:call-next', {});
  await ok(a.socket, 'staff:visit-command', { visitId: recallable.id, command: { type: 'recall' } });
  await ok(b.socket, 'staff:call-next', {});
  const roomCall = await ok<Visit>(b.socket, 'staff:visit-command', { visitId: private1.visitId, command: { type: 'call' } });
  expect(roomCall.roomId, 'the private-room visitor should get a room').not.toBeNull();
  await ok<Notice>(m.socket, 'staff:post-notice', { kind: 'delay', message: LONG_NOTICE });

  return {
    advisor: a.socket,
    advisor2: b.socket,
    manager: m.socket,
    kiosk,
    recallable,
    close: async () => {
      for (const s of [a.socket, b.socket, m.socket, kiosk]) s.close();
      await Promise.all([a.context.close(), b.context.close(), m.context.close()]);
    },
  };
}

/** Still waiting after the busy morning's five calls: four in turn, plus the visitor who asked for a room. */
const STILL_WAITING = Object.values(BUSY_QUEUE).reduce((a, b) => a + b, 0) + 1 - 5;

for (const [orientation, viewport] of ORIENTATIONS) {
  test(`a busy board reads clearly and passes axe in ${orientation}, online and offline`, async ({ browser, baseURL }) => {
    const busy = await busyMorning(browser, baseURL!);
    const display = await openDisplay(browser, viewport);
    const { page } = display;

    const latest = page.getByTestId('latest-call');
    await expect(latest).toContainText('→ Interview room 1');
    await expect(page.getByTestId('display-notices')).toContainText(LONG_NOTICE);
    for (const serviceId of ALL_SERVICES) await expect(page.getByTestId(`waiting-${serviceId}`)).toBeVisible();
    await expect(page.getByTestId('waiting-council-tax')).toContainText(/\d+ waiting/);
    const counts = await Promise.all(ALL_SERVICES.map(async (id) => Number((await page.getByTestId(`waiting-${id}`).locator('.service-count').textContent())?.match(/\d+/)?.[0] ?? 0)));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(STILL_WAITING);
    // Everyone waiting is now covered by a desk, so every service quotes a real forecast.
    for (const serviceId of ALL_SERVICES) {
      await expect(page.getByTestId(`waiting-${serviceId}`).locator('.service-wait')).toHaveText(/^(About .+ wait|No wait|Long wait — please ask at reception)$/);
    }
    await expectBoardFits(page);
    await snap(page, `display-${orientation}-busy`);
    await expectNoSeriousAxeViolations(page, `${orientation}, busy`);

    // A recall of the first ticket puts it back on top, marked as called again.
    await ok(busy.advisor, 'staff:visit-command', { visitId: busy.recallable.id, command: { type: 'recall' } });
    await expect(latest).toContainText(busy.recallable.ticket);
    await expect(latest).toContainText('Called again');
    await expect(page.getByTestId('recent-calls')).toContainText('Interview room 1');
    await expectBoardFits(page);
    await snap(page, `display-${orientation}-recall`);

    // Desk 2 closes: one desk for thirty-odd people is more than three hours, so the board says ask.
    await ok(busy.advisor2, 'staff:desk-sign-off', {});
    await expect(page.getByTestId('waiting-council-tax').locator('.service-wait')).toHaveText('Long wait — please ask at reception');
    await expectBoardFits(page);
    await snap(page, `display-${orientation}-long-wait`);

    await display.cut();
    // Still showing what it last knew, under the offline banner.
    await expect(latest).toContainText(busy.recallable.ticket);
    await expectBoardFits(page);
    await snap(page, `display-${orientation}-offline`);
    await expectNoSeriousAxeViolations(page, `${orientation}, offline`);

    await display.context.close();
    await busy.close();
  });
}

/** Nothing on the board is cut off or spills past the screen edge. */
async function expectBoardFits(page: Page): Promise<void> {
  const clipped = await page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const describe = (el: Element) => `.${el.className.split(' ')[0]} "${el.textContent?.slice(0, 30)}"`;
    // Every piece of text sits inside the screen...
    for (const el of document.querySelectorAll('.board h1, .clock, .offline-banner, .panel-label, .promise, .latest-call > *, .recent-call, .service-name, .service-figures, .chip, .notice, .instruction, .enable-sound')) {
      const r = el.getBoundingClientRect();
      // Recent calls that do not fit wrap into a hidden column by design; only the shown rows count.
      const list = el.closest('.recent-list')?.getBoundingClientRect();
      if (list && (r.left >= list.right || r.top >= list.bottom)) continue;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) out.push(`${describe(el)} is off screen at ${Math.round(r.right)}×${Math.round(r.bottom)}`);
    }
    // ...and no region hides part of its content (big glyphs poke a few pixels out of their line boxes).
    for (const el of document.querySelectorAll<HTMLElement>('.board-header, .board-main, .now-calling, .waiting, .service, .ticket-chips, .board-footer, .notice, .recent-call')) {
      if (el.scrollWidth > el.clientWidth + 4 || el.scrollHeight > el.clientHeight + 4) out.push(`${describe(el)} hides some of its content`);
    }
    return out;
  });
  expect(clipped).toEqual([]);
}

test('two calls made within 100 ms are both announced, in call order, the second only after the first has ended', async ({ browser, baseURL }) => {
  const display = await openDisplay(browser, LANDSCAPE);
  const { page } = display;
  // The real path: a tap unlocks audio, so each announcement plays its chime before speaking.
  await page.getByTestId('enable-sound').click();
  await expect(page.getByTestId('enable-sound')).toBeHidden();

  const kiosk = await connectKiosk(baseURL!);
  const first = await checkIn(kiosk, 'council-tax');
  const second = await checkIn(kiosk, 'council-tax');
  const a = await connectAdvisor(browser, baseURL!, 'advisor');
  const b = await connectAdvisor(browser, baseURL!, 'advisor2');
  await signOn(a.socket, 'desk-1', ['council-tax']);
  await signOn(b.socket, 'desk-3', ['council-tax']);
  await expect(page.getByTestId('waiting-ticket')).toHaveCount(2);
  // Let the tap's own test chime finish, so only the calls are playing.
  await page.waitForTimeout(1200);

  const sentAt = performance.now();
  const callA = ok<Visit>(a.socket, 'staff:call-next', {});
  await new Promise((r) => setTimeout(r, 40));
  const callB = ok<Visit>(b.socket, 'staff:call-next', {});
  const [visitA, visitB] = await Promise.all([callA, callB]);
  expect(performance.now() - sentAt, 'both calls answered within about 100 ms').toBeLessThan(300);
  expect(visitA.ticket).toBe(first.ticket);
  expect(visitB.ticket).toBe(second.ticket);
  expect(visitA.calledAt!).toBeLessThanOrEqual(visitB.calledAt!);

  type LogEntry = { text: string; startedAt: number; endedAt: number | null };
  const log = () => page.evaluate(() => (window as unknown as { __announcementLog?: LogEntry[] }).__announcementLog ?? []);
  await expect.poll(async () => (await log()).filter((e) => e.endedAt !== null).length, { timeout: 30_000 }).toBe(2);

  const entries = await log();
  const texts = await page.evaluate(() => (window as unknown as { __announcements?: string[] }).__announcements ?? []);
  const expected = [`Ticket C 1, please go to Desk 1`, `Ticket C 2, please go to Desk 3`];
  expect(first.ticket).toBe('C001');
  expect(texts).toEqual(expected);
  expect(entries.map((e) => e.text)).toEqual(expected);
  const [one, two] = entries as [LogEntry, LogEntry];
  expect(two.startedAt, 'the second announcement starts only after the first has ended').toBeGreaterThanOrEqual(one.endedAt!);
  // Each lasted at least the chime: the sound path really ran rather than being skipped.
  for (const e of entries) expect(e.endedAt! - e.startedAt).toBeGreaterThanOrEqual(800);
  await expect(page.getByTestId('latest-call')).toContainText('C002');
  await expect(page.getByTestId('recent-calls')).toContainText('C001');

  kiosk.close();
  a.socket.close();
  b.socket.close();
  await Promise.all([display.context.close(), a.context.close(), b.context.close()]);
});

test('each service shows the expected wait the server forecasts, in plain words', async ({ browser, baseURL }) => {
  const display = await openDisplay(browser, LANDSCAPE);
  const { page } = display;
  const kiosk = await connectKiosk(baseURL!);
  const watcher = await connectDisplaySocket(baseURL!);
  let stats: ServiceStats[] = [];
  watcher.on('queue:stats', (s: ServiceStats[]) => (stats = s));

  for (let i = 0; i < 4; i++) await checkIn(kiosk, 'council-tax');
  await checkIn(kiosk, 'housing');
  // Nobody is serving housing yet, so nobody can say how long it will be.
  await expect(page.getByTestId('waiting-housing').locator('.service-wait')).toHaveText('Wait time to be confirmed');

  const a = await connectAdvisor(browser, baseURL!, 'advisor');
  await signOn(a.socket, 'desk-1', ['council-tax']);
  const councilTax = page.getByTestId('waiting-council-tax').locator('.service-wait');
  // The server's forecast for council tax, once a desk is serving it.
  await expect.poll(() => stats.find((s) => s.serviceId === 'council-tax')?.expectedWaitMinutes ?? null).not.toBeNull();
  const minutes = () => stats.find((s) => s.serviceId === 'council-tax')!.expectedWaitMinutes!;
  expect(minutes(), 'four people ahead of a new arrival, so some wait').toBeGreaterThan(0);
  expect(minutes()).toBeLessThan(60);
  await expect.poll(async () => (await councilTax.textContent()) === `About ${minutes()} min wait`).toBe(true);
  await expect(councilTax).toHaveText(/^About \d+ min wait$/);
  await expect(page.getByTestId('waiting-housing').locator('.service-wait')).toHaveText('Wait time to be confirmed');

  watcher.close();
  kiosk.close();
  a.socket.close();
  await Promise.all([display.context.close(), a.context.close()]);
});

test("the promise follows the site's published standard, and delay notices show and clear at once", async ({ browser, baseURL }) => {
  const display = await openDisplay(browser, PORTRAIT);
  const { page } = display;
  const promise = page.locator('.promise');
  await expect(promise).toHaveText('We aim to see you within 20 minutes');

  const manager = await signedInContext(browser, 'manager');
  const res = await manager.request.put(`/api/sites/${SITE}/standards`, { data: { preset: 'hertsmere' } });
  expect(res.ok()).toBe(true);
  await expect(promise).toHaveText('We aim to see you within 15 minutes');

  const cookie = (await manager.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const staff = await connect(baseURL!, { cookie });
  const notice = await ok<Notice>(staff, 'staff:post-notice', { kind: 'delay', message: 'The housing team is in a meeting until 11:30.' });
  const notices = page.getByTestId('display-notices');
  await expect(notices).toContainText('Delay: The housing team is in a meeting until 11:30.');
  // Black on lemon, full width across the foot of the board: not something to miss.
  const box = await notices.boundingBox();
  expect(box!.width).toBeGreaterThan(PORTRAIT.width * 0.6);
  await snap(page, 'display-portrait-notice');

  await ok(staff, 'staff:withdraw-notice', { noticeId: notice.id });
  await expect(notices).toBeHidden();
  await expect(page.locator('.instruction')).toBeVisible();

  staff.close();
  await Promise.all([display.context.close(), manager.close()]);
});
