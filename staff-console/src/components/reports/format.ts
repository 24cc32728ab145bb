import type { FigureUnit } from '@reception/shared';

import { describeDay } from '@reception/shared';

/** "Mon 15 Mar 2027" for a local calendar day, as the server's warnings word it. */
export const formatDay = describeDay;

export function formatFigure(value: number | null, unit: FigureUnit): string {
  if (value === null) return '–';
  if (unit === 'percent') return `${value.toFixed(1)}%`;
  if (unit === 'minutes') return `${value.toFixed(1)} min`;
  return value.toLocaleString('en-GB');
}

/** "+2.5 points", "−3", "no change". */
export function formatChange(change: number | null, unit: FigureUnit): string {
  if (change === null) return '–';
  if (Math.abs(change) < 1e-9) return 'no change';
  const sign = change > 0 ? '+' : '−';
  const size = Math.abs(change);
  if (unit === 'percent') return `${sign}${size.toFixed(1)} points`;
  if (unit === 'minutes') return `${sign}${size.toFixed(1)} min`;
  return `${sign}${size.toLocaleString('en-GB')}`;
}

export const minutes = (ms: number | null) => (ms === null ? '–' : `${(ms / 60_000).toFixed(1)} min`);
export const percent = (p: number | null) => (p === null ? '–' : `${p.toFixed(1)}%`);
