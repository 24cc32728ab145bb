import { useState, type FormEvent } from 'react';
import { NoticeKind, PostNoticeRequest } from '@reception/shared';

interface Props {
  busy: boolean;
  /** Resolves true once the server has accepted it, so the form can clear. */
  onPost: (request: PostNoticeRequest) => Promise<boolean>;
  onInvalid: (message: string) => void;
}

const KIND_LABELS: Record<NoticeKind, string> = { delay: 'Delay', unattended: 'Reception temporarily unattended' };

const PLACEHOLDERS: Record<NoticeKind, string> = {
  delay: 'Two advisors are at a training session until 11:00',
  unattended: 'Back at 14:00. Please take a seat; your number will be called.',
};

/** Minutes, or '' for "until withdrawn". */
const DURATIONS = [
  { value: '30', label: '30 minutes' },
  { value: '60', label: '1 hour' },
  { value: '120', label: '2 hours' },
  { value: '', label: 'Until withdrawn' },
] as const;

/** Posts a reason for a delay to the display board and kiosks, as the councils' codes ask ("tell the customer the reason"). */
export function NoticeForm({ busy, onPost, onInvalid }: Props) {
  const [kind, setKind] = useState<NoticeKind>('delay');
  const [message, setMessage] = useState('');
  const [duration, setDuration] = useState<string>('30');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = PostNoticeRequest.safeParse({ kind, message, ...(duration ? { expiresInMinutes: Number(duration) } : {}) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return onInvalid(issue?.path[0] === 'message' ? `Reason shown to visitors: ${issue.message}.` : `Check the notice: ${issue?.message ?? 'it is not valid'}.`);
    }
    void onPost(parsed.data).then((posted) => {
      if (posted) setMessage('');
    });
  };

  return (
    <form className="notice-form" onSubmit={submit}>
      <div className="notice-form__row">
        <div>
          <label htmlFor="notice-kind" className="field-label">
            Type
          </label>
          <select id="notice-kind" value={kind} onChange={(e) => setKind(NoticeKind.safeParse(e.target.value).data ?? 'delay')}>
            {NoticeKind.options.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="notice-duration" className="field-label">
            Show for
          </label>
          <select id="notice-duration" value={duration} onChange={(e) => setDuration(e.target.value)}>
            {DURATIONS.map((d) => (
              <option key={d.label} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor="notice-message" className="field-label">
        Reason shown to visitors
      </label>
      <textarea
        id="notice-message"
        value={message}
        maxLength={200}
        rows={2}
        placeholder={`e.g. ${PLACEHOLDERS[kind]}`}
        aria-describedby="notice-message-hint"
        onChange={(e) => setMessage(e.target.value)}
      />
      <p className="field-hint notice-form__warning" id="notice-message-hint">
        Everyone in reception can read this: no names or personal details.
      </p>
      <button type="submit" className="button button--primary" disabled={busy}>
        Show on screens
      </button>
    </form>
  );
}
