import { z } from 'zod';
import { Id, Instant } from './ids.js';

export const Room = z.object({
  id: Id,
  siteId: Id,
  name: z.string().min(1).max(60),
  panicButton: z.boolean(),
  secure: z.boolean(),
  outOfService: z.boolean(),
});
export type Room = z.infer<typeof Room>;

export const RoomState = z.enum(['free', 'in-use', 'out-of-service']);
export type RoomState = z.infer<typeof RoomState>;

export const RoomView = Room.extend({ state: RoomState, visitId: Id.nullable() });
export type RoomView = z.infer<typeof RoomView>;

export const CreateRoomRequest = z.object({
  name: z.string().trim().min(1).max(60),
  panicButton: z.boolean().default(false),
  secure: z.boolean().default(false),
});
export type CreateRoomRequest = z.infer<typeof CreateRoomRequest>;

export const UpdateRoomRequest = z.object({ outOfService: z.boolean() });
export type UpdateRoomRequest = z.infer<typeof UpdateRoomRequest>;

export const NoticeKind = z.enum(['delay', 'unattended']);
export type NoticeKind = z.infer<typeof NoticeKind>;

/** A delay reason or "reception unattended" notice, shown on the public screens. Staff-written; no personal data. */
export const Notice = z.object({
  id: Id,
  siteId: Id,
  kind: NoticeKind,
  message: z.string(),
  postedAt: Instant,
  expiresAt: Instant.nullable(),
  withdrawnAt: Instant.nullable(),
});
export type Notice = z.infer<typeof Notice>;

export const PostNoticeRequest = z.object({
  kind: NoticeKind,
  message: z.string().trim().min(3, 'say what the delay is').max(200),
  /** Omit to show until withdrawn. */
  expiresInMinutes: z.number().int().min(1).max(12 * 60).optional(),
});
export type PostNoticeRequest = z.infer<typeof PostNoticeRequest>;

export const WithdrawNoticeRequest = z.object({ noticeId: Id });
export type WithdrawNoticeRequest = z.infer<typeof WithdrawNoticeRequest>;

export function isNoticeActive(notice: Notice, now: number): boolean {
  return notice.withdrawnAt === null && (notice.expiresAt === null || now < notice.expiresAt);
}

export const StandardsPreset = z.enum(['bolsover-ned', 'hertsmere', 'halton']);
export type StandardsPreset = z.infer<typeof StandardsPreset>;
