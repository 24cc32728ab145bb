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
  }
}

export function initAnnouncementLog(): void {
  window.__announcements ??= [];
}

export function recordAnnouncementStart(text: string): void {
  (window.__announcements ??= []).push(text);
}
