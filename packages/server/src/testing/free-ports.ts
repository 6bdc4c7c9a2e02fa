import { createServer, type Server } from 'node:net';

/**
 * Ports are drawn below Linux's default ephemeral range (32768–60999): a port the kernel hands
 * out for outgoing connections could be taken by one between our check and the node's bind.
 */
const LOWEST_PORT = 12_000;
const HIGHEST_PORT = 32_000;

function tryListen(port: number, host: string): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * `count` distinct TCP ports that were free on `host` a moment ago. All are held open together
 * while they are chosen, so none is handed out twice by one call.
 */
export async function freePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const held: Server[] = [];
  const ports: number[] = [];
  try {
    for (let attempt = 0; ports.length < count; attempt++) {
      if (attempt > count * 100) throw new Error(`no ${count} free ports found on ${host}`);
      const port = LOWEST_PORT + Math.floor(Math.random() * (HIGHEST_PORT - LOWEST_PORT));
      if (ports.includes(port)) continue;
      const server = await tryListen(port, host);
      if (server === undefined) continue;
      held.push(server);
      ports.push(port);
    }
    return ports;
  } finally {
    await Promise.all(held.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}
