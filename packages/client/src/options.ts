import type { ReadConsistency } from '@flintkv/proto';
import type { BytesLike } from './bytes.js';

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** Client addresses (`host:port`) of one or more nodes; the rest of the cluster is discovered. */
  endpoints: readonly string[];
  /** Default deadline of every call, retries included, in milliseconds. Default 5000. */
  timeoutMs?: number;
  /** The cluster to talk to; by default learned from the first node that answers, then enforced. */
  clusterId?: number;
  /** Longest wait for one answer before retrying (elsewhere), in milliseconds. Default 2000. */
  attemptTimeoutMs?: number;
  /** Bound on dialing a node plus its handshake, in milliseconds. Default 2000. */
  connectTimeoutMs?: number;
  /** First retry delay and cap of the exponential backoff, in milliseconds. Default 10 and 1000. */
  backoff?: { initialMs?: number; maxMs?: number };
  /** Longest key accepted, in bytes. Default 8192. */
  maxKeyBytes?: number;
  /** Longest value accepted, in bytes. Default 8 MiB. */
  maxValueBytes?: number;
  /** Largest frame sent or accepted, in bytes; must match the servers'. Default 16 MiB. */
  maxFrameBytes?: number;
  /** Pairs fetched per scan request. Default 256. */
  scanPageSize?: number;
  /** This client's session id; random by default. Two live clients must never share one. */
  clientId?: number;
  /**
   * TLS to the nodes' client ports (nodes started with `--tls-cert`). Each node's certificate
   * must name the host of its endpoint (a DNS or IP name) and be signed by `ca`.
   *
   * @example
   * connect({ endpoints: ['127.0.0.1:7201'], tls: { ca: readFileSync('certs/ca.crt') } });
   */
  tls?: TlsOptions;
  /**
   * Credentials, for clusters with authentication on (`flint auth enable`): every connection
   * authenticates with them before its first request. A client certificate whose common name
   * names a user (`tls.cert`) authenticates without them.
   *
   * @example
   * connect({ endpoints, tls: { ca }, auth: { user: 'app', password: process.env.FLINT_PASSWORD ?? '' } });
   */
  auth?: { user: string; password: string };
}

/** TLS settings of a client: PEM text or bytes. */
export interface TlsOptions {
  /** The CA that signed the nodes' certificates; default: the system's trusted roots. */
  ca?: string | Uint8Array;
  /** A client certificate, for nodes started with `--client-cert-auth`; its common name names the user. */
  cert?: string | Uint8Array;
  /** The client certificate's private key. */
  key?: string | Uint8Array;
}

/** Options every call accepts. */
export interface CallOptions {
  /** Deadline of this call in milliseconds (all retries included); defaults to the client's. */
  timeoutMs?: number;
  /** Cancels the call; it then rejects with `FLINT_ABORTED`. */
  signal?: AbortSignal;
}

/** Options of reads. */
export interface ReadOptions extends CallOptions {
  /**
   * How fresh the value must be: `'linearizable'` (default; the leader confirms its leadership
   * with a quorum), `'lease'` (the leader's lease, no round trip), `'stale'` (any replica's
   * applied state — fastest, may lag behind recent writes).
   */
  consistency?: ReadConsistency;
}

/** Options of {@link FlintClient.scan}. */
export interface ScanOptions extends ReadOptions {
  /** First key (inclusive). Default: the start of the key space. */
  start?: BytesLike;
  /** End key (exclusive). Default: the end of the key space. */
  end?: BytesLike;
  /** Most pairs to return in total. Default: no limit. */
  limit?: number;
  /** Return keys in descending order (from just below `end` down to `start`). */
  reverse?: boolean;
  /** Pairs per request; defaults to the client's `scanPageSize`. */
  pageSize?: number;
}

/** One write of a {@link FlintClient.batch}. */
export type BatchWrite = { type: 'put'; key: BytesLike; value: BytesLike } | { type: 'delete'; key: BytesLike };
