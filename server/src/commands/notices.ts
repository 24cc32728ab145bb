import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError, isNoticeActive, type Notice, type PostNoticeRequest, type WithdrawNoticeRequest } from '@reception/shared';
import type { StaffPrincipal } from '../auth/principal.js';
import { getNotice, linkNoticeVisits } from '../db/notice-store.js';
import { notices } from '../db/schema.js';
import { activeVisits, appendAudit } from '../db/visit-store.js';
import type { Change } from './change.js';
import type { Deps } from './context.js';

/** Posts a delay reason (or "reception unattended") and records it against everyone waiting now. */
export function postNotice(deps: Deps, actor: StaffPrincipal, req: PostNoticeRequest): { notice: Notice; change: Change } {
  return deps.db.transaction((tx) => {
    const now = deps.clock.now();
    const notice: Notice = {
      id: randomUUID(),
      siteId: actor.siteId,
      kind: req.kind,
      message: req.message,
      postedAt: now,
      expiresAt: req.expiresInMinutes ? now + req.expiresInMinutes * 60_000 : null,
      withdrawnAt: null,
    };
    tx.insert(notices).values({ ...notice, postedBy: actor.staffId }).run();
    const waiting = activeVisits(tx, actor.siteId).filter((v) => v.status === 'waiting').map((v) => v.id);
    linkNoticeVisits(tx, [notice.id], waiting);
    appendAudit(tx, actor.siteId, 'notice-posted', now, actor.staffId, { ...notice, affectedVisits: waiting.length });
    return { notice, change: { siteId: actor.siteId, events: [], visits: [], noticesChanged: true } };
  });
}

export function withdrawNotice(deps: Deps, actor: StaffPrincipal, req: WithdrawNoticeRequest): { notice: Notice; change: Change } {
  return deps.db.transaction((tx) => {
    const now = deps.clock.now();
    const notice = getNotice(tx, actor.siteId, req.noticeId);
    if (!notice) throw new AppError('NOT_FOUND', 'No such notice at this site.');
    if (!isNoticeActive(notice, now)) throw new AppError('CONFLICT', 'That notice is no longer showing.');
    tx.update(notices).set({ withdrawnAt: now }).where(and(eq(notices.id, notice.id), eq(notices.siteId, actor.siteId))).run();
    appendAudit(tx, actor.siteId, 'notice-withdrawn', now, actor.staffId, { noticeId: notice.id });
    return { notice: { ...notice, withdrawnAt: now }, change: { siteId: actor.siteId, events: [], visits: [], noticesChanged: true } };
  });
}
