import { useState } from 'react';
import { localTimeOf, waitClock, type Service, type Visit, type VisitForecastView } from '@reception/shared';
import { KIND_LABELS, languageNote } from '../labels.js';
import { ClockBadge, waitAgainstLimit } from './ClockBadge.js';
import { NeedTags } from './NeedTags.js';
import './QueueTable.css';

interface Props {
  /** Waiting visits in call order. */
  visits: Visit[];
  services: Service[];
  forecasts: VisitForecastView[];
  /** The site's time zone, for expected times. */
  timeZone: string;
  /** The desk's services; null when not signed on to a desk. */
  myServiceIds: ReadonlySet<string> | null;
  /** Who "Call next" would call: marked in the list so the advisor sees the same one. */
  nextForMe: Visit | null;
  now: number;
  busy: boolean;
  onCall: (visit: Visit) => void;
  /** The visitor accepted a private interview room when offered one. */
  onOfferRoom: (visit: Visit) => void;
  /** "10:30 with Sam Patel" for a visit that keeps an appointment. */
  appointmentNote: (visit: Visit) => string | null;
}

const ALL = 'all';
const MINE = 'mine';

/** A small warning triangle, so "will pass the limit" is never told by colour alone. */
function WarningIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" className="forecast-warning__icon">
      <path d="M8 1.2l7 12.6H1z" fill="currentColor" />
      <path d="M8 5.6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="11.9" r="1" fill="#fff" />
    </svg>
  );
}

export function QueueTable({ visits, services, forecasts, timeZone, myServiceIds, nextForMe, now, busy, onCall, onOfferRoom, appointmentNote }: Props) {
  const forecastOf = new Map(forecasts.map((f) => [f.visitId, f]));
  const at = (instant: number) => localTimeOf(instant, timeZone);
  const [filter, setFilter] = useState<string>(ALL);
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const countOf = (serviceId: string) => visits.filter((v) => v.serviceId === serviceId).length;
  const mineCount = myServiceIds ? visits.filter((v) => myServiceIds.has(v.serviceId)).length : 0;
  // A filter for a service that has since closed, or "mine" after leaving the desk, falls back to everything.
  const effective = filter === MINE ? (myServiceIds ? MINE : ALL) : filter === ALL || serviceName.has(filter) ? filter : ALL;
  const shown = visits.filter((v) => (effective === ALL ? true : effective === MINE ? myServiceIds?.has(v.serviceId) : v.serviceId === effective));
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
              const forecast = forecastOf.get(v.id);
              const mine = myServiceIds?.has(v.serviceId) ?? false;
              const classes = ['queue-row', `queue-row--${clock.state}`, myServiceIds && !mine ? 'queue-row--other' : ''].filter(Boolean).join(' ');
              return (
                <tr key={v.id} className={classes} data-testid={`queue-row-${v.ticket}`}>
                  <th scope="row" className="queue-row__ticket">
                    {v.ticket}
                    {v.id === nextForMe?.id && <span className="queue-row__next">Next</span>}
                  </th>
                  <td>
                    {serviceName.get(v.serviceId) ?? v.serviceId}
                    {myServiceIds && !mine && <span className="queue-row__not-mine">Not at your desk</span>}
                  </td>
                  <td>
                    {KIND_LABELS[v.kind]}
                    {v.stage === 'officer' && <span className="queue-row__officer">Waiting for an officer</span>}
                    {v.appointmentId && <span className="queue-row__officer">{appointmentNote(v)}</span>}
                  </td>
                  <td>{languageNote(v.language)}</td>
                  <td>
                    <NeedTags needs={v.needs} />
                    {!v.needs.privateRoom && (
                      <button
                        type="button"
                        className="link-button queue-row__offer-room"
                        disabled={busy}
                        title="Record that the visitor accepted a private interview room"
                        onClick={() => onOfferRoom(v)}
                      >
                        Offer private room<span className="visually-hidden"> to {v.ticket}</span>
                      </button>
                    )}
                  </td>
                  <td className="queue-row__wait">
                    {waitAgainstLimit(clock)}
                    {forecast && (
                      <span className="queue-row__expected">{forecast.expectedSeenAt === null ? 'No estimate: no desk open' : `Expected ${at(forecast.expectedSeenAt)}`}</span>
                    )}
                    {forecast?.willBreach && clock.state !== 'breached' && (
                      <span className="forecast-warning">
                        <WarningIcon />
                        Will pass limit at {at(forecast.breachAt)}
                      </span>
                    )}
                  </td>
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
