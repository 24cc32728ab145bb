import { useEffect, useState } from 'react';
import type { KioskSnapshot, Notice, ServiceStats } from '@reception/shared';
import { send, type AppSocket } from '@reception/web-common';

export interface KioskData {
  snapshot: KioskSnapshot | null;
  statsByService: ReadonlyMap<string, ServiceStats>;
  /** Delay and "reception unattended" notices as last sent; filter by expiry with the server's now. */
  notices: readonly Notice[];
}

const byService = (stats: readonly ServiceStats[]) => new Map(stats.map((s) => [s.serviceId, s]));

/**
 * The site, its open services, their queue figures and staff notices. The server sends a full
 * snapshot on every (re)connect and whenever the site's set-up changes (opening hours
 * included), so the kiosk is current again without a reload.
 */
export function useKioskData(socket: AppSocket): KioskData {
  const [snapshot, setSnapshot] = useState<KioskSnapshot | null>(null);
  const [statsByService, setStats] = useState<ReadonlyMap<string, ServiceStats>>(() => new Map());
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  useEffect(() => {
    const onSnapshot = (s: KioskSnapshot) => {
      setSnapshot(s);
      setStats(byService(s.stats));
      setNotices(s.notices);
    };
    const onStats = (stats: ServiceStats[]) => setStats(byService(stats));
    socket.on('kiosk:snapshot', onSnapshot);
    socket.on('queue:stats', onStats);
    socket.on('public:notices', setNotices);
    // The connect-time snapshot may have arrived before these listeners existed.
    if (socket.connected) void send(socket, 'sync:snapshot', {}).catch(() => undefined);
    return () => {
      socket.off('kiosk:snapshot', onSnapshot);
      socket.off('queue:stats', onStats);
      socket.off('public:notices', setNotices);
    };
  }, [socket]);
  return { snapshot, statsByService, notices };
}
