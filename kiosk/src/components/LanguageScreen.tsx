import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@reception/shared';
import { KIOSK_LANGUAGES } from '../i18n/languages';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  /** Marked as chosen when the visitor came back to change it; nothing is marked for a new visitor. */
  current: LanguageCode | null;
  onChoose: (code: LanguageCode) => void;
}

/**
 * The first screen. Each button is written wholly in its own language (name and "continue
 * in …"), with its own `lang`, so it is found by sight and read out in the right voice.
 */
export function LanguageScreen({ current, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="screen screen--language" data-testid="screen-language">
      <div className="screen__intro">
        <ScreenHeading>{t('language.heading')}</ScreenHeading>
      </div>
      <ul className="language-list">
        {KIOSK_LANGUAGES.map(({ code, autonym }) => {
          const own = i18n.getFixedT(code);
          return (
            <li key={code}>
              <button type="button" className="language-button" lang={code} dir={i18n.dir(code)} aria-current={code === current ? 'true' : undefined} onClick={() => onChoose(code)}>
                <span className="language-button__name">{autonym}</span>
                <span className="language-button__hint">{own('language.continueIn')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
