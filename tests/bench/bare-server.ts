/**
 * The baseline: a bare Socket.IO server that, on `ping`, broadcasts a payload of the
 * given size to every connected client and acknowledges. No validation, no database.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.argv[2]);
const http = createServer((req, res) => {
  res.writeHead(req.url === '/api/health' ? 200 : 404, { 'content-type': 'application/json' });
  res.end('{"ok":true}');
});
const io = new Server(http, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('ping', (payload: { id: string; padding: string }, ack: () => void) => {
    io.emit('pong', payload);
    ack();
  });
});
http.listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
