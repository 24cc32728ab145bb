import { z } from 'zod';

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _');
/** Milliseconds since the epoch, always from the server clock. */
export const Instant = z.number().int().nonnegative();
/** A site's local calendar day, e.g. 2026-11-22. */
export const ServiceDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const LanguageCode = z.enum(['en', 'cy', 'ar', 'zh', 'pl', 'pa']);
export type LanguageCode = z.infer<typeof LanguageCode>;
