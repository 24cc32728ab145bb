import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import type { OpeningHours, StaffSnapshot } from '@reception/shared';
import { io, type Socket } from 'socket.io-client';
import { advanceServerClock, DEMO_PASSWORD, expect, KIOSK_URL, test } from './support.js';

/**
 * The kiosk in the visitor's language (Arabic right to left, Welsh), in large text / high
 * contrast, clearing itself when left, closed outside opening hours, and showing staff notices.
 */

type Lang = 'en' | 'cy' | 'ar' | 'zh' | 'pl' | 'pa';
type Messages = { [key: string]: string | Messages };
const load = (l: Lang) => JSON.parse(readFileSync(new URL(`../../kiosk/src/i18n/${l}.json`, import.meta.url), 'utf8')) as Messages;
const messages: Partial<Record<Lang, Messages>> = {};

/** A message as written in the kiosk's file for `lang`. */
function msg(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  let node: string | Messages | undefined = (messages[lang] ??= load(lang));
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${lang}`);
  return node.replace(/<\/?ltr>/g, '').replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

async function openKiosk(browser: Browser, viewport = PORTRAIT, fakeClock = false): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  if (fakeClock) await page.clock.install();
  await page.goto(KIOSK_URL);
  await expect(page.getByTestId('screen-language')).toBeVisible();
  return page;
}

async function staffSocket(request: APIRequestContext, baseURL: string, username = 'manager'): Promise<Socket> {
  const login = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return io(baseURL, { transports: ['websocket'], extraHeaders: { cookie } });
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const CLOSED_ALL_WEEK = Object.fromEntries(DAYS.map((d) => [d, null])) as OpeningHours;

/** As a manager would, from the console: the kiosk hears of it through a fresh snapshot. */
async function setHours(request: APIRequestContext, hours: OpeningHours): Promise<void> {
  const login = await request.post('/api/auth/login', { data: { username: 'manager', password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const res = await request.put('/api/sites/civic-centre/opening-hours', { data: hours });
  expect(res.ok(), await res.text()).toBe(true);
}

test('a visitor checks in in Arabic: the layout mirrors, numbers stay Latin, and staff see Arabic', async ({ browser, request, baseURL }) => {
  // Landscape: services sit in two columns, so mirroring shows as the first one moving to the right.
  const page = await openKiosk(browser, LANDSCAPE);
  await expect(page.locator('.language-button[lang="ar"]')).toHaveText(/العربية/);
  await page.getByRole('button', { name: 'العربية' }).click();

  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'services.welcome', { site: 'Civic Centre Customer Service' }));
  const first = await page.locator('.service-button').first().boundingBox();
  const second = await page.locator('.service-button').nth(1).boundingBox();
  expect(first!.x).toBeGreaterThan(LANDSCAPE.width / 2);
  expect(second!.x).toBeLessThan(first!.x);
  // The text inside a button starts at its right edge too (CSS logical properties, not left/right).
  const name = await page.locator('.service-button__name').first().boundingBox();
  expect(first!.x + first!.width - (name!.x + name!.width)).toBeLessThan(first!.width / 4);

  await page.getByRole('button', { name: 'Council Tax' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'needs.heading'));
  // One tap notes an interpreter in the kiosk's own language.
  await page.getByRole('button', { name: msg('ar', 'needs.interpreter') }).click();
  await expect(page.getByTestId('interpreter-language')).toContainText('العربية');
  await page.getByRole('button', { name: msg('ar', 'actions.continue') }).click();
  await expect(page.getByTestId('screen-confirm')).toContainText(msg('ar', 'needs.interpreterIn', { language: 'العربية' }));
  await page.getByRole('button', { name: msg('ar', 'confirm.getTicket') }).click();

  const ticket = page.getByTestId('ticket-number');
  await expect(ticket).toHaveText(/^[A-Z]\d{3}$/);
  await expect(ticket).toHaveAttribute('dir', 'ltr');
  const number = (await ticket.textContent())!;
  // No Arabic-Indic digits anywhere on the ticket: times and the phone number stay Latin.
  const ticketText = (await page.getByTestId('screen-ticket').textContent())!;
  expect(ticketText).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  await expect(page.getByTestId('ticket-promise')).toHaveText(msg('ar', 'ticket.promise_many', { count: 20 }));
  await expect(page.getByTestId('screen-ticket').locator('bdi[dir="ltr"]').filter({ hasText: '01234 567890' })).toBeVisible();

  // The check-in carried the visitor's language, and the interpreter need with it.
  const staff = await staffSocket(request, baseURL!);
  const snapshot = await new Promise<StaffSnapshot>((resolve) => staff.once('staff:snapshot', resolve));
  staff.close();
  const visit = snapshot.visits.find((v) => v.ticket === number);
  expect(visit?.language).toBe('ar');
  expect(visit?.needs.interpreter).toBe('ar');
  await page.context().close();
});

test('a visitor checks in in Welsh and sees Welsh throughout, not English', async ({ browser }) => {
  const page = await openKiosk(browser);
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const english = ['Welcome to', 'What have you come to see us about?', 'Do you need any help?', 'Continue', 'Get my ticket', 'Your ticket number is', 'Larger text'];
  const noEnglish = async () => {
    const text = (await page.locator('.kiosk').textContent())!;
    for (const phrase of english) expect(text, `"${phrase}" on a Welsh screen`).not.toContain(phrase);
  };

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('cy', 'services.welcome', { site: 'Civic Centre Customer Service' }));
  await expect(page.getByTestId('toggle-contrast')).toHaveText(/Testun mwy/);
  await noEnglish();

  await page.getByRole('button', { name: 'Housing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oes angen help arnoch chi?');
  await page.getByRole('button', { name: msg('cy', 'needs.hearingLoop') }).click();
  await noEnglish();
  await page.getByRole('button', { name: 'Parhau' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('cy', 'confirm.checkingInFor', { service: 'Housing' }));
  await expect(page.getByTestId('screen-confirm')).toContainText('Dolen sain');
  await noEnglish();
  await page.getByRole('button', { name: 'Cael fy nhocyn' }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^H\d{3}$/);
  await expect(page.getByTestId('ticket-promise')).toHaveText('Ein nod yw eich gweld chi o fewn 20 munud');
  await expect(page.getByTestId('screen-ticket')).toContainText('Bydd y sgrin hon yn cau ymhen');
  await noEnglish();
  await page.context().close();
});

test('the Language button on a later screen goes back to the chooser and returns with the choices kept', async ({ browser }) => {
  const page = await openKiosk(browser);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Benefits' }).click();
  await page.getByRole('button', { name: 'Large print' }).click();
  await page.getByTestId('change-language').click();
  await expect(page.getByTestId('screen-language')).toBeVisible();
  await expect(page.locator('.language-button[lang="en"]')).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Czy potrzebujesz pomocy?');
  await expect(page.getByRole('button', { name: 'Duży druk' })).toHaveAttribute('aria-pressed', 'true');
  await page.context().close();
});

test('an interpreter for another language is two taps, named in the visitor\'s language and its own', async ({ browser }) => {
  const page = await openKiosk(browser);
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByRole('button', { name: 'General enquiries' }).click();
  await page.getByRole('button', { name: 'Potrzebuję tłumacza' }).click();
  await expect(page.getByTestId('interpreter-language')).toContainText('Polski');
  await page.getByRole('button', { name: 'Zmień język' }).click();
  const somali = page.locator('.choice-button[data-language="so"]');
  await expect(somali).toContainText('Somalijski');
  await expect(somali.locator('[lang="so"]')).toHaveText('Soomaali');
  await somali.click();
  await expect(page.getByTestId('interpreter-language')).toContainText('Soomaali');
  await page.context().close();
});

test('large text and high contrast is on every kiosk screen, and lasts until the kiosk resets', async ({ browser, request }) => {
  const page = await openKiosk(browser, PORTRAIT, true);
  const toggle = page.getByTestId('toggle-contrast');
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normalSize = await rootSize();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveText(/Larger text/);
  await toggle.click();

  const expectOn = async (screen: string, label: string) => {
    await expect(page.getByTestId(screen)).toBeVisible();
    await expect(toggle, screen).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle, screen).toHaveText(new RegExp(label));
    await expect(page.locator('html'), screen).toHaveClass(/large-contrast/);
    expect(await rootSize(), screen).toBeCloseTo(normalSize * 1.3, 0);
    // Black on lemon.
    const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.documentElement).backgroundColor, ink: getComputedStyle(document.querySelector('h1, h2')!).color }));
    expect(colours, screen).toEqual({ bg: 'rgb(255, 247, 191)', ink: 'rgb(0, 0, 0)' });
    const box = await toggle.boundingBox();
    expect(box!.height, screen).toBeGreaterThanOrEqual(60);
  };

  await expectOn('screen-language', 'Larger text');
  await page.getByRole('button', { name: 'ਪੰਜਾਬੀ' }).click();
  await expectOn('screen-services', msg('pa', 'header.largerText'));
  await page.getByRole('button', { name: 'Council Tax' }).click();
  await expectOn('screen-needs', msg('pa', 'header.largerText'));
  await page.getByRole('button', { name: msg('pa', 'needs.interpreter') }).click();
  await page.getByRole('button', { name: msg('pa', 'needs.changeLanguage') }).click();
  await expectOn('screen-interpreter', msg('pa', 'header.largerText'));
  await page.locator('.choice-button[data-language="ur"]').click();
  await page.getByRole('button', { name: msg('pa', 'actions.continue') }).click();
  await expectOn('screen-confirm', msg('pa', 'header.largerText'));
  await page.getByRole('button', { name: msg('pa', 'confirm.getTicket') }).click();
  await expectOn('screen-ticket', msg('pa', 'header.largerText'));

  // "Done" readies the kiosk for the next visitor: normal text, English.
  await page.getByRole('button', { name: msg('pa', 'ticket.done') }).click();
  await expect(page.getByTestId('screen-language')).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveClass(/large-contrast/);
  expect(await rootSize()).toBeCloseTo(normalSize, 0);

  // The idle warning and the closed screen honour it too.
  await toggle.click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.clock.fastForward('00:46');
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/large-contrast/);
  await page.getByRole('button', { name: 'I need more time' }).click();
  await setHours(request, CLOSED_ALL_WEEK);
  await expectOn('kiosk-closed', 'Larger text');
  // And it can be switched off again from any screen.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveClass(/large-contrast/);
  await page.context().close();
});

test('left alone, the kiosk warns with a countdown from 45 s and resets at 60 s', async ({ browser }) => {
  const page = await openKiosk(browser, PORTRAIT, true);
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Council Tax' }).click();
  await page.getByRole('button', { name: 'Print bras' }).click();

  const warning = page.getByTestId('idle-warning');
  await page.clock.fastForward('00:40');
  await expect(warning).toBeHidden();
  // A touch before the warning starts the minute again.
  await page.getByRole('heading', { level: 1 }).click();
  await page.clock.fastForward('00:40');
  await expect(warning).toBeHidden();

  await page.clock.fastForward('00:06');
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute('role', 'alertdialog');
  await expect(warning.getByRole('heading')).toHaveText('Ydych chi\'n dal yma?');
  await expect(page.getByTestId('idle-seconds')).toHaveText('14');
  await expect(warning).toContainText('14 eiliad');
  const moreTime = warning.getByRole('button', { name: 'Mae angen mwy o amser arnaf' });
  await expect(moreTime).toBeFocused();
  await page.clock.fastForward('00:05');
  await expect(page.getByTestId('idle-seconds')).toHaveText('9');

  // "I need more time" keeps everything as it was.
  await moreTime.click();
  await expect(warning).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print bras' })).toHaveAttribute('aria-pressed', 'true');

  // Left again: the warning, then the reset to the first screen, in English.
  await page.clock.fastForward('00:46');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('00:15');
  await expect(warning).toBeHidden();
  await expect(page.getByTestId('screen-language')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // The first screen, untouched, never warns.
  await page.clock.fastForward('02:00');
  await expect(warning).toBeHidden();
  await page.context().close();
});

test('outside opening hours the kiosk shows the closed screen, and the server refuses check-ins', async ({ browser, request, baseURL }) => {
  const page = await openKiosk(browser);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('screen-services')).toBeVisible();

  await setHours(request, CLOSED_ALL_WEEK);
  const closed = page.getByTestId('kiosk-closed');
  await expect(closed).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, we are closed');
  await expect(closed.locator('tbody tr')).toHaveCount(7);
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) await expect(closed).toContainText(day);
  await expect(closed).toContainText('You can call us on 01234 567890.');
  await expect(page.locator('tr[aria-current="date"]')).toHaveCount(1);

  // In the visitor's language, with the day names of that language.
  await closed.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'closed.heading'));
  await expect(closed).toContainText('الاثنين');
  await closed.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(closed).toContainText('Dydd Llun');

  const kiosk = io(baseURL, { auth: { deviceToken: 'demo-kiosk-token' }, transports: ['websocket'] });
  const answer = (await kiosk.timeout(5000).emitWithAck('kiosk:check-in', { requestId: randomUUID(), serviceId: 'housing', language: 'en', needs: {} })) as { ok: boolean; error?: { code: string } };
  kiosk.close();
  expect(answer.ok).toBe(false);
  expect(answer.error?.code).toBe('CONFLICT');
  await page.context().close();
});

test('the closed screen gives way by itself when opening time arrives', async ({ browser, request }) => {
  // Opens two minutes from now (site time, by the server's clock, which earlier tests may have moved on), so the test need not wait for a real opening.
  const now = new Date(((await (await request.get('/api/health')).json()) as { now: number }).now);
  const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const part = (type: string) => local.find((p) => p.type === type)!.value;
  const minutes = Number(part('hour')) * 60 + Number(part('minute')) + 2;
  test.skip(minutes >= 24 * 60 - 5, 'too close to midnight for "later today"');
  const opensAt = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const today = DAYS[['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'))]!;
  const hours: OpeningHours = { ...CLOSED_ALL_WEEK, [today]: { open: opensAt, close: '24:00' } };

  const page = await openKiosk(browser, PORTRAIT, true);
  await setHours(request, hours);
  await expect(page.getByTestId('kiosk-closed')).toBeVisible();
  await expect(page.getByTestId('kiosk-closed')).toContainText(`We open again today at ${opensAt}.`);

  // Three minutes pass, for the server and for the kiosk's own clock alike.
  await advanceServerClock(page, 3 * 60_000);
  await page.clock.fastForward('03:00');
  await expect(page.getByTestId('kiosk-closed')).toBeHidden();
  await expect(page.getByTestId('screen-language')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('screen-services')).toBeVisible();
  await page.context().close();
});

test('staff notices show on the services and ticket screens, labelled in the visitor\'s language', async ({ browser, request, baseURL }) => {
  const page = await openKiosk(browser);
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('screen-services')).toBeVisible();
  await expect(page.getByTestId('kiosk-notices')).toHaveCount(0);

  // Posted while the visitor is looking: it appears without a reload.
  const staff = await staffSocket(request, baseURL!, 'advisor');
  const message = 'Delay: Two advisors are at a training session until 11:00';
  const posted = (await staff.timeout(5000).emitWithAck('staff:post-notice', { kind: 'delay', message })) as { ok: boolean; data: { id: string } };
  expect(posted.ok).toBe(true);
  const notices = page.getByTestId('kiosk-notices');
  await expect(notices).toContainText(msg('zh', 'notices.label'));
  await expect(notices).toContainText(message);
  await expect(notices.locator('[lang="en"]')).toHaveText(message);

  await page.getByRole('button', { name: 'Planning and Building Control' }).click();
  await page.getByRole('button', { name: msg('zh', 'actions.continue') }).click();
  await page.getByRole('button', { name: msg('zh', 'confirm.getTicket') }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^P\d{3}$/);
  await expect(page.getByTestId('kiosk-notices')).toContainText(message);

  // Withdrawn: gone at once.
  const withdrawn = (await staff.timeout(5000).emitWithAck('staff:withdraw-notice', { noticeId: posted.data.id })) as { ok: boolean };
  staff.close();
  expect(withdrawn.ok).toBe(true);
  await expect(page.getByTestId('kiosk-notices')).toHaveCount(0);
  await page.context().close();
});
