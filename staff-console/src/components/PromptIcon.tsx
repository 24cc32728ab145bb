import type { PromptKind } from '@reception/shared';

/** Each kind has its own shape as well as its own words, so colour is never the only cue. */
export function PromptIcon({ kind }: { kind: PromptKind }) {
  const common = { 'aria-hidden': true, focusable: false, width: 22, height: 22, viewBox: '0 0 16 16', className: 'prompt-card__icon' } as const;
  switch (kind) {
    case 'offer-appointment':
      // A clock: the visitor's time is running out.
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M8 4v4.3l2.8 1.7" fill="none" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'room-unavailable':
      // A door.
      return (
        <svg {...common}>
          <rect x="3.5" y="1" width="9" height="13.5" rx="1" fill="currentColor" />
          <circle cx="10" cy="8.2" r="1.1" fill="#fff" />
          <path d="M1.5 15h13" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
      );
    case 'limit-breached':
      // The same octagon as the "Over limit" badge.
      return (
        <svg {...common}>
          <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor" />
          <path d="M8 4.3v4.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="11.6" r="1.05" fill="#fff" />
        </svg>
      );
    case 'delay-reason':
      // A speech bubble: tell the visitor why.
      return (
        <svg {...common}>
          <path d="M2 2.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7l-3.5 3v-3H2a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z" fill="currentColor" />
          <path d="M4.5 6.2h7M4.5 8.6h4.5" stroke="#fff" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
      );
    case 'officer-unavailable':
      // A person with an arrow: hand over to someone else.
      return (
        <svg {...common}>
          <circle cx="5.5" cy="4.5" r="2.8" fill="currentColor" />
          <path d="M0.8 15c0-3.3 2.1-5.6 4.7-5.6s4.7 2.3 4.7 5.6z" fill="currentColor" />
          <path d="M10.5 5.5h4.5M13 3.2l2.2 2.3L13 7.8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
  }
}
