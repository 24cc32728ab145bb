/** Longest we wait for a voice to finish; some engines never fire `end` at all. */
export const SPEECH_TIMEOUT_MS = 8000;

function britishVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  const voices = synth.getVoices();
  return voices.find((v) => v.lang === 'en-GB') ?? voices.find((v) => v.lang.startsWith('en')) ?? null;
}

/**
 * Speaks `text` and resolves when it has been said, when speech fails, or after the
 * safety timeout — whichever comes first. Without speech synthesis it resolves at once:
 * the call is still on screen and the chime has played.
 */
export function speak(text: string, timeoutMs = SPEECH_TIMEOUT_MS): Promise<void> {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    let timer = 0;
    const done = () => {
      window.clearTimeout(timer);
      resolve();
    };
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-GB';
    utterance.rate = 0.9; // a little slower than default: a large room echoes
    const voice = britishVoice(synth);
    if (voice) utterance.voice = voice;
    utterance.onend = done;
    utterance.onerror = done;
    timer = window.setTimeout(() => {
      // Stop a stuck utterance so it cannot talk over the next announcement.
      synth.cancel();
      resolve();
    }, timeoutMs);
    synth.speak(utterance);
  });
}

/**
 * Browsers only allow speech after a user gesture on the page; speaking an empty
 * utterance inside the tap handler unlocks it for later calls.
 */
export function unlockSpeech(): void {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const silent = new SpeechSynthesisUtterance('');
  silent.volume = 0;
  synth.speak(silent);
}
