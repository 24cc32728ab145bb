import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-pass-2026';
export const KIOSK_URL = '/kiosk/?device=demo-kiosk-token';
export const DISPLAY_URL = '/display/?device=demo-display-token';
export const CONSOLE_URL = '/console/';

/** Screenshots every run regenerates, to look at. */
export const GALLERY = join(dirname(fileURLToPath(import.meta.url)), '..', 'gallery');
mkdirSync(GALLERY, { recursive: true });

export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(GALLERY, `${name}.png`), fullPage: false });
}

/** Signs a browser context in through the API (not the UI), so the console opens signed in. */
export async function signedInContext(browser: Browser, username: string, viewport = { width: 1366, height: 768 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  const res = await context.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (!res.ok()) throw new Error(`sign-in as ${username} failed: ${res.status()}`);
  return context;
}

/** Moves the server's clock forward (the server runs with TEST_CLOCK). */
export async function advanceServerClock(page: Page, ms: number): Promise<void> {
  const res = await page.request.post('/api/test/clock', { data: { advanceMs: ms } });
  if (!res.ok()) throw new Error(`clock move failed: ${res.status()}`);
}

/**
 * Every test starts from a clean demo site: configuration kept, the day's visits,
 * prompts, notices, desks and sign-ins wiped (a test-only route of the e2e server).
 */
export const test = base.extend<{ cleanSite: void }>({
  cleanSite: [
    async ({ request }, use) => {
      const res = await request.post('/api/test/reset');
      if (!res.ok()) throw new Error(`reset failed: ${res.status()}`);
      await use();
    },
    { auto: true },
  ],
});
export { expect } from '@playwright/test';
