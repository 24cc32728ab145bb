import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lostReferenceTimes, type AppointmentCheckInRequest } from '@reception/shared';
import { ScreenHeading } from '../ScreenHeading';

interface Props {
  timeZone: string;
  now: number;
  online: boolean;
  sending: boolean;
  noAnswer: boolean;
  onSubmit: (lookup: AppointmentCheckInRequest['lookup']) => void;
  onBack: () => void;
  /** After no answer: send the same request again. */
  retry: (() => void) | null;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** No reference: the surname's first letter, then the appointment time. A match is checked in; two matches go to staff. */
export function LostReference({ timeZone, now, online, sending, noAnswer, onSubmit, onBack, retry }: Props) {
  const { t } = useTranslation();
  const [initial, setInitial] = useState<string | null>(null);
  if (initial === null) {
    return (
      <section className="screen screen--lost" data-testid="screen-lost-initial">
        <div className="screen__intro">
          <ScreenHeading>{t('appointment.initialHeading')}</ScreenHeading>
        </div>
        <div className="reference-keypad reference-keypad--letters" dir="ltr">
          {[...LETTERS].map((c) => (
            <button key={c} type="button" className="key" onClick={() => setInitial(c)}>
              {c}
            </button>
          ))}
        </div>
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('actions.back')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="screen screen--lost" data-testid="screen-lost-time">
      <div className="screen__intro">
        <ScreenHeading>{t('appointment.timeHeading')}</ScreenHeading>
      </div>
      <div className="time-grid" dir="ltr">
        {lostReferenceTimes(now, timeZone).map((time) => (
          <button key={time} type="button" className="key key--time" disabled={sending || !online} onClick={() => onSubmit({ by: 'name-and-time', initial, time })}>
            {time}
          </button>
        ))}
      </div>
      {noAnswer && (
        <p className="notice" role="alert">
          {t('appointment.noAnswer')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" disabled={sending} onClick={() => setInitial(null)}>
          {t('actions.back')}
        </button>
        {retry && (
          <button type="button" className="button button--primary" disabled={sending || !online} aria-busy={sending || undefined} onClick={retry}>
            {sending ? t('appointment.sending') : t('appointment.tryAgain')}
          </button>
        )}
      </div>
    </section>
  );
}
