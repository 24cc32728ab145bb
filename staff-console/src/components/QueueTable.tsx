import { useState } from 'react';
import { waitClock, type Service, type Visit } from '@reception/shared';
import { kindLabel, languageNote } from '../labels.js';
import { ClockBadge, waitAgainstLimit } from './ClockBadge.js';
import { NeedTags } from './NeedTags.js';
import './QueueTable.css';

interface Props {
  /** Waiting visits in call order. */
  visits: Visit[];
  services: Service[];
  /** The desk's services; null when not signed on to a desk. */
  myServiceIds: ReadonlySet<string> | null;
  now: number;
  busy: boolean;
  onCall: (visit: Visit) => void;
}

const ALL = 'all';
const MINE = 'mine';

export function QueueTable({ visits, services, myServiceIds, now, busy, onCall }: Props) {
  const [filter, setFilter] = useState<string>(ALL);
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const countOf = (serviceId: string) => visits.filter((v) => v.serviceId === serviceId).length;
  const mineCount = myServiceIds ? visits.filter((v) => myServiceIds.has(v.serviceId)).length : 0;
  // A filter for a service that has since closed, or "mine" after leaving the desk, falls back to everything.
  const effective = filter === MINE ? (myServiceIds ? MINE : ALL) : filter === ALL || serviceName.has(filter) ? filter : ALL;
  const shown = visits.filter((v) => (effective === ALL ? true : effective === MINE ? myServiceIds?.has(v.serviceId) : v.serviceId === effective));
  const nextForMe = myServiceIds ? visits.find((v) => myServiceIds.has(v.serviceId)) : undefined;
  const chipServices = services.filter((s) => s.active || countOf(s.id) > 0);

  const chip = (id: string, label: string, count: number) => (
    <button key={id} type="button" className="chip" aria-pressed={effective === id} onClick={() => setFilter(id)}>
      {label} <span className="chip__count">{count}</span>
    </button>
  );

  return (
    <section className="panel queue" data-testid="queue">
      <div className="queue__head">
        <h2>
          Waiting <span className="queue__total">({visits.length})</span>
        </h2>
        <p className="queue__order">In call order: whoever reaches their time limit first is at the top.</p>
      </div>
      <div className="chips" role="group" aria-label="Show services">
        {chip(ALL, 'All', visits.length)}
        {myServiceIds && chip(MINE, 'My desk', mineCount)}
        {chipServices.map((s) => chip(s.id, s.name, countOf(s.id)))}
      </div>
      {!myServiceIds && visits.length > 0 && <p className="queue__hint">Sign on to a desk to call tickets.</p>}
      <div className="queue__scroll">
        <table className="queue-table">
          <thead>
            <tr>
              <th scope="col">Ticket</th>
              <th scope="col">Service</th>
              <th scope="col">Type</th>
              <th scope="col">Language</th>
              <th scope="col">Access needs</th>
              <th scope="col">Waiting</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={8} className="queue-table__empty">
                  {visits.length === 0 ? 'Nobody is waiting.' : 'Nobody is waiting for this service.'}
                </td>
              </tr>
            )}
            {shown.map((v) => {
              const clock = waitClock(v, now);
              const mine = myServiceIds?.has(v.serviceId) ?? false;
              const classes = ['queue-row', `queue-row--${clock.state}`, myServiceIds && !mine ? 'queue-row--other' : ''].filter(Boolean).join(' ');
              return (
                <tr key={v.id} className={classes} data-testid={`queue-row-${v.ticket}`}>
                  <th scope="row" className="queue-row__ticket">
                    {v.ticket}
                    {v === nextForMe && <span className="queue-row__next">Next</span>}
                  </th>
                  <td>
                    {serviceName.get(v.serviceId) ?? v.serviceId}
                    {myServiceIds && !mine && <span className="queue-row__not-mine">Not at your desk</span>}
                  </td>
                  <td>{kindLabel(v)}</td>
                  <td>{languageNote(v.language)}</td>
                  <td>
                    <NeedTags needs={v.needs} />
                  </td>
                  <td className="queue-row__wait">{waitAgainstLimit(clock)}</td>
                  <td>
                    <ClockBadge state={clock.state} />
                  </td>
                  <td className="queue-row__action">
                    <button
                      type="button"
                      className={mine ? 'button button--primary button--small' : 'button button--small'}
                      onClick={() => onCall(v)}
                      disabled={busy || !myServiceIds}
                    >
                      Call<span className="visually-hidden"> {v.ticket}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
