import { AppError, addDays, buildReportRows, startOfLocalDay, summarise, type LoggedEvent, type ReportRow, type ReportSummary } from '@reception/shared';
import type { Db } from '../db/connection.js';
import { allSites } from '../db/sampling-store.js';
import { services } from '../db/schema.js';

export interface ReportSite {
  id: string;
  name: string;
  timeZone: string;
}

export interface LoadedReport {
  from: string;
  to: string;
  sites: ReportSite[];
  services: { id: string; siteId: string; name: string }[];
  rows: ReportRow[];
  summary: ReportSummary;
}

interface RawEvent {
  id: number;
  site_id: string;
  visit_id: string | null;
  type: string;
  at: number;
  payload: string;
}

const NOTICE_TYPES = "('notice-posted', 'notice-withdrawn')";

/**
 * Reads the event log for the period and hands it to the shared report functions. Raw
 * statements, streamed, because this reads every event of every visit in the period.
 * Notices come first and from any earlier time: one posted last week may still be up.
 */
export function loadReport(db: Db, query: { from: string; to: string; sites: string[] }, now: number): LoadedReport {
  const known = allSites(db);
  const chosen = query.sites.length === 0 ? known : known.filter((s) => query.sites.includes(s.id));
  const missing = query.sites.filter((id) => !known.some((s) => s.id === id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `No such site: ${missing.join(', ')}.`);
  const sqlite = db.$client;
  const notices = sqlite.prepare(`SELECT id, site_id, visit_id, type, at, payload FROM events WHERE site_id = ? AND type IN ${NOTICE_TYPES} AND at < ? ORDER BY id`);
  const visits = sqlite.prepare(`SELECT id, site_id, visit_id, type, at, payload FROM events WHERE site_id = ? AND at >= ? AND at < ? AND type NOT IN ${NOTICE_TYPES} ORDER BY id`);

  function* log(): Generator<LoggedEvent> {
    for (const site of chosen) {
      const start = startOfLocalDay(query.from, site.timeZone);
      const end = Math.min(now + 1, startOfLocalDay(addDays(query.to, 1), site.timeZone));
      for (const statement of [notices.bind(site.id, end), visits.bind(site.id, start, end)]) {
        for (const r of statement.iterate() as IterableIterator<RawEvent>) {
          yield { id: r.id, siteId: r.site_id, visitId: r.visit_id, type: r.type, at: r.at, payload: JSON.parse(r.payload) as unknown };
        }
      }
    }
  }

  const rows = buildReportRows(log(), { sites: new Map(chosen.map((s) => [s.id, { timeZone: s.timeZone }])), from: query.from, to: query.to, now });
  const siteIds = chosen.map((s) => s.id);
  const serviceRows = db.select({ id: services.id, siteId: services.siteId, name: services.name }).from(services).all().filter((s) => siteIds.includes(s.siteId));
  return { from: query.from, to: query.to, sites: chosen, services: serviceRows, rows, summary: summarise(rows, siteIds) };
}

export function csvNames(report: LoadedReport) {
  return {
    sites: new Map(report.sites.map((s) => [s.id, { name: s.name, timeZone: s.timeZone }])),
    services: new Map(report.services.map((s) => [s.id, s.name])),
  };
}
