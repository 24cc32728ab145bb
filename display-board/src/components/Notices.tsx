import type { Notice } from '@reception/shared';

const LABEL: Record<Notice['kind'], string> = {
  delay: 'Delay',
  unattended: 'Please note',
};

/** Why the wait is longer than usual, in staff's words: the standards ask that visitors are kept informed. */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  return (
    <ul className="notices" data-testid="display-notices" aria-live="polite">
      {notices.map((notice) => (
        <li key={notice.id} className="notice">
          <strong>{LABEL[notice.kind]}:</strong> {notice.message}
        </li>
      ))}
    </ul>
  );
}
