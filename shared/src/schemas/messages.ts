import { z } from 'zod';
import { Id, LanguageCode } from './ids.js';
import { DeviceKind, OpeningHours, Role, ServicePrefix } from './site.js';
import { Needs } from './visit.js';
import { VisitCommand } from './visit-events.js';

/** A kiosk check-in. `requestId` makes a retry after a dropped connection return the same ticket. */
export const CheckInRequest = z.object({
  requestId: z.uuid(),
  serviceId: Id,
  language: LanguageCode.default('en'),
  needs: Needs.default(Needs.parse({})),
});
export type CheckInRequest = z.infer<typeof CheckInRequest>;

export const DeskSignOnRequest = z.object({
  deskId: Id,
  serviceIds: z.array(Id).min(1, 'choose at least one service').max(50),
});
export type DeskSignOnRequest = z.infer<typeof DeskSignOnRequest>;

export const EmptyRequest = z.object({}).strict();
export type EmptyRequest = z.infer<typeof EmptyRequest>;

export const VisitCommandRequest = z.object({ visitId: Id, command: VisitCommand });
export type VisitCommandRequest = z.infer<typeof VisitCommandRequest>;

export const LoginRequest = z.object({
  username: z.string().trim().min(1, 'enter your username').max(60),
  password: z.string().min(1, 'enter your password').max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const CreateServiceRequest = z.object({
  name: z.string().trim().min(1).max(80),
  prefix: ServicePrefix,
});
export type CreateServiceRequest = z.infer<typeof CreateServiceRequest>;

export const CreateDeskRequest = z.object({ name: z.string().trim().min(1).max(40) });
export type CreateDeskRequest = z.infer<typeof CreateDeskRequest>;

export const CreateStaffRequest = z.object({
  name: z.string().trim().min(1).max(80),
  username: z.string().trim().min(3).max(60).regex(/^[a-z0-9._-]+$/, 'lower-case letters, digits, . _ -'),
  password: z.string().min(12, 'at least 12 characters').max(200),
  role: Role,
});
export type CreateStaffRequest = z.infer<typeof CreateStaffRequest>;

export const RegisterDeviceRequest = z.object({
  kind: DeviceKind,
  name: z.string().trim().min(1).max(80),
});
export type RegisterDeviceRequest = z.infer<typeof RegisterDeviceRequest>;

export const SiteParams = z.object({ siteId: Id });
export const EventLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  before: z.coerce.number().int().positive().optional(),
});
export type EventLogQuery = z.infer<typeof EventLogQuery>;

export const SetOpeningHoursRequest = OpeningHours;
export type SetOpeningHoursRequest = z.infer<typeof SetOpeningHoursRequest>;
