import { useState } from 'react';
import { isNoticeActive, localTimeOf, type Notice, type PostNoticeRequest, type StaffSnapshot } from '@reception/shared';
import { NoticeForm } from './NoticeForm.js';
import './NoticesPanel.css';

interface Props {
  snapshot: StaffSnapshot;
  now: number;
  busy: boolean;
  onPost: (request: PostNoticeRequest) => Promise<boolean>;
  onWithdraw: (notice: Notice) => void;
  onInvalid: (message: string) => void;
}

/** Enough of the message to tell two notices apart when a screen reader lists the buttons. */
function messageStart(message: string): string {
  return message.length <= 40 ? message : `${message.slice(0, 40).trimEnd()}…`;
}

/** At the widest layout there is room to show it open; at 1366 it starts folded to its summary. */
const startOpen = () => window.matchMedia('(min-width: 1700px)').matches;

export function NoticesPanel({ snapshot, now, busy, onPost, onWithdraw, onInvalid }: Props) {
  const [open, setOpen] = useState(startOpen);
  const active = snapshot.notices.filter((n) => isNoticeActive(n, now));
  const until = (n: Notice) => (n.expiresAt === null ? 'Until withdrawn' : `Until ${localTimeOf(n.expiresAt, snapshot.site.timeZone)}`);

  return (
    <details className="panel side-panel notices" data-testid="notices" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="side-panel__summary">
        <h2>Delay notices</h2>
        <span className={active.length > 0 ? 'side-panel__status side-panel__status--on' : 'side-panel__status'}>
          {active.length === 0 ? 'none on screens' : `${active.length} on screens`}
        </span>
      </summary>
      <p className="panel__lead">Shown on the display board and the kiosks, so visitors know why they are waiting.</p>
      {active.length > 0 && (
        <ul className="notices__list">
          {active.map((n) => (
            <li key={n.id} className="notice-item">
              <p className="notice-item__kind">
                {n.kind === 'unattended' ? 'Reception unattended' : 'Delay'} · {until(n)}
              </p>
              <p className="notice-item__message">{n.message}</p>
              <button type="button" className="button button--small" disabled={busy} onClick={() => onWithdraw(n)}>
                Withdraw<span className="visually-hidden"> notice: {messageStart(n.message)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <NoticeForm busy={busy} onPost={onPost} onInvalid={onInvalid} />
    </details>
  );
}
