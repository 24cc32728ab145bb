import { useTranslation } from 'react-i18next';

interface Props {
  siteName: string;
  /** The time at the site, from the server's clock, so it matches every other screen. */
  time: string;
  largeText: boolean;
  onToggleLargeText: () => void;
  /** Absent on the language chooser itself; disabled while a ticket is on its way. */
  onChangeLanguage?: (() => void) | undefined;
  changeLanguageDisabled?: boolean;
}

/** Where you are and the time, plus the two controls every screen offers: language, and larger text. */
export function KioskHeader({ siteName, time, largeText, onToggleLargeText, onChangeLanguage, changeLanguageDisabled = false }: Props) {
  const { t, i18n } = useTranslation();
  const sayInEnglishToo = i18n.resolvedLanguage !== 'en';
  return (
    <header className="kiosk-header">
      <div className="kiosk-header__where">
        <p className="kiosk-header__site">{siteName}</p>
        <p className="kiosk-header__clock">
          <span className="visually-hidden">{t('header.timeNow', { time })}</span>
          <bdi dir="ltr" aria-hidden="true">
            {time}
          </bdi>
        </p>
      </div>
      <div className="kiosk-header__tools" role="group" aria-label={t('header.options')}>
        {onChangeLanguage && (
          <button type="button" className="header-button" data-testid="change-language" disabled={changeLanguageDisabled} onClick={onChangeLanguage}>
            <svg className="header-button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="10" />
              <ellipse cx="12" cy="12" rx="4.2" ry="10" />
              <path d="M2 12h20M4 6.5h16M4 17.5h16" />
            </svg>
            <span>{t('header.language')}</span>
            {/* Someone who chose a language by mistake may only read English: say it in English too. */}
            {sayInEnglishToo && (
              <span className="header-button__english" lang="en">
                Language
              </span>
            )}
          </button>
        )}
        <button type="button" className="header-button" data-testid="toggle-contrast" aria-pressed={largeText} onClick={onToggleLargeText}>
          <span className="header-button__icon header-button__icon--text" aria-hidden="true">
            A<span>A</span>
          </span>
          <span>{t('header.largerText')}</span>
        </button>
      </div>
    </header>
  );
}
