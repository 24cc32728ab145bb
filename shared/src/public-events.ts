import { z } from 'zod';
import { Notice } from './schemas/rooms-notices.js';
import { CallAnnouncement, DisplaySnapshot, KioskSnapshot, PublicTicket, ServiceStats } from './schemas/views.js';
import type { ServerEventName } from './socket-events.js';

/**
 * Every message a display board or a kiosk may receive, with the schema of its payload.
 * These are the public views: ticket numbers, destinations, counts, waits and notices,
 * never a person. Tests hold every message those sockets get to these schemas exactly.
 */
export const PUBLIC_EVENT_SCHEMAS = {
  'display:snapshot': DisplaySnapshot,
  'display:ticket': PublicTicket,
  'display:announce': CallAnnouncement,
  'kiosk:snapshot': KioskSnapshot,
  'queue:stats': z.array(ServiceStats),
  'public:notices': z.array(Notice),
} as const satisfies Partial<Record<ServerEventName, z.ZodType>>;

export type PublicEventName = keyof typeof PUBLIC_EVENT_SCHEMAS;
