import { AppError, parseOrThrow, type Ack, type ClientEventName, type ErrorBody } from '@reception/shared';
import type { z } from 'zod';
import type { Logger } from 'pino';
import { staffFromTokenHash } from '../auth/auth-store.js';
import { allows, type Audience, type Principal } from '../auth/principal.js';
import type { Change } from '../commands/change.js';
import type { Deps } from '../commands/context.js';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Broadcaster } from './broadcast.js';
import type { IoSocket } from './types.js';

export function toErrorBody(error: unknown, log: Logger): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  log.error({ err: error }, 'unexpected error');
  return { code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was changed; please try again.' };
}

export interface HandlerResult<T> {
  data: T;
  change?: Change;
}

/**
 * Registers one socket event: checks who may use it, validates the payload with its
 * shared schema, runs the command, answers through the ack and only then broadcasts
 * what the command committed. A rejected call changes nothing.
 */
export interface HandlerContext {
  broadcaster: Broadcaster;
  /** Commands per second per device or signed-in person; a flood is refused, not queued. */
  limiter: RateLimiterMemory;
}

export function handle<S extends z.ZodType, T>(
  { broadcaster, limiter }: HandlerContext,
  socket: IoSocket,
  deps: Deps,
  event: ClientEventName,
  audience: readonly Audience[],
  schema: S,
  run: (input: z.infer<S>, principal: Principal) => HandlerResult<T> | Promise<HandlerResult<T>>,
): void {
  const listener = (...args: unknown[]): void => {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (r: Ack<T>) => void) : () => undefined;
    const answer = (result: Ack<T>, change?: Change) => {
      ack(result);
      if (change) broadcaster.publish(change);
      if (!result.ok && result.error.code === 'UNAUTHENTICATED') socket.disconnect(true);
    };
    const fail = (error: unknown) => answer({ ok: false, error: toErrorBody(error, deps.log) });
    const p = socket.data.principal;
    limiter.consume(p.kind === 'device' ? `device:${p.deviceId}` : `staff:${p.staffId}`).then(
      () => {
        try {
          const principal = currentPrincipal(socket, deps);
          if (!allows(principal, audience)) throw new AppError('FORBIDDEN', `This ${describe(principal)} may not use ${event}.`);
          const out = run(parseOrThrow(schema, args[0], `${event} payload`), principal);
          if (out instanceof Promise) out.then((o) => answer({ ok: true, data: o.data }, o.change), fail);
          else answer({ ok: true, data: out.data }, out.change);
        } catch (error) {
          fail(error);
        }
      },
      () => fail(new AppError('RATE_LIMITED', 'Too many requests from this device. Slow down and try again in a moment.')),
    );
  };
  socket.on(event, listener);
}

/** Staff sessions are re-checked on every command, so sign-out and expiry bite at once. */
function currentPrincipal(socket: IoSocket, deps: Deps): Principal {
  const p = socket.data.principal;
  if (p.kind === 'device') return p;
  const fresh = staffFromTokenHash(deps.db, p.tokenHash, deps.clock.now());
  if (!fresh) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Please sign in again.');
  return fresh;
}

function describe(p: Principal): string {
  return p.kind === 'device' ? `${p.deviceKind} device` : `${p.role} account`;
}
