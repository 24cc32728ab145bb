import { useId } from 'react';
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
 * One service to check in for. Its accessible name is the service name alone, so it reads
 * (and can be found) exactly as printed; the queue figures are its description.
 */
export function ServiceButton({ service, stats, disabled, onChoose }: Props) {
  const { t } = useTranslation();
  const statsId = useId();
  return (
    <button type="button" className="service-button" aria-label={service.name} aria-describedby={stats ? statsId : undefined} disabled={disabled} onClick={() => onChoose(service)}>
      <span className="service-button__name">{service.name}</span>
      {stats && (
        <span className="service-button__stats" id={statsId}>
          <span>{t('services.waiting', { count: stats.waiting })}</span>
          {/* No estimate when nobody is serving this queue: better silence than a wrong promise. */}
          {stats.expectedWaitMinutes !== null && <span>{waitText(t, stats.expectedWaitMinutes)}</span>}
        </span>
      )}
      <span className="service-button__arrow" aria-hidden="true" />
    </button>
  );
}
