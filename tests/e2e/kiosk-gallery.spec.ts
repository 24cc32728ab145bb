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

async function postNotice(request: APIRequestContext, baseURL: string): Promise<void> {
  const login = await request.post('/api/auth/login', { data: { username: 'manager', password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const staff = io(baseURL, { transports: ['websocket'], extraHeaders: { cookie } });
  try {
    const res = (await staff.timeout(5000).emitWithAck('staff:post-notice', { kind: 'delay', message: NOTICE })) as { ok: boolean };
    expect(res.ok).toBe(true);
  } finally {
    staff.close();
  }
}

async function setHours(request: APIRequestContext, hours: OpeningHours): Promise<void> {
  const res = await request.put('/api/sites/civic-centre/opening-hours', { data: hours });
  expect(res.ok(), await res.text()).toBe(true);
}

const CLOSED_ALL_WEEK: OpeningHours = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };

async function openKiosk(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
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
      const name = (screen: string) => `kiosk-${lang}-${mode}-${screen}`;
      await postNotice(request, baseURL!);
      const page = await openKiosk(browser);

      if (large) await page.getByTestId('toggle-contrast').click();
      await snap(page, name('language'));
      if (large) await page.getByTestId('toggle-contrast').click();

      await chooseLanguage(page, lang, large);
      await expect(page.getByTestId('kiosk-notices')).toContainText(NOTICE);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(msg(lang, 'services.welcome').replace('{{site}}', 'Civic Centre Customer Service'));
      await snap(page, name('services'));

      await page.getByRole('button', { name: 'Council Tax' }).click();
      await expect(page.getByTestId('screen-needs')).toBeVisible();
      const interpreter = page.getByRole('button', { name: msg(lang, 'needs.interpreter') });
      await interpreter.click();
      // English asks which language at once; any other kiosk language is noted, then changed here.
      if (lang !== 'en') await page.getByRole('button', { name: msg(lang, 'needs.changeLanguage') }).click();
      await expect(page.getByTestId('screen-interpreter')).toBeVisible();
      await snap(page, name('interpreter'));
      await page.locator('.choice-button[data-language="ro"]').click();
      await expect(page.getByTestId('interpreter-language')).toContainText('Română');
      await page.getByRole('button', { name: msg(lang, 'needs.hearingLoop') }).click();
      await snap(page, name('needs'));

      await page.getByRole('button', { name: msg(lang, 'actions.continue') }).click();
      await expect(page.getByTestId('screen-confirm')).toBeVisible();
      await snap(page, name('confirm'));

      await page.getByRole('button', { name: msg(lang, 'confirm.getTicket') }).click();
      await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
      await snap(page, name('ticket'));

      // Done resets the kiosk for the next visitor: English, normal text.
      await page.getByRole('button', { name: msg(lang, 'ticket.done') }).click();
      await expect(page.getByTestId('screen-language')).toBeVisible();
      await expect(page.getByTestId('toggle-contrast')).toHaveAttribute('aria-pressed', 'false');

      await chooseLanguage(page, lang, large);
      await page.clock.fastForward('00:46');
      await expect(page.getByTestId('idle-warning')).toBeVisible();
      await snap(page, name('idle'));
      await page.getByTestId('idle-warning').getByRole('button').click();
      await expect(page.getByTestId('idle-warning')).toBeHidden();

      await setHours(request, CLOSED_ALL_WEEK);
      await expect(page.getByTestId('kiosk-closed')).toBeVisible();
      await expect(page.getByTestId('kiosk-closed')).toContainText(msg(lang, 'closed.hoursHeading'));
      await snap(page, name('closed'));
      await setHours(request, ALWAYS_OPEN);

      await page.context().close();
    });
  }
}
