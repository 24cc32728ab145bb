import { useEffect, useRef, useState } from 'react';

/**
 * Seconds left before `onDone` runs, ticking once a second. A display timer for the
 * visitor's benefit, not business time, so the browser's own clock is the right one.
 */
export function useCountdown(seconds: number, onDone: () => void): number {
  const [left, setLeft] = useState(seconds);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    const id = window.setInterval(() => setLeft((n) => Math.max(0, n - 1)), 1000);
    return () => window.clearInterval(id);
  }, []);
  useEffect(() => {
    if (left === 0) done.current();
  }, [left]);
  return left;
}
