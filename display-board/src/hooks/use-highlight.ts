import { useEffect, useState } from 'react';

/** How long a new call stays highlighted: long enough to look up and notice it. */
export const HIGHLIGHT_MS = 6000;

/**
 * True for a few seconds after `trigger` changes to a new non-zero value. Driven by a
 * counter of live calls, not the ticket, so a recall of the same ticket flashes again.
 */
export function useHighlight(trigger: number, durationMs = HIGHLIGHT_MS): boolean {
  const [expired, setExpired] = useState(0);
  useEffect(() => {
    if (trigger === 0) return;
    const id = window.setTimeout(() => setExpired(trigger), durationMs);
    return () => window.clearTimeout(id);
  }, [trigger, durationMs]);
  return trigger !== 0 && expired !== trigger;
}
