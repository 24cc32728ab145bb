import type { WaitingServiceView } from '../state/waiting-view';

export function WaitingService({ view }: { view: WaitingServiceView }) {
  return (
    <article className="service" data-testid={`waiting-${view.serviceId}`}>
      <header className="service-header">
        <h3 className="service-name">{view.name}</h3>
        <p className="service-figures">
          <span className="service-count">{view.waitingCount === 0 ? 'No one waiting' : `${view.waitingCount} waiting`}</span>
          {view.waitText && <span className="service-wait">{view.waitText}</span>}
        </p>
      </header>
      {view.waitingCount > 0 && (
        <ul className="ticket-chips" aria-label={`${view.name} tickets waiting`}>
          {view.visibleTickets.map((ticket) => (
            <li key={ticket} className="chip" data-testid="waiting-ticket">
              {ticket}
            </li>
          ))}
          {view.hiddenCount > 0 && <li className="chip chip-more">+{view.hiddenCount} more</li>}
        </ul>
      )}
    </article>
  );
}
