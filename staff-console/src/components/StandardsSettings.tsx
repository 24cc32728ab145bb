import { useState, type FormEvent } from 'react';
import { SetStandardsRequest, STANDARDS_PRESETS, StandardsPreset, type AppointmentSettings, type OpeningHours, type SetOfficerRequest, type SetOpeningHoursRequest, type StandardsProfile, type StaffSnapshot } from '@reception/shared';
import { OpeningHoursForm } from './OpeningHoursForm.js';
import { AppointmentSettingsForm } from './AppointmentSettingsForm.js';
import { StandardsSummary } from './StandardsSummary.js';
import './StandardsSettings.css';

interface Props {
  snapshot: StaffSnapshot;
  busy: boolean;
  /** Resolves with the new profile once saved, or undefined if the server refused. */
  onSave: (request: SetStandardsRequest) => Promise<StandardsProfile | undefined>;
  onSaveHours: (hours: SetOpeningHoursRequest) => Promise<OpeningHours | undefined>;
  onSaveAppointmentSettings: (settings: AppointmentSettings) => Promise<AppointmentSettings | undefined>;
  onSaveOfficer: (staffId: string, request: SetOfficerRequest) => Promise<unknown>;
  onClose: () => void;
}

type Choice = StandardsPreset | 'custom';
type Limits = Omit<StandardsProfile, 'version'>;

const FIELDS: { key: keyof Limits; label: string; hint: string }[] = [
  { key: 'walkInMinutes', label: 'Walk-ins: minutes to be served', hint: 'From arrival to being called at the enquiry desk.' },
  { key: 'officerMinutes', label: 'After referral to an officer: minutes', hint: 'The second clock, from referral to being called by the officer.' },
  { key: 'appointmentMinutes', label: 'Appointments: minutes', hint: 'From the appointment time (or arrival, if late).' },
  { key: 'promptLeadMinutes', label: 'Prompt staff this many minutes before a limit', hint: 'Must be shorter than the shortest limit.' },
];

/** The preset whose limits match the profile, so the form opens on what is in force. */
function presetOf(profile: StandardsProfile): Choice {
  const match = StandardsPreset.options.find((id) => FIELDS.every(({ key }) => STANDARDS_PRESETS[id].limits[key] === profile[key]));
  return match ?? 'custom';
}

const FIELD_LABEL = new Map<string, string>(FIELDS.map((f) => [f.key, f.label]));

/** The schema is a union (preset or custom); the custom branch's own messages are the useful ones. */
function problemsOf(request: unknown): string[] {
  const parsed = SetStandardsRequest.safeParse(request);
  if (parsed.success) return [];
  const custom = (request as { custom?: unknown }).custom;
  const issues = custom === undefined ? parsed.error.issues : (SetStandardsRequest.options[1].safeParse(request).error?.issues ?? parsed.error.issues);
  return issues.map((i) => {
    const field = i.path.at(-1);
    const label = typeof field === 'string' ? FIELD_LABEL.get(field) : undefined;
    return label ? `${label}: ${i.message}` : i.message;
  });
}

/** A manager adopts a council's published standard, or sets their own; each save is a new version. */
export function StandardsSettings({ snapshot, busy, onSave, onSaveHours, onSaveAppointmentSettings, onSaveOfficer, onClose }: Props) {
  const current = snapshot.site.standards;
  const [choice, setChoice] = useState<Choice>(() => presetOf(current));
  const [custom, setCustom] = useState<Record<keyof Limits, string>>(() => ({
    walkInMinutes: String(current.walkInMinutes),
    officerMinutes: String(current.officerMinutes),
    appointmentMinutes: String(current.appointmentMinutes),
    promptLeadMinutes: String(current.promptLeadMinutes),
  }));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<StandardsProfile | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const request =
      choice === 'custom'
        ? { custom: Object.fromEntries(FIELDS.map(({ key }) => [key, custom[key].trim() === '' ? Number.NaN : Number(custom[key])])) }
        : { preset: choice };
    const found = problemsOf(request);
    setProblems(found);
    if (found.length > 0) return;
    void onSave(SetStandardsRequest.parse(request)).then((profile) => {
      if (profile) setSaved(profile);
    });
  };

  return (
    <section className="panel standards" data-testid="standards" aria-labelledby="standards-heading">
      <div className="standards__head">
        <h2 id="standards-heading">Service standards</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Back to the queue
        </button>
      </div>

      <div className="standards__current">
        <h3>In force now: version {current.version}</h3>
        <StandardsSummary profile={current} />
        <p className="standards__note">
          Visitors already in the building keep the standard they arrived under. A change applies to visitors who check in after you save it, and is shown on
          their tickets and the kiosks.
        </p>
      </div>

      <form className="standards__form" onSubmit={submit} noValidate>
        <fieldset>
          <legend className="field-label">Choose the standard to publish</legend>
          {StandardsPreset.options.map((id) => (
            <label key={id} className="standards__choice">
              <input type="radio" name="standards-choice" value={id} checked={choice === id} onChange={() => setChoice(id)} />
              <span>
                <strong>{STANDARDS_PRESETS[id].label}</strong>
                <q className="standards__source">{STANDARDS_PRESETS[id].source}</q>
              </span>
            </label>
          ))}
          <label className="standards__choice">
            <input type="radio" name="standards-choice" value="custom" checked={choice === 'custom'} onChange={() => setChoice('custom')} />
            <span>
              <strong>Custom</strong>
              <span className="standards__source">Your own limits, in minutes.</span>
            </span>
          </label>
        </fieldset>

        {choice === 'custom' && (
          <div className="standards__custom">
            {FIELDS.map(({ key, label, hint }) => (
              <div key={key} className="standards__field">
                <label htmlFor={`standards-${key}`} className="field-label">
                  {label}
                </label>
                <input
                  id={`standards-${key}`}
                  type="number"
                  inputMode="numeric"
                  min={key === 'promptLeadMinutes' ? 0 : 1}
                  max={key === 'promptLeadMinutes' ? 60 : 240}
                  value={custom[key]}
                  aria-describedby={`standards-${key}-hint`}
                  onChange={(e) => setCustom({ ...custom, [key]: e.target.value })}
                />
                <p className="field-hint" id={`standards-${key}-hint`}>
                  {hint}
                </p>
              </div>
            ))}
          </div>
        )}

        <div role="alert" className={problems.length > 0 ? 'standards__problems' : 'standards__problems standards__problems--empty'}>
          {problems.length > 0 && (
            <>
              <p>Not saved:</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <p role="status" className={saved ? 'standards__saved' : 'standards__saved standards__saved--empty'}>
          {saved && `Saved. Version ${saved.version} applies to visitors who check in from now on.`}
        </p>
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          Save standards
        </button>
      </form>

      <OpeningHoursForm hours={snapshot.site.openingHours} busy={busy} onSave={onSaveHours} />
      <AppointmentSettingsForm snapshot={snapshot} busy={busy} onSaveSettings={onSaveAppointmentSettings} onSaveOfficer={onSaveOfficer} />
    </section>
  );
}
