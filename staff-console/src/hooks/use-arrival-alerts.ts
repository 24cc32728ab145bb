import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArrivalAlert, StaffSnapshot } from '@reception/shared';
import type { AppSocket } from '@reception/web-common';
import { standingArrivalAlerts } from '../state/arrival-alerts.js';

/**
 * "Make the member of staff aware that the customer has arrived": alerts sent to this
 * officer's consoles only, kept on screen until dismissed or the visitor is called, with a
 * two-note chime so an officer looking away from the screen hears it too. Alerts survive a
 * reload (rebuilt from the snapshot); dismissals are remembered for the browser tab.
 */
export function useArrivalAlerts(socket: AppSocket, snapshot: StaffSnapshot | null): { alerts: ArrivalAlert[]; dismiss: (visitId: string) => void } {
  const [pushed, setPushed] = useState<ArrivalAlert[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(readDismissed);
  useEffect(() => {
    const onArrived = (alert: ArrivalAlert) => {
      setPushed((known) => [...known.filter((a) => a.visitId !== alert.visitId), alert]);
      // A visit handed back to this officer alerts again, even if they dismissed it before.
      setDismissed((known) => without(known, alert.visitId));
      chime();
    };
    socket.on('staff:appointment-arrived', onArrived);
    return () => {
      socket.off('staff:appointment-arrived', onArrived);
    };
  }, [socket]);
  const dismiss = useCallback((visitId: string) => {
    setDismissed((known) => {
      const next = new Set(known).add(visitId);
      writeDismissed(next);
      return next;
    });
  }, []);
  const alerts = useMemo(() => (snapshot ? standingArrivalAlerts(snapshot, pushed, dismissed) : []), [snapshot, pushed, dismissed]);
  return { alerts, dismiss };
}

const DISMISSED_KEY = 'reception.dismissedArrivals';

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  writeDismissed(next);
  return next;
}

function readDismissed(): ReadonlySet<string> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(DISMISSED_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeDismissed(ids: ReadonlySet<string>): void {
  try {
    // Only the latest few matter: visit ids of a day's arrivals, never personal data.
    sessionStorage.setItem(DISMISSED_KEY, JSON.stringify([...ids].slice(-200)));
  } catch {
    // Storage full or blocked: dismissals then last until the page is reloaded.
  }
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
