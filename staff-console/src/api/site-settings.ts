import { AppError, AppointmentSettings, ErrorBody, Officer, OpeningHours, StandardsProfile, type SetOfficerRequest, type SetOpeningHoursRequest, type SetStandardsRequest, type UpdateRoomRequest } from '@reception/shared';

/** Manager-only settings go over HTTP; the server then pushes fresh snapshots to every screen. */
export async function sendJson(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new AppError('INTERNAL', 'Could not reach the server. Check the connection and try again.');
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) return json;
  const parsed = ErrorBody.safeParse(json);
  throw parsed.success ? AppError.fromBody(parsed.data) : new AppError('INTERNAL', `The server answered ${res.status}. Try again.`);
}

export const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

export async function setRoomOutOfService(siteId: string, roomId: string, outOfService: boolean): Promise<void> {
  const body: UpdateRoomRequest = { outOfService };
  await sendJson('PATCH', `${sitePath(siteId)}/rooms/${encodeURIComponent(roomId)}`, body);
}

export async function setStandards(siteId: string, request: SetStandardsRequest): Promise<StandardsProfile> {
  return StandardsProfile.parse(await sendJson('PUT', `${sitePath(siteId)}/standards`, request));
}

export async function setOpeningHours(siteId: string, hours: SetOpeningHoursRequest): Promise<OpeningHours> {
  return OpeningHours.parse(await sendJson('PUT', `${sitePath(siteId)}/opening-hours`, hours));
}

export async function setOfficer(siteId: string, staffId: string, request: SetOfficerRequest): Promise<Officer> {
  return Officer.parse(await sendJson('PUT', `${sitePath(siteId)}/officers/${encodeURIComponent(staffId)}`, request));
}

export async function setAppointmentSettings(siteId: string, settings: AppointmentSettings): Promise<AppointmentSettings> {
  return AppointmentSettings.parse(await sendJson('PUT', `${sitePath(siteId)}/appointment-settings`, settings));
}
