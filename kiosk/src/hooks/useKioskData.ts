import { useEffect, useState } from 'react';
import type { KioskSnapshot, ServiceStats } from '@reception/shared';
import { send, type AppSocket } from '@reception/web-common';

export interface KioskData {
  snapshot: KioskSnapshot | null;
  statsByService: ReadonlyMap<string, ServiceStats>;
}

const byService = (stats: readonly ServiceStats[]) => new Map(stats.map((s) => [s.serviceId, s]));

/**
 * The site, its open services and their queue figures. The server sends a full snapshot on
 * every (re)connect, so after a dropped connection the kiosk is current again without a reload.
 */
export function useKioskData(socket: AppSocket): KioskData {
  const [snapshot, setSnapshot] = useState<KioskSnapshot | null>(null);
  const [statsByService, setStats] = useState<ReadonlyMap<string, ServiceStats>>(() => new Map());
  useEffect(() => {
    const onSnapshot = (s: KioskSnapshot) => {
      setSnapshot(s);
      setStats(byService(s.stats));
    };
    const onStats = (stats: ServiceStats[]) => setStats(byService(stats));
    socket.on('kiosk:snapshot', onSnapshot);
    socket.on('queue:stats', onStats);
    // The connect-time snapshot may have arrived before these listeners existed.
    if (socket.connected) void send(socket, 'sync:snapshot', {}).catch(() => undefined);
    return () => {
      socket.off('kiosk:snapshot', onSnapshot);
      socket.off('queue:stats', onStats);
    };
  }, [socket]);
  return { snapshot, statsByService };
}
