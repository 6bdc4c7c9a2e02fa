import type { Message, SnapshotAck, SnapshotChunk } from '@flintkv/proto';
import type { GroupStorage } from '@flintkv/storage';
import type { Logger } from 'pino';
import { HostMetricName, type HostMetrics } from '../host-metrics.js';
import { SNAPSHOT_STALL_TIMEOUT_MS, type SnapshotProgress, type SnapshotSettings } from './snapshot-settings.js';

/** What the receiver needs from its host. */
export interface SnapshotReceiverEnvironment {
  readonly nodeId: number;
  readonly log: Logger;
  readonly metrics: HostMetrics;
  readonly settings: SnapshotSettings;
  now(): number;
  storageOf(groupId: number): GroupStorage | undefined;
  /** Sends an acknowledgement to the snapshot's sender at once. */
  acknowledge(groupId: number, ack: SnapshotAck): void;
  /** A snapshot is staged whole: its MSG_SNAPSHOT message waits for the next turn. */
  wake(): void;
}

interface Receive {
  readonly groupId: number;
  readonly from: number;
  readonly message: Message;
  /** Bytes of the stream staged so far (the next chunk must start here). */
  offset: number;
  totalBytes: number;
  readonly startedAt: number;
  lastChunkAt: number;
  /** Chunks are staged one after another. */
  writing: Promise<void>;
  ended: boolean;
}

/**
 * Receives snapshot streams: each chunk is staged durably in the group's spare `kv` space
 * (the live data stays untouched and visible) and then acknowledged, which paces the sender.
 * Once the last chunk is staged, the stream's MSG_SNAPSHOT message is stepped into Raft at the
 * next turn, and installing it switches the group to the staged data in one small batch.
 * At most `concurrency` streams are received at once; a restart or a stalled sender leaves
 * only the spare space to clear.
 */
export class SnapshotReceiver {
  private readonly receives = new Map<number, Receive>();
  /** Messages of snapshots staged whole, stepped at the next turn. */
  private readonly staged: { groupId: number; message: Message }[] = [];
  /** Groups whose staged snapshot was stepped this turn: installed by it, or discarded after it. */
  private readonly stepped = new Set<number>();

  constructor(private readonly environment: SnapshotReceiverEnvironment) {}

  receive(groupId: number, chunk: SnapshotChunk): void {
    let receive = this.receives.get(groupId);
    if (chunk.offset === 0) {
      if (receive !== undefined) this.end(receive, 'a new snapshot stream replaces it');
      const message = chunk.message;
      if (message?.snapshot === undefined || message.from !== chunk.from) {
        this.refuse(groupId, chunk, 'the first chunk carries no MSG_SNAPSHOT message');
        return;
      }
      const storage = this.environment.storageOf(groupId);
      if (storage === undefined) return;
      if (storage.hasSnapshotAwaitingInstall()) {
        this.refuse(groupId, chunk, 'a snapshot received whole is being installed');
        return;
      }
      if (this.receives.size >= this.environment.settings.concurrency) {
        this.refuse(groupId, chunk, `${this.receives.size} snapshots are already being received; retry later`);
        return;
      }
      const now = this.environment.now();
      receive = {
        groupId,
        from: chunk.from,
        message,
        offset: 0,
        totalBytes: chunk.totalBytes,
        startedAt: now,
        lastChunkAt: now,
        writing: storage.beginSnapshotReceive(message.snapshot),
        ended: false,
      };
      this.receives.set(groupId, receive);
      this.environment.log.info(
        { group: groupId, from: chunk.from, index: message.snapshot.metadata.index, estimatedBytes: chunk.totalBytes },
        'snapshot transfer receiving',
      );
    }
    if (receive === undefined || !this.continues(receive, chunk)) {
      this.refuse(groupId, chunk, `chunk at offset ${chunk.offset} does not continue a stream this node receives`);
      if (receive !== undefined) this.end(receive, 'a chunk out of order');
      return;
    }
    receive.lastChunkAt = this.environment.now();
    const current = receive;
    current.writing = current.writing.then(() => this.stage(current, chunk));
    current.writing.catch((error: unknown) => {
      if (current.ended) return;
      this.refuse(groupId, chunk, `staging failed: ${String(error)}`);
      this.end(current, `staging failed: ${String(error)}`);
    });
  }

  private continues(receive: Receive, chunk: SnapshotChunk): boolean {
    const metadata = receive.message.snapshot!.metadata;
    return (
      !receive.ended &&
      chunk.from === receive.from &&
      chunk.snapshotIndex === metadata.index &&
      chunk.snapshotTerm === metadata.term
    );
  }

