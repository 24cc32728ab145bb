import { useTranslation } from 'react-i18next';
import type { AppointmentCheckInResult, AppointmentRefusal } from '@reception/shared';
import { ScreenHeading } from '../ScreenHeading';

interface Props {
  result: Extract<AppointmentCheckInResult, { outcome: 'ask-staff' | 'refused' }>;
  onTryAgain: () => void;
  onDone: () => void;
}

const REFUSAL_KEYS = {
  unknown: 'appointment.refused.unknown',
  'other-day': 'appointment.refused.otherDay',
  'other-site': 'appointment.refused.otherSite',
  cancelled: 'appointment.refused.cancelled',
  'already-arrived': 'appointment.refused.alreadyArrived',
  'no-show': 'appointment.refused.noShow',
  closed: 'appointment.refused.closed',
} as const satisfies Record<AppointmentRefusal, string>;

/** A check-in that did not give a ticket: why, in the visitor's language, and what to do next. */
export function AppointmentOutcome({ result, onTryAgain, onDone }: Props) {
  const { t } = useTranslation();
  if (result.outcome === 'ask-staff') {
    return (
      <section className="screen screen--appointment-outcome" data-testid="screen-ask-staff">
        <div className="screen__intro">
          <ScreenHeading>{t('appointment.askStaffHeading')}</ScreenHeading>
          <p className="lead">{t('appointment.askStaff')}</p>
        </div>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={onDone}>
            {t('ticket.done')}
          </button>
        </div>
      </section>
    );
  }
  const canRetry = result.reason === 'unknown' || result.reason === 'other-day' || result.reason === 'other-site';
  return (
    <section className="screen screen--appointment-outcome" data-testid="screen-appointment-refused">
      <div className="screen__intro">
        <ScreenHeading>{result.reason === 'already-arrived' ? t('appointment.arrivedHeading') : t('appointment.refusedHeading')}</ScreenHeading>
        <p className="lead notice" role="alert" data-testid="appointment-refusal">
          {t(REFUSAL_KEYS[result.reason])}
        </p>
      </div>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('actions.startAgain')}
        </button>
        {canRetry && (
          <button type="button" className="button button--primary" onClick={onTryAgain}>
            {t('appointment.tryAgain')}
          </button>
        )}
      </div>
    </section>
  );
}
