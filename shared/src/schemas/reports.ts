import { z } from 'zod';
import { Id, ServiceDay } from './ids.js';
import type { ComparedFigure } from '../domain/report/compare.js';
import type { ReportSummary } from '../domain/report/summarise.js';

/** Comma-separated site ids in a query string; omitted for every site. */
const SitesParam = z
  .string()
  .optional()
  .transform((s) => (s ? s.split(',').filter(Boolean) : []))
  .pipe(z.array(Id).max(50));

/** A period to report on: local calendar days at each site, both ends included. */
export const ReportQuery = z
  .object({
    from: ServiceDay,
    to: ServiceDay,
    sites: SitesParam,
  })
  .refine((q) => q.from <= q.to, { message: 'the range must start on or before its last day', path: ['to'] })
  .refine((q) => daysBetween(q.from, q.to) <= 400, { message: 'a report covers at most 400 days', path: ['to'] });
export type ReportQuery = z.infer<typeof ReportQuery>;

/** Two periods side by side: `a` is the earlier one, `b` the one compared with it. */
export const CompareQuery = z
  .object({ aFrom: ServiceDay, aTo: ServiceDay, bFrom: ServiceDay, bTo: ServiceDay, sites: SitesParam })
  .refine((q) => q.aFrom <= q.aTo && q.bFrom <= q.bTo, { message: 'each range must start on or before its last day' });
export type CompareQuery = z.infer<typeof CompareQuery>;

export const SamplingPeriodParams = z.object({ periodId: Id });

export const CreateSamplingPeriodRequest = z.object({
  label: z.string().trim().min(2, 'give the week a label such as "Spring 2027"').max(60),
  /** The first of the seven days. */
  startDay: ServiceDay,
  /** Omit (or leave empty) for every site, the usual case: the same weeks at every site. */
  siteIds: z.array(Id).max(50).default([]),
});
export type CreateSamplingPeriodRequest = z.infer<typeof CreateSamplingPeriodRequest>;

export const SamplingPeriod = z.object({
  id: Id,
  label: z.string(),
  startDay: ServiceDay,
  endDay: ServiceDay,
  siteIds: z.array(Id),
  createdAt: z.number().int(),
  createdBy: Id.nullable(),
});
export type SamplingPeriod = z.infer<typeof SamplingPeriod>;

export const SamplingWarning = z.object({
  kind: z.enum(['overlap', 'site-left-out', 'overdue']),
  message: z.string(),
  periodIds: z.array(Id),
});
export type SamplingWarning = z.infer<typeof SamplingWarning>;

export const SamplingOverview = z.object({
  periods: z.array(SamplingPeriod),
  /** Every site, for choosing which a week covers. */
  sites: z.array(z.object({ id: Id, name: z.string() })),
  /** The local day the next sampling week is due to start by. */
  nextDueDay: ServiceDay.nullable(),
  current: SamplingPeriod.nullable(),
  warnings: z.array(SamplingWarning),
});
export type SamplingOverview = z.infer<typeof SamplingOverview>;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** `GET /api/reports`: the figures of a period, with the names to show beside the ids. */
export interface ReportResponse {
  from: string;
  to: string;
  generatedAt: number;
  sites: { id: string; name: string; timeZone: string }[];
  services: { id: string; siteId: string; name: string }[];
  summary: ReportSummary;
}

/** `GET /api/reports/compare`: `a` the earlier period, `b` the later. */
export interface CompareResponse {
  a: ReportResponse;
  b: ReportResponse;
  figures: ComparedFigure[];
}
