import { localTimeOf, type StaffSnapshot } from '@reception/shared';
import { officerNameOf } from '../appointment-wording.js';
import './ArrivalQueries.css';

interface Props {
  snapshot: StaffSnapshot;
  busy: boolean;
  onCheckIn: (appointmentId: string) => void;
}

/** A visitor without their reference matched more than one booking at the kiosk: reception asks their name and checks in the right one. */
export function ArrivalQueries({ snapshot, busy, onCheckIn }: Props) {
  if (snapshot.arrivalQueries.length === 0) return null;
  const tz = snapshot.site.timeZone;
  return (
    <section className="arrival-queries panel" aria-labelledby="arrival-queries-title" data-testid="arrival-queries">
      <h2 id="arrival-queries-title">Visitors at the kiosk waiting for you to confirm their appointment</h2>
      {snapshot.arrivalQueries.map((q) => (
        <div key={q.id} className="arrival-queries__item">
          <p>
            At {localTimeOf(q.at, tz)} a visitor gave surname initial <strong>{q.initial}</strong> and time <strong>{q.time}</strong>. Ask their name, then check in the right booking:
          </p>
          <ul>
            {q.candidateIds.map((id) => {
              const a = snapshot.appointments.find((x) => x.id === id);
              if (!a) return null;
              return (
                <li key={id}>
                  {a.visitorName} · {officerNameOf(snapshot.officers, a.officerId)}{' '}
                  <button type="button" className="button button--small" disabled={busy || a.status !== 'booked'} onClick={() => onCheckIn(id)}>
                    Check in {a.visitorName}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
