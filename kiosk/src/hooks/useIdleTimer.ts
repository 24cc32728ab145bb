import { useCallback, useEffect, useRef, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel'] as const;
const TICK_MS = 250;

export interface IdleTimer {
  /** Whole seconds until the reset once the warning is due; null before then. */
  secondsLeft: number | null;
  /** "I need more time". */
  stillHere: () => void;
}

/**
 * Calls `onIdle` once nobody has touched the kiosk for `resetAfterMs`, so a half-finished
 * check-in (and what it noted about the visitor's needs) is not left for the next person,
 * and from `warnAfterMs` says how long is left so someone still reading is not caught out.
 * Elapsed time is measured, not ticks counted, so a late or skipped tick never stretches it.
 */
export function useIdleTimer(enabled: boolean, warnAfterMs: number, resetAfterMs: number, onIdle: () => void): IdleTimer {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const warning = useRef(false);
  const idle = useRef(onIdle);
  useEffect(() => {
    idle.current = onIdle;
  }, [onIdle]);

  const show = useCallback((seconds: number | null) => {
    warning.current = seconds !== null;
    setSecondsLeft(seconds);
  }, []);

  const stillHere = useCallback(() => {
    lastActivity.current = performance.now();
    show(null);
  }, [show]);

  useEffect(() => {
    if (!enabled) {
      show(null);
      return;
    }
    lastActivity.current = performance.now();
    const id = window.setInterval(() => {
      const elapsed = performance.now() - lastActivity.current;
      if (elapsed >= resetAfterMs) {
        lastActivity.current = performance.now();
        show(null);
        idle.current();
      } else show(elapsed >= warnAfterMs ? Math.ceil((resetAfterMs - elapsed) / 1000) : null);
    }, TICK_MS);
    // While the warning is up, only its own button (or Escape, or a tap outside it) answers it:
    // dismissing it on pointerdown would let the rest of that tap land on the screen behind.
    const onActivity = () => {
      if (!warning.current) lastActivity.current = performance.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true, capture: true });
    return () => {
      window.clearInterval(id);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [enabled, warnAfterMs, resetAfterMs, show]);

  return { secondsLeft, stillHere };
}
