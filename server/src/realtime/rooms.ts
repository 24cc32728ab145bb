export type RoomAudience = 'staff' | 'display' | 'kiosk';
export const roomOf = (siteId: string, audience: RoomAudience): string => `site:${siteId}:${audience}`;
