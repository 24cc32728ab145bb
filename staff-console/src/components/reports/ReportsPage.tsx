import { useEffect, useState } from 'react';
import type { CompareResponse, CreateSamplingPeriodRequest, ReportResponse, SamplingOverview, SamplingPeriod } from '@reception/shared';
import { cancelSamplingWeek, fetchComparison, fetchReport, samplingOverview, scheduleSamplingWeek, summaryCsvUrl, visitsCsvUrl, type Range } from '../../api/reports.js';
import { ComparisonView } from './ComparisonView.js';
import { formatDay } from './format.js';
import { ReportView } from './ReportView.js';
import { SamplingWeeks } from './SamplingWeeks.js';
import './ReportsPage.css';

interface Props {
  /** Runs a server call, showing its error in the console's error area; undefined if it failed. */
  run: <T>(call: () => Promise<T>) => Promise<T | undefined>;
  busy: boolean;
  /** The site's local day today, to start the custom range on. */
  today: string;
  onClose: () => void;
}

interface Shown {
  title: string;
  shortTitle: string;
  range: Range;
  report: ReportResponse;
  comparison: { title: string; data: CompareResponse } | null;
}

const CUSTOM = 'custom';
const NONE = '';

const rangeOf = (p: SamplingPeriod): Range => ({ from: p.startDay, to: p.endDay });
const quarterStart = (day: string) => `${day.slice(0, 5)}${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;

/** Managers: the sampling weeks, and the report of a week or any range, with a comparison, print and CSV. */
export function ReportsPage({ run, busy, today, onClose }: Props) {
  const [overview, setOverview] = useState<SamplingOverview | null>(null);
  const [subject, setSubject] = useState<string>(CUSTOM);
  const [custom, setCustom] = useState<Range>({ from: quarterStart(today), to: today });
  const [against, setAgainst] = useState<string>(NONE);
  const [againstCustom, setAgainstCustom] = useState<Range>({ from: quarterStart(today), to: today });
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    void run(samplingOverview).then((o) => {
      if (!o) return;
      setOverview(o);
      const latest = o.periods.at(-1);
      if (latest) setSubject(latest.id);
    });
  }, [run]);

  const periodById = (id: string) => overview?.periods.find((p) => p.id === id) ?? null;
  const describe = (id: string, range: Range) => {
    const p = periodById(id);
    return p ? { title: `Sampling week: ${p.label}`, short: p.label, range: rangeOf(p) } : { title: `${formatDay(range.from)} to ${formatDay(range.to)}`, short: `${formatDay(range.from)} – ${formatDay(range.to)}`, range };
  };

  const show = (subjectId: string, againstId: string) => {
    const main = describe(subjectId, custom);
    const other = againstId === NONE ? null : describe(againstId, againstCustom);
    void run(async (): Promise<Shown> => {
      const report = await fetchReport(main.range);
      const comparison = other ? { title: other.short, data: await fetchComparison(other.range, main.range) } : null;
      return { title: main.title, shortTitle: main.short, range: main.range, report, comparison };
    }).then((out) => out && setShown(out));
  };

  const schedule = (request: CreateSamplingPeriodRequest) =>
    run(() => scheduleSamplingWeek(request)).then((o) => {
      if (!o) return false;
      setOverview(o);
      const added = o.periods.find((p) => p.label === request.label);
      if (added) setSubject(added.id);
      return true;
    });

  const cancel = (p: SamplingPeriod) => {
    if (!window.confirm(`Cancel the sampling week ${p.label}? Its visits stay in the log; only the week is removed.`)) return;
    void run(() => cancelSamplingWeek(p.id)).then((o) => o && setOverview(o));
  };

  const open = (p: SamplingPeriod) => {
    setSubject(p.id);
    show(p.id, against);
  };

  const choices = overview?.periods.slice().reverse() ?? [];

  return (
    <div className="reports">
      <div className="reports__bar no-print">
        <h2>Performance reports</h2>
        <button type="button" className="button" onClick={onClose}>
          Back to the queue
        </button>
      </div>
      <form
        className="panel reports__picker no-print"
        onSubmit={(e) => {
          e.preventDefault();
          show(subject, against);
        }}
      >
        <div className="reports__choice">
          <label>
            Report on
            <select value={subject} onChange={(e) => setSubject(e.target.value)}>
              {choices.map((p) => (
                <option key={p.id} value={p.id}>
                  Sampling week: {p.label}
                </option>
              ))}
              <option value={CUSTOM}>Dates of my choosing (a quarter, a month)</option>
            </select>
          </label>
          {subject === CUSTOM && <RangeFields range={custom} onChange={setCustom} idPrefix="report" />}
        </div>
        <div className="reports__choice">
          <label>
            Compare with
            <select value={against} onChange={(e) => setAgainst(e.target.value)}>
              <option value={NONE}>No comparison</option>
              {choices
                .filter((p) => p.id !== subject)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    Sampling week: {p.label}
                  </option>
                ))}
              <option value={CUSTOM}>Dates of my choosing</option>
            </select>
          </label>
          {against === CUSTOM && <RangeFields range={againstCustom} onChange={setAgainstCustom} idPrefix="compare" />}
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          Show the report
        </button>
      </form>

      {shown && (
        <div className="reports__actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          <a className="button" href={summaryCsvUrl(shown.range)} download>
            Download summary (CSV)
          </a>
          <a className="button" href={visitsCsvUrl(shown.range)} download>
            Download every visit (CSV, no names)
          </a>
        </div>
      )}
      {shown && (
        <div className="reports__output">
          <ReportView report={shown.report} title={shown.title} />
          {shown.comparison && <ComparisonView comparison={shown.comparison.data} earlierTitle={shown.comparison.title} laterTitle={shown.shortTitle} />}
        </div>
      )}

      {overview && <SamplingWeeks overview={overview} busy={busy} selectedId={subject} onSchedule={schedule} onCancel={cancel} onOpen={open} />}
    </div>
  );
}

function RangeFields({ range, onChange, idPrefix }: { range: Range; onChange: (r: Range) => void; idPrefix: string }) {
  return (
    <span className="reports__range">
      <label htmlFor={`${idPrefix}-from`}>From</label>
      <input id={`${idPrefix}-from`} type="date" value={range.from} onChange={(e) => onChange({ ...range, from: e.target.value })} />
      <label htmlFor={`${idPrefix}-to`}>to</label>
      <input id={`${idPrefix}-to`} type="date" value={range.to} onChange={(e) => onChange({ ...range, to: e.target.value })} />
    </span>
  );
}
