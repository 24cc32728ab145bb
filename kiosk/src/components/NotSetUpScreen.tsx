import { useTranslation } from 'react-i18next';

/** Shown when the kiosk has no pairing token, or the server does not accept the one it has. */
export function NotSetUpScreen() {
  const { t } = useTranslation();
  return (
    <div className="kiosk">
      <main className="kiosk-main kiosk-main--message">
        <div className="message-panel" data-testid="kiosk-unpaired">
          <h1>{t('app.unpaired')}</h1>
        </div>
        <p className="staff-hint">{t('app.unpairedStaffHint')}</p>
      </main>
    </div>
  );
}
