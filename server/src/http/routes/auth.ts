import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError, LoginRequest } from '@reception/shared';
import { meOf, signIn, signOut } from '../../auth/auth-store.js';
import type { Change } from '../../commands/change.js';
import type { Deps } from '../../commands/context.js';
import { signOffDesk } from '../../commands/desk-session.js';
import { appendAudit } from '../../db/visit-store.js';
import { route, sessionToken } from '../route.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

export function authRoutes(deps: Deps, opts: { sessionTtlMs: number; secureCookies: boolean; publish: (change: Change) => void }): Router {
  const router = Router();
  // Ten failed tries a minute per address: plenty for a person, useless for guessing.
  const loginLimiter = rateLimit({
    windowMs: 60_000,
    limit: 10,
    // Only failures count, so a busy office signing in at 9:00 is never locked out.
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => res.status(429).json({ code: 'RATE_LIMITED', message: 'Too many sign-in attempts. Wait a minute and try again.' }),
  });

  router.post(
    '/login',
    loginLimiter,
    route(deps, { body: LoginRequest }, async ({ body, res }) => {
      const now = deps.clock.now();
      const { token, me } = await signIn(deps.db, body.username, body.password, now, opts.sessionTtlMs);
      appendAudit(deps.db, me.siteId, 'staff-signed-in', now, me.id, {});
      setSessionCookie(res, token, opts.sessionTtlMs, opts.secureCookies);
      return me;
    }),
  );
  router.post(
    '/logout',
    route(deps, {}, ({ req, res, staff }) => {
      const token = sessionToken(req);
      if (token) signOut(deps.db, token);
      if (staff) {
        // Someone who has gone home is not serving: free the desk so forecasts stop counting them.
        opts.publish(signOffDesk(deps, staff));
        appendAudit(deps.db, staff.siteId, 'staff-signed-out', deps.clock.now(), staff.staffId, {});
      }
      clearSessionCookie(res, opts.secureCookies);
      return { ok: true };
    }),
  );
  router.get(
    '/me',
    route(deps, {}, ({ staff }) => {
      if (!staff) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
      return meOf(staff);
    }),
  );
  return router;
}
