import { appointmentState, localTimeOf, type Appointment, type AppointmentState, type Officer, type Visit } from '@reception/shared';

export const STATE_LABELS: Record<AppointmentState, string> = {
  booked: 'Booked',
  arrived: 'Arrived, waiting',
  'being-seen': 'Being seen',
  completed: 'Completed',
  'no-show': 'No-show',
  cancelled: 'Cancelled',
  rebooked: 'Rebooked',
};

export function stateOf(appointment: Appointment, visits: readonly Visit[]): AppointmentState {
  const visit = appointment.visitId ? (visits.find((v) => v.id === appointment.visitId) ?? null) : null;
  return appointmentState(appointment, visit);
}

export const officerNameOf = (officers: readonly Officer[], staffId: string): string => officers.find((o) => o.staffId === staffId)?.name ?? 'Unknown officer';

/** "10:30–11:00" in the site's time. */
export function slotText(appointment: Pick<Appointment, 'startsAt' | 'lengthMinutes'>, timeZone: string): string {
  return `${localTimeOf(appointment.startsAt, timeZone)}–${localTimeOf(appointment.startsAt + appointment.lengthMinutes * 60_000, timeZone)}`;
}

/** "Monday 12 January 2026", for the confirmation a visitor takes away. */
export function longDate(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
}
