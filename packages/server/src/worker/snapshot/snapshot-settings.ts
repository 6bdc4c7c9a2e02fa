/** How a host streams snapshots (`--snapshot-chunk-bytes`, `--snapshot-window-bytes`, `--snapshot-concurrency`). */
export interface SnapshotSettings {
  /** Bytes of data per chunk (one frame each). */
  chunkBytes: number;
  /** Bytes a sender may have sent but not yet acknowledged, per snapshot: what bounds memory on both sides. */
  windowBytes: number;
  /** Snapshots a host sends at once, and receives at once; more wait (sending) or are refused (receiving). */
  concurrency: number;
}

export const DEFAULT_SNAPSHOT_SETTINGS: SnapshotSettings = {
  chunkBytes: 1024 * 1024,
  windowBytes: 4 * 1024 * 1024,
  concurrency: 2,
};

/** A stream with no acknowledgement (sending) or no chunk (receiving) for this long is given up. */
export const SNAPSHOT_STALL_TIMEOUT_MS = 30_000;

/** Progress of one snapshot in flight, for status and metrics. */
export interface SnapshotProgress {
  direction: 'sending' | 'receiving';
  /** The other node. */
  peer: number;
  snapshotIndex: number;
  bytes: number;
  /** The sender's estimate of the whole stream (0: unknown). */
  totalBytes: number;
  startedAt: number;
}
