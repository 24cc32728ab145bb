import type { Figures } from '@reception/shared';
import { minutes, percent } from './format.js';

interface Props {
  caption: string;
  rows: { key: string; name: string; figures: Figures }[];
}

/** One line per group: the figures managers compare across services, days and hours. */
export function FiguresTable({ caption, rows }: Props) {
  return (
    <table className="report-table report-table--wide">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">Visits</th>
          <th scope="col">Walk-ins within (desk)</th>
          <th scope="col">Within (officer)</th>
          <th scope="col">Appointments within</th>
          <th scope="col">Median wait</th>
          <th scope="col">90th percentile</th>
          <th scope="col">Longest</th>
          <th scope="col">Over the limit</th>
          <th scope="col">Left</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, name, figures: f }) => (
          <tr key={key}>
            <th scope="row">{name}</th>
            <td>{f.visits}</td>
            <td>{percent(f.enquiry.percentWithin)}</td>
            <td>{percent(f.officer.percentWithin)}</td>
            <td>{percent(f.appointment.percentWithin)}</td>
            <td>{minutes(f.waits.medianMs)}</td>
            <td>{minutes(f.waits.p90Ms)}</td>
            <td>{minutes(f.waits.longestMs)}</td>
            <td>{f.breaches.clocks}</td>
            <td>{f.leftBeforeSeen}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
