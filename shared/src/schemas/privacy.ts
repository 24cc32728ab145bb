import { z } from 'zod';
import { normaliseReference } from '../domain/booking-reference.js';
import { Id, Instant, LanguageCode } from './ids.js';
import { AppointmentStatus, BookingReference } from './appointments.js';
import { Needs, Outcome } from './visit.js';

/** How long a visitor's name and contact are kept after their appointment, in days. */
export const RetentionDays = z.number().int().min(1, 'keep personal data for at least a day').max(3650, 'at most ten years');

export const PrivacySettings = z.object({ retentionDays: RetentionDays });
export type PrivacySettings = z.infer<typeof PrivacySettings>;

/** A month: long enough to deal with a complaint about a visit, short enough to hold little. */
export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = { retentionDays: 30 };

/**
 * A subject access or erasure request is found by the booking reference the visitor
 * holds, or by their name as it was booked (exact, ignoring case and spacing).
 */
export const PersonalDataQuery = z
  .object({
    reference: z
      .string()
      .trim()
      .transform(normaliseReference)
      .pipe(BookingReference)
      .optional(),
    name: z.string().trim().min(2, 'enter at least two letters of the name').max(80).optional(),
  })
  .refine((q) => (q.reference === undefined) !== (q.name === undefined), 'give a booking reference or a name, not both');
export type PersonalDataQuery = z.infer<typeof PersonalDataQuery>;

export const ErasePersonalDataRequest = z.object({ appointmentIds: z.array(Id).min(1).max(100) });
export type ErasePersonalDataRequest = z.infer<typeof ErasePersonalDataRequest>;

/** What the visit recorded about the visitor, without anything that names them. */
export const ExportedVisit = z.object({
  ticket: z.string(),
  arrivedAt: Instant,
  seenAt: Instant.nullable(),
  endedAt: Instant.nullable(),
  outcome: Outcome.nullable(),
  language: LanguageCode,
  needs: Needs,
});

export const ExportedAppointment = z.object({
  id: Id,
  reference: BookingReference,
  serviceName: z.string(),
  officerName: z.string(),
  startsAt: Instant,
  lengthMinutes: z.number().int(),
  status: AppointmentStatus,
  visitorName: z.string(),
  visitorContact: z.string(),
  bookedAt: Instant,
  personalDataErasedAt: Instant.nullable(),
  visit: ExportedVisit.nullable(),
});
export type ExportedAppointment = z.infer<typeof ExportedAppointment>;

/** Everything held about one visitor, as handed to them on a subject access request. */
export const PersonalDataExport = z.object({
  siteId: Id,
  siteName: z.string(),
  exportedAt: Instant,
  retentionDays: RetentionDays,
  appointments: z.array(ExportedAppointment),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;

export const EraseResult = z.object({ erased: z.array(Id), alreadyErased: z.array(Id) });
export type EraseResult = z.infer<typeof EraseResult>;
