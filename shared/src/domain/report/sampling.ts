import type { SamplingPeriod, SamplingWarning } from '../../schemas/reports.js';
import { addDays } from './report-rows.js';

/** A sampling week: the start day and the six after it. */
export const SAMPLING_DAYS = 7;
/** "One week period twice a year": the next is due six months after the last began. */
export const SAMPLING_INTERVAL_MONTHS = 6;

const dayName = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "Mon 15 Mar 2027": a calendar day as a manager reads it. */
export function describeDay(day: string): string {
  return dayName.format(new Date(`${day}T00:00:00Z`)).replace(',', '');
}

export function samplingEndDay(startDay: string): string {
  return addDays(startDay, SAMPLING_DAYS - 1);
}

export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // 31 August + 6 months is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Six months after the latest week began; null before the first is scheduled. */
export function nextSamplingDue(periods: readonly SamplingPeriod[], intervalMonths = SAMPLING_INTERVAL_MONTHS): string | null {
  const latest = periods.reduce<string | null>((max, p) => (max === null || p.startDay > max ? p.startDay : max), null);
  return latest === null ? null : addMonths(latest, intervalMonths);
}

/** The week running at a site on its local `today`, if any. */
export function currentSamplingPeriod(periods: readonly SamplingPeriod[], siteId: string, today: string): SamplingPeriod | null {
  return periods.find((p) => p.siteIds.includes(siteId) && p.startDay <= today && today <= p.endDay) ?? null;
}

/**
 * What a manager should look at: weeks that overlap at a site (a visit would be counted
 * in both), weeks that leave a site out ("the same weeks at every site"), and a next week
 * that is due but not scheduled.
 */
export function samplingWarnings(periods: readonly SamplingPeriod[], sites: readonly { id: string; name: string }[], today: string): SamplingWarning[] {
  const warnings: SamplingWarning[] = [];
  const sorted = [...periods].sort((a, b) => a.startDay.localeCompare(b.startDay));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (b.startDay > a.endDay) break;
      if (a.siteIds.some((s) => b.siteIds.includes(s))) {
        warnings.push({ kind: 'overlap', periodIds: [a.id, b.id], message: `${a.label} and ${b.label} overlap (${describeDay(b.startDay)} to ${describeDay(a.endDay < b.endDay ? a.endDay : b.endDay)}): visits on those days would count in both.` });
      }
    }
  }
  for (const p of sorted) {
    const missing = sites.filter((s) => !p.siteIds.includes(s.id));
    if (missing.length > 0) {
      warnings.push({ kind: 'site-left-out', periodIds: [p.id], message: `${p.label} leaves out ${missing.map((s) => s.name).join(', ')}: every site should sample the same weeks.` });
    }
  }
  const due = nextSamplingDue(periods);
  if (due !== null && due <= today && !periods.some((p) => p.startDay > today)) {
    warnings.push({ kind: 'overdue', periodIds: [], message: `The next sampling week was due to start by ${describeDay(due)} and none is scheduled.` });
  }
  return warnings;
}
