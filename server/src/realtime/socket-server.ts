import type { Server as HttpServer } from 'node:http';
import { parse as parseCookie } from 'cookie';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { Server } from 'socket.io';
import { CheckInRequest, DeskSignOnRequest, EmptyRequest, PostNoticeRequest, ResolvePromptRequest, VisitCommandRequest, WithdrawNoticeRequest } from '@reception/shared';
import { registerAppointmentHandlers } from './appointment-handlers.js';
import { deviceFromToken, staffFromToken } from '../auth/auth-store.js';
import type { Principal, StaffPrincipal } from '../auth/principal.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import { checkInWalkIn } from '../commands/check-in.js';
import type { Deps } from '../commands/context.js';
import { signOffDesk, signOnToDesk } from '../commands/desk-session.js';
import { callNext, runVisitCommand } from '../commands/visit-command.js';
import { resolvePrompt } from '../commands/resolve-prompt.js';
import { postNotice, withdrawNotice } from '../commands/notices.js';
import { createBroadcaster, type Broadcaster } from './broadcast.js';
import { handle } from './handle.js';
import { personalRoomOf, roomOf } from './rooms.js';
import { displaySnapshot, isManager, kioskSnapshot, staffSnapshot } from './snapshots.js';
import type { IoServer, IoSocket } from './types.js';

const MAX_MESSAGE_BYTES = 16 * 1024;
/** Far above what a person or a kiosk does, far below a flood. */
export const COMMANDS_PER_SECOND = 100;

function authenticate(socket: IoSocket, deps: Deps): Principal | null {
  const auth: unknown = socket.handshake.auth;
  const deviceToken = typeof auth === 'object' && auth && 'deviceToken' in auth ? (auth).deviceToken : undefined;
  if (typeof deviceToken === 'string' && deviceToken.length <= 200) return deviceFromToken(deps.db, deviceToken);
  const cookies = parseCookie(socket.handshake.headers.cookie ?? '');
  const token = cookies[SESSION_COOKIE];
  return token ? staffFromToken(deps.db, token, deps.clock.now()) : null;
}

export function sendSnapshot(socket: Pick<IoSocket, 'emit' | 'data'>, deps: Deps): void {
  const p = socket.data.principal;
  if (p.kind === 'staff') socket.emit('staff:snapshot', staffSnapshot(deps, p));
  else if (p.deviceKind === 'display') socket.emit('display:snapshot', displaySnapshot(deps, p.siteId));
  else socket.emit('kiosk:snapshot', kioskSnapshot(deps, p.siteId));
}

export function createSocketServer(http: HttpServer, deps: Deps, refreshDelayMs: number, commandsPerSecond = COMMANDS_PER_SECOND): { io: IoServer; broadcaster: Broadcaster } {
  const io: IoServer = new Server(http, { maxHttpBufferSize: MAX_MESSAGE_BYTES, serveClient: false });
  const broadcaster = createBroadcaster(io, deps, refreshDelayMs);
  const context = { broadcaster, limiter: new RateLimiterMemory({ points: commandsPerSecond, duration: 1 }) };

  // Sockets that cannot say who they are never get past the handshake.
  io.use((socket, next) => {
    const principal = authenticate(socket, deps);
    if (!principal) return next(Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED', message: 'Sign in, or pair this device, first.' } }));
    socket.data.principal = principal;
    next();
  });

  io.on('connection', (socket) => {
    const p = socket.data.principal;
    void socket.join(roomOf(p.siteId, p.kind === 'staff' ? 'staff' : p.deviceKind));
    if (p.kind === 'staff' && isManager(p)) void socket.join(roomOf(p.siteId, 'managers'));
    if (p.kind === 'staff') void socket.join(personalRoomOf(p.siteId, p.staffId));
    sendSnapshot(socket, deps);
    const staffOnly = ['staff'] as const;
    const asStaff = (pr: Principal) => pr as StaffPrincipal;

    handle(context, socket, deps, 'sync:snapshot', ['staff', 'kiosk', 'display'], EmptyRequest, () => {
      sendSnapshot(socket, deps);
      return { data: null };
    });
    handle(context, socket, deps, 'kiosk:check-in', ['kiosk'], CheckInRequest, (req, pr) => {
      if (pr.kind !== 'device') throw new Error('unreachable');
      return checkInWalkIn(deps, pr.siteId, pr.deviceId, req).then(({ result, change }) => ({ data: result, change }));
    });
    handle(context, socket, deps, 'staff:desk-sign-on', staffOnly, DeskSignOnRequest, (req, pr) => {
      const { session, change } = signOnToDesk(deps, asStaff(pr), req);
      return { data: session, change };
    });
    handle(context, socket, deps, 'staff:desk-sign-off', staffOnly, EmptyRequest, (_req, pr) => ({ data: null, change: signOffDesk(deps, asStaff(pr)) }));
    handle(context, socket, deps, 'staff:call-next', staffOnly, EmptyRequest, (_req, pr) => {
      const { visit, change } = callNext(deps, asStaff(pr));
      return { data: visit, change };
    });
    handle(context, socket, deps, 'staff:visit-command', staffOnly, VisitCommandRequest, (req, pr) => {
      const { visit, change } = runVisitCommand(deps, asStaff(pr), req.visitId, req.command);
      return { data: visit, change };
    });
    handle(context, socket, deps, 'staff:resolve-prompt', staffOnly, ResolvePromptRequest, (req, pr) => {
      const { prompt, change } = resolvePrompt(deps, asStaff(pr), req);
      return { data: prompt, change };
    });
    handle(context, socket, deps, 'staff:post-notice', staffOnly, PostNoticeRequest, (req, pr) => {
      const { notice, change } = postNotice(deps, asStaff(pr), req);
      return { data: notice, change };
    });
    registerAppointmentHandlers(context, socket, deps);
    handle(context, socket, deps, 'staff:withdraw-notice', staffOnly, WithdrawNoticeRequest, (req, pr) => {
      const { notice, change } = withdrawNotice(deps, asStaff(pr), req);
      return { data: notice, change };
    });
  });
  return { io, broadcaster };
}
