import { useTranslation } from 'react-i18next';
import { localTimeOf } from '@reception/shared';
import { useServerNow } from '@reception/web-common';

/** The site name and the time at the site, from the server's clock so it matches every other screen. */
export function KioskHeader({ siteName, timeZone, serverNow }: { siteName: string; timeZone: string; serverNow: number }) {
  const { t } = useTranslation();
  const now = useServerNow(serverNow);
  const time = localTimeOf(now, timeZone);
  return (
    <header className="kiosk-header">
      <p className="kiosk-header__site">{siteName}</p>
      <p className="kiosk-header__clock">
        <span className="visually-hidden">{t('header.timeNow', { time })}</span>
        <span aria-hidden="true">{time}</span>
      </p>
    </header>
  );
}
