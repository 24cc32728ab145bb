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
  if (alerts.length === 0) return null;
  const tz = snapshot.site.timeZone;
  const serviceName = (id: string) => snapshot.services.find((s) => s.id === id)?.name ?? id;
  return (
    <section className="arrival-alerts" aria-label="Your visitors who have arrived">
      {alerts.map((a) => (
        <div key={a.visitId} className="arrival-alert" role="alert" data-testid={`arrival-alert-${a.ticket}`}>
          <svg className="arrival-alert__icon" aria-hidden="true" focusable="false" width="28" height="28" viewBox="0 0 16 16">
            <path d="M8 1.2a1 1 0 0 1 1 1v.5a4.5 4.5 0 0 1 3.5 4.4v3.2l1.3 1.6a.6.6 0 0 1-.5 1H2.7a.6.6 0 0 1-.5-1l1.3-1.6V7.1A4.5 4.5 0 0 1 7 2.7v-.5a1 1 0 0 1 1-1z" fill="currentColor" />
            <path d="M6.2 14a1.9 1.9 0 0 0 3.6 0z" fill="currentColor" />
          </svg>
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
