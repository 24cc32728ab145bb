import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { parse as parseCookie } from 'cookie';
import { AppError, httpStatusOf, parseOrThrow } from '@reception/shared';
import type { z } from 'zod';
import { staffFromToken } from '../auth/auth-store.js';
import { allows, type Audience, type StaffPrincipal } from '../auth/principal.js';
import type { Deps } from '../commands/context.js';
import { toErrorBody } from '../realtime/handle.js';
import { SESSION_COOKIE } from './session-cookie.js';

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  /** Omit for a public route. */
  audience?: readonly Audience[];
  /** What to tell someone whose role may not use the route, if "your role may not do this" is too bare. */
  refusal?: string;
  params?: P;
  query?: Q;
  body?: B;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  staff: StaffPrincipal | null;
  req: Request;
  res: Response;
}

export function sessionToken(req: Request): string | undefined {
  return parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
}

/**
 * Wraps every REST route: signs the caller in from the session cookie, enforces the
 * audience, validates params, query and body with shared schemas, and turns any error
 * into `{ code, message }` with its HTTP status. Sites are checked: staff reach only their own.
 */
export function route<P extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown, B extends z.ZodType = z.ZodUnknown>(
  deps: Deps,
  spec: RouteSpec<P, Q, B>,
  run: (input: RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>) => unknown,
): RequestHandler {
  return (req: Request, res: Response, _next: NextFunction) => {
    void (async () => {
      try {
        const token = sessionToken(req);
        const staff = token ? staffFromToken(deps.db, token, deps.clock.now()) : null;
        if (spec.audience) {
          if (!staff) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
          if (!allows(staff, spec.audience)) throw new AppError('FORBIDDEN', spec.refusal ?? `Your role (${staff.role}) may not do this.`);
        }
        const params = spec.params ? parseOrThrow(spec.params, req.params, 'path') : req.params;
        if (staff && spec.audience && typeof (params as { siteId?: unknown }).siteId === 'string' && (params as { siteId: string }).siteId !== staff.siteId) {
          throw new AppError('FORBIDDEN', 'You can only reach your own site.');
        }
        const query: unknown = spec.query ? parseOrThrow(spec.query, req.query, 'query string') : req.query;
        const rawBody: unknown = req.body;
        const body: unknown = spec.body ? parseOrThrow(spec.body, rawBody ?? {}, 'request body') : rawBody;
        const out = await run({ params, query, body, staff, req, res } as RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>);
        if (!res.headersSent) res.json(out ?? { ok: true });
      } catch (error) {
        const body = toErrorBody(error, deps.log);
        res.status(httpStatusOf(body.code)).json(body);
      }
    })();
  };
}
