import { readFileSync } from 'node:fs';
import { ALWAYS_OPEN, type OpeningHours } from '@reception/shared';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { io } from 'socket.io-client';
import { DEMO_PASSWORD, expect, KIOSK_URL, snap, test } from './support.js';

/**
 * Screenshots of every kiosk screen in each of its six languages, in normal and in large
 * text / high contrast mode, portrait (1080x1920): tests/gallery/kiosk-<lang>-<mode>-<screen>.png.
 * They are for people to look at (clipping, overlap, missing glyphs, English left behind);
 * the checks here only make sure each screen really is the one in the picture.
 */

const LANGUAGES = ['en', 'cy', 'ar', 'zh', 'pl', 'pa'] as const;
type Lang = (typeof LANGUAGES)[number];
const MODES = ['normal', 'large'] as const;

type Messages = { [key: string]: string | Messages };
const messages = Object.fromEntries(
  LANGUAGES.map((l) => [l, JSON.parse(readFileSync(new URL(`../../kiosk/src/i18n/${l}.json`, import.meta.url), 'utf8')) as Messages]),
) as Record<Lang, Messages>;

/** A message as the kiosk shows it in `lang`, falling back to English as the kiosk does. */
function msg(lang: Lang, key: string): string {
  const find = (m: Messages): string | undefined => {
    let node: string | Messages | undefined = m;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  const text = find(messages[lang]) ?? find(messages.en);
  if (text === undefined) throw new Error(`no message ${key}`);
  return text;
}

const NOTICE = 'Delay: Two advisors are at a training session until 11:00';

/** A manager at Desk 1 for every service (so the kiosk has waits to show) who posts a delay notice. */
async function staffTheSite(request: APIRequestContext, baseURL: string): Promise<void> {
  const login = await request.post('/api/auth/login', { data: { username: 'manager', password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const staff = io(baseURL, { transports: ['websocket'], extraHeaders: { cookie } });
  try {
    const serviceIds = ['council-tax', 'housing', 'benefits', 'planning', 'general'];
    const desk = (await staff.timeout(5000).emitWithAck('staff:desk-sign-on', { deskId: 'desk-1', serviceIds })) as { ok: boolean };
    expect(desk.ok).toBe(true);
    const notice = (await staff.timeout(5000).emitWithAck('staff:post-notice', { kind: 'delay', message: NOTICE })) as { ok: boolean };
    expect(notice.ok).toBe(true);
  } finally {
    staff.close();
  }
}

async function setHours(request: APIRequestContext, hours: OpeningHours): Promise<void> {
  const res = await request.put('/api/sites/civic-centre/opening-hours', { data: hours });
  expect(res.ok(), await res.text()).toBe(true);
}

/**
 * Closed today and tomorrow, open 08:45-17:00 on the other days: the closed screen then
 * says which day it opens again, and its week has both kinds of row.
 */
async function closedUntilLaterInTheWeek(request: APIRequestContext): Promise<OpeningHours> {
  const { now } = (await (await request.get('/api/health')).json()) as { now: number };
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const today = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/London' }).format(now));
  const hours = Object.fromEntries(days.map((d) => [d, { open: '08:45', close: '17:00' }])) as OpeningHours;
  hours[days[today]!] = null;
  hours[days[(today + 1) % 7]!] = null;
  return hours;
}

/** Console errors and i18n warnings (a string falling back to English is logged as one). */
const complaints = new WeakMap<Page, string[]>();

async function openKiosk(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  const heard: string[] = [];
  complaints.set(page, heard);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('[i18n]')) heard.push(m.text());
  });
  // A fake clock so the idle warning can be reached without waiting 45 seconds.
  await page.clock.install();
  await page.goto(KIOSK_URL);
  await expect(page.getByTestId('screen-language')).toBeVisible();
  return page;
}

async function chooseLanguage(page: Page, lang: Lang, large: boolean): Promise<void> {
  if (large) await page.getByTestId('toggle-contrast').click();
  await page.locator(`.language-button[lang="${lang}"]`).click();
  await expect(page.getByTestId('screen-services')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const lang of LANGUAGES) {
  for (const mode of MODES) {
    test(`kiosk gallery: ${lang}, ${mode}`, async ({ browser, request, baseURL }) => {
      const large = mode === 'large';
      // Every picture is also a layout check: in normal mode a screen must fit without scrolling,
      // and in either mode no line of text may run past its box.
      const shot = async (screen: string) => {
        await snap(page, `kiosk-${lang}-${mode}-${screen}`);
        const layout = await page.evaluate(() => {
          const main = document.querySelector('.kiosk-main')!;
          const spills = [...document.querySelectorAll<HTMLElement>('button, h1, h2, p, li, td, th')]
            .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
            .map((el) => el.textContent?.slice(0, 40));
          const wide = [...document.querySelectorAll<HTMLElement>('.kiosk *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.className || el.tagName);
          return { overflow: main.scrollHeight - main.clientHeight, spills, wide };
        });
        if (!large) expect.soft(layout.overflow, `${screen}: taller than the screen`).toBeLessThanOrEqual(0);
        expect.soft(layout.wide, `${screen}: wider than the screen`).toEqual([]);
        expect.soft(layout.spills, `${screen}: clipped text`).toEqual([]);
      };
      await staffTheSite(request, baseURL!);
      const page = await openKiosk(browser);

      if (large) await page.getByTestId('toggle-contrast').click();
      await shot('language');
      if (large) await page.getByTestId('toggle-contrast').click();

      await chooseLanguage(page, lang, large);
      await expect(page.getByTestId('kiosk-notices')).toContainText(NOTICE);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(msg(lang, 'services.welcome').replace('{{site}}', 'Civic Centre Customer Service'));
      await shot('services');

      await page.getByRole('button', { name: 'Council Tax' }).click();
      await expect(page.getByTestId('screen-needs')).toBeVisible();
      const interpreter = page.getByRole('button', { name: msg(lang, 'needs.interpreter') });
      await interpreter.click();
      // English asks which language at once; any other kiosk language is noted, then changed here.
      if (lang !== 'en') await page.getByRole('button', { name: msg(lang, 'needs.changeLanguage') }).click();
      await expect(page.getByTestId('screen-interpreter')).toBeVisible();
      await shot('interpreter');
      await page.locator('.choice-button[data-language="ro"]').click();
      await expect(page.getByTestId('interpreter-language')).toContainText('Română');
      await page.getByRole('button', { name: msg(lang, 'needs.hearingLoop') }).click();
      await shot('needs');

      await page.getByRole('button', { name: msg(lang, 'actions.continue') }).click();
      await expect(page.getByTestId('screen-confirm')).toBeVisible();
      await shot('confirm');

      await page.getByRole('button', { name: msg(lang, 'confirm.getTicket') }).click();
      await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
      await shot('ticket');

      // Done resets the kiosk for the next visitor: English, normal text.
      await page.getByRole('button', { name: msg(lang, 'ticket.done') }).click();
      await expect(page.getByTestId('screen-language')).toBeVisible();
      await expect(page.getByTestId('toggle-contrast')).toHaveAttribute('aria-pressed', 'false');

      await chooseLanguage(page, lang, large);
      await page.clock.fastForward('00:46');
      await expect(page.getByTestId('idle-warning')).toBeVisible();
      // Jumping the page's clock 46 s makes Socket.IO think the server went quiet; it reconnects at once.
      await expect(page.getByTestId('kiosk-offline')).toBeHidden();
      await shot('idle');
      await page.getByTestId('idle-warning').getByRole('button').click();
      await expect(page.getByTestId('idle-warning')).toBeHidden();

      await setHours(request, await closedUntilLaterInTheWeek(request));
      await expect(page.getByTestId('kiosk-closed')).toBeVisible();
      await expect(page.getByTestId('kiosk-closed')).toContainText(msg(lang, 'closed.hoursHeading'));
      await expect(page.getByTestId('kiosk-offline')).toBeHidden();
      await shot('closed');
      await setHours(request, ALWAYS_OPEN);
      expect(complaints.get(page), 'console errors or i18n fallbacks').toEqual([]);

      await page.context().close();
    });
  }
}
