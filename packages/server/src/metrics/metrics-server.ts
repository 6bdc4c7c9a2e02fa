import { createServer, type Server } from 'node:http';
import type { HostAndPort } from '../config/server-config.js';
import { listenOn } from '../transport/listen.js';
import type { HealthVerdict } from './health.js';
import type { NodeMetrics } from './node-metrics.js';

/** The probes the HTTP listener answers: 200 with the verdict as JSON, or 503 with the reasons. */
export interface Probes {
  /** `/livez`: the process and its host threads answer. */
  liveness(): HealthVerdict;
  /** `/readyz`, and `/health` as its alias: the node can serve its groups. */
  readiness(): HealthVerdict;
}

/**
 * The HTTP listener for Prometheus and probes: `/metrics` (text exposition), `/livez`,
 * `/readyz` and `/health` (an alias of `/readyz`). GET and HEAD are allowed.
 */
export async function startMetricsServer(address: HostAndPort, metrics: NodeMetrics, probes: Probes): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    } else if (path === '/livez' || path === '/readyz' || path === '/health') {
      const verdict = path === '/livez' ? probes.liveness() : probes.readiness();
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