  private async stage(receive: Receive, chunk: SnapshotChunk): Promise<void> {
    if (receive.ended) return;
    if (chunk.offset !== receive.offset) throw new Error(`expected offset ${receive.offset}, got ${chunk.offset}`);
    const storage = this.environment.storageOf(receive.groupId);
    if (storage === undefined) throw new Error(`group ${receive.groupId} left this host`);
    await storage.writeSnapshotChunk(receive.message.snapshot!, chunk.data, chunk.last);
    if (receive.ended) return;
    receive.offset += chunk.data.byteLength;
    this.environment.metrics.increment(HostMetricName.snapshotBytesReceived, chunk.data.byteLength);
    const metadata = receive.message.snapshot!.metadata;
    this.environment.acknowledge(receive.groupId, {
      snapshotIndex: metadata.index,
      snapshotTerm: metadata.term,
      from: this.environment.nodeId,
      to: receive.from,
      offset: receive.offset,
      refused: false,
      reason: '',
    });
    if (!chunk.last) return;
    const seconds = (this.environment.now() - receive.startedAt) / 1000;
    this.environment.log.info(
      { group: receive.groupId, from: receive.from, index: metadata.index, bytes: receive.offset, seconds },
      'snapshot received',
    );
    this.environment.metrics.observe(HostMetricName.snapshotReceiveSeconds, seconds);
    this.end(receive);
    this.staged.push({ groupId: receive.groupId, message: receive.message });
    this.environment.wake();
  }

  /** Whether staged snapshots wait to be stepped into Raft. */
  get hasStaged(): boolean {
    return this.staged.length > 0;
  }

  /** The MSG_SNAPSHOT messages of snapshots staged whole, to step now (taken once). */
  takeStaged(): { groupId: number; message: Message }[] {
    const staged = this.staged.splice(0);
    for (const { groupId } of staged) this.stepped.add(groupId);
    return staged;
  }

  /** After the turn that stepped staged snapshots: one Raft did not install was stale; forget it. */
  afterTurn(): void {
    for (const groupId of this.stepped) {
      const storage = this.environment.storageOf(groupId);
      if (storage?.hasSnapshotAwaitingInstall()) {
        storage.discardReceivedSnapshot();
        this.environment.log.info({ group: groupId }, 'received snapshot not installed: Raft found it stale');
      }
    }
    this.stepped.clear();
  }

  /** Gives up streams whose sender went quiet; their staged data is cleared by the next receive. */
  tick(now: number): void {
    for (const receive of [...this.receives.values()]) {
      if (now - receive.lastChunkAt > SNAPSHOT_STALL_TIMEOUT_MS) {
        this.end(receive, `no chunk for ${SNAPSHOT_STALL_TIMEOUT_MS / 1000} s`);
      }
    }
  }

  /** A peer became unreachable: the streams it sends are given up. */
  peerUnreachable(nodeId: number): void {
    for (const receive of [...this.receives.values()])
      if (receive.from === nodeId) this.end(receive, 'sender unreachable');
  }

  /** Whether any snapshot is being received (a report asks each group's progress only then). */
  get receiving(): boolean {
    return this.receives.size > 0;
  }

  progressOf(groupId: number): SnapshotProgress | undefined {
    const receive = this.receives.get(groupId);
    if (receive === undefined) return undefined;
    return {
      direction: 'receiving',
      peer: receive.from,
      snapshotIndex: receive.message.snapshot!.metadata.index,
      bytes: receive.offset,
      totalBytes: receive.totalBytes,
      startedAt: receive.startedAt,
    };
  }

  private refuse(groupId: number, chunk: SnapshotChunk, reason: string): void {
    this.environment.acknowledge(groupId, {
      snapshotIndex: chunk.snapshotIndex,
      snapshotTerm: chunk.snapshotTerm,
      from: this.environment.nodeId,
      to: chunk.from,
      offset: 0,
      refused: true,
      reason,
    });
  }

  private end(receive: Receive, reason?: string): void {
    if (receive.ended) return;
    receive.ended = true;
    if (this.receives.get(receive.groupId) === receive) this.receives.delete(receive.groupId);
    if (reason !== undefined) {
      this.environment.log.warn(
        { group: receive.groupId, from: receive.from, stagedBytes: receive.offset, reason },
        'snapshot receive abandoned',
      );
    }
  }
}
