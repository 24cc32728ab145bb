import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice, Service, ServiceStats } from '@reception/shared';
import { Notices } from './Notices';
import { ScreenHeading } from './ScreenHeading';
import { ServiceButton } from './ServiceButton';

interface Props {
  siteName: string;
  services: readonly Service[];
  statsByService: ReadonlyMap<string, ServiceStats>;
  canCheckIn: boolean;
  notices: readonly Notice[];
  onChoose: (service: Service) => void;
  onHaveAppointment: () => void;
}

export function ServicesScreen({ siteName, services, statsByService, canCheckIn, notices, onChoose, onHaveAppointment }: Props) {
  const { t } = useTranslation();
  const questionId = useId();
  return (
    <section className="screen screen--services" data-testid="screen-services">
      <div className="screen__intro">
        <ScreenHeading>{t('services.welcome', { site: siteName })}</ScreenHeading>
        <p className="lead" id={questionId}>
          {t('services.question')}
        </p>
      </div>
      <Notices notices={notices} />
      <button type="button" className="appointment-button" disabled={!canCheckIn} onClick={onHaveAppointment} data-testid="have-appointment">
        <span className="appointment-button__name">{t('appointment.start')}</span>
      </button>
      {services.length === 0 ? (
        <p className="notice">{t('services.none')}</p>
      ) : (
        <ul className="service-list" aria-labelledby={questionId} data-count={services.length}>
          {services.map((service) => (
            <li key={service.id}>
              <ServiceButton service={service} stats={statsByService.get(service.id)} disabled={!canCheckIn} onChoose={onChoose} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
