import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { ACTIVE_STATUSES, AppError, type Prompt, type PromptDraft, type PromptOutcome } from '@reception/shared';
import type { Store } from './connection.js';
import { prompts, visits } from './schema.js';
import { appendAudit } from './visit-store.js';

export function openPrompts(db: Store, siteId: string): Prompt[] {
  return db.select().from(prompts).where(and(eq(prompts.siteId, siteId), eq(prompts.status, 'open'))).all();
}

/** One visit's open prompts, by the visit index: a command's cost must not grow with the site's prompts. */
export function openPromptsOfVisit(db: Store, visitId: string): Prompt[] {
  return db.select().from(prompts).where(and(eq(prompts.visitId, visitId), eq(prompts.status, 'open'))).all();
}

/**
 * Every prompt (open or closed) of the given visits, all of which are still active. Read
 * through the active visits rather than all the site's prompts, which only ever grow.
 */
export function promptsOfVisits(db: Store, siteId: string, visitIds: ReadonlySet<string>): Prompt[] {
  if (visitIds.size === 0) return [];
  return db
    .select({ prompt: prompts })
    .from(prompts)
    .innerJoin(visits, eq(visits.id, prompts.visitId))
    .where(and(eq(prompts.siteId, siteId), eq(visits.siteId, siteId), inArray(visits.status, [...ACTIVE_STATUSES])))
    .all()
    .map((r) => r.prompt)
    .filter((p) => visitIds.has(p.visitId));
}

export function getPrompt(db: Store, siteId: string, promptId: string): Prompt {
  const row = db.select().from(prompts).where(and(eq(prompts.id, promptId), eq(prompts.siteId, siteId))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such prompt at this site.');
  return row;
}

/** Raises a prompt and records it in the event log. */
export function raisePrompt(db: Store, siteId: string, draft: PromptDraft, now: number): Prompt {
  const prompt: Prompt = { ...draft, id: randomUUID(), siteId, raisedAt: now, status: 'open', resolvedAt: null, resolvedBy: null, outcome: null };
  db.insert(prompts).values(prompt).run();
  appendAudit(db, siteId, 'prompt-raised', now, null, prompt, prompt.visitId);
  return prompt;
}

export function closePrompt(db: Store, prompt: Prompt, outcome: PromptOutcome, by: string | null, now: number): Prompt {
  const closed: Prompt = { ...prompt, status: 'resolved', outcome, resolvedBy: by, resolvedAt: now };
  // The status guard makes a second, racing answer change nothing.
  const res = db
    .update(prompts)
    .set({ status: 'resolved', outcome, resolvedBy: by, resolvedAt: now })
    .where(and(eq(prompts.id, prompt.id), eq(prompts.status, 'open')))
    .run();
  if (res.changes === 0) throw new AppError('CONFLICT', `Someone has already dealt with this prompt for ${prompt.ticket}.`);
  appendAudit(db, prompt.siteId, 'prompt-resolved', now, by, { promptId: prompt.id, kind: prompt.kind, outcome }, prompt.visitId);
  return closed;
}
