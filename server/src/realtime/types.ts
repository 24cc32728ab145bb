import type { ClientToServerEvents, ServerToClientEvents } from '@reception/shared';
import type { Server, Socket } from 'socket.io';
import type { Principal } from '../auth/principal.js';

export interface SocketData {
  principal: Principal;
}

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
