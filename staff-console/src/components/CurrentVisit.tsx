import { formatElapsed, localTimeOf, waitClock, type Outcome, type StaffSnapshot, type Visit, type VisitCommand } from '@reception/shared';
import { kindLabel, languageNote } from '../labels.js';
import { ClockBadge, waitAgainstLimit } from './ClockBadge.js';
import { CompleteForm } from './CompleteForm.js';
import { NeedTags } from './NeedTags.js';
import { TransferForm } from './TransferForm.js';
import './CurrentVisit.css';

interface Props {
  snapshot: StaffSnapshot;
  visit: Visit;
  now: number;
  busy: boolean;
  onCommand: (visit: Visit, command: VisitCommand) => void;
  onInvalid: (message: string) => void;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const times = (n: number) => count(n, 'time');

/** The visitor at my desk: who they are in the queue's terms, and every next step for them. */
export function CurrentVisit({ snapshot, visit, now, busy, onCommand, onInvalid }: Props) {
  const { site } = snapshot;
  const service = snapshot.services.find((s) => s.id === visit.serviceId)?.name ?? visit.serviceId;
  // A visitor who asked for privacy is called to the interview room, not to the desk.
  const room = visit.roomId === null ? null : (snapshot.rooms.find((r) => r.id === visit.roomId)?.name ?? 'an interview room');
  const desk = snapshot.desks.find((d) => d.id === visit.deskId)?.name ?? 'your desk';
  const canRefer = visit.status === 'serving' && visit.kind === 'walk-in' && visit.stage === 'enquiry';
  // The clock stopped when they were first called, so this is the wait that will be reported.
  const clock = waitClock(visit, now);
  const language = languageNote(visit.language);
  const recallsNeeded = site.recallsBeforeNoShow;
  const noShowAllowed = visit.recallCount >= recallsNeeded;
  const left = recallsNeeded - visit.recallCount;
  const command = (c: VisitCommand) => onCommand(visit, c);

  return (
    <div className="current-visit">
      <p className={`current-visit__status current-visit__status--${visit.status}`}>
        {visit.status === 'called' ? (
          <>
            Called to {room ?? desk}
            {visit.calledAt !== null && (
              <>
                {' '}
                at {localTimeOf(visit.calledAt, site.timeZone)}{' '}
                <span className="current-visit__since">({formatElapsed(Math.max(0, now - visit.calledAt))} ago)</span>
              </>
            )}
          </>
        ) : (
          <>
            Being served{room && <> in {room}</>}
            {visit.servingAt !== null && <> since {localTimeOf(visit.servingAt, site.timeZone)}</>}
          </>
        )}
      </p>
      <p className="current-visit__ticket">{visit.ticket}</p>
      <p className="current-visit__service">
        {service} · {kindLabel(visit)}
        {language && <> · {language}</>}
      </p>

      <dl className="current-visit__facts">
        <div>
          <dt>Waited</dt>
          <dd>
            <span className="current-visit__wait">{waitAgainstLimit(clock)}</span> <ClockBadge state={clock.state} />
          </dd>
        </div>
        <div>
          <dt>Access needs</dt>
          <dd>
            <NeedTags needs={visit.needs} emptyText="None noted" />
          </dd>
        </div>
        <div>
          <dt>Recalls</dt>
          <dd>{visit.recallCount === 0 ? 'Not recalled yet' : `Recalled ${times(visit.recallCount)}`}</dd>
        </div>
        {visit.transferCount > 0 && (
          <div>
            <dt>Transfers</dt>
            <dd>Transferred {times(visit.transferCount)}</dd>
          </div>
        )}
      </dl>

      {visit.status === 'called' && (
        <div className="current-visit__actions">
          <div className="button-row">
            <button type="button" className="button button--primary button--large" disabled={busy} onClick={() => command({ type: 'start-serving' })}>
              Start serving
            </button>
            <button type="button" className="button button--large" disabled={busy} onClick={() => command({ type: 'recall' })}>
              Recall
            </button>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy || !noShowAllowed}
              aria-describedby={noShowAllowed ? undefined : `no-show-why-${visit.id}`}
              title={noShowAllowed ? undefined : `Recall ${visit.ticket} ${times(left)} more first`}
              onClick={() => command({ type: 'no-show' })}
            >
              No-show
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => command({ type: 'left' })}>
              Left before being seen
            </button>
          </div>
          {!noShowAllowed && (
            <p className="field-hint" id={`no-show-why-${visit.id}`}>
              No-show is possible after {count(recallsNeeded, 'recall')} ({visit.recallCount} so far).
            </p>
          )}
        </div>
      )}

      {visit.status === 'serving' && (
        <div className="current-visit__actions">
          <CompleteForm visit={visit} busy={busy} onComplete={(outcome: Outcome) => command({ type: 'complete', outcome })} onInvalid={onInvalid} />
        </div>
      )}

      {canRefer && (
        <div className="current-visit__refer">
          <button type="button" className="button" disabled={busy} aria-describedby={`refer-why-${visit.id}`} onClick={() => command({ type: 'refer-to-officer' })}>
            Refer to an officer
          </button>
          <p className="field-hint" id={`refer-why-${visit.id}`}>
            {visit.ticket} goes back to the queue, waiting for an officer, on a second {visit.standards.officerMinutes}-minute clock.
          </p>
        </div>
      )}

      <div className="current-visit__transfer">
        <TransferForm visit={visit} services={snapshot.services} busy={busy} onTransfer={(serviceId) => command({ type: 'transfer', serviceId })} onInvalid={onInvalid} />
      </div>
    </div>
  );
}
