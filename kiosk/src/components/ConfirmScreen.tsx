import { useTranslation } from 'react-i18next';
import type { Needs, Service } from '@reception/shared';
import type { Submission } from '../hooks/useCheckInFlow';
import { chosenNeeds } from '../needs';
import { Autonym, useLanguageName } from './LanguageName';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  service: Service;
  needs: Needs;
  submission: Submission | null;
  online: boolean;
  onGetTicket: () => void;
  onBack: () => void;
  onStartAgain: () => void;
}

export function ConfirmScreen({ service, needs, submission, online, onGetTicket, onBack, onStartAgain }: Props) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  const chosen = chosenNeeds(needs);
  const status = submission?.status ?? null;
  return (
    <section className="screen screen--confirm" data-testid="screen-confirm">
      <div className="screen__intro">
        <ScreenHeading>{t('confirm.checkingInFor', { service: service.name })}</ScreenHeading>
      </div>
      <div className="summary">
        {chosen.length === 0 ? (
          <p>{t('confirm.noNeeds')}</p>
        ) : (
          <>
            <p>{t('confirm.needsIntro')}</p>
            <ul className="summary__needs">
              {chosen.map((key) =>
                key === 'interpreter' && needs.interpreter ? (
                  <li key={key}>
                    {t('needs.interpreterIn', { language: nameOf(needs.interpreter) })} <Autonym code={needs.interpreter} shownName={nameOf(needs.interpreter)} inBrackets />
                  </li>
                ) : (
                  <li key={key}>{t(`needs.${key}`)}</li>
                ),
              )}
            </ul>
          </>
        )}
      </div>

      {status === 'failed' ? (
        <div className="problem" role="alert">
          <h2>{t('confirm.failedHeading')}</h2>
          {/* The server's own words, which are English. */}
          {submission?.serverMessage && <p lang="en">{submission.serverMessage}</p>}
          <p>{t('confirm.askStaff')}</p>
        </div>
      ) : (
        <div className="progress" role="status">
          {status === 'sending' && <p>{t('confirm.sending')}</p>}
          {status === 'retry' && <p className="problem">{online ? t('confirm.noAnswer') : t('confirm.waitingForConnection')}</p>}
        </div>
      )}

      <div className="actions">
        {status === 'failed' ? (
          <button type="button" className="button button--primary" onClick={onStartAgain}>
            {t('actions.startAgain')}
          </button>
        ) : (
          <>
            {/* Once a ticket has been asked for, going back could lose it; retry keeps the same request. */}
            {submission === null && (
              <button type="button" className="button button--secondary" onClick={onBack}>
                {t('actions.back')}
              </button>
            )}
            <button
              type="button"
              className="button button--primary button--hero"
              disabled={!online || status === 'sending'}
              aria-busy={status === 'sending'}
              onClick={onGetTicket}
            >
              {status === 'retry' ? t('confirm.tryAgain') : t('confirm.getTicket')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
