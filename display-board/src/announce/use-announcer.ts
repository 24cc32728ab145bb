import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallAnnouncement } from '@reception/shared';
import { AnnouncementQueue } from './announcement-queue';
import { announcementText } from './announcement-text';
import { playChime } from './chime';
import { speak, unlockSpeech } from './speech';
import { initAnnouncementLog, recordAnnouncementEnd, recordAnnouncementStart } from './test-hook';

function newAudioContext(): AudioContext | null {
  try {
    return typeof AudioContext === 'undefined' ? null : new AudioContext();
  } catch {
    return null;
  }
}

export interface Announcer {
  announce: (call: CallAnnouncement) => void;
  /** Must run inside a tap/click handler: that is what lets the browser play sound. */
  enableSound: () => void;
  soundEnabled: boolean;
}

/** Chime then voice for each call, one at a time, for the life of the board. */
export function useAnnouncer(): Announcer {
  const audio = useRef<AudioContext | null>(null);
  const queue = useRef<AnnouncementQueue | null>(null);
  const [soundEnabled, setSoundEnabled] = useState(false);

  const audioContext = useCallback(() => (audio.current ??= newAudioContext()), []);

  const getQueue = useCallback(
    () =>
      (queue.current ??= new AnnouncementQueue({
        onStart: recordAnnouncementStart,
        onEnd: recordAnnouncementEnd,
        perform: async (text) => {
          await playChime(audioContext());
          await speak(text);
        },
      })),
    [audioContext],
  );

  useEffect(() => {
    initAnnouncementLog();
    return () => {
      void audio.current?.close();
      audio.current = null;
      window.speechSynthesis?.cancel();
    };
  }, []);

  const announce = useCallback((call: CallAnnouncement) => getQueue().enqueue(announcementText(call)), [getQueue]);

  const enableSound = useCallback(() => {
    const ctx = audioContext();
    unlockSpeech();
    setSoundEnabled(true);
    if (!ctx) return;
    // A chime on tap tells whoever set the screen up that sound really works.
    void ctx.resume().then(() => {
      if (!getQueue().busy) void playChime(ctx);
    });
  }, [audioContext, getQueue]);

  return { announce, enableSound, soundEnabled };
}
