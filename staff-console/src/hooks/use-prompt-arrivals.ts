import { useEffect, useState } from 'react';
import type { Prompt } from '@reception/shared';
import type { AppSocket } from '@reception/web-common';

/**
 * The prompts raised while this console is open, most recent last, for the screen-reader
 * announcement. Listening to the socket (rather than diffing snapshots) means a reconnect
 * snapshot never re-announces a prompt the advisor has already heard.
 */
export function usePromptArrivals(socket: AppSocket): Prompt[] {
  const [arrivals, setArrivals] = useState<Prompt[]>([]);
  useEffect(() => {
    const onPrompt = (prompt: Prompt) => {
      if (prompt.status !== 'open') return;
      setArrivals((known) => (known.some((p) => p.id === prompt.id) ? known : [...known.slice(-19), prompt]));
    };
    socket.on('staff:prompt', onPrompt);
    return () => {
      socket.off('staff:prompt', onPrompt);
    };
  }, [socket]);
  return arrivals;
}
