import { Trans } from 'react-i18next';

/**
 * Messages with a ticket number, time or phone number in them mark it `<ltr>…</ltr>`: it is
 * isolated left-to-right, so in Arabic "01234 567890" does not come out as "567890 01234"
 * and "08:45 to 17:00" keeps its order. The digits are Latin in every language.
 */
type LtrKey = 'ticket.arrived' | 'ticket.appointmentClock' | 'ticket.phone' | 'closed.openToday' | 'closed.openTomorrow' | 'closed.openOn' | 'closed.range' | 'closed.phone';

const COMPONENTS = { ltr: <bdi dir="ltr" /> };

export function LtrMessage({ i18nKey, values }: { i18nKey: LtrKey; values: Record<string, string> }) {
  return <Trans i18nKey={i18nKey} values={values} components={COMPONENTS} />;
}
