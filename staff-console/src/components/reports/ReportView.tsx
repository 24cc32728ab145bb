import { headlineFigures, WEEKDAY_NAMES, type Figures, type ReportResponse } from '@reception/shared';
import { formatDay, formatFigure, minutes, percent } from './format.js';
import { HourChart, WeekdayChart } from './ReportCharts.js';
import { FiguresTable } from './FiguresTable.js';

interface Props {
  report: ReportResponse;
  title: string;
}

const within = (f: Figures['enquiry']) => `${f.within} of ${f.within + f.breached}`;

/** The figures of one period: the headline percentages first, as they are reported ("This year we answered 98% …"). */
export function ReportView({ report, title }: Props) {
  const t = report.summary.total;
  const serviceName = (id: string) => report.services.find((s) => s.id === id)?.name ?? id;
  const siteName = (id: string) => report.sites.find((s) => s.id === id)?.name ?? id;
  const reasons = Object.entries(t.breaches.reasons).sort((a, b) => b[1] - a[1]);
  const interpreters = Object.entries(t.needs.interpreter).sort((a, b) => b[1] - a[1]);
  const languages = new Intl.DisplayNames(['en-GB'], { type: 'language' });
  return (
    <article className="report" aria-labelledby="report-title" data-testid="report">
      <header className="report__head">
        <h2 id="report-title">{title}</h2>
        <p>
          {formatDay(report.from)} to {formatDay(report.to)} · {report.sites.map((s) => s.name).join(', ')}
        </p>
        {t.open > 0 && <p className="report__open">{t.open} visit{t.open === 1 ? ' was' : 's were'} still open at the end of the period: counted as visits, and as over the limit only if they had already waited longer than it.</p>}
      </header>

      <section className="report__headline" aria-label="Headline figures">
        <Headline label="Walk-ins seen at the enquiry desk within the limit" value={percent(t.enquiry.percentWithin)} detail={within(t.enquiry)} />
        <Headline label="Referred walk-ins seen by an officer within the limit" value={percent(t.officer.percentWithin)} detail={within(t.officer)} />
        <Headline label="Appointments seen within the limit" value={percent(t.appointment.percentWithin)} detail={within(t.appointment)} />
        <Headline label="Visits" value={t.visits.toLocaleString('en-GB')} detail={`${t.walkIns} walk-ins, ${t.appointments} appointments`} />
        <Headline label="Median wait" value={minutes(t.waits.medianMs)} detail={`90th percentile ${minutes(t.waits.p90Ms)} · longest ${minutes(t.waits.longestMs)}`} />
      </section>

      <div className="report__charts">
        <WeekdayChart summary={report.summary} />
        <HourChart summary={report.summary} />
      </div>

      <section className="report__section">
        <h3>All figures</h3>
        <table className="report-table">
          <tbody>
            {headlineFigures(t).map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                <td>{formatFigure(f.value, f.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="report__columns">
        <section className="report__section">
          <h3>Offers of an appointment</h3>
          <dl className="report-list">
            <Item term="Staff prompted to offer" value={t.offers.prompted} />
            <Item term="Offers made" value={t.offers.made} />
            <Item term="Booked an appointment" value={t.offers.answers['appointment-booked']} />
            <Item term="Chose to wait" value={t.offers.answers['chose-to-wait']} />
            <Item term="Declined" value={t.offers.answers.declined} />
            <Item term="Left" value={t.offers.answers.left} />
          </dl>
          <h3>Private interview rooms</h3>
          <dl className="report-list">
            <Item term="Asked for" value={t.rooms.asked} />
            <Item term="Given" value={t.rooms.given} />
            <Item term="None free when needed" value={t.rooms.unavailable} />
          </dl>
        </section>
        <section className="report__section">
          <h3>Breaches and delay reasons</h3>
          <dl className="report-list">
            <Item term="Waits over the limit" value={t.breaches.clocks} />
            <Item term="Visitors over the limit" value={t.breaches.visits} />
            <Item term="… of whom were given a reason" value={t.breaches.withReason} />
            <Item term="No-shows (called tickets)" value={t.noShows.called} />
            <Item term="Missed appointments" value={t.noShows.appointments} />
            <Item term="Left before being seen" value={t.leftBeforeSeen} />
          </dl>
          {reasons.length > 0 ? (
            <ul className="report-reasons" data-testid="delay-reasons">
              {reasons.map(([reason, n]) => (
                <li key={reason}>
                  “{reason}” <span>({n})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="report__none">No delay reason was showing during any breach.</p>
          )}
        </section>
        <section className="report__section">
          <h3>Access needs recorded</h3>
          <dl className="report-list">
            {interpreters.map(([code, n]) => (
              <Item key={code} term={`Interpreter: ${languages.of(code) ?? code}`} value={n} />
            ))}
            {interpreters.length === 0 && <Item term="Interpreter" value={0} />}
            <Item term="British Sign Language" value={t.needs.bsl} />
            <Item term="Hearing loop" value={t.needs.hearingLoop} />
            <Item term="Wheelchair / step-free access" value={t.needs.wheelchair} />
            <Item term="Large print" value={t.needs.largePrint} />
          </dl>
        </section>
      </div>

      {report.sites.length > 1 && <FiguresTable caption="By site" rows={report.summary.bySite.map((s) => ({ key: s.siteId, name: siteName(s.siteId), figures: s.figures }))} />}
      <FiguresTable caption="By service" rows={report.summary.byService.map((s) => ({ key: `${s.siteId}-${s.serviceId}`, name: report.sites.length > 1 ? `${siteName(s.siteId)}: ${serviceName(s.serviceId)}` : serviceName(s.serviceId), figures: s.figures }))} />
      <FiguresTable caption="By day of the week" rows={report.summary.byWeekday.map((d) => ({ key: String(d.weekday), name: WEEKDAY_NAMES[d.weekday - 1]!, figures: d.figures }))} />
      <FiguresTable caption="By hour of arrival" rows={report.summary.byHour.map((h) => ({ key: String(h.hour), name: `${String(h.hour).padStart(2, '0')}:00–${String(h.hour + 1).padStart(2, '0')}:00`, figures: h.figures }))} />
      <p className="report__method">
        How these are worked out: from the event log. A wait of exactly the limit is within it (“not more than 20 minutes”). Each visit is measured against the limits in force when it
        arrived. Percentiles are nearest-rank: the 90th percentile is the wait at position ⌈0.9 × n⌉ of the waits in order, so it is always a real wait you can find in the per-visit CSV.
        Visitors who left or booked an appointment before the limit passed are not counted in the percentages.
      </p>
    </article>
  );
}

function Headline({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="headline">
      <span className="headline__label">{label}</span>
      <strong className="headline__value">{value}</strong>
      <span className="headline__detail">{detail}</span>
    </div>
  );
}

function Item({ term, value }: { term: string; value: number }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value.toLocaleString('en-GB')}</dd>
    </div>
  );
}
