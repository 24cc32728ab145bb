import { Router } from 'express';
import { compareFigures, CompareQuery, ReportQuery, rowsToCsv, summaryToCsv, type CompareResponse, type ReportResponse } from '@reception/shared';
import type { Deps } from '../../commands/context.js';
import { csvNames, loadReport, loadReportRows, type LoadedReport } from '../../reports/load-report.js';
import { route } from '../route.js';
import { MANAGERS_ONLY } from './sampling-periods.js';

const response = (r: LoadedReport, generatedAt: number): ReportResponse => ({ from: r.from, to: r.to, generatedAt, sites: r.sites, services: r.services, summary: r.summary });

/** Performance reports, computed from the event log on each request. Managers and admins only. */
export function reportRoutes(deps: Deps): Router {
  const router = Router();
  const { db, clock } = deps;
  const spec = { audience: ['manager'] as const, refusal: MANAGERS_ONLY };

  router.get(
    '/',
    route(deps, { ...spec, query: ReportQuery }, ({ query }) => {
      const now = clock.now();
      return response(loadReport(db, query, now), now);
    }),
  );

  router.get(
    '/compare',
    route(deps, { ...spec, query: CompareQuery }, ({ query }): CompareResponse => {
      const now = clock.now();
      const a = loadReport(db, { from: query.aFrom, to: query.aTo, sites: query.sites }, now);
      const b = loadReport(db, { from: query.bFrom, to: query.bTo, sites: query.sites }, now);
      return { a: response(a, now), b: response(b, now), figures: compareFigures(a.summary.total, b.summary.total) };
    }),
  );

  router.get(
    '/summary.csv',
    route(deps, { ...spec, query: ReportQuery }, ({ query, res }) => {
      const report = loadReport(db, query, clock.now());
      sendCsv(res, `report-summary-${query.from}-to-${query.to}.csv`, summaryToCsv(report.summary, csvNames(report)));
    }),
  );

  router.get(
    '/visits.csv',
    route(deps, { ...spec, query: ReportQuery }, ({ query, res }) => {
      const report = loadReportRows(db, query, clock.now());
      sendCsv(res, `report-visits-${query.from}-to-${query.to}.csv`, rowsToCsv(report.rows, csvNames(report)));
    }),
  );

  return router;
}

function sendCsv(res: { setHeader(name: string, value: string): void; send(body: string): void }, filename: string, csv: string): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  res.send(`\uFEFF${csv}`);
}
