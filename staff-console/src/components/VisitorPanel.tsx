import { formatElapsed, waitClock, type StaffSnapshot, type Visit, type VisitCommand } from '@reception/shared';
import { emptyQueueWording } from '../state/empty-queue-wording.js';
import { CurrentVisit } from './CurrentVisit.js';
import './VisitorPanel.css';

interface Props {
  snapshot: StaffSnapshot;
  /** My called or serving visits, the one in focus first. */
  openVisits: Visit[];
  /** Who "Call next" would call now, if anyone. */
  nextForMe: Visit | null;
  /** Visitors in my services that "Call next" skips: appointments waiting for their own officer. */
  heldForOthers: number;
  hasDesk: boolean;
  now: number;
  busy: boolean;
  notice: string | null;
  onCallNext: () => void;
  onCommand: (visit: Visit, command: VisitCommand) => void;
  onFocus: (visitId: string) => void;
  onInvalid: (message: string) => void;
}

export function VisitorPanel({ snapshot, openVisits, nextForMe, heldForOthers, hasDesk, now, busy, notice, onCallNext, onCommand, onFocus, onInvalid }: Props) {
  const [visit, ...others] = openVisits;
  const serviceName = (id: string) => snapshot.services.find((s) => s.id === id)?.name ?? id;

  return (
    <section className="panel visitor-panel" data-testid="current-visit">
      <h2>Your visitor</h2>
      {visit ? (
        // Keyed so a half-filled outcome or transfer never carries over to the next visitor.
        <CurrentVisit key={visit.id} snapshot={snapshot} visit={visit} now={now} busy={busy} onCommand={onCommand} onInvalid={onInvalid} />
      ) : (
        <div className="call-next">
          <p className="call-next__none">No visitor at your desk.</p>
          {hasDesk ? (
            <>
              <button type="button" className="button button--primary button--huge" disabled={busy} onClick={onCallNext} aria-keyshortcuts="N">
                Call next
              </button>
              <p className="call-next__preview">
                {notice ? null : nextForMe ? (
                  <>
                    Next for your desk: <strong>{nextForMe.ticket}</strong>, {serviceName(nextForMe.serviceId)}, waiting {formatElapsed(waitClock(nextForMe, now).elapsedMs)}
                  </>
                ) : (
                  emptyQueueWording(heldForOthers)
                )}
                <span className="call-next__shortcut">
                  Shortcut: <kbd>N</kbd>
                </span>
              </p>
            </>
          ) : (
            <p>Sign on to a desk to call visitors.</p>
          )}
          <p role="status" className={notice ? 'call-next__notice' : 'call-next__notice call-next__notice--empty'}>
            {notice}
          </p>
        </div>
      )}
      {others.length > 0 && (
        <div className="visitor-panel__others">
          <p>
            You also have {others.length === 1 ? 'another visitor' : `${others.length} other visitors`} called:
          </p>
          <div className="button-row">
            {others.map((v) => (
              <button key={v.id} type="button" className="button button--small" onClick={() => onFocus(v.id)}>
                Show {v.ticket}
              </button>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
