import { describe, expect, it } from 'vitest';
import type { SamplingPeriod } from '../../schemas/reports.js';
import { addMonths, currentSamplingPeriod, nextSamplingDue, samplingEndDay, samplingWarnings } from './sampling.js';

const period = (id: string, label: string, startDay: string, siteIds = ['north', 'south']): SamplingPeriod => ({ id, label, startDay, endDay: samplingEndDay(startDay), siteIds, createdAt: 0, createdBy: null });
const sites = [
  { id: 'north', name: 'North Office' },
  { id: 'south', name: 'South Office' },
];

describe('sampling weeks', () => {
  it('run for seven days, the start day included', () => {
    expect(samplingEndDay('2027-03-15')).toBe('2027-03-21');
    // Across a month end and the clocks going forward.
    expect(samplingEndDay('2027-03-29')).toBe('2027-04-04');
  });

  it('are due six months after the last one began', () => {
    expect(nextSamplingDue([])).toBeNull();
    expect(nextSamplingDue([period('a', 'Autumn 2026', '2026-10-12'), period('b', 'Spring 2027', '2027-03-15')])).toBe('2027-09-15');
    // Six months after 31 August is the end of February, not early March.
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  // The banner must show on the first and last day and not the day after.
  it('are current at a site from the first to the seventh day only', () => {
    const spring = period('b', 'Spring 2027', '2027-03-15', ['north']);
    expect(currentSamplingPeriod([spring], 'north', '2027-03-14')).toBeNull();
    expect(currentSamplingPeriod([spring], 'north', '2027-03-15')).toBe(spring);
    expect(currentSamplingPeriod([spring], 'north', '2027-03-21')).toBe(spring);
    expect(currentSamplingPeriod([spring], 'north', '2027-03-22')).toBeNull();
    expect(currentSamplingPeriod([spring], 'south', '2027-03-16')).toBeNull();
  });

  it('warn when two overlap at a site, even by one day, and not when they only touch', () => {
    const a = period('a', 'Spring 2027', '2027-03-15');
    const touching = period('b', 'Extra', '2027-03-22');
    const overlapping = period('c', 'Repeat', '2027-03-21');
    expect(samplingWarnings([a, touching], sites, '2027-03-01').filter((w) => w.kind === 'overlap')).toEqual([]);
    expect(samplingWarnings([a, overlapping], sites, '2027-03-01')).toEqual([
      { kind: 'overlap', periodIds: ['a', 'c'], message: 'Spring 2027 and Repeat overlap (Sun 21 Mar 2027 to Sun 21 Mar 2027): visits on those days would count in both.' },
    ]);
    // Overlapping weeks at different sites do not double-count anyone.
    expect(samplingWarnings([period('n', 'N', '2027-03-15', ['north']), period('s', 'S', '2027-03-16', ['south'])], sites, '2027-03-01').map((w) => w.kind)).toEqual(['site-left-out', 'site-left-out']);
  });

  it('warn when a week leaves a site out, naming it', () => {
    expect(samplingWarnings([period('a', 'Spring 2027', '2027-03-15', ['north'])], sites, '2027-03-01')).toEqual([
      { kind: 'site-left-out', periodIds: ['a'], message: 'Spring 2027 leaves out South Office: every site should sample the same weeks.' },
    ]);
  });

  // Due on the day itself counts as due: a reminder a day late is a reminder missed.
  it('warn when the next week is due and none is scheduled', () => {
    const a = period('a', 'Spring 2027', '2027-03-15');
    expect(samplingWarnings([a], sites, '2027-09-14')).toEqual([]);
    expect(samplingWarnings([a], sites, '2027-09-15').map((w) => w.kind)).toEqual(['overdue']);
  });
});
