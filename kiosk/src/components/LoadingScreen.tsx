import { useTranslation } from 'react-i18next';
import { OfflineBanner } from './OfflineBanner';

/** Before the first snapshot: nothing to choose from yet. */
export function LoadingScreen({ offline }: { offline: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk">
      {offline && <OfflineBanner />}
      <main className="kiosk-main kiosk-main--message">
        <div className="message-panel">
          <h1>{t('app.loading')}</h1>
        </div>
      </main>
    </div>
  );
}
