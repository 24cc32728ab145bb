import type { Figures } from './summarise.js';

export type FigureUnit = 'count' | 'percent' | 'minutes';

export interface HeadlineFigure {
  key: string;
  label: string;
  unit: FigureUnit;
  value: number | null;
}

const minutes = (ms: number | null) => (ms === null ? null : ms / 60_000);

/** The figures a manager reports, in the order they are read out, with plain labels. */
export function headlineFigures(f: Figures): HeadlineFigure[] {
  return [
    { key: 'visits', label: 'Visits', unit: 'count', value: f.visits },
    { key: 'walkIns', label: 'Walk-ins', unit: 'count', value: f.walkIns },
    { key: 'appointments', label: 'Appointments', unit: 'count', value: f.appointments },
    { key: 'enquiryWithin', label: 'Walk-ins seen at the enquiry desk within the limit', unit: 'percent', value: f.enquiry.percentWithin },
    { key: 'officerWithin', label: 'Referred walk-ins seen by an officer within the limit', unit: 'percent', value: f.officer.percentWithin },
    { key: 'appointmentWithin', label: 'Appointments seen within the limit', unit: 'percent', value: f.appointment.percentWithin },
    { key: 'medianWait', label: 'Median wait', unit: 'minutes', value: minutes(f.waits.medianMs) },
    { key: 'p90Wait', label: '90th percentile wait', unit: 'minutes', value: minutes(f.waits.p90Ms) },
    { key: 'longestWait', label: 'Longest wait', unit: 'minutes', value: minutes(f.waits.longestMs) },
    { key: 'offersMade', label: 'Appointments offered', unit: 'count', value: f.offers.made },
    { key: 'offersBooked', label: 'Offers taken up (appointment booked)', unit: 'count', value: f.offers.answers['appointment-booked'] },
    { key: 'roomsAsked', label: 'Private rooms asked for', unit: 'count', value: f.rooms.asked },
    { key: 'roomsGiven', label: 'Private rooms given', unit: 'count', value: f.rooms.given },
    { key: 'roomsUnavailable', label: 'No private room free', unit: 'count', value: f.rooms.unavailable },
    { key: 'breaches', label: 'Waits over the limit', unit: 'count', value: f.breaches.clocks },
    { key: 'breachesWithReason', label: 'Visitors over the limit who were given a reason', unit: 'count', value: f.breaches.withReason },
    { key: 'noShows', label: 'No-shows (called tickets and missed appointments)', unit: 'count', value: f.noShows.called + f.noShows.appointments },
    { key: 'left', label: 'Left before being seen', unit: 'count', value: f.leftBeforeSeen },
    { key: 'open', label: 'Still open at the end of the period', unit: 'count', value: f.open },
  ];
}

export interface ComparedFigure extends HeadlineFigure {
  earlier: number | null;
  /** Later minus earlier: percentage points for a percentage. Null if either is missing. */
  change: number | null;
}

/** Two periods side by side; `value` is the later period's figure. */
export function compareFigures(earlier: Figures, later: Figures): ComparedFigure[] {
  const before = new Map(headlineFigures(earlier).map((f) => [f.key, f.value]));
  return headlineFigures(later).map((f) => {
    const e = before.get(f.key) ?? null;
    return { ...f, earlier: e, change: e === null || f.value === null ? null : f.value - e };
  });
}
