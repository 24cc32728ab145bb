import { useTranslation } from 'react-i18next';
import type { Needs, Service } from '@reception/shared';
import { NEED_KEYS, isNeedOn, type YesNoNeed } from '../needs';
import { Autonym, useLanguageName } from './LanguageName';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  service: Service;
  needs: Needs;
  onToggle: (key: YesNoNeed) => void;
  /** Tapped while off: note an interpreter (the caller picks the language or asks which). Tapped while on: remove it. */
  onInterpreter: () => void;
  onChangeInterpreterLanguage: () => void;
  onContinue: () => void;
  onBack: () => void;
}

/** Optional: a visitor who needs nothing just taps Continue. */
export function NeedsScreen({ service, needs, onToggle, onInterpreter, onChangeInterpreterLanguage, onContinue, onBack }: Props) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
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
          const interpreter = key === 'interpreter' ? needs.interpreter : null;
          return (
            <li key={key} className={interpreter ? 'needs-list__item needs-list__item--with-detail' : 'needs-list__item'}>
              <button type="button" className="toggle" aria-pressed={on} onClick={() => (key === 'interpreter' ? onInterpreter() : onToggle(key))}>
                {/* A tick as well as the colour, so the choice does not rely on colour alone. */}
                <span className="toggle__box" aria-hidden="true" />
                <span className="toggle__text">
                  <span className="toggle__label">{t(`needs.${key}`)}</span>
                  {interpreter && (
                    <span className="toggle__detail" data-testid="interpreter-language">
                      {t('needs.interpreterLanguage', { language: nameOf(interpreter) })} <Autonym code={interpreter} shownName={nameOf(interpreter)} inBrackets />
                    </span>
                  )}
                </span>
              </button>
              {interpreter && (
                <button type="button" className="button button--secondary button--small" onClick={onChangeInterpreterLanguage}>
                  {t('needs.changeLanguage')}
                </button>
              )}
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
