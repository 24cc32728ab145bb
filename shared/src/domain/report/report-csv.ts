import Papa from 'papaparse';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ClockKind } from '../../schemas/prompts.js';
import { Outcome, VisitKind, VisitStatus } from '../../schemas/visit.js';
import { measureClock, type ClockRow } from './clock-result.js';
import type { OfferAnswer, ReportRow } from './report-rows.js';
import { headlineFigures } from './compare.js';
import type { Figures, ReportSummary } from './summarise.js';

/** Names to print beside ids; never a visitor's. */
export interface CsvNames {
  sites: ReadonlyMap<string, { name: string; timeZone: string }>;
  services: ReadonlyMap<string, string>;
}

const ROW_COLUMNS = [
  'record', 'site_id', 'site', 'service_id', 'service', 'ticket', 'kind', 'day', 'weekday', 'hour', 'arrived',
  'clock', 'clock_started', 'seen', 'limit_minutes', 'wait_minutes', 'result',
  'officer_clock_started', 'officer_seen', 'officer_limit_minutes', 'officer_wait_minutes', 'officer_result',
  'status', 'outcome', 'ended', 'measured_to', 'offer_prompts', 'offer_answers', 'room_asked', 'room_given', 'room_unavailable',
  'interpreter', 'bsl', 'hearing_loop', 'wheelchair', 'large_print', 'delay_reasons', 'id',
] as const;
type Column = (typeof ROW_COLUMNS)[number];

