import { useEffect, useState, type FormEvent } from 'react';
import { formatReference, PersonalDataQuery, RetentionDays, type PersonalDataExport, type Site } from '@reception/shared';
import { erasePersonalData, findPersonalData, getPrivacy, setPrivacy } from '../api/personal-data.js';
import { longDate, slotText } from '../appointment-wording.js';
import './PersonalDataSettings.css';

interface Props {
  site: Site;
  busy: boolean;
  /** Runs a server call; its failure becomes the console's error message. Resolves undefined on failure. */
  run: <T>(call: () => Promise<T>) => Promise<T | undefined>;
}

type LookUpBy = 'reference' | 'name';

/** Offers the export as a file, as a subject access request is answered. */
function download(data: PersonalDataExport): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `personal-data-${data.siteId}-${new Date(data.exportedAt).toISOString().slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * How long visitors' names and contact details are kept, and a visitor's rights to see and
 * to erase what is held about them. Managers only; the server records every look-up.
 */
export function PersonalDataSettings({ site, busy, run }: Props) {
  const [days, setDays] = useState('');
  const [savedDays, setSavedDays] = useState<number | null>(null);
  const [daysProblem, setDaysProblem] = useState<string | null>(null);
  const [by, setBy] = useState<LookUpBy>('reference');
  const [term, setTerm] = useState('');
  const [lookUpProblem, setLookUpProblem] = useState<string | null>(null);
  const [found, setFound] = useState<PersonalDataExport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [erasedCount, setErasedCount] = useState<number | null>(null);

  useEffect(() => {
    void run(() => getPrivacy(site.id)).then((s) => {
      if (s) {
        setDays(String(s.retentionDays));
        setSavedDays(s.retentionDays);
      }
    });
  }, [run, site.id]);

  const saveDays = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RetentionDays.safeParse(Number(days));
    if (days.trim() === '' || !parsed.success) {
      setDaysProblem(`Enter a whole number of days from 1 to 3650${parsed.error ? ` (${parsed.error.issues[0]?.message ?? ''})` : ''}.`);
      return;
    }
    setDaysProblem(null);
    void run(() => setPrivacy(site.id, { retentionDays: parsed.data })).then((s) => s && setSavedDays(s.retentionDays));
  };

  const lookUp = (event: FormEvent) => {
    event.preventDefault();
    const query = PersonalDataQuery.safeParse(by === 'reference' ? { reference: term } : { name: term });
    if (!query.success) {
      setLookUpProblem(by === 'reference' ? 'A booking reference is six letters and digits, as printed on the confirmation.' : (query.error.issues[0]?.message ?? 'Enter the name as it was booked.'));
      return;
    }
    setLookUpProblem(null);
    setConfirming(false);
    setErasedCount(null);
    void run(() => findPersonalData(site.id, query.data)).then((data) => setFound(data ?? null));
  };

  const erase = () => {
    if (!found) return;
    const ids = found.appointments.filter((a) => a.personalDataErasedAt === null).map((a) => a.id);
    void run(() => erasePersonalData(site.id, ids)).then((result) => {
      if (!result) return;
      setErasedCount(result.erased.length);
      setConfirming(false);
      setFound(null);
    });
  };

  const erasable = found ? found.appointments.filter((a) => a.personalDataErasedAt === null).length : 0;

  return (
    <section className="panel personal-data" data-testid="personal-data" aria-labelledby="personal-data-title">
      <h3 id="personal-data-title">Visitors’ personal data</h3>
      <p className="personal-data__note">
        Names and contact details are kept only for appointments, and erased automatically once the period below has passed since the appointment. Visits, waits and
        access needs stay, without names, so reports still count them.
      </p>

      <form className="personal-data__retention" onSubmit={saveDays} noValidate>
        <label htmlFor="retention-days">Keep names and contact details for (days after the appointment)</label>
        <div className="personal-data__row">
          <input id="retention-days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} aria-invalid={daysProblem !== null} aria-describedby="retention-problem" />
          <button type="submit" className="button" disabled={busy}>
            Save period
          </button>
          {savedDays !== null && <span className="personal-data__current">In force: {savedDays} days</span>}
        </div>
        <p id="retention-problem" className="personal-data__problem" role="alert">
          {daysProblem}
        </p>
      </form>

      <form className="personal-data__lookup" onSubmit={lookUp} noValidate>
        <fieldset>
          <legend>Find what is held about a visitor (a subject access or erasure request)</legend>
          <label className="personal-data__by">
            <input type="radio" name="lookup-by" checked={by === 'reference'} onChange={() => setBy('reference')} /> Booking reference
          </label>
          <label className="personal-data__by">
            <input type="radio" name="lookup-by" checked={by === 'name'} onChange={() => setBy('name')} /> Name as booked
          </label>
        </fieldset>
        <div className="personal-data__row">
          <label htmlFor="lookup-term" className="visually-hidden">
            {by === 'reference' ? 'Booking reference' : 'Name as booked'}
          </label>
          <input id="lookup-term" value={term} onChange={(e) => setTerm(e.target.value)} placeholder={by === 'reference' ? 'e.g. KMR 47X' : 'e.g. Pat Example'} aria-describedby="lookup-problem" />
          <button type="submit" className="button" disabled={busy}>
            Find
          </button>
        </div>
        <p id="lookup-problem" className="personal-data__problem" role="alert">
          {lookUpProblem}
        </p>
      </form>

      {erasedCount !== null && (
        <p className="personal-data__done" role="status">
          Erased the name and contact details from {erasedCount} booking{erasedCount === 1 ? '' : 's'}. The erasure is recorded in the audit log.
        </p>
      )}

      {found && (
        <div className="personal-data__found">
          <table className="personal-data__table">
            <caption>
              {found.appointments.length} booking{found.appointments.length === 1 ? '' : 's'} found
            </caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">When</th>
                <th scope="col">Service</th>
                <th scope="col">Status</th>
                <th scope="col">Name</th>
                <th scope="col">Contact</th>
              </tr>
            </thead>
            <tbody>
              {found.appointments.map((a) => (
                <tr key={a.id}>
                  <td>{formatReference(a.reference)}</td>
                  <td>
                    {longDate(a.startsAt, site.timeZone)}, {slotText(a, site.timeZone)}
                  </td>
                  <td>{a.serviceName}</td>
                  <td>{a.status}</td>
                  <td>{a.personalDataErasedAt !== null ? <em>erased</em> : a.visitorName}</td>
                  <td>{a.personalDataErasedAt !== null ? <em>erased</em> : a.visitorContact || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="personal-data__row">
            <button type="button" className="button" onClick={() => download(found)}>
              Download a copy (JSON)
            </button>
            {erasable > 0 && !confirming && (
              <button type="button" className="button button--danger" onClick={() => setConfirming(true)} disabled={busy}>
                Erase name and contact…
              </button>
            )}
          </div>
          {confirming && (
            <div className="personal-data__confirm" role="alertdialog" aria-labelledby="erase-question">
              <p id="erase-question">
                Erase the name and contact details from {erasable} booking{erasable === 1 ? '' : 's'}? This cannot be undone. Bookings still to come stay booked under their reference.
              </p>
              <button type="button" className="button button--danger" onClick={erase} disabled={busy}>
                Yes, erase
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
