import { useCallback, useState } from 'react';
import { AppError } from '@reception/shared';

export interface Commands {
  /** Runs one server command; its failure becomes the console's error message. */
  run: <T>(command: () => Promise<T>) => Promise<T | undefined>;
  busy: boolean;
  error: string | null;
  /** For problems found before anything is sent, e.g. no outcome chosen. */
  fail: (message: string) => void;
  dismiss: () => void;
}

/**
 * One command at a time: buttons are disabled while the server is answering, so a
 * double click cannot call two visitors. Nothing changes on screen until the server's
 * broadcast arrives; only the error (if any) is local.
 */
export function useCommands(): Commands {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(command: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await command();
    } catch (e) {
      setError(e instanceof AppError || e instanceof Error ? e.message : 'Something went wrong. Try again.');
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const fail = useCallback((message: string) => setError(message), []);
  const dismiss = useCallback(() => setError(null), []);
  return { run, busy, error, fail, dismiss };
}
