import { and, between, eq } from 'drizzle-orm';
import {
  addDays,
  AppError,
  buildReportRows,
  combineDays,
  dayParts,
  emptyDay,
  REPORT_ARITHMETIC_VERSION,
  startOfLocalDay,
  summarise,
  type DayPart,
  type ReportRow,
  type ReportSummary,
} from '@reception/shared';
import type { Db } from '../db/connection.js';
import { allSites } from '../db/sampling-store.js';
import { reportDays, services } from '../db/schema.js';
import { readSiteLog } from './read-log.js';

export interface ReportSite {
  id: string;
  name: string;
  timeZone: string;
}

interface ReportHead {
  from: string;
  to: string;
  sites: ReportSite[];
  services: { id: string; siteId: string; name: string }[];
}

export interface LoadedReport extends ReportHead {
  summary: ReportSummary;
}

export interface LoadedRows extends ReportHead {
  rows: ReportRow[];
  summary: ReportSummary;
}

interface ReportQuery {
  from: string;
  to: string;
  sites: string[];
}

function head(db: Db, query: ReportQuery): ReportHead {
  const known = allSites(db);
  const missing = query.sites.filter((id) => !known.some((s) => s.id === id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `No such site: ${missing.join(', ')}.`);
  const chosen = query.sites.length === 0 ? known : known.filter((s) => query.sites.includes(s.id));
  const ids = new Set(chosen.map((s) => s.id));
  const serviceRows = db.select({ id: services.id, siteId: services.siteId, name: services.name }).from(services).all().filter((s) => ids.has(s.siteId));
  return { from: query.from, to: query.to, sites: chosen, services: serviceRows };
}

function liveRows(db: Db, site: ReportSite, from: string, to: string, now: number): ReportRow[] {
  return buildReportRows(readSiteLog(db, site, from, to, now), { sites: new Map([[site.id, { timeZone: site.timeZone }]]), from, to, now });
}

/** Every visit of the period, replayed from the log: for the per-visit CSV. */
export function loadReportRows(db: Db, query: ReportQuery, now: number): LoadedRows {
  const h = head(db, query);
  const rows = h.sites.flatMap((site) => liveRows(db, site, query.from, query.to, now));
  return { ...h, rows, summary: summarise(rows, h.sites.map((s) => s.id)) };
}

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * Whether a day's figures can no longer change: every visit of it ended on the day itself
 * (so a period ending that day sees them ended too), and a whole day has passed since, so
 * an appointment no-show recorded the next morning still lands in it.
 */
function isFinished(part: DayPart, timeZone: string, now: number): boolean {
  const dayEnd = startOfLocalDay(addDays(part.serviceDay, 1), timeZone);
  return part.closed && (part.lastEndedAt ?? 0) < dayEnd && now >= startOfLocalDay(addDays(part.serviceDay, 2), timeZone);
}

/**
 * The summary of a period. Days whose figures can no longer change are kept in
 * `report_days` once computed, so only the days not kept yet are replayed from the log
 * (up to the end of the period, so a visit running past midnight is seen to its end).
 */
export function loadReport(db: Db, query: ReportQuery, now: number): LoadedReport {
  const h = head(db, query);
  const parts: DayPart[] = [];
  for (const site of h.sites) {
    const stored = new Map(
      db
        .select({ serviceDay: reportDays.serviceDay, part: reportDays.part })
        .from(reportDays)
        .where(and(eq(reportDays.siteId, site.id), eq(reportDays.version, REPORT_ARITHMETIC_VERSION), between(reportDays.serviceDay, query.from, query.to)))
        .all()
        .map((r) => [r.serviceDay, r.part as DayPart]),
    );
    const missing = daysOf(query.from, query.to).filter((d) => !stored.has(d));
    parts.push(...stored.values());
    if (missing.length === 0) continue;
    const computed = new Map(dayParts(liveRows(db, site, missing[0]!, query.to, now)).map((p) => [p.serviceDay, p]));
    const finished: DayPart[] = [];
    for (const day of missing) {
      const part = computed.get(day) ?? emptyDay(site.id, day);
      parts.push(part);
      if (isFinished(part, site.timeZone, now)) finished.push(part);
    }
    if (finished.length > 0) {
      db.transaction((tx) => {
        for (const part of finished) {
          const values = { siteId: site.id, serviceDay: part.serviceDay, version: REPORT_ARITHMETIC_VERSION, part, computedAt: now };
          tx.insert(reportDays).values(values).onConflictDoUpdate({ target: [reportDays.siteId, reportDays.serviceDay], set: values }).run();
        }
      });
    }
  }
  return { ...h, summary: combineDays(parts, h.sites.map((s) => s.id)) };
}

export function csvNames(report: ReportHead) {
  return {
    sites: new Map(report.sites.map((s) => [s.id, { name: s.name, timeZone: s.timeZone }])),
    services: new Map(report.services.map((s) => [s.id, s.name])),
  };
}
