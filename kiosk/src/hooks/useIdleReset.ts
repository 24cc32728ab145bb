import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * Calls `onIdle` once nobody has touched the kiosk for `ms`, so a half-finished check-in
 * (and anything it noted about the visitor's needs) is not left for the next person.
 */
export function useIdleReset(enabled: boolean, ms: number, onIdle: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    let timer = window.setTimeout(onIdle, ms);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, ms);
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
    };
  }, [enabled, ms, onIdle]);
}
