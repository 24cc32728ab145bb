import { DEMO } from '@reception/server';
import { connectSocket as connect, type TestSocket } from './sockets.js';

export { connectSocket, ok, recordAll, request, waitForSocketEvent, type TestSocket } from './sockets.js';

export async function login(baseUrl: string, username: string, password: string = DEMO.password): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

export const connectKiosk = (baseUrl: string, token: string = DEMO.kioskToken) => connect(baseUrl, { deviceToken: token });
export const connectDisplay = (baseUrl: string, token: string = DEMO.displayToken) => connect(baseUrl, { deviceToken: token });
export async function connectStaff(baseUrl: string, username: string): Promise<{ socket: TestSocket; cookie: string }> {
  const cookie = await login(baseUrl, username);
  return { socket: await connect(baseUrl, { cookie }), cookie };
}
export const connectRaw = (baseUrl: string, opts: { deviceToken?: string; cookie?: string }) => connect(baseUrl, opts);

