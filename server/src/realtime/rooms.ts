export type RoomAudience = 'staff' | 'managers' | 'display' | 'kiosk';
export const roomOf = (siteId: string, audience: RoomAudience): string => `site:${siteId}:${audience}`;
