/**
 * Plays announcements strictly one after another. Calls can come seconds apart from
 * different desks; overlapping chimes and voices would make both unintelligible.
 */
export interface AnnouncementQueueOptions {
  /** Plays one announcement to the end (chime, then speech). Must settle, even on failure. */
  perform: (text: string) => Promise<void>;
  /** Told as each announcement starts, in order. */
  onStart?: (text: string) => void;
  /** Told as each announcement has finished (or failed), before the next one starts. */
  onEnd?: (text: string) => void;
  /**
   * After a long outage a burst of calls could keep the room listening for minutes to
   * calls already on screen; beyond this many waiting, the oldest are dropped.
   */
  maxPending?: number;
}

export class AnnouncementQueue {
  private readonly pending: string[] = [];
  private running = false;
  private readonly maxPending: number;

  constructor(private readonly options: AnnouncementQueueOptions) {
    this.maxPending = options.maxPending ?? 5;
  }

  enqueue(text: string): void {
    this.pending.push(text);
    while (this.pending.length > this.maxPending) this.pending.shift();
    if (!this.running) void this.drain();
  }

  /** True while an announcement is playing or waiting to play. */
  get busy(): boolean {
    return this.running || this.pending.length > 0;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let text = this.pending.shift(); text !== undefined; text = this.pending.shift()) {
        this.options.onStart?.(text);
        try {
          await this.options.perform(text);
        } catch {
          // A failed chime or voice must never stop later calls being announced.
        }
        this.options.onEnd?.(text);
      }
    } finally {
      this.running = false;
    }
  }
}