/** Local time with its offset and milliseconds: readable, and exact when read back. */
function stamp(at: number | null, timeZone: string): string {
  return at === null ? '' : format(new TZDate(at, timeZone), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}
const mins = (ms: number) => (ms / 60_000).toFixed(2);
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export function rowsToCsv(rows: readonly ReportRow[], names: CsvNames): string {
  const data = rows.map((r): Record<Column, string | number> => {
    const tz = names.sites.get(r.siteId)?.timeZone ?? 'UTC';
    return {
      record: r.record,
      site_id: r.siteId,
      site: names.sites.get(r.siteId)?.name ?? '',
      service_id: r.serviceId,
      service: names.services.get(r.serviceId) ?? '',
      ticket: r.ticket,
      kind: r.kind,
      day: r.serviceDay,
      weekday: r.weekday,
      hour: r.hour,
      arrived: stamp(r.arrivedAt, tz),
      clock: r.first.kind,
      clock_started: stamp(r.first.startedAt, tz),
      seen: stamp(r.first.seenAt, tz),
      limit_minutes: r.first.limitMinutes,
      wait_minutes: mins(r.first.waitMs),
      result: r.first.result,
      officer_clock_started: stamp(r.officer?.startedAt ?? null, tz),
      officer_seen: stamp(r.officer?.seenAt ?? null, tz),
      officer_limit_minutes: r.officer?.limitMinutes ?? '',
      officer_wait_minutes: r.officer ? mins(r.officer.waitMs) : '',
      officer_result: r.officer?.result ?? '',
      status: r.status,
      outcome: r.outcome ?? '',
      ended: stamp(r.endedAt, tz),
      measured_to: stamp(r.measuredTo, tz),
      offer_prompts: r.offerPrompts,
      offer_answers: r.offerAnswers.join(' '),
      room_asked: yesNo(r.roomAsked),
      room_given: yesNo(r.roomGiven),
      room_unavailable: yesNo(r.roomUnavailable),
      interpreter: r.interpreter ?? '',
      bsl: yesNo(r.bsl),
      hearing_loop: yesNo(r.hearingLoop),
      wheelchair: yesNo(r.wheelchair),
      large_print: yesNo(r.largePrint),
      // A JSON list: a reason is free text and may hold any separator.
      delay_reasons: r.delayReasons.length ? JSON.stringify(r.delayReasons) : '',
      id: r.id,
    };
  });
  return Papa.unparse({ fields: [...ROW_COLUMNS], data: data.map((d) => ROW_COLUMNS.map((c) => d[c])) });
}

const time = (s: string | undefined): number | null => (s ? Date.parse(s) : null);

/**
 * Reads the per-visit CSV back into rows, recomputing every clock's result from its times
 * and limit with the report's own `measureClock` rather than trusting the result columns.
 */
export function rowsFromCsv(csv: string): ReportRow[] {
  const parsed = Papa.parse<Record<Column, string>>(csv, { header: true, skipEmptyLines: true });
  return parsed.data.map((c) => {
    const measuredTo = time(c.measured_to)!;
    const endedAt = time(c.ended);
    const record = c.record === 'missed-appointment' ? 'missed-appointment' : 'visit';
    const first: ClockRow =
      record === 'missed-appointment'
        ? { kind: 'appointment', startedAt: time(c.clock_started)!, seenAt: null, limitMinutes: 0, waitMs: 0, result: 'not-seen' }
        : measureClock(c.clock as ClockKind, time(c.clock_started)!, time(c.seen), endedAt, Number(c.limit_minutes), measuredTo);
    const officer = c.officer_clock_started ? measureClock('officer', time(c.officer_clock_started)!, time(c.officer_seen), endedAt, Number(c.officer_limit_minutes), measuredTo) : null;
    return {
      record,
      id: c.id,
      siteId: c.site_id,
      serviceId: c.service_id,
      ticket: c.ticket,
      kind: VisitKind.parse(c.kind),
      serviceDay: c.day,
      weekday: Number(c.weekday),
      hour: Number(c.hour),
      arrivedAt: time(c.arrived),
      first,
      officer,
      status: VisitStatus.parse(c.status),
      outcome: c.outcome ? Outcome.parse(c.outcome) : null,
      endedAt,
      measuredTo,
      offerPrompts: Number(c.offer_prompts),
      offerAnswers: (c.offer_answers ? c.offer_answers.split(' ') : []) as OfferAnswer[],
      roomAsked: c.room_asked === 'yes',
      roomGiven: c.room_given === 'yes',
      roomUnavailable: c.room_unavailable === 'yes',
      interpreter: c.interpreter || null,
      bsl: c.bsl === 'yes',
      hearingLoop: c.hearing_loop === 'yes',
      wheelchair: c.wheelchair === 'yes',
      largePrint: c.large_print === 'yes',
      delayReasons: c.delay_reasons ? (JSON.parse(c.delay_reasons) as string[]) : [],
    };
  });
}

/** One line per group (total, each site, service, weekday, hour), one column per headline figure. */
export function summaryToCsv(summary: ReportSummary, names: CsvNames): string {
  const groups: { group: string; name: string; figures: Figures }[] = [
    { group: 'total', name: 'All', figures: summary.total },
    ...summary.bySite.map((s) => ({ group: 'site', name: names.sites.get(s.siteId)?.name ?? s.siteId, figures: s.figures })),
    ...summary.byService.map((s) => ({ group: 'service', name: `${names.sites.get(s.siteId)?.name ?? s.siteId} / ${names.services.get(s.serviceId) ?? s.serviceId}`, figures: s.figures })),
    ...summary.byWeekday.map((d) => ({ group: 'weekday', name: WEEKDAY_NAMES[d.weekday - 1] ?? String(d.weekday), figures: d.figures })),
    ...summary.byHour.map((h) => ({ group: 'hour', name: `${String(h.hour).padStart(2, '0')}:00`, figures: h.figures })),
  ];
  const heads = headlineFigures(summary.total);
  const round = (v: number | null) => (v === null ? '' : Number.isInteger(v) ? v : Number(v.toFixed(2)));
  return Papa.unparse({
    fields: ['group', 'name', ...heads.map((h) => (h.unit === 'percent' ? `${h.label} (%)` : h.unit === 'minutes' ? `${h.label} (minutes)` : h.label))],
    data: groups.map((g) => [g.group, g.name, ...headlineFigures(g.figures).map((h) => round(h.value))]),
  });
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
