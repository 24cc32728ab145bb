import { EraseResult, PersonalDataExport, PrivacySettings, type PersonalDataQuery } from '@reception/shared';
import { sendJson, sitePath } from './site-settings.js';

export async function getPrivacy(siteId: string): Promise<PrivacySettings> {
  return PrivacySettings.parse(await sendJson('GET', `${sitePath(siteId)}/privacy`));
}

export async function setPrivacy(siteId: string, settings: PrivacySettings): Promise<PrivacySettings> {
  return PrivacySettings.parse(await sendJson('PUT', `${sitePath(siteId)}/privacy`, settings));
}

export async function findPersonalData(siteId: string, query: PersonalDataQuery): Promise<PersonalDataExport> {
  const qs = new URLSearchParams(query.reference !== undefined ? { reference: query.reference } : { name: query.name ?? '' });
  return PersonalDataExport.parse(await sendJson('GET', `${sitePath(siteId)}/personal-data?${qs.toString()}`));
}

export async function erasePersonalData(siteId: string, appointmentIds: string[]): Promise<EraseResult> {
  return EraseResult.parse(await sendJson('POST', `${sitePath(siteId)}/personal-data/erase`, { appointmentIds }));
}
