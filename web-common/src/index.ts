export * from './socket.js';
export * from './use-connection.js';
export * from './device-token.js';
export * from './server-clock.js';
