import { useEffect, useReducer, useRef, useState } from 'react';
import type { CallAnnouncement } from '@reception/shared';
import { createSocket, useConnection, type AppSocket, type ConnectionState } from '@reception/web-common';
import { boardReducer, initialBoardState, type BoardState } from '../state/board-reducer';

/**
 * Socket.IO waits 20 s by default for an attempt to open. A connection dropped
 * silently mid-handshake (a flaky network, a proxy) would hold the board on "offline"
 * that long after the server is back; a shorter limit retries sooner.
 */
const CONNECT_TIMEOUT_MS = 4000;

function connectDisplay(deviceToken: string): AppSocket {
  const socket = createSocket(deviceToken);
  // Applies to every attempt opened from now on; the effect below restarts the first one.
  socket.io.timeout(CONNECT_TIMEOUT_MS);
  return socket;
}

/**
 * Connects as the paired display and keeps the board state. Socket.IO reconnects by
 * itself and the server sends a full snapshot on every connect, so a dropped
 * connection heals without a reload.
 */
export function useDisplaySocket(deviceToken: string, onCall: (call: CallAnnouncement) => void): { board: BoardState; connection: ConnectionState } {
  const [socket] = useState<AppSocket>(() => connectDisplay(deviceToken));
  const [board, dispatch] = useReducer(boardReducer, initialBoardState);
  const { state: connection } = useConnection(socket);
  // Held in a ref so a new callback never tears down and reopens the connection.
  const onCallRef = useRef(onCall);
  useEffect(() => {
    onCallRef.current = onCall;
  }, [onCall]);

  useEffect(() => {
    socket.on('display:snapshot', (snapshot) => dispatch({ type: 'snapshot', snapshot }));
    socket.on('display:ticket', (ticket) => dispatch({ type: 'ticket', ticket }));
    socket.on('queue:stats', (stats) => dispatch({ type: 'stats', stats }));
    socket.on('public:notices', (notices) => dispatch({ type: 'notices', notices }));
    socket.on('display:announce', (call) => {
      dispatch({ type: 'announce', call });
      onCallRef.current(call);
    });
    // (Re)starts the connection under CONNECT_TIMEOUT_MS: createSocket's own first
    // attempt runs under the 20 s default, and a development remount closes it below.
    if (!socket.connected) {
      socket.disconnect();
      socket.connect();
    }
    return () => {
      socket.off('display:snapshot');
      socket.off('display:ticket');
      socket.off('queue:stats');
      socket.off('public:notices');
      socket.off('display:announce');
      socket.disconnect();
    };
  }, [socket]);

  return { board, connection };
}
