import { useTranslation } from 'react-i18next';

/** Tells the visitor why the buttons are not working, without hiding the screen they are on. */
export function OfflineBanner() {
  const { t } = useTranslation();
  return (
    <div className="offline-banner" role="status" data-testid="kiosk-offline">
      <span className="offline-banner__icon" aria-hidden="true" />
      <strong>{t('app.offline')}</strong> <span>{t('app.offlineDetail')}</span>
    </div>
  );
}
