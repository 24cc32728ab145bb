import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** URL path → built app folder (relative to the repository root). */
export const APPS = {
  kiosk: { path: '/kiosk', dist: 'kiosk/dist' },
  display: { path: '/display', dist: 'display-board/dist' },
  console: { path: '/console', dist: 'staff-console/dist' },
} as const;

export function mountStaticApps(app: Express, root: string): string[] {
  const mounted: string[] = [];
  for (const { path, dist } of Object.values(APPS)) {
    const dir = join(root, dist);
    if (!existsSync(join(dir, 'index.html'))) continue;
    app.use(path, express.static(dir, { index: 'index.html', maxAge: '1h' }));
    // Single-page apps: any deeper path is the app's own route.
    app.get(`${path}/{*rest}`, (_req, res) => res.sendFile(join(dir, 'index.html')));
    mounted.push(path);
  }
  app.get('/', (_req, res) => res.redirect('/console/'));
  return mounted;
}
