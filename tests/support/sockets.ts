import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '@reception/shared';

/*
 * Socket helpers that need nothing but socket.io-client, shared by the integration tests
 * and the Playwright specs (which talk to the server as a kiosk or an advisor would).
 */

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One socket as a device (token) or a signed-in person (cookie); no reconnection, so a refusal is final. */
export function connectSocket(baseUrl: string, opts: { deviceToken?: string; cookie?: string }): Promise<TestSocket> {
  const socket: TestSocket = io(baseUrl, {
    transports: ['websocket'],
    auth: opts.deviceToken ? { deviceToken: opts.deviceToken } : {},
    extraHeaders: opts.cookie ? { cookie: opts.cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Emits and resolves with the server's Ack, or rejects if none arrives in time. */
export async function request<T = unknown>(socket: TestSocket, event: keyof ClientToServerEvents, payload: unknown, timeoutMs = 5000): Promise<Ack<T>> {
  // Tests send deliberately ill-typed payloads, which the typed event map would refuse.
  const timed = socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<T>> };
  return timed.emitWithAck(event, payload);
}

/** Like `request` but unwraps success and throws on a coded error. */
export async function ok<T = unknown>(socket: TestSocket, event: keyof ClientToServerEvents, payload: unknown): Promise<T> {
  const result = await request<T>(socket, event, payload);
  if (!result.ok) throw new Error(`${event} failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

/** Resolves with the next `event` matching `predicate`; rejects after `timeoutMs`, so a missing broadcast fails the test. */
export function waitForSocketEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  predicate: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
  timeoutMs = 3000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
      if (!predicate(...args)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(args[0]);
    };
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${event}`));
    }, timeoutMs);
    socket.on(event, listener as never);
  });
}

/** Records every message a socket receives, to check what an audience can see. */
export function recordAll(socket: TestSocket): { event: string; payload: unknown }[] {
  const log: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) => log.push({ event, payload }));
  return log;
}
