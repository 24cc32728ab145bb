import type { DeskSession, Me, StaffSnapshot } from '@reception/shared';
import './Header.css';

export interface HeaderCounts {
  waiting: number;
  overLimit: number;
  completedToday: number;
  completedByMe: number;
}

interface Props {
  me: Me;
  snapshot: StaffSnapshot | null;
  session: DeskSession | null;
  counts: HeaderCounts | null;
  busy: boolean;
  /** Sign-out goes over HTTP, so it stays available while the live connection is down. */
  signingOut: boolean;
  changingDesk: boolean;
  onChangeDesk: () => void;
  onLeaveDesk: () => void;
  onSignOut: () => void;
  /** Managers and admins only: opens or closes the service standards settings. */
  standardsOpen: boolean;
  onToggleStandards: (() => void) | null;
  appointmentsOpen: boolean;
  onToggleAppointments: () => void;
  /** Officers only: whether they have marked themselves away, and the switch. */
  away: boolean | null;
  onToggleAway: () => void;
  /** Managers and admins only: opens or closes the sampling weeks and reports. */
  reportsOpen: boolean;
  onToggleReports: (() => void) | null;
}

const ROLE_LABELS: Record<Me['role'], string> = { advisor: 'Advisor', manager: 'Manager', admin: 'Admin' };

/** "Desk 2 · Council Tax, Housing": where I am and what I will be sent. */
export function deskLabel(snapshot: StaffSnapshot, session: DeskSession): string {
  const desk = snapshot.desks.find((d) => d.id === session.deskId)?.name ?? session.deskId;
  const names = session.serviceIds.map((id) => snapshot.services.find((s) => s.id === id)?.name ?? id);
  return `${desk} · ${names.join(', ')}`;
}

export function Header(props: Props) {
  const { me, snapshot, session, counts, busy, signingOut, changingDesk, onChangeDesk, onLeaveDesk, onSignOut, standardsOpen, onToggleStandards, appointmentsOpen, onToggleAppointments, away, onToggleAway, reportsOpen, onToggleReports } = props;
  return (
    <header className="console-header">
      <div className="app-bar">
        <span className="app-bar__title">Staff console</span>
        {snapshot && <span className="app-bar__site">{snapshot.site.name}</span>}
        <span className="app-bar__spacer" />
        <button type="button" className="button button--on-dark" aria-pressed={appointmentsOpen} onClick={onToggleAppointments}>
          Appointments
        </button>
        {onToggleStandards && (
          <button type="button" className="button button--on-dark" aria-pressed={standardsOpen} onClick={onToggleStandards}>
            Service standards
          </button>
        )}
        {onToggleReports && (
          <button type="button" className="button button--on-dark" aria-pressed={reportsOpen} onClick={onToggleReports}>
            Reports
          </button>
        )}
        <span className="app-bar__user">
          {me.name} <span className="app-bar__role">{ROLE_LABELS[me.role]}</span>
        </span>
        <button type="button" className="button button--on-dark" onClick={onSignOut} disabled={signingOut}>
          Sign out
        </button>
      </div>
      {snapshot && (
        <div className="desk-bar">
          <div className="desk-bar__desk">
            {session ? (
              <>
                <span className="desk-bar__at">You are at</span>
                <strong className="desk-bar__label" data-testid="desk-label">
                  {deskLabel(snapshot, session)}
                </strong>
                {away && <span className="desk-bar__away">Away: your appointment visitors are offered to others</span>}
                <span className="desk-bar__actions">
                  {!changingDesk && (
                    <button type="button" className="button button--small" onClick={onChangeDesk} disabled={busy}>
                      Change desk
                    </button>
                  )}
                  <button type="button" className="button button--small" onClick={onLeaveDesk} disabled={busy}>
                    Leave desk
                  </button>
                  {away !== null && (
                    <button type="button" className="button button--small" aria-pressed={away} onClick={onToggleAway} disabled={busy}>
                      {away ? 'Back at desk' : 'Mark me away'}
                    </button>
                  )}
                </span>
              </>
            ) : (
              <strong className="desk-bar__label desk-bar__label--none">Not signed on to a desk</strong>
            )}
          </div>
          {counts && (
            <dl className="desk-bar__counts">
              <div>
                <dt>Waiting</dt>
                <dd>{counts.waiting}</dd>
              </div>
              <div className={counts.overLimit > 0 ? 'desk-bar__count--bad' : undefined}>
                <dt>Over limit</dt>
                <dd>{counts.overLimit}</dd>
              </div>
              <div>
                <dt>Completed today</dt>
                <dd>
                  {counts.completedToday}
                  {session && <span className="desk-bar__mine"> ({counts.completedByMe} by you)</span>}
                </dd>
              </div>
            </dl>
          )}
        </div>
      )}
    </header>
  );
}
