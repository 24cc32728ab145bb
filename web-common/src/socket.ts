import { io, type Socket } from 'socket.io-client';
import { AppError, type Ack, type ClientToServerEvents, type ServerToClientEvents } from '@reception/shared';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One socket per app, same origin as the page. Staff sign in with the session cookie;
 * kiosks and displays send their device token. Socket.IO reconnects by itself and the
 * server sends a fresh snapshot on every connect, so no page reload is ever needed.
 */
export function createSocket(deviceToken?: string): AppSocket {
  return io({
    auth: deviceToken ? { deviceToken } : {},
    withCredentials: true,
    transports: ['websocket', 'polling'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    // A handshake dropped without an error is otherwise only retried after 20 s.
    timeout: 5000,
  });
}

/** No acknowledgement came back (not connected, timeout, dropped connection): safe to retry an idempotent command. */
export class NoAnswerError extends AppError {
  constructor(message = 'No answer from the server. Check the connection and try again.') {
    super('INTERNAL', message);
    this.name = 'NoAnswerError';
  }
}

type EventsWithAck = {
  [E in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[E]> extends [unknown, (r: Ack<infer _T>) => void] ? E : never;
}[keyof ClientToServerEvents];

type RequestOf<E extends EventsWithAck> = Parameters<ClientToServerEvents[E]>[0];
type ResultOf<E extends EventsWithAck> = Parameters<ClientToServerEvents[E]>[1] extends (r: Ack<infer T>) => void ? T : never;

/**
 * Sends a command and resolves with its data, or rejects with the server's AppError.
 * Times out (as a retryable error) if no answer comes back, e.g. the connection dropped.
 */
export function send<E extends EventsWithAck>(socket: AppSocket, event: E, request: RequestOf<E>, timeoutMs = 8000): Promise<ResultOf<E>> {
  return new Promise((resolve, reject) => {
    // Socket.IO would buffer the command and send it on reconnect, long after the person gave up on it.
    if (!socket.connected) return reject(new NoAnswerError('Not connected to the server. Wait for the connection to return and try again.'));
    // socket.io's typed `timeout().emit` cannot express a generic event name; the map above keeps callers exact.
    const timed = socket.timeout(timeoutMs) as unknown as { emit: (e: string, req: unknown, cb: (err: Error | null, r: Ack<ResultOf<E>>) => void) => void };
    timed.emit(event, request, (err, result) => {
      if (err) return reject(new NoAnswerError());
      if (result.ok) resolve(result.data);
      else reject(AppError.fromBody(result.error));
    });
  });
}
