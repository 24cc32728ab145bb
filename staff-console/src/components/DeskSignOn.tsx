import { useState, type FormEvent } from 'react';
import type { DeskSession, StaffSnapshot } from '@reception/shared';
import { deskHolders } from '../state/selectors.js';
import './DeskSignOn.css';

interface Props {
  snapshot: StaffSnapshot;
  /** Set when changing desk: the form starts from where the person is now. */
  current: DeskSession | null;
  busy: boolean;
  onSignOn: (deskId: string, serviceIds: string[]) => void;
  onCancel: (() => void) | null;
  onInvalid: (message: string) => void;
}

export function DeskSignOn({ snapshot, current, busy, onSignOn, onCancel, onInvalid }: Props) {
  const me = snapshot.me.id;
  const holders = deskHolders(snapshot);
  const desks = snapshot.desks.filter((d) => d.active);
  const services = snapshot.services.filter((s) => s.active);
  const takenByOther = (deskId: string) => {
    const holder = holders.get(deskId);
    return holder && holder.staffId !== me ? holder : null;
  };

  const [deskId, setDeskId] = useState(() => current?.deskId ?? desks.find((d) => !takenByOther(d.id))?.id ?? '');
  const [serviceIds, setServiceIds] = useState<ReadonlySet<string>>(() => new Set(current?.serviceIds ?? services.map((s) => s.id)));
  const freeDesks = desks.filter((d) => !takenByOther(d.id));

  const toggle = (id: string, on: boolean) => {
    const next = new Set(serviceIds);
    if (on) next.add(id);
    else next.delete(id);
    setServiceIds(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!deskId) return onInvalid('Choose a desk first.');
    const chosen = services.filter((s) => serviceIds.has(s.id)).map((s) => s.id);
    if (chosen.length === 0) return onInvalid('Tick at least one service you will serve at this desk.');
    onSignOn(deskId, chosen);
  };

  return (
    <section className="panel desk-sign-on" data-testid="desk-sign-on">
      <h2>{current ? 'Change desk' : 'Sign on to a desk'}</h2>
      <p className="panel__lead">Visitors are called to the desk you choose, for the services you tick.</p>
      <form onSubmit={submit}>
        <label htmlFor="desk-select" className="field-label">
          Desk
        </label>
        <select id="desk-select" value={deskId} onChange={(e) => setDeskId(e.target.value)}>
          {!deskId && <option value="">Choose a desk</option>}
          {desks.map((d) => {
            const holder = takenByOther(d.id);
            return (
              <option key={d.id} value={d.id} disabled={holder !== null}>
                {holder ? `${d.name} (in use by ${holder.staffName})` : d.name}
              </option>
            );
          })}
        </select>
        {freeDesks.length === 0 && <p className="field-hint">Every desk is in use. Ask a colleague to leave theirs, or a manager.</p>}

        <fieldset className="desk-sign-on__services">
          <legend className="field-label">Services you will serve</legend>
          {services.map((s) => (
            <label key={s.id} className="checkbox">
              <input type="checkbox" checked={serviceIds.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              <span>{s.name}</span>
            </label>
          ))}
        </fieldset>

        <div className="button-row">
          <button type="submit" className="button button--primary button--large" disabled={busy}>
            Start at this desk
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel} disabled={busy}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
