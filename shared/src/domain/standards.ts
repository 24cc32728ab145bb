import { z } from 'zod';
import type { StandardsPreset } from '../schemas/rooms-notices.js';
import { StandardsProfile } from '../schemas/site.js';

type Limits = Omit<StandardsProfile, 'version'>;

/** The councils' published standards a site can adopt as they stand. */
export const STANDARDS_PRESETS: Record<StandardsPreset, { label: string; source: string; limits: Limits }> = {
  'bolsover-ned': {
    label: 'Bolsover & North East Derbyshire: 20 / 20 / 10 minutes',
    source: 'Not keep customers waiting more than 20 minutes to be served at an enquiry desk',
    limits: { walkInMinutes: 20, officerMinutes: 20, appointmentMinutes: 10, promptLeadMinutes: 5 },
  },
  hertsmere: {
    label: 'Hertsmere: 15 / 20 / 10 minutes',
    source: 'We aim not to let you wait any longer than 15 minutes but, if necessary, we will keep you informed about any delay',
    limits: { walkInMinutes: 15, officerMinutes: 20, appointmentMinutes: 10, promptLeadMinutes: 5 },
  },
  halton: {
    label: 'Halton: 10 / 10 / 10 minutes',
    source: 'Seen within 10 minutes of arrival or appointment time',
    limits: { walkInMinutes: 10, officerMinutes: 10, appointmentMinutes: 10, promptLeadMinutes: 3 },
  },
};

const CustomLimits = StandardsProfile.omit({ version: true }).refine(
  (l) => l.promptLeadMinutes < Math.min(l.walkInMinutes, l.officerMinutes, l.appointmentMinutes),
  { message: 'the prompt must come before the shortest limit', path: ['promptLeadMinutes'] },
);

export const SetStandardsRequest = z.union([
  z.object({ preset: z.enum(['bolsover-ned', 'hertsmere', 'halton']) }).strict(),
  z.object({ custom: CustomLimits }).strict(),
]);
export type SetStandardsRequest = z.infer<typeof SetStandardsRequest>;

/** The next version of a site's profile; the old one stays, and visits keep the one they arrived under. */
export function nextStandards(current: StandardsProfile, request: SetStandardsRequest): StandardsProfile {
  const limits = 'preset' in request ? STANDARDS_PRESETS[request.preset].limits : request.custom;
  return { version: current.version + 1, ...limits };
}
