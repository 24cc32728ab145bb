import { useTranslation } from 'react-i18next';
import type { Needs, Service } from '@reception/shared';
import { NEED_KEYS, isNeedOn, type NeedKey } from '../needs';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  service: Service;
  needs: Needs;
  onToggle: (key: NeedKey) => void;
  onContinue: () => void;
  onBack: () => void;
}

/** Optional: a visitor who needs nothing just taps Continue. */
export function NeedsScreen({ service, needs, onToggle, onContinue, onBack }: Props) {
  const { t } = useTranslation();
  return (
    <section className="screen screen--needs" data-testid="screen-needs">
      <div className="screen__intro">
        <p className="eyebrow">{service.name}</p>
        <ScreenHeading>{t('needs.heading')}</ScreenHeading>
        <p className="lead">{t('needs.intro')}</p>
      </div>
      <ul className="needs-list">
        {NEED_KEYS.map((key) => {
          const on = isNeedOn(needs, key);
          return (
            <li key={key}>
              <button type="button" className="toggle" aria-pressed={on} onClick={() => onToggle(key)}>
                {/* A tick as well as the colour, so the choice does not rely on colour alone. */}
                <span className="toggle__box" aria-hidden="true" />
                <span className="toggle__label">{t(`needs.${key}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('actions.back')}
        </button>
        <button type="button" className="button button--primary" onClick={onContinue}>
          {t('actions.continue')}
        </button>
      </div>
    </section>
  );
}
