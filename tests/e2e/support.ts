import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { io } from 'socket.io-client';
import type { Ack, Appointment } from '@reception/shared';

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

export interface SocketBooking {
  officerId: string;
  visitorName: string;
  serviceId?: string;
  /** Defaults to the next five-minute mark at least a minute from the server's now. */
  startsAt?: number;
}

/** Books appointments as the manager over a staff socket, for tests that are about what follows. */
export async function bookOverSocket(baseURL: string, bookings: SocketBooking[]): Promise<Appointment[]> {
  const login = await fetch(`${baseURL}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'manager', password: DEMO_PASSWORD }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const staff = io(baseURL, { transports: ['websocket'], extraHeaders: { cookie } });
  try {
    const now = ((await (await fetch(`${baseURL}/api/health`)).json()) as { now: number }).now;
    // Two to three minutes ahead, on a whole minute: inside the five minutes before an
    // appointment in which its officer being away is worth a prompt, whatever the time now.
    const nextSlot = Math.ceil(now / 60_000) * 60_000 + 2 * 60_000;
    const booked: Appointment[] = [];
    for (const b of bookings) {
      const request = { serviceId: b.serviceId ?? 'housing', officerId: b.officerId, startsAt: b.startsAt ?? nextSlot, visitorName: b.visitorName };
      const ack = (await staff.timeout(5000).emitWithAck('staff:book-appointment', request)) as Ack<Appointment>;
      if (!ack.ok) throw new Error(ack.error.message);
      booked.push(ack.data);
    }
    return booked;
  } finally {
    staff.close();
  }
}

/** Signs an open console on to a desk, for all its services, and waits until it can call. */
export async function signOnToDesk(page: Page, desk: string): Promise<void> {
  const signOn = page.getByTestId('desk-sign-on');
  await signOn.getByLabel('Desk').selectOption({ label: desk });
  await signOn.getByRole('button', { name: 'Start at this desk' }).click();
  await expect(page.getByRole('button', { name: 'Call next' })).toBeVisible();
}

/** A console signed in as `username` and signed on to `desk`. */
export async function consoleAtDesk(browser: Browser, username: string, desk: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await signedInContext(browser, username);
  const page = await context.newPage();
  await page.goto(CONSOLE_URL);
  await signOnToDesk(page, desk);
  return { context, page };
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
