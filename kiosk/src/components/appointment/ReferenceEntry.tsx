import { useTranslation } from 'react-i18next';
import { formatReference, REFERENCE_ALPHABET, REFERENCE_LENGTH } from '@reception/shared';
import { ScreenHeading } from '../ScreenHeading';

interface Props {
  reference: string;
  online: boolean;
  sending: boolean;
  noAnswer: boolean;
  onChange: (reference: string) => void;
  onSubmit: (reference: string) => void;
  onLost: () => void;
  onBack: () => void;
}

/**
 * An on-screen keypad of only the characters a reference can contain, so nobody has to
 * tell 0 from O on a touchscreen: the confusable ones are simply not there.
 */
export function ReferenceEntry({ reference, online, sending, noAnswer, onChange, onSubmit, onLost, onBack }: Props) {
  const { t } = useTranslation();
  const full = reference.length === REFERENCE_LENGTH;
  const shown = formatReference(reference.padEnd(REFERENCE_LENGTH, '·'));
  return (
    <section className="screen screen--reference" data-testid="screen-reference">
      <div className="screen__intro">
        <ScreenHeading>{t('appointment.heading')}</ScreenHeading>
        <p className="lead">{t('appointment.intro')}</p>
      </div>
      <p className="reference-display" dir="ltr" data-testid="reference-display" aria-live="polite" aria-label={t('appointment.entered', { reference: reference.split('').join(' ') })}>
        {shown}
      </p>
      <div className="reference-keypad" dir="ltr">
        {[...REFERENCE_ALPHABET].map((c) => (
          <button key={c} type="button" className="key" disabled={full || sending} aria-label={t('appointment.key', { character: c })} onClick={() => onChange(reference + c)}>
            {c}
          </button>
        ))}
        <button type="button" className="key key--wide" disabled={reference.length === 0 || sending} onClick={() => onChange(reference.slice(0, -1))}>
          {t('appointment.delete')}
        </button>
      </div>
      {noAnswer && (
        <p className="notice" role="alert">
          {t('appointment.noAnswer')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" disabled={sending} onClick={onBack}>
          {t('actions.back')}
        </button>
        <button type="button" className="button button--secondary" disabled={sending} onClick={onLost}>
          {t('appointment.lost')}
        </button>
        <button type="button" className="button button--primary" disabled={!full || !online} aria-busy={sending || undefined} onClick={() => !sending && onSubmit(reference)}>
          {sending ? t('appointment.sending') : noAnswer ? t('appointment.tryAgain') : t('appointment.checkIn')}
        </button>
      </div>
    </section>
  );
}
