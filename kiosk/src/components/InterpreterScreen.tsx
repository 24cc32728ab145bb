import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { interpreterChoices } from '../interpreter-languages';
import { Autonym, useLanguageName } from './LanguageName';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  /** The language already noted, if the visitor is changing it. */
  chosen: string | null;
  onChoose: (code: string) => void;
  onBack: () => void;
}

/** Which language an interpreter should speak: one tap on a name the visitor can read in either script. */
export function InterpreterScreen({ chosen, onChoose, onBack }: Props) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  return (
    <section className="screen screen--interpreter" data-testid="screen-interpreter">
      <div className="screen__intro">
        <ScreenHeading>{t('interpreter.heading')}</ScreenHeading>
        <p className="lead">{t('interpreter.intro')}</p>
      </div>
      <ul className="interpreter-list">
        {interpreterChoices(currentLanguage()).map(({ code }) => {
          const name = nameOf(code);
          return (
            <li key={code}>
              <button type="button" className="choice-button" data-language={code} aria-current={code === chosen ? 'true' : undefined} onClick={() => onChoose(code)}>
                <span className="choice-button__name">{name}</span>
                <Autonym code={code} shownName={name} />
              </button>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('actions.back')}
        </button>
      </div>
    </section>
  );
}
