import { formatElapsed, type StaffSnapshot, type Visit } from '@reception/shared';
import './ActiveElsewhere.css';

interface Props {
  snapshot: StaffSnapshot;
  visits: Visit[];
  now: number;
}

/** Who is with which desk, so an advisor can answer "has my number been called?" without leaving theirs. */
export function ActiveElsewhere({ snapshot, visits, now }: Props) {
  const deskName = (id: string | null) => snapshot.desks.find((d) => d.id === id)?.name ?? 'a desk';
  // A visitor who asked for privacy is in the interview room, not at the desk.
  const placeOf = (v: Visit) => (v.roomId === null ? deskName(v.deskId) : (snapshot.rooms.find((r) => r.id === v.roomId)?.name ?? 'an interview room'));
  // Names come from desk sessions; someone who has since left their desk is still "an advisor".
  const staffName = (id: string | null) => snapshot.deskSessions.find((s) => s.staffId === id)?.staffName ?? 'an advisor';

  return (
    <section className="panel active-elsewhere" data-testid="active-elsewhere">
      <h2>Called / being served</h2>
      {visits.length === 0 ? (
        <p className="active-elsewhere__none">No visitors at other desks.</p>
      ) : (
        <ul className="active-elsewhere__list">
          {visits.map((v) => (
            <li key={v.id} className="active-elsewhere__item">
              <span className="active-elsewhere__ticket">{v.ticket}</span>
              <span className="active-elsewhere__arrow" aria-hidden="true">
                →
              </span>
              <span className="visually-hidden">at</span>
              <span className="active-elsewhere__where">
                <strong>{placeOf(v)}</strong>, {staffName(v.staffId)}
              </span>
              <span className={`active-elsewhere__state active-elsewhere__state--${v.status}`}>
                {v.status === 'called'
                  ? `Called ${v.calledAt === null ? '' : `${formatElapsed(Math.max(0, now - v.calledAt))} ago`}${v.recallCount > 0 ? `, recalled ${v.recallCount}×` : ''}`
                  : 'Being served'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
