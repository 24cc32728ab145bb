import { firstNameOf, formatReference, localTimeOf, type Appointment, type StaffSnapshot } from '@reception/shared';
import { longDate, officerNameOf } from '../appointment-wording.js';

interface Props {
  snapshot: StaffSnapshot;
  appointment: Appointment;
  onClose: () => void;
}

/**
 * What the visitor takes away: the reference, big, in two groups to read aloud, with the
 * time and what to do on arrival. It prints on its own (see the print rules in the CSS).
 */
export function BookingConfirmation({ snapshot, appointment, onClose }: Props) {
  const tz = snapshot.site.timeZone;
  const service = snapshot.services.find((s) => s.id === appointment.serviceId)?.name ?? appointment.serviceId;
  const who = appointment.anyOfficer ? `an officer from ${service}` : firstNameOf(officerNameOf(snapshot.officers, appointment.officerId));
  return (
    <section className="booking-confirmation panel" aria-labelledby="confirmation-title" data-testid="booking-confirmation">
      <h2 id="confirmation-title">Appointment confirmed</h2>
      <p className="booking-confirmation__site">{snapshot.site.name}</p>
      <p className="booking-confirmation__label">Your booking reference</p>
      <p className="booking-confirmation__reference" data-testid="booking-reference">
        {formatReference(appointment.reference)}
      </p>
      <dl className="booking-confirmation__facts">
        <div>
          <dt>When</dt>
          <dd>
            {longDate(appointment.startsAt, tz)} at {localTimeOf(appointment.startsAt, tz)} ({appointment.lengthMinutes} minutes)
          </dd>
        </div>
        <div>
          <dt>For</dt>
          <dd>{service}</dd>
        </div>
        <div>
          <dt>You will see</dt>
          <dd>{who}</dd>
        </div>
      </dl>
      <p>
        When you arrive, choose “I have an appointment” on the screen in reception and enter this reference. We aim to see you within {snapshot.site.standards.appointmentMinutes} minutes of
        your appointment time.
      </p>
      <p>Please let us know in good time if you need to cancel or rearrange your appointment{snapshot.site.phone ? `: ${snapshot.site.phone}` : ''}.</p>
      <div className="button-row booking-confirmation__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print confirmation
        </button>
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </section>
  );
}
