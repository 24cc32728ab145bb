import type { CompareResponse } from '@reception/shared';
import { formatChange, formatDay, formatFigure } from './format.js';
import { ComparisonChart } from './ReportCharts.js';

interface Props {
  comparison: CompareResponse;
  earlierTitle: string;
  laterTitle: string;
}

const CHARTED = new Map([
  ['enquiryWithin', 'Enquiry desk'],
  ['officerWithin', 'Officer'],
  ['appointmentWithin', 'Appointments'],
]);

/** Two periods side by side with the change in each figure (later minus earlier). */
export function ComparisonView({ comparison, earlierTitle, laterTitle }: Props) {
  const charted = comparison.figures.filter((f) => CHARTED.has(f.key)).map((f) => ({ label: CHARTED.get(f.key)!, earlier: f.earlier, later: f.value }));
  return (
    <article className="report comparison" aria-labelledby="comparison-title" data-testid="comparison">
      <header className="report__head">
        <h2 id="comparison-title">
          {laterTitle} compared with {earlierTitle}
        </h2>
        <p>
          {earlierTitle}: {formatDay(comparison.a.from)} to {formatDay(comparison.a.to)} · {laterTitle}: {formatDay(comparison.b.from)} to {formatDay(comparison.b.to)}
        </p>
      </header>
      <ComparisonChart rows={charted} />
      <table className="report-table report-table--wide">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">{earlierTitle}</th>
            <th scope="col">{laterTitle}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {comparison.figures.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              <td>{formatFigure(f.earlier, f.unit)}</td>
              <td>{formatFigure(f.value, f.unit)}</td>
              <td>{formatChange(f.change, f.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
