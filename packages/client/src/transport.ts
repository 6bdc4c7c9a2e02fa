import type { Request, Response } from '@flintkv/proto';
import type { CallContext } from './call-context.js';
import { type ConnectionIdentity, NodeConnection } from './connection.js';

/**
 * The client's connections: exactly one per node address, created on first use and kept for
 * the client's lifetime (a broken one re-dials on the next request).
 */
export class Transport {
  private readonly connections = new Map<string, NodeConnection>();

  constructor(private readonly identity: ConnectionIdentity) {}

  /**
   * Sends `request` to `address` and waits for its answer, at most `capMs` or until the call
   * ends. Rejects with ConnectionLostError, AttemptTimeoutError or a FlintError.
   */
  request(address: string, request: Request, context: CallContext, capMs: number): Promise<Response> {
    const { response, cancel } = this.connectionTo(address).send(request);
    return context.wait(response, cancel, capMs);
  }

  /** The connection to `address` (created, not yet dialed, if new). */
  connectionTo(address: string): NodeConnection {
    let connection = this.connections.get(address);
    if (connection === undefined) {
      connection = new NodeConnection(address, this.identity);
      this.connections.set(address, connection);
    }
    return connection;
  }

  /** Closes every connection; pending requests fail with FLINT_CLOSED. */
  close(): void {
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
  }
}
