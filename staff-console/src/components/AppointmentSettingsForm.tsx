import { useState, type FormEvent } from 'react';
import { SetAppointmentSettingsRequest, type AppointmentSettings, type OpeningHours, type SetOfficerRequest, type StaffSnapshot } from '@reception/shared';
import { OpeningHoursForm } from './OpeningHoursForm.js';

interface Props {
  snapshot: StaffSnapshot;
  busy: boolean;
  onSaveSettings: (settings: AppointmentSettings) => Promise<AppointmentSettings | undefined>;
  onSaveOfficer: (staffId: string, request: SetOfficerRequest) => Promise<unknown>;
}

/** Managers set how late a visitor may be, how long each service's appointments last, and each officer's services and hours. */
export function AppointmentSettingsForm({ snapshot, busy, onSaveSettings, onSaveOfficer }: Props) {
  const settings = snapshot.appointmentSettings;
  const [grace, setGrace] = useState(String(settings.graceMinutes));
  const [lengths, setLengths] = useState<Record<string, string>>(() => Object.fromEntries(snapshot.services.map((s) => [s.id, String(settings.lengthMinutes[s.id] ?? settings.defaultLengthMinutes)])));
  const [problem, setProblem] = useState<string | null>(null);
  const [officerId, setOfficerId] = useState(snapshot.officers[0]?.staffId ?? '');
  const officer = snapshot.officers.find((o) => o.staffId === officerId) ?? null;
  const [serviceIds, setServiceIds] = useState<string[]>(officer?.serviceIds ?? []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lengthMinutes = Object.fromEntries(Object.entries(lengths).map(([id, v]) => [id, Number(v)]));
    const parsed = SetAppointmentSettingsRequest.safeParse({ graceMinutes: Number(grace), defaultLengthMinutes: settings.defaultLengthMinutes, lengthMinutes });
    if (!parsed.success) return setProblem('Grace period: 0 to 120 minutes; appointment lengths: 5 to 240 minutes.');
    setProblem(null);
    void onSaveSettings(parsed.data);
  };

  const chooseOfficer = (id: string) => {
    setOfficerId(id);
    setServiceIds(snapshot.officers.find((o) => o.staffId === id)?.serviceIds ?? []);
  };
  const saveHours = (workingHours: OpeningHours) => onSaveOfficer(officerId, { serviceIds, workingHours }).then((r) => (r === undefined ? undefined : workingHours));

  return (
    <section className="appointment-settings" aria-labelledby="appointment-settings-heading">
      <h3 id="appointment-settings-heading">Appointments</h3>
      <form onSubmit={submit} noValidate>
        <label className="field-label" htmlFor="grace-minutes">
          Minutes late before a visitor is given a walk-in ticket instead
        </label>
        <input id="grace-minutes" type="text" inputMode="numeric" size={4} value={grace} onChange={(e) => setGrace(e.target.value)} />
        <p className="field-hint">An appointment nobody has checked in for by then is marked a no-show.</p>
        <fieldset>
          <legend className="field-label">Appointment length, minutes</legend>
          {snapshot.services.map((s) => (
            <label key={s.id} className="appointment-settings__length">
              {s.name} <input type="text" inputMode="numeric" size={4} value={lengths[s.id] ?? ''} onChange={(e) => setLengths({ ...lengths, [s.id]: e.target.value })} />
            </label>
          ))}
        </fieldset>
        {problem && (
          <p role="alert" className="standards__problems">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          Save appointment settings
        </button>
      </form>
      {officer && (
        <div className="appointment-settings__officer">
          <label className="field-label" htmlFor="officer-choice">
            Officer
          </label>
          <select id="officer-choice" value={officerId} onChange={(e) => chooseOfficer(e.target.value)}>
            {snapshot.officers.map((o) => (
              <option key={o.staffId} value={o.staffId}>
                {o.name}
              </option>
            ))}
          </select>
          <fieldset>
            <legend className="field-label">Sees visitors for</legend>
            {snapshot.services.map((s) => (
              <label key={s.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={serviceIds.includes(s.id)}
                  onChange={(e) => setServiceIds(e.target.checked ? [...serviceIds, s.id] : serviceIds.filter((id) => id !== s.id))}
                />
                {s.name}
              </label>
            ))}
          </fieldset>
          <OpeningHoursForm
            key={officerId}
            hours={officer.workingHours}
            busy={busy}
            onSave={saveHours}
            heading="Working hours"
            hint={`When ${officer.name} can be booked, within the site's opening hours. Saving also saves the services above.`}
            idPrefix="officer-hours"
          />
        </div>
      )}
    </section>
  );
}
