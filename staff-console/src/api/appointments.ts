import { AppError, AppointmentList, ErrorBody, type Appointment } from '@reception/shared';

/** Any day's appointments for the day view (today's also arrive live in the snapshot). */
export async function fetchAppointments(siteId: string, day: string): Promise<Appointment[]> {
  let res: Response;
  try {
    res = await fetch(`/api/sites/${encodeURIComponent(siteId)}/appointments?day=${encodeURIComponent(day)}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    throw new AppError('INTERNAL', 'Could not reach the server. Check the connection and try again.');
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) return AppointmentList.parse(json);
  const parsed = ErrorBody.safeParse(json);
  throw parsed.success ? AppError.fromBody(parsed.data) : new AppError('INTERNAL', `The server answered ${res.status}. Try again.`);
}
