import type { CSSProperties } from 'react';
import { VISIBLE_TICKETS_PER_SERVICE, type WaitingServiceView } from '../state/waiting-view';
import { WaitingService } from './WaitingService';

// One chip column per visible ticket, so a full row never wraps onto a second line.
const chipColumns = { '--chip-columns': VISIBLE_TICKETS_PER_SERVICE } as CSSProperties;

export function WaitingPanel({ services, promiseMinutes }: { services: readonly WaitingServiceView[]; promiseMinutes: number }) {
  return (
    <section className="waiting" aria-labelledby="waiting-heading">
      <div className="waiting-heading">
        <h2 id="waiting-heading" className="panel-label">
          Waiting
        </h2>
        {/* The council's published standard (walk-in limit), as promised on the ticket. */}
        <p className="promise">We aim to see you within {promiseMinutes} minutes</p>
      </div>
      <div className="waiting-services" style={chipColumns}>
        {services.map((view) => (
          <WaitingService key={view.serviceId} view={view} />
        ))}
      </div>
    </section>
  );
}
