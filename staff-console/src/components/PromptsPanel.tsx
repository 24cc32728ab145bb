import { useEffect } from 'react';
import type { Prompt, ResolvePromptRequest, StaffSnapshot } from '@reception/shared';
import type { AppointmentPromptHandlers } from './AppointmentPromptActions.js';
import { announcement, promptWording } from '../prompt-wording.js';
import { PromptCard } from './PromptCard.js';
import './PromptsPanel.css';

interface Props {
  snapshot: StaffSnapshot;
  /** Prompts raised while this console has been open, for the announcement. */
  arrivals: Prompt[];
  now: number;
  busy: boolean;
  onResolve: (promptId: string, outcome: ResolvePromptRequest['outcome']) => void;
  appointmentHandlers: AppointmentPromptHandlers;
  onInvalid: (message: string) => void;
}

/** How long a prompt keeps its "New" highlight after it was raised, by the server's clock. */
const NEW_FOR_MS = 2 * 60_000;
const TITLE = 'Staff console';

/**
 * Open prompts for the whole site, at the top of every console until someone acts on one.
 * Most urgent first: whoever will pass their limit soonest.
 */
export function PromptsPanel({ snapshot, arrivals, now, busy, onResolve, appointmentHandlers, onInvalid }: Props) {
  const prompts = [...snapshot.prompts].sort((a, b) => a.breachAt - b.breachAt || a.raisedAt - b.raisedAt);
  const visits = new Map(snapshot.visits.map((v) => [v.id, v]));
  const forecasts = new Map(snapshot.forecasts.map((f) => [f.visitId, f.expectedSeenAt]));
  const wordingOf = (p: Prompt) => promptWording(p, visits.get(p.visitId), snapshot.site, forecasts.get(p.visitId) ?? null);
  const openIds = new Set(prompts.map((p) => p.id));
  const count = prompts.length;

  // The tab title carries the count too, for a console left behind another window.
  useEffect(() => {
    document.title = count > 0 ? `(${count}) ${count === 1 ? 'Prompt' : 'Prompts'} · ${TITLE}` : TITLE;
    return () => {
      document.title = TITLE;
    };
  }, [count]);

  return (
    <section className={count > 0 ? 'prompts prompts--open' : 'prompts'} data-testid="prompts" aria-labelledby="prompts-heading">
      <div className="prompts__head">
        <h2 id="prompts-heading">
          Prompts{count > 0 && <span className="prompts__count"> · {count} need action</span>}
        </h2>
        {count === 0 && <p className="prompts__none">None now. A visitor who may not be seen in time, who needs a room when none is free, or whose officer cannot see them, appears here.</p>}
      </div>
      {count > 0 && (
        <div className="prompts__list">
          {prompts.map((p) => (
            <PromptCard
              key={p.id}
              prompt={p}
              wording={wordingOf(p)}
              isNew={now - p.raisedAt < NEW_FOR_MS}
              busy={busy}
              onResolve={onResolve}
              appointment={snapshot.appointments.find((a) => a.visitId === p.visitId) ?? null}
              officers={snapshot.officers}
              appointmentHandlers={appointmentHandlers}
              onInvalid={onInvalid}
            />
          ))}
        </div>
      )}
      {/* Only additions are read out, so each new prompt is announced once and a resolved one silently goes. */}
      <ul className="visually-hidden" aria-live="assertive" aria-relevant="additions">
        {arrivals
          .filter((p) => openIds.has(p.id))
          .map((p) => (
            <li key={p.id}>New prompt: {announcement(wordingOf(p))}</li>
          ))}
      </ul>
    </section>
  );
}
