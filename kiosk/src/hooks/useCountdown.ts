import { useEffect, useRef, useState } from 'react';

/**
 * Seconds left before `onDone` runs. A display timer for the visitor's benefit, not
 * business time, so the browser's monotonic clock is the right one; it counts elapsed
 * time rather than ticks, so a late or skipped tick never stretches the countdown.
 */
export function useCountdown(seconds: number, onDone: () => void): number {
  const [left, setLeft] = useState(seconds);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    const startedAt = performance.now();
    const id = window.setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((performance.now() - startedAt) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(id);
        done.current();
      }
    }, 250);
    return () => window.clearInterval(id);
  }, [seconds]);
  return left;
}
