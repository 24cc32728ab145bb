import { useEffect } from 'react';

/**
 * A public kiosk must not offer the browser's own menus: a long press would otherwise open
 * a context menu with "Open in new tab", "Inspect" and the like.
 */
export function useKioskLockdown(): void {
  useEffect(() => {
    const block = (e: Event) => e.preventDefault();
    window.addEventListener('contextmenu', block);
    // Dragging a long-pressed image or button can also escape into the browser.
    window.addEventListener('dragstart', block);
    return () => {
      window.removeEventListener('contextmenu', block);
      window.removeEventListener('dragstart', block);
    };
  }, []);
}
