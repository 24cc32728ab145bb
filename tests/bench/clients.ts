import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';

export type Client = Socket;

export async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo-pass-2026' }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

export function connect(url: string, opts: { deviceToken?: string; cookie?: string } = {}): Promise<Client> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: opts.deviceToken ? { deviceToken: opts.deviceToken } : {},
    extraHeaders: opts.cookie ? { cookie: opts.cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Connects in batches, so the handshake storm itself is not what is measured. */
export async function connectMany(n: number, make: (i: number) => Promise<Client>, batch = 50): Promise<Client[]> {
  const out: Client[] = [];
  for (let i = 0; i < n; i += batch) out.push(...(await Promise.all(Array.from({ length: Math.min(batch, n - i) }, (_, j) => make(i + j)))));
  return out;
}

export interface Ack<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string };
}

export function emit<T>(socket: Client, event: string, payload: unknown, timeoutMs = 10_000): Promise<Ack<T>> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<Ack<T>>;
}

export const checkInPayload = (serviceId: string, requestId: string = randomUUID()) => ({ requestId, serviceId, language: 'en', needs: {} });

export async function registerKiosks(url: string, n: number): Promise<string[]> {
  const cookie = await login(url, 'admin');
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${url}/api/sites/civic-centre/devices`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ kind: 'kiosk', name: `Bench kiosk ${i + 1}` }) });
    tokens.push(((await res.json()) as { token: string }).token);
  }
  return tokens;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  // Nearest-rank: the smallest value with at least p% of the data at or below it.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}
