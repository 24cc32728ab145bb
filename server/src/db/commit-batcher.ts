import type { Db, Store } from './connection.js';

interface Pending {
  work: (tx: Store) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit. Commands that arrive in the same turn of the event loop (a burst of
 * check-ins from many kiosks) run in one transaction, each inside its own savepoint, so
 * one failing rolls back only itself. The disk sees one commit per burst instead of one
 * per command, and nobody is answered before their command is durable.
 */
export class CommitBatcher {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  submit<T>(work: (tx: Store) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(
        (tx) => {
          for (const item of batch) {
            try {
              outcomes.push({ ok: true, value: tx.transaction((savepoint) => item.work(savepoint)) });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        },
        { behavior: 'immediate' },
      );
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
}
