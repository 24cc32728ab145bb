import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO, appendAudit, FakeClock, loadReport, openDatabase, recordVisitHistory, seedDemo, warmAllReportDays } from '@reception/server';
import { checkIn, DEFAULT_STANDARDS, formatTicket, NO_NEEDS, serviceDayOf, type VisitEvent } from '@reception/shared';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** The first quarter of 2027: Friday 1 January to Wednesday 31 March, 90 days. */
const FROM = '2027-01-01';
const TO = '2027-03-31';
const START = Date.UTC(2027, 0, 1);

/** A small deterministic generator, so every run seeds the same quarter. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One visit's history: mostly seen and completed, some referred, left, no-shows, offers. */
function history(i: number, day: number, sequence: Map<string, number>, rnd: () => number): { events: VisitEvent[]; prompt: boolean } {
  const service = DEMO.services[Math.floor(rnd() * DEMO.services.length)]!;
  const arrive = START + day * DAY + 8.75 * 60 * MIN + Math.floor(rnd() * 8 * 60 * MIN);
  const serviceDay = serviceDayOf(arrive, 'Europe/London');
  const key = `${serviceDay}|${service.prefix}`;
  const n = (sequence.get(key) ?? 0) + 1;
  sequence.set(key, n);
  const appointment = rnd() < 0.15;
  const visitId = `bench-${i}`;
  const checked = checkIn(
    { visitId, siteId: DEMO.siteId, serviceId: service.id, kind: appointment ? 'appointment' : 'walk-in', ticket: formatTicket(service.prefix, n), serviceDay, language: 'en', needs: rnd() < 0.05 ? { ...NO_NEEDS, interpreter: 'pl' } : NO_NEEDS, standards: DEFAULT_STANDARDS, actorId: 'kiosk-1', waitStartsAt: arrive },
    arrive,
  );
  const base = { visitId, siteId: DEMO.siteId, actorId: 'staff-advisor' };
  const events: VisitEvent[] = [checked];
  const wait = Math.floor(rnd() * 30 * MIN);
  const fate = rnd();
  if (fate < 0.03) {
    events.push({ ...base, type: 'left', at: arrive + wait });
    return { events, prompt: wait > 15 * MIN };
  }
  const called = arrive + wait;
  events.push({ ...base, type: 'called', at: called, deskId: 'desk-1', roomId: null });
  if (fate < 0.05) {
    events.push({ ...base, type: 'recalled', at: called + MIN, deskId: 'desk-1' }, { ...base, type: 'recalled', at: called + 2 * MIN, deskId: 'desk-1' }, { ...base, type: 'no-show', at: called + 3 * MIN });
    return { events, prompt: false };
  }
  events.push({ ...base, type: 'serving-started', at: called + MIN });
  let end = called + 8 * MIN;
  if (!appointment && fate < 0.15) {
    events.push({ ...base, type: 'referred-to-officer', at: end });
    end += Math.floor(rnd() * 30 * MIN);
    events.push({ ...base, type: 'called', at: end, deskId: 'desk-2', roomId: null }, { ...base, type: 'serving-started', at: end + MIN });
    end += 10 * MIN;
  }
  events.push({ ...base, type: 'completed', at: end, outcome: 'resolved' });
  return { events, prompt: wait > 15 * MIN };
}

/**
 * Seeds `visits` visits over the quarter straight into a database file, through the same
 * functions the commands use to write visits and events, batched in transactions.
 */
export async function seed(path: string, visits: number): Promise<{ events: number }> {
  const db = openDatabase(path);
  await seedDemo(db, START);
  const rnd = lcg(42);
  const sequence = new Map<string, number>();
  const perDay = visits / 90;
  let written = 0;
  const BATCH = 5000;
  for (let from = 0; from < visits; from += BATCH) {
    db.transaction((tx) => {
      for (let i = from; i < Math.min(visits, from + BATCH); i++) {
        const { events, prompt } = history(i, Math.floor(i / perDay), sequence, rnd);
        recordVisitHistory(tx, events);
        written += events.length;
        if (prompt) {
          appendAudit(tx, DEMO.siteId, 'prompt-raised', events[0]!.at + 15 * MIN, null, { id: `p-${i}`, visitId: events[0]!.visitId, kind: 'offer-appointment' }, events[0]!.visitId);
          written += 1;
        }
      }
    });
  }
  db.$client.close();
  return { events: written };
}

function median(run: () => void, times = 5): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

export interface ReportBench {
  visits: number;
  events: number;
  seedSeconds: number;
  /** The first report: every day replayed from the log (and the finished ones kept). */
  coldMs: number;
  /** The background work that spares the first report that: every finished day, one at a time. */
  warmMs: number;
  warmDays: number;
  reportMs: number;
  countMs: number;
  readMs: number;
  reportedVisits: number;
}

/**
 * The quarter's report over 100,000 visits, beside a bare COUNT and a bare read of the
 * same rows: first cold (replaying the whole quarter from the log), then as a manager
 * would meet it after that, with finished days kept.
 */
export async function reportBench(visits = 100_000): Promise<ReportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'reception-report-bench-'));
  const path = join(dir, 'bench.db');
  try {
    const t = performance.now();
    const { events } = await seed(path, visits);
    const seedSeconds = (performance.now() - t) / 1000;
    const db = openDatabase(path);
    const sqlite = db.$client;
    const now = Date.UTC(2027, 3, 1, 12);
    const end = Date.UTC(2027, 3, 1) - 60 * MIN; // midnight at the end of 31 March, in BST
    const count = sqlite.prepare('SELECT count(*) AS n FROM events WHERE site_id = ? AND at >= ? AND at < ?');
    const read = sqlite.prepare('SELECT id, site_id, visit_id, type, at, payload FROM events WHERE site_id = ? AND at >= ? AND at < ? ORDER BY id');
    let reportedVisits = 0;
    const coldStart = performance.now();
    loadReport(db, { from: FROM, to: TO, sites: [] }, now);
    const coldMs = performance.now() - coldStart;
    sqlite.prepare('DELETE FROM report_days').run();
    const warmStart = performance.now();
    const warmDays = warmAllReportDays({ db, clock: new FakeClock(now) });
    const warmMs = performance.now() - warmStart;
    const reportMs = median(() => {
      reportedVisits = loadReport(db, { from: FROM, to: TO, sites: [] }, now).summary.total.visits;
    });
    const countMs = median(() => count.get(DEMO.siteId, START, end));
    const readMs = median(() => {
      for (const r of read.iterate(DEMO.siteId, START, end) as IterableIterator<{ payload: string }>) JSON.parse(r.payload);
    });
    sqlite.close();
    return { visits, events, seedSeconds, coldMs, warmMs, warmDays, reportMs, countMs, readMs, reportedVisits };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
