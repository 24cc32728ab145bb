import { useEffect, useReducer, useRef, useState } from 'react';
import type { CallAnnouncement } from '@reception/shared';
import { createSocket, useConnection, type AppSocket, type ConnectionState } from '@reception/web-common';
import { boardReducer, initialBoardState, type BoardState } from '../state/board-reducer';

/**
 * Connects as the paired display and keeps the board state. Socket.IO reconnects by
 * itself and the server sends a full snapshot on every connect, so a dropped
 * connection heals without a reload.
 */
export function useDisplaySocket(deviceToken: string, onCall: (call: CallAnnouncement) => void): { board: BoardState; connection: ConnectionState } {
  const [socket] = useState<AppSocket>(() => createSocket(deviceToken));
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
    socket.on('display:announce', (call) => {
      dispatch({ type: 'announce', call });
      onCallRef.current(call);
    });
    // Reopens the socket after a development (StrictMode) remount closed it below.
    if (!socket.active) socket.connect();
    return () => {
      socket.off('display:snapshot');
      socket.off('display:ticket');
      socket.off('queue:stats');
      socket.off('display:announce');
      socket.disconnect();
    };
  }, [socket]);

  return { board, connection };
}
