import { useState, type FormEvent } from 'react';
import { Outcome, type Visit } from '@reception/shared';
import { OUTCOME_LABELS } from '../labels.js';

interface Props {
  visit: Visit;
  busy: boolean;
  onComplete: (outcome: Outcome) => void;
  onInvalid: (message: string) => void;
}

export function CompleteForm({ visit, busy, onComplete, onInvalid }: Props) {
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const selectId = `outcome-${visit.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The outcome feeds the reports, so it is chosen deliberately, never defaulted.
    if (!outcome) return onInvalid(`Choose an outcome before completing ${visit.ticket}.`);
    onComplete(outcome);
  };

  return (
    <form className="visit-form" onSubmit={submit}>
      <label htmlFor={selectId} className="field-label">
        Outcome
      </label>
      <div className="inline-field">
        <select id={selectId} value={outcome} onChange={(e) => setOutcome(Outcome.safeParse(e.target.value).data ?? '')}>
          <option value="">Choose an outcome</option>
          {Outcome.options.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary" disabled={busy}>
          Complete
        </button>
      </div>
    </form>
  );
}
