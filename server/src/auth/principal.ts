import type { DeviceKind, Role } from '@reception/shared';

/** Who is on the other end of a socket or a request. */
export type Principal =
  | { kind: 'device'; deviceKind: DeviceKind; deviceId: string; siteId: string }
  | { kind: 'staff'; staffId: string; siteId: string; role: Role; name: string; username: string; tokenHash: string };

export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

/** Which principals may use a capability. */
export type Audience = 'kiosk' | 'display' | 'staff' | 'manager' | 'admin';

export function allows(principal: Principal | null, audience: readonly Audience[]): boolean {
  if (!principal) return false;
  if (principal.kind === 'device') return audience.includes(principal.deviceKind);
  if (audience.includes('staff')) return true;
  if (principal.role === 'admin') return audience.includes('admin') || audience.includes('manager');
  if (principal.role === 'manager') return audience.includes('manager');
  return false;
}
