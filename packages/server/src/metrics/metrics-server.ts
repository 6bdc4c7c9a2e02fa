import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { HostAndPort } from '../config/server-config.js';
import { listenOn } from '../transport/listen.js';
import type { HealthVerdict } from './health.js';
import type { NodeMetrics } from './node-metrics.js';
import type { TlsMaterial } from '../transport/tls/tls-material.js';

/** The probes the HTTP listener answers: 200 with the verdict as JSON, or 503 with the reasons. */
export interface Probes {
  /** `/livez`: the process and its host threads answer. */
  liveness(): HealthVerdict;
  /** `/readyz`, and `/health` as its alias: the node can serve its groups. */
  readiness(): HealthVerdict;
}

/**
 * The HTTP listener for Prometheus and probes: `/metrics` (text exposition), `/livez`,
 * `/readyz` and `/health` (an alias of `/readyz`). GET and HEAD are allowed. With `https`
 * (`--metrics-tls`) it serves HTTPS with the client port's certificate, reloaded with it.
 */
export async function startMetricsServer(
  address: HostAndPort,
  metrics: NodeMetrics,
  https: TlsMaterial | undefined,
  probes: Probes,
): Promise<Server> {
  const handle = (request: IncomingMessage, response: ServerResponse) => {
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
  };
  let server: Server;
  if (https === undefined) {
    server = createServer(handle);
  } else {
    const secure = createHttpsServer(https.current.options, handle);
    https.onReload((loaded) => secure.setSecureContext(loaded.options));
    server = secure;
  }
  await listenOn(server, address);
  return server;
}
