import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError, type GiveDelayReasonRequest, type Notice, type Officer, type Prompt, type SetAwayRequest } from '@reception/shared';
import type { StaffPrincipal } from '../../auth/principal.js';
import { linkNoticeVisits } from '../../db/notice-store.js';
import { listOfficers } from '../../db/officer-store.js';
import { closePrompt, getPrompt } from '../../db/prompt-store.js';
import { notices, officers } from '../../db/schema.js';
import { appendAudit } from '../../db/visit-store.js';
import type { Change } from '../change.js';
import type { Deps } from '../context.js';

/** An officer steps away from (or returns to) their desk; visitors arriving for them meanwhile are offered to someone else. */
export function setAway(deps: Deps, actor: StaffPrincipal, req: SetAwayRequest): { officer: Officer; change: Change } {
  return deps.db.transaction((tx) => {
    const now = deps.clock.now();
    const res = tx.update(officers).set({ awaySince: req.away ? now : null }).where(and(eq(officers.staffId, actor.staffId), eq(officers.siteId, actor.siteId))).run();
    if (res.changes === 0) throw new AppError('NOT_FOUND', 'You are not set up to take appointments.');
    appendAudit(tx, actor.siteId, req.away ? 'officer-away' : 'officer-back', now, actor.staffId, {});
    const officer = listOfficers(tx, actor.siteId).find((o) => o.staffId === actor.staffId)!;
    return { officer, change: { siteId: actor.siteId, events: [], visits: [], officersChanged: true, refresh: true } };
  });
}

/** How long a delay reason for one appointment stays on the display board. */
const DELAY_NOTICE_MINUTES = 30;

/**
 * "Keep you informed about any delay": the reason is recorded against the prompt and the
 * visit, and shown on the display board by ticket number (never a name) for half an hour.
 */
export function giveDelayReason(deps: Deps, actor: StaffPrincipal, req: GiveDelayReasonRequest): { prompt: Prompt; change: Change } {
  return deps.db.transaction(
    (tx) => {
      const now = deps.clock.now();
      const prompt = getPrompt(tx, actor.siteId, req.promptId);
      if (prompt.kind !== 'delay-reason') throw new AppError('INVALID_INPUT', 'That prompt does not ask for a delay reason.');
      const closed = closePrompt(tx, prompt, 'reason-given', actor.staffId, now);
      const notice: Notice = { id: randomUUID(), siteId: actor.siteId, kind: 'delay', message: `${prompt.ticket}: ${req.message}`, postedAt: now, expiresAt: now + DELAY_NOTICE_MINUTES * 60_000, withdrawnAt: null };
      tx.insert(notices).values({ ...notice, postedBy: actor.staffId }).run();
      linkNoticeVisits(tx, [notice.id], [prompt.visitId]);
      appendAudit(tx, actor.siteId, 'delay-reason-given', now, actor.staffId, { promptId: prompt.id, noticeId: notice.id, message: req.message }, prompt.visitId);
      return { prompt: closed, change: { siteId: actor.siteId, events: [], visits: [], prompts: [closed], noticesChanged: true } };
    },
    { behavior: 'immediate' },
  );
}
