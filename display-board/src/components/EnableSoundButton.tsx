/**
 * Browsers keep a page silent until someone interacts with it. The board works without
 * sound, so this is a small corner button rather than an overlay hiding the calls.
 */
export function EnableSoundButton({ onEnable }: { onEnable: () => void }) {
  return (
    <button type="button" className="enable-sound" data-testid="enable-sound" onClick={onEnable}>
      Tap to enable sound
    </button>
  );
}
