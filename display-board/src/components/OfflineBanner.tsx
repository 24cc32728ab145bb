/** The board may be out of date while this shows, so say so plainly; it clears itself on reconnect. */
export function OfflineBanner() {
  return (
    <div className="offline-banner" role="alert" data-testid="display-offline">
      Connection lost — reconnecting…
    </div>
  );
}
