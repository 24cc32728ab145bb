import { formatElapsed, type ClockState, type WaitClock } from '@reception/shared';
import './ClockBadge.css';

export const CLOCK_LABELS: Record<ClockState, string> = {
  within: 'On time',
  'due-soon': 'Due soon',
  breached: 'Over limit',
};

/** Status is never colour alone: each state has its own shape and its own word. */
function ClockIcon({ state }: { state: ClockState }) {
  const common = { 'aria-hidden': true, focusable: false, width: 16, height: 16, viewBox: '0 0 16 16', className: 'clock-badge__icon' } as const;
  switch (state) {
    case 'within':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'due-soon':
      return (
        <svg {...common}>
          <path d="M8 1.2l7 12.6H1z" fill="currentColor" />
          <path d="M8 5.6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="11.9" r="1" fill="#fff" />
        </svg>
      );
    case 'breached':
      return (
        <svg {...common}>
          <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="var(--bad)" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
  }
}

export function ClockBadge({ state }: { state: ClockState }) {
  return (
    <span className={`clock-badge clock-badge--${state}`}>
      <ClockIcon state={state} />
      {CLOCK_LABELS[state]}
    </span>
  );
}

/** "12:05 of 20 min": the wait against the limit the visitor arrived under. */
export function waitAgainstLimit(clock: WaitClock): string {
  return `${formatElapsed(clock.elapsedMs)} of ${Math.round(clock.limitMs / 60_000)} min`;
}
