import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { WEEKDAY_NAMES, type ReportSummary } from '@reception/shared';

// Fixed sizes, not responsive: the same chart must fit the screen and an A4 page.
const WIDTH = 640;
const HEIGHT = 230;
const WITHIN = '#00703c';
const OVER = '#b10e1e';
const VISITS = '#1d3f6e';
const axis = { fontSize: 12, fill: '#0b0c0c' };

/** Seen within the limit and over it, per day of the week: the figure the standards are judged by. */
export function WeekdayChart({ summary }: { summary: ReportSummary }) {
  const data = summary.byWeekday.map((d) => ({
    day: WEEKDAY_NAMES[d.weekday - 1]!.slice(0, 3),
    within: d.figures.enquiry.within + d.figures.officer.within + d.figures.appointment.within,
    over: d.figures.enquiry.breached + d.figures.officer.breached + d.figures.appointment.breached,
  }));
  return (
    <figure className="report-chart">
      <figcaption>Waits within and over the limit, by day</figcaption>
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Legend />
        <Bar dataKey="within" name="Within the limit" stackId="w" fill={WITHIN} maxBarSize={64} isAnimationActive={false} />
        <Bar dataKey="over" name="Over the limit" stackId="w" fill={OVER} maxBarSize={64} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}

/** When visitors arrive: for staffing the busy hours. */
export function HourChart({ summary }: { summary: ReportSummary }) {
  const data = summary.byHour.map((h) => ({ hour: `${String(h.hour).padStart(2, '0')}:00`, visits: h.figures.visits }));
  return (
    <figure className="report-chart">
      <figcaption>Visits by hour of arrival</figcaption>
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="hour" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Bar dataKey="visits" name="Visits" fill={VISITS} maxBarSize={48} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}

/** Two periods side by side, the share within the limit per clock. */
export function ComparisonChart({ rows }: { rows: { label: string; earlier: number | null; later: number | null }[]; }) {
  const data = rows.map((r) => ({ label: r.label, earlier: r.earlier ?? 0, later: r.later ?? 0 }));
  return (
    <figure className="report-chart">
      <figcaption>Seen within the limit (%), earlier period against later</figcaption>
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={axis} />
        <YAxis domain={[0, 100]} tick={axis} />
        <Legend />
        <Bar dataKey="earlier" name="Earlier period" fill="#6f777b" isAnimationActive={false} />
        <Bar dataKey="later" name="Later period" fill={VISITS} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
