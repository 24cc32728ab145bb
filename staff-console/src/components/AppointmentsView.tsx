import { useEffect, useState } from 'react';
import { formatReference, serviceDayOf, type Appointment, type StaffSnapshot } from '@reception/shared';
import { fetchAppointments } from '../api/appointments.js';
import { officerNameOf, slotText, STATE_LABELS, stateOf } from '../appointment-wording.js';
import { BookingConfirmation } from './BookingConfirmation.js';
import { BookingForm, type BookingMode, type BookingSubmission } from './BookingForm.js';
import './AppointmentsView.css';

export interface AppointmentActions {
  book: (mode: BookingMode, submission: BookingSubmission) => Promise<Appointment | undefined>;
  cancel: (appointment: Appointment) => Promise<unknown>;
  checkIn: (appointmentId: string) => Promise<unknown>;
  handOver: (appointment: Appointment, officerId: string) => Promise<unknown>;
}

interface Props {
  snapshot: StaffSnapshot;
  now: number;
  busy: boolean;
  /** The booking form's purpose, or null when closed; held by the console so an offer prompt or a rebooking can open it. */
  mode: BookingMode | null;
  onModeChange: (mode: BookingMode | null) => void;
  actions: AppointmentActions;
  onInvalid: (message: string) => void;
  onClose: () => void;
}

const ALL = 'all';

