import type { CallAnnouncement } from '@reception/shared';
import { destinationText } from '../state/destination-text';

function lengthClass(destination: string): string {
  if (destination.length > 22) return ' is-very-long';
  if (destination.length > 12) return ' is-long';
  return '';
}

export function NowCalling({ call, highlighted }: { call: CallAnnouncement | null; highlighted: boolean }) {
  return (
    <section className={highlighted ? 'now-calling is-new' : 'now-calling'} aria-labelledby="now-calling-heading">
      <h2 id="now-calling-heading" className="panel-label">
        Now calling
      </h2>
      {call ? (
        <div className="latest-call" data-testid="latest-call" aria-live="polite">
          <span className="latest-ticket">{call.ticket}</span>
          <span className={`latest-destination${lengthClass(call.destination)}`}>{destinationText(call.destination)}</span>
          {call.recall && <span className="recall-tag">Called again</span>}
        </div>
      ) : (
        <p className="no-call">Ticket numbers will show here when it is their turn.</p>
      )}
    </section>
  );
}
