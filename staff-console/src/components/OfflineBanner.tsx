import type { ConnectionState } from '@reception/web-common';

/** Shown whenever the live connection is not up: the queue on screen may be out of date. */
export function OfflineBanner({ state }: { state: Exclude<ConnectionState, 'online'> }) {
  return (
    <div className="offline-banner" data-testid="console-offline" role="status">
      <strong>{state === 'connecting' ? 'Connecting to the server…' : 'Offline: not connected to the server.'}</strong>{' '}
      {state === 'connecting' ? 'The queue will appear in a moment.' : 'The queue shown may be out of date. Reconnecting by itself; you do not need to reload.'}
    </div>
  );
}
