import { type Logger, pino } from 'pino';
import type { LogLevel } from './config/server-config.js';

export type { Logger } from 'pino';

/**
 * The node's logger: JSON lines to stdout, synchronous (async transports lose lines when the
 * process exits; docs/architecture.md#logs), every line tagged with the node id.
 */
export function createNodeLogger(level: LogLevel, nodeId: number): Logger {
  return pino({ level, base: { node: nodeId } });
}
