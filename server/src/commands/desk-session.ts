import { and, eq, ne } from 'drizzle-orm';
import { AppError, type DeskSession, type DeskSignOnRequest } from '@reception/shared';
import type { StaffPrincipal } from '../auth/principal.js';
import { deskSessionOf, listDesks, listServices } from '../db/config-store.js';
import { deskSessions, staff } from '../db/schema.js';
import { appendAudit } from '../db/visit-store.js';
import type { Change } from './change.js';
import type { Deps } from './context.js';

export function signOnToDesk(deps: Deps, actor: StaffPrincipal, req: DeskSignOnRequest): { session: DeskSession; change: Change } {
  const { db, clock } = deps;
  return db.transaction(
    (tx) => {
      const now = clock.now();
      const desk = listDesks(tx, actor.siteId).find((d) => d.id === req.deskId);
      if (!desk || !desk.active) throw new AppError('NOT_FOUND', 'No such desk open at this site.');
      const known = new Set(listServices(tx, actor.siteId).filter((s) => s.active).map((s) => s.id));
      const unknown = req.serviceIds.filter((id) => !known.has(id));
      if (unknown.length) throw new AppError('NOT_FOUND', `Unknown service: ${unknown.join(', ')}.`);
      const holder = tx
        .select({ name: staff.name })
        .from(deskSessions)
        .innerJoin(staff, eq(staff.id, deskSessions.staffId))
        .where(and(eq(deskSessions.deskId, desk.id), ne(deskSessions.staffId, actor.staffId)))
        .get();
      if (holder) throw new AppError('CONFLICT', `${desk.name} is already in use by ${holder.name}.`);
      const serviceIds = [...new Set(req.serviceIds)];
      tx.insert(deskSessions)
        .values({ staffId: actor.staffId, deskId: desk.id, siteId: actor.siteId, serviceIds, since: now })
        .onConflictDoUpdate({ target: deskSessions.staffId, set: { deskId: desk.id, serviceIds, since: now } })
        .run();
      appendAudit(tx, actor.siteId, 'desk-signed-on', now, actor.staffId, { deskId: desk.id, serviceIds });
      const session = deskSessionOf(tx, actor.staffId)!;
      return { session, change: { siteId: actor.siteId, events: [], visits: [], deskSessionsChanged: true, refresh: true } };
    },
    { behavior: 'immediate' },
  );
}

export function signOffDesk(deps: Deps, actor: StaffPrincipal): Change {
  const { db, clock } = deps;
  return db.transaction((tx) => {
    const removed = tx.delete(deskSessions).where(eq(deskSessions.staffId, actor.staffId)).run();
    if (removed.changes > 0) appendAudit(tx, actor.siteId, 'desk-signed-off', clock.now(), actor.staffId, {});
    return { siteId: actor.siteId, events: [], visits: [], deskSessionsChanged: removed.changes > 0, refresh: removed.changes > 0 };
  });
}
