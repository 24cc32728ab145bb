/** The server is the only clock; everything that needs the time is handed one of these. */
export interface Clock {
  now(): number;
}

/** A clock tests can move forward. */
export interface MovableClock extends Clock {
  advance(ms: number): void;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests move by hand; it stands still otherwise. */
export class FakeClock implements MovableClock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  set(ms: number): void {
    this.current = ms;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * Real time plus an offset that only grows: end-to-end tests run against a live server
 * whose screens tick normally, and jump it forward to reach a limit without waiting.
 */
export class AdjustableClock implements MovableClock {
  private offset: number;
  /** `startAt`: the instant this clock reads now; by default the real time. */
  constructor(startAt?: number) {
    this.offset = startAt === undefined ? 0 : startAt - Date.now();
  }
  now(): number {
    return Date.now() + this.offset;
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}
