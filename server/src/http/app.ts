import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { MovableClock } from '../clock.js';
import type { Change } from '../commands/change.js';
import type { Deps } from '../commands/context.js';
import { adminRoutes } from './routes/admin.js';
import { appointmentRoutes } from './routes/appointments.js';
import { authRoutes } from './routes/auth.js';
import { personalDataRoutes } from './routes/personal-data.js';
import { reportRoutes } from './routes/reports.js';
import { samplingPeriodRoutes } from './routes/sampling-periods.js';
import { siteConfigRoutes } from './routes/site-config.js';
import { standardsAndRoomRoutes } from './routes/standards-rooms.js';
import { testRoutes } from './routes/test-routes.js';
import { mountStaticApps } from './static-apps.js';

export interface AppOptions {
  sessionTtlMs: number;
  secureCookies: boolean;
  staticRoot: string;
  testClock: MovableClock | null;
  onConfigChanged: (siteId: string) => void;
  /** Broadcasts what a REST command committed, as socket commands do. */
  publish: (change: Change) => void;
}

export function createHttpApp(deps: Deps, opts: AppOptions): { app: Express; mountedApps: string[] } {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Kiosks on a council LAN may be served over plain HTTP; only demand HTTPS where it is configured.
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'media-src': ["'self'", 'data:'], 'upgrade-insecure-requests': opts.secureCookies ? [] : null } },
      strictTransportSecurity: opts.secureCookies,
    }),
  );
  app.use(
    pinoHttp({
      logger: deps.log,
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
      serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }), res: (res: { statusCode: number }) => ({ status: res.statusCode }) },
    }),
  );
  app.use('/api', express.json({ limit: '32kb' }));

  app.get('/api/health', (_req, res) => {
    res.json({ ok: true, now: deps.clock.now() });
  });
  app.use('/api/auth', authRoutes(deps, opts));
  app.use('/api/sites', siteConfigRoutes(deps, opts.onConfigChanged));
  app.use('/api/sites', adminRoutes(deps));
  app.use('/api/sites', standardsAndRoomRoutes(deps, opts.onConfigChanged));
  app.use('/api/sites', appointmentRoutes(deps, opts.onConfigChanged));
  app.use('/api/sites', personalDataRoutes(deps, opts.publish));
  app.use('/api', samplingPeriodRoutes(deps));
  app.use('/api/reports', reportRoutes(deps));
  if (opts.testClock) app.use('/api/test', testRoutes(deps, opts.testClock, opts.onConfigChanged));
  app.use('/api', (_req, res) => {
    res.status(404).json({ code: 'NOT_FOUND', message: 'No such API route.' });
  });
  // Malformed JSON and oversized bodies reach here from express.json().
  app.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err.type === 'entity.too.large') return void res.status(413).json({ code: 'PAYLOAD_TOO_LARGE', message: 'That request is too large.' });
    if (err.status === 400) return void res.status(400).json({ code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' });
    next(err);
  });
  const mountedApps = opts.staticRoot ? mountStaticApps(app, opts.staticRoot) : [];
  return { app, mountedApps };
}
