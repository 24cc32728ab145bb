import { and, eq, isNull } from 'drizzle-orm';
import { isNoticeActive, type Notice } from '@reception/shared';
import type { Store } from './connection.js';
import { noticeVisits, notices } from './schema.js';

const toNotice = (row: typeof notices.$inferSelect): Notice => ({
  id: row.id,
  siteId: row.siteId,
  kind: row.kind,
  message: row.message,
  postedAt: row.postedAt,
  expiresAt: row.expiresAt,
  withdrawnAt: row.withdrawnAt,
});

export function activeNotices(db: Store, siteId: string, now: number): Notice[] {
  return db
    .select()
    .from(notices)
    .where(and(eq(notices.siteId, siteId), isNull(notices.withdrawnAt)))
    .all()
    .map(toNotice)
    .filter((n) => isNoticeActive(n, now));
}

export function getNotice(db: Store, siteId: string, id: string): Notice | null {
  const row = db.select().from(notices).where(and(eq(notices.id, id), eq(notices.siteId, siteId))).get();
  return row ? toNotice(row) : null;
}

/** Records that these visits waited while the notice was up. */
export function linkNoticeVisits(db: Store, noticeIds: readonly string[], visitIds: readonly string[]): void {
  for (const noticeId of noticeIds) {
    for (const visitId of visitIds) db.insert(noticeVisits).values({ noticeId, visitId }).onConflictDoNothing().run();
  }
}
