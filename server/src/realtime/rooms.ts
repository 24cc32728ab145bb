export type RoomAudience = 'staff' | 'managers' | 'display' | 'kiosk';
export const roomOf = (siteId: string, audience: RoomAudience): string => `site:${siteId}:${audience}`;
/** One person's consoles (they may have several open): where their visitors' arrival alerts go. */
export const personalRoomOf = (siteId: string, staffId: string): string => `site:${siteId}:person:${staffId}`;
