import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { localTimeOf, type AppointmentCheckInResult, type CheckInResult, type Notice } from '@reception/shared';
import { useCountdown } from '../hooks/useCountdown';
import { waitUnit } from '../wait-text';
import { LtrMessage } from './Ltr';
import { Notices } from './Notices';
import { ScreenHeading } from './ScreenHeading';

/** Long enough to read or photograph the ticket; short enough that the next visitor is not kept waiting. */
const CLOSE_AFTER_SECONDS = 20;

function expectedWaitText(t: TFunction, minutes: number): string {
  const { unit, count } = waitUnit(minutes);
  return unit === 'minutes' ? t('ticket.expectedWait', { count }) : t('ticket.expectedWaitHours', { count });
}

interface Props {
  result: CheckInResult;
  timeZone: string;
  notices: readonly Notice[];
  onDone: () => void;
  /** Checked in for an appointment (or too late for it): who has been told, or why this is a walk-in ticket. */
  appointment?: Extract<AppointmentCheckInResult, { outcome: 'checked-in' | 'very-late' }>;
}

export function TicketScreen({ result, timeZone, notices, onDone, appointment }: Props) {
  const { t } = useTranslation();
  const secondsLeft = useCountdown(CLOSE_AFTER_SECONDS, onDone);
  const arrived = appointment?.outcome === 'checked-in' ? appointment : null;
  // An appointment is seen by its officer, not in queue order: its position and the walk-in forecast do not apply.
  const wait = arrived ? null : result.expectedWaitMinutes;
  return (
    <section className="screen screen--ticket" data-testid="screen-ticket">
      {appointment && (
        <div className="appointment-lead" data-testid="appointment-lead">
          <p className="appointment-lead__heading">{arrived ? t('appointment.arrivedHeading') : t('appointment.veryLateHeading')}</p>
          {!arrived && <p>{t('appointment.veryLate')}</p>}
        </div>
      )}
      <div className="ticket">
        <p className="ticket__site print-only">{result.siteName}</p>
        <div className="ticket__main">
          <ScreenHeading className="ticket__heading">
            <span className="ticket__label">{t('ticket.heading')}</span>{' '}
            <bdi className="ticket__number" dir="ltr" data-testid="ticket-number" data-long={result.ticket.length > 4 ? '' : undefined}>
              {result.ticket}
            </bdi>
          </ScreenHeading>
          <p className="ticket__service">{t('ticket.service', { service: result.serviceName })}</p>
        </div>
        <ul className="ticket__facts">
          {!arrived && <li data-testid="ticket-position">{t('ticket.position', { position: result.position })}</li>}
          {wait !== null && <li>{expectedWaitText(t, wait)}</li>}
          <li className="ticket__promise" data-testid="ticket-promise">
            {t('ticket.promise', { count: result.promiseMinutes })}
          </li>
          {/* Early: the clock starts at the appointment time, so the promise is counted from then. */}
          {arrived && arrived.waitStartedAt > result.arrivedAt && (
            <li data-testid="ticket-clock-start">
              <LtrMessage i18nKey="ticket.appointmentClock" values={{ time: localTimeOf(arrived.waitStartedAt, timeZone) }} />
            </li>
          )}
          <li>
            <LtrMessage i18nKey="ticket.arrived" values={{ time: localTimeOf(result.arrivedAt, timeZone) }} />
          </li>
          {result.sitePhone.trim() !== '' && (
            <li>
              <LtrMessage i18nKey="ticket.phone" values={{ phone: result.sitePhone }} />
            </li>
          )}
        </ul>
        {/* The standards promise a choice when the limit cannot be met: say so rather than leave two numbers that disagree. */}
        {wait !== null && wait > result.promiseMinutes && <p className="ticket__busy">{t('ticket.busy')}</p>}
        <p className="ticket__next" data-testid="ticket-next">
          {arrived ? t('appointment.told', { name: arrived.officerFirstName ?? result.serviceName }) : t('ticket.listen')}
        </p>
      </div>
      <Notices notices={notices} />
      <div className="ticket-footer">
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('ticket.print')}
          </button>
          <button type="button" className="button button--primary" onClick={onDone}>
            {t('ticket.done')}
          </button>
        </div>
        {/* Not a live region: announcing every second would drown out the ticket itself. */}
        <div className="countdown">
          <p>{t('ticket.closing', { count: secondsLeft })}</p>
          <div className="countdown__bar" aria-hidden="true">
            <div className="countdown__fill" style={{ inlineSize: `${(secondsLeft / CLOSE_AFTER_SECONDS) * 100}%` }} />
          </div>
        </div>
      </div>
    </section>
  );
}
