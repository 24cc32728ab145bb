import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Service, ServiceStats } from '@reception/shared';
import { waitUnit } from '../wait-text';

function waitText(t: TFunction, minutes: number): string {
  const { unit, count } = waitUnit(minutes);
  return unit === 'minutes' ? t('services.wait', { count }) : t('services.waitHours', { count });
}

interface Props {
  service: Service;
  stats: ServiceStats | undefined;
  disabled: boolean;
  onChoose: (service: Service) => void;
}

/**
 * One service to check in for. Its accessible name is what it shows, service name first, so
 * it is found by the name as printed and a voice-control user can say it (WCAG 2.5.3).
 */
export function ServiceButton({ service, stats, disabled, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <button type="button" className="service-button" disabled={disabled} onClick={() => onChoose(service)}>
      <span className="service-button__name">{service.name}</span>
      {stats && (
        <span className="service-button__stats">
          <span>{t('services.waiting', { count: stats.waiting })}</span>
          {/* No estimate when nobody is serving this queue: better silence than a wrong promise. */}
          {stats.expectedWaitMinutes !== null && <span>{waitText(t, stats.expectedWaitMinutes)}</span>}
        </span>
      )}
      <span className="service-button__arrow" aria-hidden="true" />
    </button>
  );
}
