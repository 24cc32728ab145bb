import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import type { OpeningHours } from '@reception/shared';
import { ALWAYS_OPEN } from '@reception/shared';
import { DEMO_PASSWORD, expect, KIOSK_URL, test } from './support.js';

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) on every kiosk screen, in English and in Arabic
 * (right to left), in normal and in large text / high contrast mode; plus the keyboard and
 * switch-access basics axe cannot see: tab order, visible focus, no traps, big targets.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n')}`)
    .join('\n');
  expect(serious, `${screen}:\n${report}`).toEqual([]);
}

async function setHours(request: APIRequestContext, hours: OpeningHours): Promise<void> {
  const login = await request.post('/api/auth/login', { data: { username: 'manager', password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const res = await request.put('/api/sites/civic-centre/opening-hours', { data: hours });
  expect(res.ok(), await res.text()).toBe(true);
}

const CLOSED: OpeningHours = { ...ALWAYS_OPEN, mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };

const LABELS = {
  en: { name: 'English', continue: 'Continue', interpreter: 'I need an interpreter', loop: 'Hearing loop', ticket: 'Get my ticket', moreTime: 'I need more time' },
  ar: { name: 'العربية', continue: 'متابعة', interpreter: 'أحتاج إلى مترجم فوري', loop: 'حلقة سمعية لمستخدمي السماعات الطبية', ticket: 'احصل على تذكرتي', moreTime: 'أحتاج إلى مزيد من الوقت' },
} as const;

for (const lang of ['en', 'ar'] as const) {
  for (const mode of ['normal', 'large'] as const) {
    test(`every kiosk screen passes axe: ${lang}, ${mode}`, async ({ browser, request }) => {
      const label = LABELS[lang];
      const page = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
      await page.clock.install();
      await page.goto(KIOSK_URL);
      await expect(page.getByTestId('screen-language')).toBeVisible();
      if (mode === 'large') await page.getByTestId('toggle-contrast').click();
      await expectNoSeriousViolations(page, 'language chooser');

      await page.getByRole('button', { name: label.name }).click();
      await expect(page.getByTestId('screen-services')).toBeVisible();
      await expectNoSeriousViolations(page, 'services');

      await page.getByRole('button', { name: 'Council Tax' }).click();
      await page.getByRole('button', { name: label.interpreter }).click();
      if (lang === 'ar') await page.getByTestId('screen-needs').getByRole('button', { name: 'تغيير اللغة' }).click();
      await expect(page.getByTestId('screen-interpreter')).toBeVisible();
      await expectNoSeriousViolations(page, 'interpreter language');
      await page.locator('.choice-button[data-language="pl"]').click();
      await page.getByRole('button', { name: label.loop }).click();
      await expectNoSeriousViolations(page, 'needs');

      await page.getByRole('button', { name: label.continue }).click();
      await expect(page.getByTestId('screen-confirm')).toBeVisible();
      await expectNoSeriousViolations(page, 'confirm');

      await page.getByRole('button', { name: label.ticket }).click();
      await expect(page.getByTestId('ticket-number')).toBeVisible();
      await expectNoSeriousViolations(page, 'ticket');

      // Back to the start for the idle warning (Done resets language and mode).
      await page.getByTestId('screen-ticket').getByRole('button').last().click();
      if (mode === 'large') await page.getByTestId('toggle-contrast').click();
      await page.getByRole('button', { name: label.name }).click();
      await page.clock.fastForward('00:46');
      await expect(page.getByTestId('idle-warning')).toBeVisible();
      await expect(page.getByTestId('kiosk-offline')).toBeHidden();
      await expectNoSeriousViolations(page, 'idle warning');
      await page.getByRole('button', { name: label.moreTime }).click();

      await setHours(request, CLOSED);
      await expect(page.getByTestId('kiosk-closed')).toBeVisible();
      await expectNoSeriousViolations(page, 'closed');
      await page.context().close();
    });
  }
}

test('the kiosk works by keyboard and switch: logical order, visible focus, no traps, big targets', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
  await page.clock.install();
  await page.goto(KIOSK_URL);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent ?? '', outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });

  // Focus starts on the heading; Tab then walks the languages in reading order, each visibly focused.
  for (const expected of ['English', 'Cymraeg', 'العربية', '简体中文', 'Polski', 'ਪੰਜਾਬੀ']) {
    await page.keyboard.press('Tab');
    const f = await focused();
    expect(f.text).toContain(expected);
    expect(f.outline, `focus visible on ${expected}`).toBe(true);
  }
  // Back up past the list to the header's controls, which come before it on the page.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+Tab');
  const toggle = await focused();
  expect(toggle.text).toContain('Larger text');
  expect(toggle.outline).toBe(true);
  await page.keyboard.press('Tab');

  // Enter chooses; the new screen's heading takes focus, the next Tab reaches "I have an appointment", then the first service.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-services')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  expect((await focused()).text).toContain('I have an appointment');
  expect((await focused()).outline).toBe(true);
  await page.keyboard.press('Tab');
  expect((await focused()).text).toContain('Council Tax');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect((await focused()).text).toContain('Larger text');
  await page.keyboard.press('Shift+Tab');
  expect((await focused()).text).toContain('Language');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('screen-needs')).toBeVisible();

  // Every control is at least 60 px each way.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button')]
      .map((b) => ({ text: b.innerText.split('\n')[0], box: b.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 60 || box.height < 60)
      .map(({ text }) => text),
  );
  expect(small).toEqual([]);

  // The idle warning takes focus to its button and hands it back; Escape counts as "more time".
  await page.getByRole('button', { name: 'Large print' }).focus();
  await page.clock.fastForward('00:46');
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await expect(page.getByRole('button', { name: 'I need more time' })).toBeFocused();
  // Tab stays within the modal warning (the page behind is inert) but never locks the visitor in: Escape leaves it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('idle-warning')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Large print' })).toBeFocused();
  await expect(page.getByTestId('screen-needs')).toBeVisible();
  await page.context().close();
});

test('with reduced motion asked for, nothing on the kiosk animates', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1080, height: 1920 }, reducedMotion: 'reduce' })).newPage();
  await page.goto(KIOSK_URL);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Housing' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Get my ticket' }).click();
  await expect(page.getByTestId('ticket-number')).toBeVisible();
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.kiosk *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      })
      .map((el) => el.className),
  );
  expect(moving).toEqual([]);
  await page.context().close();
});
