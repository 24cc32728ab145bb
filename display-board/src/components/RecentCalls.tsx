import type { CallAnnouncement } from '@reception/shared';
import { destinationText } from '../state/destination-text';

/**
 * Longer than "Desk 12" or "Reception": too wide for half a portrait screen, so a list
 * holding one is shown in a single column there rather than clipping the name.
 */
const LONG_DESTINATION = 9;

/** Calls before the latest, for anyone who looked up a moment too late. */
export function RecentCalls({ calls }: { calls: readonly CallAnnouncement[] }) {
  const hasLong = calls.some((call) => call.destination.length > LONG_DESTINATION);
  return (
    <section className="recent-calls" data-testid="recent-calls" aria-labelledby="recent-calls-heading">
      <h2 id="recent-calls-heading" className="panel-label">
        Recently called
      </h2>
      {calls.length === 0 ? (
        <p className="recent-empty">No earlier calls yet.</p>
      ) : (
        <ol className={hasLong ? 'recent-list has-long-destination' : 'recent-list'}>
          {calls.map((call) => (
            <li key={call.visitId} className="recent-call">
              <span className="recent-ticket">{call.ticket}</span>
              <span className="recent-destination">{destinationText(call.destination)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