/** The day view: per site or per officer, any day's appointments and their state, with booking and changes. */
export function AppointmentsView({ snapshot, now, busy, mode, onModeChange, actions, onInvalid, onClose }: Props) {
  const tz = snapshot.site.timeZone;
  const today = serviceDayOf(now, tz);
  const [day, setDay] = useState(today);
  const [officer, setOfficer] = useState(snapshot.officers.some((o) => o.staffId === snapshot.me.id) ? snapshot.me.id : ALL);
  const [fetched, setFetched] = useState<{ day: string; list: Appointment[] } | null>(null);
  const [confirmed, setConfirmed] = useState<Appointment | null>(null);
  const [handingOver, setHandingOver] = useState<{ id: string; officerId: string } | null>(null);
  const setMode = (next: BookingMode | null) => {
    if (next) setConfirmed(null);
    onModeChange(next);
  };

  // Today's list is live from the snapshot; another day is fetched, and refetched when anything changes.
  const live = snapshot.appointments;
  useEffect(() => {
    if (day === today) return;
    let stale = false;
    fetchAppointments(snapshot.site.id, day).then(
      (list) => !stale && setFetched({ day, list }),
      (e: unknown) => onInvalid(e instanceof Error ? e.message : 'Could not load that day.'),
    );
    return () => {
      stale = true;
    };
  }, [day, today, snapshot.site.id, live, onInvalid]);

  const otherDay = fetched?.day === day ? fetched.list : [];
  const list = (day === today ? live.filter((a) => a.serviceDay === today) : otherDay).filter((a) => officer === ALL || a.officerId === officer);
  const serviceName = (id: string) => snapshot.services.find((s) => s.id === id)?.name ?? id;

  const submit = (submission: BookingSubmission) => {
    if (!mode) return;
    void actions.book(mode, submission).then((appointment) => {
      if (!appointment) return;
      setMode(null);
      setConfirmed(appointment);
      setDay(serviceDayOf(appointment.startsAt, tz));
    });
  };

  return (
    <div className="appointments">
      <div className="appointments__head">
        <h2>Appointments</h2>
        <div className="appointments__filters">
          <label className="field-label" htmlFor="appointments-day">
            Day
          </label>
          <input id="appointments-day" type="date" value={day} onChange={(e) => e.target.value && setDay(e.target.value)} />
          {day !== today && (
            <button type="button" className="link-button" onClick={() => setDay(today)}>
              Today
            </button>
          )}
          <label className="field-label" htmlFor="appointments-officer">
            Officer
          </label>
          <select id="appointments-officer" value={officer} onChange={(e) => setOfficer(e.target.value)}>
            <option value={ALL}>Everyone at the site</option>
            {snapshot.officers.map((o) => (
              <option key={o.staffId} value={o.staffId}>
                {o.name}
                {o.staffId === snapshot.me.id ? ' (you)' : ''}
              </option>
            ))}
          </select>
        </div>
        <span className="app-bar__spacer" />
        <button type="button" className="button button--primary" disabled={busy} onClick={() => setMode({ kind: 'book', promptId: null, serviceId: null, ticket: null })}>
          Book an appointment
        </button>
        <button type="button" className="button" onClick={onClose}>
          Back to the queue
        </button>
      </div>
      {mode && <BookingForm key={JSON.stringify(mode)} snapshot={snapshot} mode={mode} now={now} busy={busy} onSubmit={submit} onCancel={() => setMode(null)} onInvalid={onInvalid} />}
      {confirmed && <BookingConfirmation snapshot={snapshot} appointment={confirmed} onClose={() => setConfirmed(null)} />}
      <table className="appointments__table" data-testid="appointments-table">
        <caption className="visually-hidden">Appointments on {day}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Visitor</th>
            <th scope="col">Service</th>
            <th scope="col">Officer</th>
            <th scope="col">Reference</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.length === 0 && (
            <tr>
              <td colSpan={7} className="appointments__none">
                No appointments {officer === ALL ? '' : `for ${officerNameOf(snapshot.officers, officer)} `}on this day.
              </td>
            </tr>
          )}
          {list.map((a) => {
            const state = stateOf(a, snapshot.visits);
            const others = snapshot.officers.filter((o) => o.staffId !== a.officerId && o.serviceIds.includes(a.serviceId));
            const visitWaiting = state === 'arrived';
            return (
              <tr key={a.id} className={`appointments__row appointments__row--${state}`} data-testid={`appointment-${a.reference}`}>
                <td>{slotText(a, tz)}</td>
                <td>{a.visitorName}</td>
                <td>{serviceName(a.serviceId)}</td>
                <td>
                  {officerNameOf(snapshot.officers, a.officerId)}
                  {a.anyOfficer && <span className="appointments__any"> (any officer)</span>}
                </td>
                <td className="appointments__reference">{formatReference(a.reference)}</td>
                <td>
                  <span className={`state-tag state-tag--${state}`}>{STATE_LABELS[state]}</span>
                </td>
                <td className="appointments__actions">
                  {state === 'booked' && day === today && (
                    <button type="button" className="button button--small" disabled={busy} onClick={() => void actions.checkIn(a.id)}>
                      Check in
                    </button>
                  )}
                  {state === 'booked' && (
                    <>
                      <button type="button" className="button button--small" disabled={busy} onClick={() => setMode({ kind: 'reschedule', appointment: a })}>
                        Reschedule
                      </button>
                      <button type="button" className="button button--small" disabled={busy} onClick={() => void actions.cancel(a)}>
                        Cancel<span className="visually-hidden"> {formatReference(a.reference)}</span>
                      </button>
                      <button type="button" className="link-button" onClick={() => {
                          setMode(null);
                          setConfirmed(a);
                        }}>
                        Confirmation
                      </button>
                    </>
                  )}
                  {(state === 'booked' || visitWaiting) && others.length > 0 && (
                    <span className="inline-field">
                      <select
                        aria-label={`Hand ${formatReference(a.reference)} to`}
                        value={handingOver?.id === a.id ? handingOver.officerId : ''}
                        onChange={(e) => setHandingOver({ id: a.id, officerId: e.target.value })}
                      >
                        <option value="">Hand over to…</option>
                        {others.map((o) => (
                          <option key={o.staffId} value={o.staffId}>
                            {o.name}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy || handingOver?.id !== a.id || !handingOver.officerId}
                        onClick={() => handingOver && void actions.handOver(a, handingOver.officerId).then(() => setHandingOver(null))}
                      >
                        Hand over
                      </button>
                    </span>
                  )}
                  {visitWaiting && (
                    <button type="button" className="button button--small" disabled={busy} onClick={() => setMode({ kind: 'rebook', appointment: a })}>
                      Rebook
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
