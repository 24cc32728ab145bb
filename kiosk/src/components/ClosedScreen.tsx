import { useTranslation } from 'react-i18next';
import type { LanguageCode, PublicSite } from '@reception/shared';
import { currentLanguage } from '../i18n';
import { KIOSK_LANGUAGES } from '../i18n/languages';
import { capitalise, weekdayName } from '../i18n/locale-names';
import { nextOpening, WEEK, weekdayAt } from '../opening-times';
import { LtrMessage } from './Ltr';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  site: PublicSite;
  /** The server's now: the screen changes by itself at opening time. */
  now: number;
  onChooseLanguage: (code: LanguageCode) => void;
}

function NextOpen({ site, now }: { site: PublicSite; now: number }) {
  const next = nextOpening(site.openingHours, now, site.timeZone);
  if (!next) return null;
  const time = next.time;
  if (next.daysAhead === 0) return <LtrMessage i18nKey="closed.openToday" values={{ time }} />;
  if (next.daysAhead === 1) return <LtrMessage i18nKey="closed.openTomorrow" values={{ time }} />;
  return <LtrMessage i18nKey="closed.openOn" values={{ time, day: weekdayName(next.weekday, currentLanguage()) }} />;
}

/** Outside opening hours: when to come back and how to call, in the visitor's language. */
export function ClosedScreen({ site, now, onChooseLanguage }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = weekdayAt(now, site.timeZone);
  return (
    <section className="screen screen--closed" data-testid="kiosk-closed">
      <div className="screen__intro">
        <ScreenHeading>{t('closed.heading')}</ScreenHeading>
        <p className="lead">
          <NextOpen site={site} now={now} />
        </p>
      </div>
      <div className="opening-times">
        <h2 id="opening-times-heading">{t('closed.hoursHeading')}</h2>
        <table aria-labelledby="opening-times-heading">
          <tbody>
            {WEEK.map((key, i) => {
              const hours = site.openingHours[key];
              return (
                <tr key={key} className={i === today ? 'is-today' : undefined} aria-current={i === today ? 'date' : undefined}>
                  <th scope="row">
                    {capitalise(weekdayName(i, lang), lang)}
                    {i === today && <span className="today-badge">{t('closed.today')}</span>}
                  </th>
                  <td>
                    {!hours ? (
                      t('closed.closedAllDay')
                    ) : hours.open === '00:00' && hours.close === '24:00' ? (
                      t('closed.allDay')
                    ) : (
                      <LtrMessage i18nKey="closed.range" values={{ open: hours.open, close: hours.close }} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {site.phone.trim() !== '' && (
        <p className="closed-phone">
          <LtrMessage i18nKey="closed.phone" values={{ phone: site.phone }} />
        </p>
      )}
      <div className="closed-languages">
        <p id="closed-languages-label">{t('closed.readIn')}</p>
        <ul aria-labelledby="closed-languages-label">
          {KIOSK_LANGUAGES.map(({ code, autonym }) => (
            <li key={code}>
              <button type="button" className="button button--secondary button--small" lang={code} aria-current={code === lang ? 'true' : undefined} onClick={() => onChooseLanguage(code)}>
                {autonym}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
