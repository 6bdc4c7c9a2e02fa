import { createServer, type Server, type Socket } from 'node:net';
import type { HostAndPort } from '../config/server-config.js';

/** Starts a TCP listener; rejects with the listen error (e.g. EADDRINUSE). */
export async function listenTcp(address: HostAndPort, onConnection: (socket: Socket) => void): Promise<Server> {
  const server = createServer({ noDelay: true, pauseOnConnect: false }, onConnection);
  await listenOn(server, address);
  return server;
}

/** Binds any net or http server to `address`; rejects with the listen error (e.g. EADDRINUSE). */
export function listenOn(server: Pick<Server, 'once' | 'off' | 'listen'>, address: HostAndPort): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting; existing connections are closed by their owners. */
export function closeListener(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** `host:port` of a socket's remote end, for logs. */
export function remoteAddressOf(socket: Socket): string {
  return `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
}
