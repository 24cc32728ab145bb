import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  secondsLeft: number;
  onMoreTime: () => void;
}

/**
 * "Are you still there?" before the kiosk clears itself. A modal dialog: the screen behind
 * cannot be tapped by accident, focus starts on the one thing to do, and Escape (or a tap
 * outside) counts as "more time" too, so nobody is trapped in it.
 */
export function IdleWarning({ secondsLeft, onMoreTime }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();
  // Closed before React removes it, so the browser hands focus back to where it was.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="idle-warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={headingId}
      aria-describedby={textId}
      data-testid="idle-warning"
      onCancel={(e) => {
        e.preventDefault();
        onMoreTime();
      }}
      onClick={(e) => {
        // A tap on the backdrop lands on the dialog element itself, outside its box.
        const box = e.currentTarget.getBoundingClientRect();
        const outside = e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
        if (e.target === e.currentTarget && outside) onMoreTime();
      }}
    >
      <h2 id={headingId}>{t('idle.heading')}</h2>
      <p className="idle-warning__seconds" aria-hidden="true" data-testid="idle-seconds">
        <bdi dir="ltr">{secondsLeft}</bdi>
      </p>
      <div id={textId}>
        <p className="idle-warning__countdown">{t('idle.countdown', { count: secondsLeft })}</p>
        <p>{t('idle.why')}</p>
      </div>
      <button type="button" className="button button--primary button--hero" autoFocus onClick={onMoreTime}>
        {t('idle.moreTime')}
      </button>
    </dialog>
  );
}
