import { PromptAnswer, type Appointment, type Officer, type Prompt, type ResolvePromptRequest } from '@reception/shared';
import { AppointmentPromptActions, type AppointmentPromptHandlers } from './AppointmentPromptActions.js';
import { ANSWER_LABELS, type PromptWording } from '../prompt-wording.js';
import { PromptIcon } from './PromptIcon.js';

interface Props {
  prompt: Prompt;
  wording: PromptWording;
  /** Raised moments ago: highlighted, with a "New" label as well as the outline. */
  isNew: boolean;
  busy: boolean;
  onResolve: (promptId: string, outcome: ResolvePromptRequest['outcome']) => void;
  /** The appointment the prompt's visit keeps, if any. */
  appointment: Appointment | null;
  officers: readonly Officer[];
  appointmentHandlers: AppointmentPromptHandlers;
  onInvalid: (message: string) => void;
}

/** A manager can have a breach and an offer open for the same ticket; each card needs its own handle. */
const testIdOf = (prompt: Prompt) => (prompt.kind === 'limit-breached' ? `prompt-${prompt.ticket}-limit-breached` : `prompt-${prompt.ticket}`);

/** One prompt and the buttons that record what the visitor chose (or a manager's acknowledgement). */
export function PromptCard({ prompt, wording, isNew, busy, onResolve, appointment, officers, appointmentHandlers, onInvalid }: Props) {
  const titleId = `prompt-title-${prompt.id}`;
  const classes = ['prompt-card', `prompt-card--${prompt.kind}`, isNew ? 'prompt-card--new' : ''].filter(Boolean).join(' ');
  return (
    <article className={classes} data-testid={testIdOf(prompt)} aria-labelledby={titleId}>
      <div className="prompt-card__body">
        <PromptIcon kind={prompt.kind} />
        <div className="prompt-card__text">
          <h3 className="prompt-card__title" id={titleId}>
            {isNew && <span className="prompt-card__new">New</span>}
            {wording.title}
          </h3>
          {wording.detail && <p className="prompt-card__detail">{wording.detail}</p>}
          {wording.advice && <p className="prompt-card__advice">{wording.advice}</p>}
        </div>
        <div className="prompt-card__actions" role="group" aria-label={prompt.kind === 'offer-appointment' || prompt.kind === 'room-unavailable' ? `What ${prompt.ticket} chose` : undefined}>
          {prompt.kind === 'limit-breached' ? (
            <button type="button" className="button button--small" disabled={busy} onClick={() => onResolve(prompt.id, 'acknowledged')}>
              Acknowledge
            </button>
          ) : prompt.kind === 'delay-reason' || prompt.kind === 'officer-unavailable' ? (
            <AppointmentPromptActions prompt={prompt} appointment={appointment} officers={officers} busy={busy} handlers={appointmentHandlers} onInvalid={onInvalid} />
          ) : (
            <>
              <span className="prompt-card__ask" aria-hidden="true">
                What they chose:
              </span>
              {PromptAnswer.options.map((answer) => (
                <button key={answer} type="button" className="button button--small" disabled={busy} onClick={() => onResolve(prompt.id, answer)}>
                  {ANSWER_LABELS[answer]}
                </button>
              ))}
              {/* Booking it here records the answer too, and gives the visitor a reference to take away. */}
              <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => appointmentHandlers.bookFromOffer(prompt)}>
                Book an appointment…
              </button>
            </>
          )}
        </div>
      </div>
    </article>
  );
}
