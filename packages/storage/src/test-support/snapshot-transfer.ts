import type { Snapshot, SnapshotMetadata } from '@flintkv/proto';
import type { GroupStorage } from '../group-storage.js';
import { encodeSnapshotChunk, encodeSnapshotDescriptor } from '../snapshot-data.js';

/** Streams `snapshot`, built on `from`, into `to` in chunks of about `chunkBytes`, as the hosts do. */
export async function transferSnapshot(
  from: GroupStorage,
  snapshot: Snapshot,
  to: GroupStorage,
  chunkBytes = 64,
): Promise<number> {
  const stream = await from.openSnapshotStream(snapshot, chunkBytes);
  let chunks = 0;
  try {
    await to.beginSnapshotReceive(snapshot);
    let chunk = await stream.next();
    if (chunk === undefined) await to.writeSnapshotChunk(snapshot, new Uint8Array(0), true);
    while (chunk !== undefined) {
      const next = await stream.next();
      await to.writeSnapshotChunk(snapshot, chunk, next === undefined);
      chunks++;
      chunk = next;
    }
  } finally {
    await stream.close();
  }
  return chunks;
}

let nextStreamId = 1;

/** Stages on `to`, as if received from a leader, a snapshot with `metadata` holding `pairs`. */
export async function receiveSnapshotOf(
  to: GroupStorage,
  metadata: SnapshotMetadata,
  pairs: Array<[Uint8Array, Uint8Array]> = [],
): Promise<Snapshot> {
  const snapshot = {
    metadata,
    data: encodeSnapshotDescriptor({ streamId: nextStreamId++, appliedIndex: metadata.index }),
  };
  await to.beginSnapshotReceive(snapshot);
  await to.writeSnapshotChunk(snapshot, encodeSnapshotChunk(pairs), true);
  return snapshot;
}
