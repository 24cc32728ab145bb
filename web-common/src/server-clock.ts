import { useEffect, useState } from 'react';

/**
 * The server is the only clock. Apps learn its offset from the `serverNow` of each
 * snapshot and tick a local copy, so wait clocks agree across every screen.
 */
export function useServerNow(serverNowAtSnapshot: number | null, tickMs = 1000): number {
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (serverNowAtSnapshot !== null) setOffset(serverNowAtSnapshot - Date.now());
  }, [serverNowAtSnapshot]);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), tickMs);
    return () => window.clearInterval(id);
  }, [tickMs]);
  return now + offset;
}
