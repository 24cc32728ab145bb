import { useCallback, useEffect, useState } from 'react';
import type { ArrivalAlert } from '@reception/shared';
import type { AppSocket } from '@reception/web-common';

/**
 * "Make the member of staff aware that the customer has arrived": alerts sent to this
 * officer's consoles only, kept on screen until dismissed or the visitor is called, with a
 * two-note chime so an officer looking away from the screen hears it too.
 */
export function useArrivalAlerts(socket: AppSocket): { alerts: ArrivalAlert[]; dismiss: (visitId: string) => void } {
  const [alerts, setAlerts] = useState<ArrivalAlert[]>([]);
  useEffect(() => {
    const onArrived = (alert: ArrivalAlert) => {
      setAlerts((known) => [...known.filter((a) => a.visitId !== alert.visitId), alert]);
      chime();
    };
    socket.on('staff:appointment-arrived', onArrived);
    return () => {
      socket.off('staff:appointment-arrived', onArrived);
    };
  }, [socket]);
  const dismiss = useCallback((visitId: string) => setAlerts((known) => known.filter((a) => a.visitId !== visitId)), []);
  return { alerts, dismiss };
}

/** The number of chimes played, for end-to-end tests to prove the alert was audible. */
declare global {
  interface Window {
    __arrivalChimes?: number;
  }
}

let context: AudioContext | null = null;

function chime(): void {
  window.__arrivalChimes = (window.__arrivalChimes ?? 0) + 1;
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + i * 0.25);
      gain.gain.exponentialRampToValueAtTime(0.3, start + i * 0.25 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.25 + 0.4);
      osc.connect(gain).connect(context.destination);
      osc.start(start + i * 0.25);
      osc.stop(start + i * 0.25 + 0.45);
    }
  } catch {
    // No audio device (or autoplay refused before any click): the visible alert still stands.
  }
}
