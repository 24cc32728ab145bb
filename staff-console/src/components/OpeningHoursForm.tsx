import { useState, type FormEvent } from 'react';
import { SetOpeningHoursRequest, type OpeningHours } from '@reception/shared';

interface Props {
  hours: OpeningHours;
  busy: boolean;
  /** Resolves with the saved hours, or undefined if the server refused. */
  onSave: (hours: SetOpeningHoursRequest) => Promise<OpeningHours | undefined>;
  /** The same form sets an officer's working hours: their own heading, words and ids. */
  heading?: string;
  hint?: string;
  idPrefix?: string;
}

type Day = keyof OpeningHours;
interface DayDraft {
  open: boolean;
  from: string;
  to: string;
}

/** Monday first, as UK timetables are written. */
const DAYS: { key: Day; label: string }[] = [
  { key: 'mon', label: 'Monday' },
  { key: 'tue', label: 'Tuesday' },
  { key: 'wed', label: 'Wednesday' },
  { key: 'thu', label: 'Thursday' },
  { key: 'fri', label: 'Friday' },
  { key: 'sat', label: 'Saturday' },
  { key: 'sun', label: 'Sunday' },
];

const draftOf = (hours: OpeningHours): Record<Day, DayDraft> =>
  Object.fromEntries(DAYS.map(({ key }) => [key, { open: hours[key] !== null, from: hours[key]?.open ?? '09:00', to: hours[key]?.close ?? '17:00' }])) as Record<Day, DayDraft>;

/** When the kiosks take check-ins. Times are text so that "24:00" (open until midnight) can be written. */
export function OpeningHoursForm({
  hours,
  busy,
  onSave,
  heading = 'Opening hours',
  hint = 'The kiosks take check-ins only while the site is open. Use 24:00 for open until midnight.',
  idPrefix = 'opening-hours',
}: Props) {
  const [draft, setDraft] = useState(() => draftOf(hours));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const update = (day: Day, change: Partial<DayDraft>) => setDraft({ ...draft, [day]: { ...draft[day], ...change } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const request = Object.fromEntries(DAYS.map(({ key }) => [key, draft[key].open ? { open: draft[key].from.trim(), close: draft[key].to.trim() } : null]));
    const parsed = SetOpeningHoursRequest.safeParse(request);
    if (!parsed.success) {
      const label = (key: unknown) => DAYS.find((d) => d.key === key)?.label ?? 'Opening hours';
      setProblems(parsed.error.issues.map((i) => `${label(i.path[0])}: ${i.message}`));
      return;
    }
    setProblems([]);
    void onSave(parsed.data).then((result) => setSaved(result !== undefined));
  };

  return (
    <form className="opening-hours" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>{heading}</h3>
      <p className="field-hint">{hint}</p>
      <table className="opening-hours__table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Open</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
          </tr>
        </thead>
        <tbody>
          {DAYS.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>
                <input type="checkbox" aria-label={`Open on ${label}`} checked={draft[key].open} onChange={(e) => update(key, { open: e.target.checked })} />
              </td>
              {draft[key].open ? (
                <>
                  <td>
                    <input type="text" inputMode="numeric" aria-label={`${label} opens at`} value={draft[key].from} size={5} onChange={(e) => update(key, { from: e.target.value })} />
                  </td>
                  <td>
                    <input type="text" inputMode="numeric" aria-label={`${label} closes at`} value={draft[key].to} size={5} onChange={(e) => update(key, { to: e.target.value })} />
                  </td>
                </>
              ) : (
                <td colSpan={2} className="opening-hours__closed">
                  Closed all day
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div role="alert" className={problems.length > 0 ? 'standards__problems' : 'standards__problems standards__problems--empty'}>
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className={saved ? 'standards__saved' : 'standards__saved standards__saved--empty'}>
        {saved && `${heading} saved.`}
      </p>
      <button type="submit" className="button" disabled={busy}>
        Save {heading.toLowerCase()}
      </button>
    </form>
  );
}
