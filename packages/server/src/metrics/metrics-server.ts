import { createServer, type Server } from 'node:http';
import type { HostAndPort } from '../config/server-config.js';
import type { HealthVerdict } from './health.js';
import type { NodeMetrics } from './node-metrics.js';
import { listenOn } from '../transport/listen.js';

/**
 * The HTTP listener for Prometheus: `GET /metrics` (text exposition) and `GET /health`
 * (200 when {@link judgeHealth} says so, else 503 with the reasons as JSON).
 */
export async function startMetricsServer(
  address: HostAndPort,
  metrics: NodeMetrics,
  health: () => HealthVerdict,
): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET') {
      response.writeHead(405).end();
    } else if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    } else if (path === '/health') {
      const verdict = health();
      response
        .writeHead(verdict.healthy ? 200 : 503, { 'content-type': 'application/json' })
        .end(`${JSON.stringify(verdict)}\n`);
    } else {
      response.writeHead(404).end();
    }
  });
  await listenOn(server, address);
  return server;
}
