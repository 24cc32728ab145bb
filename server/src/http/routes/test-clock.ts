import { Router } from 'express';
import { z } from 'zod';
import type { MovableClock } from '../../clock.js';
import type { Deps } from '../../commands/context.js';
import { route } from '../route.js';

const ClockRequest = z.object({ advanceMs: z.number().int().min(0).max(7 * 24 * 3600_000) });

/** Mounted only when TEST_CLOCK is set, so end-to-end tests can move server time. */
export function testClockRoutes(deps: Deps, clock: MovableClock): Router {
  const router = Router();
  router.post(
    '/clock',
    route(deps, { body: ClockRequest }, ({ body }) => {
      clock.advance(body.advanceMs);
      return { now: clock.now() };
    }),
  );
  return router;
}
