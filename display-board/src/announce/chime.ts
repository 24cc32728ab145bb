/** Length of the chime; speech starts after it so the two never overlap. */
export const CHIME_SECONDS = 0.8;

/**
 * A two-tone "ding-dong" made with oscillators, so there is no audio file to load,
 * cache or be blocked. Resolves when the chime has finished (or at once if the audio
 * context cannot play, e.g. sound not yet enabled on this screen).
 */
export function playChime(ctx: AudioContext | null): Promise<void> {
  if (!ctx || ctx.state !== 'running') return Promise.resolve();
  const start = ctx.currentTime + 0.02;
  const half = CHIME_SECONDS / 2;
  const tones: Array<[frequency: number, at: number]> = [
    [784, start], // G5
    [587.33, start + half], // D5
  ];
  for (const [frequency, at] of tones) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    // A quick attack and exponential decay sounds like a bell rather than a beep.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.5, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + half + 0.15);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + half + 0.2);
  }
  return new Promise((resolve) => window.setTimeout(resolve, (CHIME_SECONDS + 0.1) * 1000));
}
