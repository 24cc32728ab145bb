import { formatReference, localTimeOf, type ArrivalAlert, type StaffSnapshot } from '@reception/shared';
import './ArrivalAlerts.css';

interface Props {
  snapshot: StaffSnapshot;
  alerts: ArrivalAlert[];
  onDismiss: (visitId: string) => void;
}

/**
 * The officer's own visitors who have arrived, above everything else until dismissed or
 * called. `role="alert"` makes a screen reader say it at once; the chime is played by the hook.
 */
export function ArrivalAlerts({ snapshot, alerts, onDismiss }: Props) {
  const waiting = alerts.filter((a) => {
    const visit = snapshot.visits.find((v) => v.id === a.visitId);
    return !visit || visit.status === 'waiting';
  });
  if (waiting.length === 0) return null;
  const tz = snapshot.site.timeZone;
  const serviceName = (id: string) => snapshot.services.find((s) => s.id === id)?.name ?? id;
  return (
    <section className="arrival-alerts" aria-label="Your visitors who have arrived">
      {waiting.map((a) => (
        <div key={a.visitId} className="arrival-alert" role="alert" data-testid={`arrival-alert-${a.ticket}`}>
          <span className="arrival-alert__icon" aria-hidden="true">
            🔔
          </span>
          <div className="arrival-alert__text">
            <strong>
              {a.appointment.visitorName} has arrived for their {localTimeOf(a.appointment.startsAt, tz)} {serviceName(a.appointment.serviceId)} appointment
            </strong>
            <span>
              {a.reassigned ? 'Handed over to you · ' : ''}
              Ticket {a.ticket} · checked in {localTimeOf(a.at, tz)} · reference {formatReference(a.appointment.reference)}
            </span>
          </div>
          <button type="button" className="button button--small" onClick={() => onDismiss(a.visitId)}>
            Dismiss<span className="visually-hidden"> the alert for {a.ticket}</span>
          </button>
        </div>
      ))}
    </section>
  );
}
