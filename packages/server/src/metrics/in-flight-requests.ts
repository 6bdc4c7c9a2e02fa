import type { CommandType } from '@flintkv/proto';

/** A client request not yet answered: what it asks and when it arrived. */
export interface InFlightRequest {
  command: CommandType;
  /** In the caller's clock (milliseconds). */
  startedAt: number;
}

/** How many requests {@link InFlightRequests} keeps. */
export interface InFlightLimits {
  /** Per connection: past it, the connection's oldest request is forgotten for the new one. */
  perConnection: number;
  /** On the node: past it, new requests are not kept until some are answered or forgotten. */
  total: number;
}

/**
 * Far above what a client pipelines on one connection (a benchmark at 256 concurrent requests
 * spreads them over every node); the node-wide bound keeps this map to about ten megabytes.
 */
export const DEFAULT_IN_FLIGHT_LIMITS: InFlightLimits = { perConnection: 10_000, total: 100_000 };

/**
 * The client requests a node is answering, by connection and request id, so an answer can be
 * matched to the request it answers. Bounded: a request that is never answered (its client
 * gone silent, an answer lost) must not hold memory for ever, so each connection keeps at most
 * `perConnection` (the oldest go first) and the node at most `total`; a connection's requests are
 * forgotten when it closes.
 */
export class InFlightRequests {
  /** Insertion-ordered: each connection's first entry is its oldest request. */
  private readonly byConnection = new Map<number, Map<number, InFlightRequest>>();
  private count = 0;

  constructor(private readonly limits: InFlightLimits = DEFAULT_IN_FLIGHT_LIMITS) {}

  /** Requests kept. */
  get size(): number {
    return this.count;
  }

  /**
   * Keeps a request that arrived on `connection`. Returns false when the node-wide bound left it
   * out (its answer will then not be matched). A request id already waiting is replaced.
   */
  add(connection: number, requestId: number, command: CommandType, startedAt: number): boolean {
    let requests = this.byConnection.get(connection);
    if (requests === undefined) {
      requests = new Map();
      this.byConnection.set(connection, requests);
    }
    if (!requests.has(requestId)) {
      if (requests.size >= this.limits.perConnection) {
        const oldest = requests.keys().next().value as number;
        requests.delete(oldest);
        this.count--;
      }
      if (this.count >= this.limits.total) return false;
      this.count++;
    }
    requests.set(requestId, { command, startedAt });
    return true;
  }

  /** Whether `connection` has a request waiting: when not, its answers need not be read. */
  awaits(connection: number): boolean {
    return (this.byConnection.get(connection)?.size ?? 0) > 0;
  }

  /** Removes and returns the request `requestId` of `connection`, if it is kept. */
  take(connection: number, requestId: number): InFlightRequest | undefined {
    const requests = this.byConnection.get(connection);
    const request = requests?.get(requestId);
    if (request === undefined) return undefined;
    // The connection's map stays, emptied: a client with one request at a time would otherwise make one per request.
    requests!.delete(requestId);
    this.count--;
    return request;
  }

  /** Forgets every request of a closed connection. */
  forget(connection: number): void {
    const requests = this.byConnection.get(connection);
    if (requests === undefined) return;
    this.count -= requests.size;
    this.byConnection.delete(connection);
  }
}
