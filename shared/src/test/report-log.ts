import { DEFAULT_STANDARDS } from '../schemas/site.js';
import { NO_NEEDS, type Needs, type VisitKind } from '../schemas/visit.js';
import type { VisitEvent } from '../schemas/visit-events.js';
import { checkIn } from '../domain/visit-machine.js';
import type { LoggedEvent } from '../domain/report/report-events.js';

type Extra<T extends VisitEvent['type']> = Omit<Extract<VisitEvent, { type: T }>, 'type' | 'visitId' | 'siteId' | 'at' | 'actorId'>;

/**
 * Writes an event log the way the server does, visit by visit for readability; `build`
 * puts it in time order (as the server appends it) and numbers it.
 */
export class LogBuilder {
  private entries: Omit<LoggedEvent, 'id'>[] = [];

  constructor(private readonly siteId = 'north') {}

  /** `at` is the wall-clock instant; the serviceDay is given, as the server computes it at the site. */
  checkIn(visitId: string, ticket: string, serviceId: string, at: number, serviceDay: string, opts: { kind?: VisitKind; needs?: Partial<Needs>; waitStartsAt?: number } = {}): this {
    const e = checkIn(
      { visitId, siteId: this.siteId, serviceId, kind: opts.kind ?? 'walk-in', ticket, serviceDay, language: 'en', needs: { ...NO_NEEDS, ...opts.needs }, standards: DEFAULT_STANDARDS, actorId: null, waitStartsAt: opts.waitStartsAt },
      at,
    );
    return this.raw(e.type, at, e, visitId);
  }

  visit<T extends VisitEvent['type']>(visitId: string, type: T, at: number, extra: Extra<T>): this {
    return this.raw(type, at, { type, visitId, siteId: this.siteId, at, actorId: 'staff-1', ...extra }, visitId);
  }

  prompt(visitId: string, kind: 'offer-appointment' | 'room-unavailable' | 'limit-breached', at: number): this {
    return this.raw('prompt-raised', at, { id: `p-${visitId}-${kind}`, visitId, kind, siteId: this.siteId, raisedAt: at }, visitId);
  }

  notice(id: string, message: string, at: number, expiresAt: number | null = null): this {
    return this.raw('notice-posted', at, { id, siteId: this.siteId, kind: 'delay', message, postedAt: at, expiresAt, withdrawnAt: null, affectedVisits: 0 });
  }

  withdraw(id: string, at: number): this {
    return this.raw('notice-withdrawn', at, { noticeId: id });
  }

  raw(type: string, at: number, payload: unknown, visitId: string | null = null): this {
    this.entries.push({ siteId: this.siteId, visitId, type, at, payload });
    return this;
  }

  build(): LoggedEvent[] {
    return this.entries
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
      .map(({ e }, i) => ({ ...e, id: i + 1 }));
  }
}
