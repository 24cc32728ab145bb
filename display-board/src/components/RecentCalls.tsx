import type { CallAnnouncement } from '@reception/shared';

/** Calls before the latest, for anyone who looked up a moment too late. */
export function RecentCalls({ calls }: { calls: readonly CallAnnouncement[] }) {
  return (
    <section className="recent-calls" data-testid="recent-calls" aria-labelledby="recent-calls-heading">
      <h2 id="recent-calls-heading" className="panel-label">
        Recently called
      </h2>
      {calls.length === 0 ? (
        <p className="recent-empty">No earlier calls yet.</p>
      ) : (
        <ol className="recent-list">
          {calls.map((call) => (
            <li key={call.visitId} className="recent-call">
              <span className="recent-ticket">{call.ticket}</span>
              <span className="recent-destination">→ {call.destination}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
