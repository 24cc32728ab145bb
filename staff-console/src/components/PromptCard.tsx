import { PromptAnswer, type Prompt, type ResolvePromptRequest } from '@reception/shared';
import { ANSWER_LABELS, type PromptWording } from '../prompt-wording.js';
import { PromptIcon } from './PromptIcon.js';

interface Props {
  prompt: Prompt;
  wording: PromptWording;
  /** Raised moments ago: highlighted, with a "New" label as well as the outline. */
  isNew: boolean;
  busy: boolean;
  onResolve: (promptId: string, outcome: ResolvePromptRequest['outcome']) => void;
}

/** A manager can have a breach and an offer open for the same ticket; each card needs its own handle. */
const testIdOf = (prompt: Prompt) => (prompt.kind === 'limit-breached' ? `prompt-${prompt.ticket}-limit-breached` : `prompt-${prompt.ticket}`);

/** One prompt and the buttons that record what the visitor chose (or a manager's acknowledgement). */
export function PromptCard({ prompt, wording, isNew, busy, onResolve }: Props) {
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
        <div className="prompt-card__actions" role="group" aria-label={prompt.kind === 'limit-breached' ? undefined : `What ${prompt.ticket} chose`}>
          {prompt.kind === 'limit-breached' ? (
            <button type="button" className="button button--small" disabled={busy} onClick={() => onResolve(prompt.id, 'acknowledged')}>
              Acknowledge
            </button>
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
            </>
          )}
        </div>
      </div>
    </article>
  );
}
