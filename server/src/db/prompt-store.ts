import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError, type Prompt, type PromptDraft, type PromptOutcome } from '@reception/shared';
import type { Store } from './connection.js';
import { prompts } from './schema.js';
import { appendAudit } from './visit-store.js';

export function openPrompts(db: Store, siteId: string): Prompt[] {
  return db.select().from(prompts).where(and(eq(prompts.siteId, siteId), eq(prompts.status, 'open'))).all();
}

export function promptsOfVisits(db: Store, siteId: string, visitIds: ReadonlySet<string>): Prompt[] {
  if (visitIds.size === 0) return [];
  return db
    .select()
    .from(prompts)
    .where(eq(prompts.siteId, siteId))
    .all()
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
