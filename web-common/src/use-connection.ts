import { useEffect, useState } from 'react';
import type { AppSocket } from './socket.js';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused';

/** Tracks a socket's connection so every screen can show when it is offline. */
export function useConnection(socket: AppSocket | null): { state: ConnectionState; reason: string | null } {
  const [state, setState] = useState<ConnectionState>(socket?.connected ? 'online' : 'connecting');
  const [reason, setReason] = useState<string | null>(null);
  useEffect(() => {
    if (!socket) return;
    const onConnect = () => {
      setState('online');
      setReason(null);
    };
    const onDisconnect = () => setState('offline');
    const onError = (err: Error & { data?: { code?: string; message?: string } }) => {
      if (err.data?.code === 'UNAUTHENTICATED') {
        setState('refused');
        setReason(err.data.message ?? 'Not signed in.');
      } else setState('offline');
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onError);
    if (socket.connected) onConnect();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onError);
    };
  }, [socket]);
  return { state, reason };
}
