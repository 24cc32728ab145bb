import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { AppError, type Me } from '@reception/shared';
import type { Db } from '../db/connection.js';
import { devices, sessions, staff } from '../db/schema.js';
import { hashPassword, hashToken, newToken, verifyPassword } from './password.js';
import type { Principal, StaffPrincipal } from './principal.js';

// Verifying against a real hash even for an unknown user keeps the response time the same,
// so timing does not reveal which usernames exist.
const decoyHash = hashPassword('decoy password that never matches');

export async function signIn(db: Db, username: string, password: string, now: number, ttlMs: number): Promise<{ token: string; me: Me }> {
  const row = db.select().from(staff).where(and(eq(staff.username, username), eq(staff.active, true))).get();
  const ok = await verifyPassword(password, row?.passwordHash ?? (await decoyHash));
  if (!row || !ok) throw new AppError('UNAUTHENTICATED', 'That username and password do not match.');
  const token = newToken();
  db.transaction((tx) => {
    tx.delete(sessions).where(lt(sessions.expiresAt, now)).run();
    tx.insert(sessions).values({ tokenHash: hashToken(token), staffId: row.id, createdAt: now, expiresAt: now + ttlMs }).run();
  });
  return { token, me: { id: row.id, siteId: row.siteId, name: row.name, username: row.username, role: row.role } };
}

export function signOut(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}

export function staffFromToken(db: Db, token: string, now: number): StaffPrincipal | null {
  return staffFromTokenHash(db, hashToken(token), now);
}

/** Looked up on every staff command, so sign-out and expiry take effect at once. */
export function staffFromTokenHash(db: Db, tokenHash: string, now: number): StaffPrincipal | null {
  const row = db
    .select({ id: staff.id, siteId: staff.siteId, role: staff.role, name: staff.name, username: staff.username })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(staff.active, true)))
    .get();
  if (!row) return null;
  return { kind: 'staff', staffId: row.id, siteId: row.siteId, role: row.role, name: row.name, username: row.username, tokenHash };
}

export function deviceFromToken(db: Db, token: string): Principal | null {
  const row = db
    .select()
    .from(devices)
    .where(and(eq(devices.tokenHash, hashToken(token)), isNull(devices.revokedAt)))
    .get();
  if (!row) return null;
  return { kind: 'device', deviceKind: row.kind, deviceId: row.id, siteId: row.siteId };
}

export function meOf(p: StaffPrincipal): Me {
  return { id: p.staffId, siteId: p.siteId, name: p.name, username: p.username, role: p.role };
}
