import { useState, type FormEvent } from 'react';
import { BookAppointmentRequest, instantAt, localTimeOf, serviceDayOf, type Appointment, type StaffSnapshot } from '@reception/shared';

/** What the form is for: a new booking (perhaps from an offer prompt), moving one, or rebooking one the officer cannot keep. */
export type BookingMode = { kind: 'book'; promptId: string | null; serviceId: string | null; ticket: string | null } | { kind: 'reschedule'; appointment: Appointment } | { kind: 'rebook'; appointment: Appointment };

export interface BookingSubmission {
  serviceId: string;
  officerId: string | null;
  startsAt: number;
  visitorName: string;
  visitorContact: string;
}

interface Props {
  snapshot: StaffSnapshot;
  mode: BookingMode;
  now: number;
  busy: boolean;
  onSubmit: (submission: BookingSubmission) => void;
  onCancel: () => void;
  onInvalid: (message: string) => void;
}

const ANY = '';
const TITLES = { book: 'Book an appointment', reschedule: 'Reschedule the appointment', rebook: 'Make a new appointment' } as const;

/** The next quarter hour, as a sensible first suggestion. */
function nextQuarter(now: number, timeZone: string): string {
  return localTimeOf(Math.ceil((now + 60_000) / (15 * 60_000)) * 15 * 60_000, timeZone);
}

export function BookingForm({ snapshot, mode, now, busy, onSubmit, onCancel, onInvalid }: Props) {
  const tz = snapshot.site.timeZone;
  const existing = mode.kind === 'book' ? null : mode.appointment;
  const [serviceId, setServiceId] = useState(existing?.serviceId ?? (mode.kind === 'book' ? mode.serviceId : null) ?? snapshot.services.find((s) => s.active)?.id ?? '');
  const [officerId, setOfficerId] = useState(existing && !existing.anyOfficer ? existing.officerId : ANY);
  const [day, setDay] = useState(serviceDayOf(mode.kind === 'reschedule' ? mode.appointment.startsAt : now, tz));
  const [time, setTime] = useState(mode.kind === 'reschedule' ? localTimeOf(mode.appointment.startsAt, tz) : nextQuarter(now, tz));
  const [name, setName] = useState(existing?.visitorName ?? '');
  const [contact, setContact] = useState(existing?.visitorContact ?? '');
  const officers = snapshot.officers.filter((o) => o.serviceIds.includes(serviceId));
  const length = snapshot.appointmentSettings.lengthMinutes[serviceId] ?? snapshot.appointmentSettings.defaultLengthMinutes;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return onInvalid('Choose a date and a time for the appointment.');
    const parsed = BookAppointmentRequest.safeParse({ serviceId, officerId: officerId || null, startsAt: instantAt(day, time, tz), visitorName: name, visitorContact: contact });
    if (!parsed.success) return onInvalid(`Check the booking: ${parsed.error.issues[0]?.message ?? 'it is not complete'}.`);
    onSubmit(parsed.data);
  };

  return (
    <form className="booking-form panel" onSubmit={submit} aria-labelledby="booking-form-title" data-testid="booking-form">
      <h2 id="booking-form-title">{TITLES[mode.kind]}</h2>
      {mode.kind === 'book' && mode.ticket && <p className="panel__lead">For walk-in {mode.ticket}, who chose not to wait. Booking it records their answer and closes the visit.</p>}
      {mode.kind === 'rebook' && (
        <p className="panel__lead">
          For {mode.appointment.visitorName}, whose {localTimeOf(mode.appointment.startsAt, tz)} appointment cannot be kept. Their visit today closes with the outcome “appointment booked”.
        </p>
      )}
      {mode.kind === 'reschedule' && <p className="panel__lead">For {mode.appointment.visitorName}. The booking reference stays the same.</p>}
      <div className="booking-form__grid">
        <div>
          <label className="field-label" htmlFor="booking-service">
            Service
          </label>
          <select id="booking-service" value={serviceId} disabled={existing !== null} onChange={(e) => setServiceId(e.target.value)}>
            {snapshot.services
              .filter((s) => s.active)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
          <p className="field-hint">{length} minutes</p>
        </div>
        <div>
          <label className="field-label" htmlFor="booking-officer">
            Officer
          </label>
          <select id="booking-officer" value={officerId} onChange={(e) => setOfficerId(e.target.value)}>
            <option value={ANY}>Any officer of the service</option>
            {officers.map((o) => (
              <option key={o.staffId} value={o.staffId}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="field-label" htmlFor="booking-day">
            Date
          </label>
          <input id="booking-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} required />
        </div>
        <div>
          <label className="field-label" htmlFor="booking-time">
            Time
          </label>
          <input id="booking-time" type="time" step={300} value={time} onChange={(e) => setTime(e.target.value)} required />
        </div>
        <div>
          <label className="field-label" htmlFor="booking-name">
            Visitor's name
          </label>
          <input id="booking-name" type="text" autoComplete="off" value={name} disabled={existing !== null} onChange={(e) => setName(e.target.value)} />
          <p className="field-hint">First name and surname: a visitor who loses the reference checks in with the surname's first letter.</p>
        </div>
        <div>
          <label className="field-label" htmlFor="booking-contact">
            Phone or email <span className="field-optional">(optional)</span>
          </label>
          <input id="booking-contact" type="text" autoComplete="off" value={contact} disabled={existing !== null} onChange={(e) => setContact(e.target.value)} />
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {mode.kind === 'reschedule' ? 'Move appointment' : 'Book appointment'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
