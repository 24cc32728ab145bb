/** One announcement as it played, on this page's `performance.now()` clock. */
export interface AnnouncementLogEntry {
  text: string;
  startedAt: number;
  /** Null while it is still playing. */
  endedAt: number | null;
}

declare global {
  interface Window {
    /**
     * TEST HOOK — end-to-end tests read this to check which calls were announced and
     * in what order: each announcement's spoken text (e.g. "Ticket C 14, please go to
     * Desk 2") is pushed when it STARTS being announced, i.e. after any earlier
     * announcement has finished. It holds only ticket numbers and desk names, which
     * are on screen anyway, so it exposes nothing private.
     */
    __announcements?: string[];
    /**
     * TEST HOOK — the same announcements with when each started and ended, so a test
     * can prove that one never starts before the one before it has finished.
     */
    __announcementLog?: AnnouncementLogEntry[];
  }
}

export function initAnnouncementLog(): void {
  window.__announcements ??= [];
  window.__announcementLog ??= [];
}

export function recordAnnouncementStart(text: string): void {
  (window.__announcements ??= []).push(text);
  (window.__announcementLog ??= []).push({ text, startedAt: performance.now(), endedAt: null });
}

export function recordAnnouncementEnd(text: string): void {
  // The queue plays one at a time, so the one ending is the latest still open with this text.
  const log = window.__announcementLog ?? [];
  const entry = log.findLast((e) => e.text === text && e.endedAt === null);
  if (entry) entry.endedAt = performance.now();
}
