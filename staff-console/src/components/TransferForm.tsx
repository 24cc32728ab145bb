import { useState, type FormEvent } from 'react';
import type { Service, Visit } from '@reception/shared';

interface Props {
  visit: Visit;
  services: Service[];
  busy: boolean;
  onTransfer: (serviceId: string) => void;
  onInvalid: (message: string) => void;
}

/**
 * No service is preselected: a transfer sends the visitor back to waiting, so it should
 * never happen because "Transfer" was pressed with whatever the list happened to show.
 */
export function TransferForm({ visit, services, busy, onTransfer, onInvalid }: Props) {
  const [serviceId, setServiceId] = useState('');
  const targets = services.filter((s) => s.active && s.id !== visit.serviceId);
  const selectId = `transfer-${visit.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!serviceId) return onInvalid(`Choose the service to transfer ${visit.ticket} to.`);
    onTransfer(serviceId);
  };

  if (targets.length === 0) return null;
  return (
    <form className="visit-form" onSubmit={submit}>
      <label htmlFor={selectId} className="field-label">
        Transfer to
      </label>
      <div className="inline-field">
        <select id={selectId} value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
          <option value="">Choose a service</option>
          {targets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={busy}>
          Transfer
        </button>
      </div>
      <p className="field-hint">Back to waiting for that service; their wait clock keeps running.</p>
    </form>
  );
}
