import { ErrorBody, Me, type LoginRequest } from '@reception/shared';

/** The session lives in an httpOnly cookie; these calls only ever see its effects. */
export class AuthError extends Error {}

const UNREACHABLE = 'Could not reach the server. Check the connection and try again.';

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch {
    throw new AuthError(UNREACHABLE);
  }
}

async function errorOf(res: Response): Promise<AuthError> {
  const parsed = ErrorBody.safeParse(await res.json().catch(() => null));
  return new AuthError(parsed.success ? parsed.data.message : `The server answered ${res.status}. Try again.`);
}

export async function signIn(credentials: LoginRequest): Promise<Me> {
  const res = await request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!res.ok) throw await errorOf(res);
  return Me.parse(await res.json());
}

/** Resumes a session after a reload; null when there is none (or it has expired). */
export async function currentStaff(): Promise<Me | null> {
  const res = await request('/api/auth/me');
  if (res.status === 401) return null;
  if (!res.ok) throw await errorOf(res);
  return Me.parse(await res.json());
}

export async function signOut(): Promise<void> {
  const res = await request('/api/auth/logout', { method: 'POST' });
  if (!res.ok) throw await errorOf(res);
}
