import { localTimeOf } from '@reception/shared';
import { useServerNow } from '@reception/web-common';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let f = dateFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone });
    dateFormats.set(timeZone, f);
  }
  return f;
}

/**
 * Server time in the site's own time zone, so the board agrees with tickets and the
 * staff console even if this screen's clock or time zone is wrong. Its own component
 * so the every-second tick re-renders only the clock.
 */
export function LiveClock({ serverNow, timeZone }: { serverNow: number | null; timeZone: string }) {
  const now = useServerNow(serverNow);
  return (
    <div className="clock">
      <time className="clock-time" dateTime={new Date(now).toISOString()}>
        {localTimeOf(now, timeZone)}
      </time>
      <span className="clock-date">{dateFormat(timeZone).format(now)}</span>
    </div>
  );
}
