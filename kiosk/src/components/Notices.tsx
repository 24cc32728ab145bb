import { useTranslation } from 'react-i18next';
import type { Notice } from '@reception/shared';

/**
 * Delay notices, as staff wrote them. They are in English whatever the kiosk shows, so the
 * text carries `lang="en"` (read in an English voice) and is isolated left to right, after
 * a label in the visitor's language.
 */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="kiosk-notices" data-testid="kiosk-notices" role="status">
      {notices.map((n) => (
        <div className="kiosk-notice" key={n.id}>
          <span className="kiosk-notice__icon" aria-hidden="true" />
          <p>
            <strong className="kiosk-notice__label">{t('notices.label')}</strong>{' '}
            <bdi className="kiosk-notice__message" lang="en" dir="ltr">
              {n.message}
            </bdi>
          </p>
        </div>
      ))}
    </div>
  );
}
