import { useState, type FormEvent } from 'react';
import { CreateSamplingPeriodRequest, samplingEndDay, type SamplingOverview, type SamplingPeriod } from '@reception/shared';
import { formatDay } from './format.js';

interface Props {
  overview: SamplingOverview;
  busy: boolean;
  selectedId: string | null;
  onSchedule: (request: CreateSamplingPeriodRequest) => Promise<boolean>;
  onCancel: (period: SamplingPeriod) => void;
  onOpen: (period: SamplingPeriod) => void;
}

/** "Same sample periods for face to face monitoring … 1 week period twice a year": schedule them and see what is due. */
export function SamplingWeeks({ overview, busy, selectedId, onSchedule, onCancel, onOpen }: Props) {
  const [label, setLabel] = useState('');
  const [startDay, setStartDay] = useState(overview.nextDueDay ?? '');
  const [siteIds, setSiteIds] = useState<string[]>(() => overview.sites.map((s) => s.id));
  const [problems, setProblems] = useState<string[]>([]);
  const siteName = (id: string) => overview.sites.find((s) => s.id === id)?.name ?? id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Every site ticked is the default and is sent as "all", so a site added later is not silently left out of the request.
    const all = siteIds.length === overview.sites.length;
    const parsed = CreateSamplingPeriodRequest.safeParse({ label, startDay, siteIds: all ? [] : siteIds });
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => (i.path[0] === 'startDay' ? 'Start date: choose the first day of the week' : i.message));
    if (siteIds.length === 0) issues.push('Choose at least one site.');
    setProblems(issues);
    if (!parsed.success || issues.length > 0) return;
    void onSchedule(parsed.data).then((ok) => {
      if (ok) setLabel('');
    });
  };

  return (
    <section className="panel sampling" aria-labelledby="sampling-title">
      <h2 id="sampling-title">Sampling weeks</h2>
      <p className="panel__lead">One week twice a year, the same weeks at every site. The report of a week counts every visit from its Monday (or first day) to the seventh day.</p>
      <p className="sampling__due" data-testid="sampling-due">
        {overview.nextDueDay ? (
          <>
            Next sampling week due by <strong>{formatDay(overview.nextDueDay)}</strong> (six months after the last one began).
          </>
        ) : (
          'No sampling week has been scheduled yet.'
        )}
      </p>
      {overview.warnings.length > 0 && (
        <ul className="sampling__warnings" data-testid="sampling-warnings">
          {overview.warnings.map((w) => (
            <li key={`${w.kind}-${w.periodIds.join('-')}`}>{w.message}</li>
          ))}
        </ul>
      )}
      {overview.periods.length > 0 && (
        <table className="sampling__table">
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Days</th>
              <th scope="col">Sites</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...overview.periods].reverse().map((p) => (
              <tr key={p.id} aria-current={p.id === selectedId ? 'true' : undefined} className={p.id === overview.current?.id ? 'sampling__row--current' : undefined}>
                <th scope="row">
                  {p.label}
                  {p.id === overview.current?.id && <span className="sampling__now"> (this week)</span>}
                </th>
                <td>
                  {formatDay(p.startDay)} to {formatDay(p.endDay)}
                </td>
                <td>{p.siteIds.length === overview.sites.length ? 'All sites' : p.siteIds.map(siteName).join(', ')}</td>
                <td className="sampling__actions">
                  <button type="button" className="button button--small" onClick={() => onOpen(p)} disabled={busy}>
                    Open report
                  </button>
                  <button type="button" className="button button--small" onClick={() => onCancel(p)} disabled={busy} aria-label={`Cancel ${p.label}`}>
                    Cancel
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="sampling__form" onSubmit={submit} noValidate>
        <h3>Schedule a sampling week</h3>
        <div className="sampling__fields">
          <label>
            Label
            <input type="text" value={label} placeholder="Spring 2027" onChange={(e) => setLabel(e.target.value)} maxLength={60} />
          </label>
          <label>
            First day
            <input type="date" value={startDay} onChange={(e) => setStartDay(e.target.value)} />
          </label>
          <p className="sampling__ends">{/^\d{4}-\d{2}-\d{2}$/.test(startDay) ? `Runs to ${formatDay(samplingEndDay(startDay))}` : 'Seven days from the first day'}</p>
        </div>
        <fieldset className="sampling__sites">
          <legend>Sites</legend>
          {overview.sites.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={siteIds.includes(s.id)} onChange={(e) => setSiteIds((ids) => (e.target.checked ? [...ids, s.id] : ids.filter((id) => id !== s.id)))} />
              {s.name}
            </label>
          ))}
        </fieldset>
        {problems.length > 0 && (
          <ul className="sampling__problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          Schedule the week
        </button>
      </form>
    </section>
  );
}
