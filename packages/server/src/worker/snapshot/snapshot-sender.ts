import { encodeSnapshotChunkFrame, type Message, type SnapshotAck } from '@flintkv/proto';
import { decodeSnapshotDescriptor, type GroupStorage, type SnapshotStream } from '@flintkv/storage';
import type { Logger } from 'pino';
import { HostMetricName, type HostMetrics } from '../host-metrics.js';
import { SNAPSHOT_STALL_TIMEOUT_MS, type SnapshotProgress, type SnapshotSettings } from './snapshot-settings.js';

/** What the sender needs from its host. */
export interface SnapshotSenderEnvironment {
  readonly nodeId: number;
  readonly log: Logger;
  readonly metrics: HostMetrics;
  readonly settings: SnapshotSettings;
  now(): number;
  /** The storage of a group on this host, while it is here. */
  storageOf(groupId: number): GroupStorage | undefined;
  /** Sends one frame to a peer at once. */
  send(to: number, frame: Uint8Array): void;
  /** Tells Raft the snapshot to `to` failed, so it probes and sends a new one later. */
  reportFailure(groupId: number, to: number): void;
}

interface Transfer {
  readonly groupId: number;
  readonly to: number;
  readonly message: Message;
  readonly streamId: number;
  sentBytes: number;
  ackedBytes: number;
  totalBytes: number;
  startedAt: number;
  lastProgressAt: number;
  finished: boolean;
  /** Wakes the send loop (an acknowledgement arrived or the transfer ended). */
  wake: () => void;
}

/**
 * Streams the snapshots Raft sends to followers: each read in chunks from the consistent read
 * it was built from, at most `windowBytes` ahead of the receiver's acknowledgements, and at most
 * `concurrency` at once (the others wait their turn). The first chunk carries Raft's MSG_SNAPSHOT
 * message, which the receiver steps once the last chunk is on its disk.
 */
export class SnapshotSender {
  private readonly active = new Map<string, Transfer>();
  private readonly waiting: { groupId: number; message: Message }[] = [];

  constructor(private readonly environment: SnapshotSenderEnvironment) {}

  /** Raft sends `message` (MSG_SNAPSHOT) for group `groupId`. A retry of a transfer in progress is ignored. */
  send(groupId: number, message: Message): void {
    const streamId = decodeSnapshotDescriptor(message.snapshot!.data).streamId;
    const key = transferKey(groupId, message.to);
    const running = this.active.get(key);
    if (running !== undefined) {
      if (running.streamId === streamId) return;
      this.end(running, 'a newer snapshot replaces it');
    }
    const queued = this.waiting.findIndex((item) => item.groupId === groupId && item.message.to === message.to);
    if (queued >= 0) this.waiting.splice(queued, 1);
    this.waiting.push({ groupId, message });
    this.startWaiting();
  }

  /** The receiver acknowledged chunks (or refused the stream). */
  acknowledge(groupId: number, ack: SnapshotAck): void {
    const transfer = this.active.get(transferKey(groupId, ack.from));
    const metadata = transfer?.message.snapshot?.metadata;
    if (transfer === undefined || metadata?.index !== ack.snapshotIndex || metadata.term !== ack.snapshotTerm) return;
    if (ack.refused) {
      this.fail(transfer, `refused by the receiver: ${ack.reason}`);
      return;
    }
    if (ack.offset > transfer.ackedBytes) {
      transfer.ackedBytes = ack.offset;
      transfer.lastProgressAt = this.environment.now();
    }
    transfer.wake();
  }

  /** A peer became unreachable: its transfers fail (Raft sends a new snapshot once it answers). */
  peerUnreachable(nodeId: number): void {
    for (const transfer of [...this.active.values()])
      if (transfer.to === nodeId) this.fail(transfer, 'peer unreachable');
  }

  /** Gives up transfers the receiver stopped acknowledging. */
  tick(now: number): void {
    for (const transfer of [...this.active.values()]) {
      if (now - transfer.lastProgressAt > SNAPSHOT_STALL_TIMEOUT_MS) {
        this.fail(transfer, `no acknowledgement for ${SNAPSHOT_STALL_TIMEOUT_MS / 1000} s`);
      }
    }
  }

  /** Snapshots being sent by `groupId`. */
  /** Whether any snapshot is being sent (a report asks each group's progress only then). */
  get sending(): boolean {
    return this.active.size > 0;
  }

  progressOf(groupId: number): SnapshotProgress[] {
    const progress: SnapshotProgress[] = [];
    for (const transfer of this.active.values()) {
      if (transfer.groupId !== groupId) continue;
      progress.push({
        direction: 'sending',
        peer: transfer.to,
        snapshotIndex: transfer.message.snapshot!.metadata.index,
        bytes: transfer.ackedBytes,
        totalBytes: transfer.totalBytes,
        startedAt: transfer.startedAt,
      });
    }
    return progress;
  }

  /** Ends every transfer (the host stops). */
  stop(): void {
    this.waiting.length = 0;
    for (const transfer of [...this.active.values()]) this.end(transfer, 'the host stops');
  }

  private startWaiting(): void {
    while (this.active.size < this.environment.settings.concurrency && this.waiting.length > 0) {
      const { groupId, message } = this.waiting.shift()!;
      const now = this.environment.now();
      const transfer: Transfer = {
        groupId,
        to: message.to,
        message,
        streamId: decodeSnapshotDescriptor(message.snapshot!.data).streamId,
        sentBytes: 0,
        ackedBytes: 0,
        totalBytes: 0,
        startedAt: now,
        lastProgressAt: now,
        finished: false,
        wake: () => {},
      };
      this.active.set(transferKey(groupId, message.to), transfer);
      this.run(transfer).catch((error: unknown) =>
        this.fail(transfer, `reading the snapshot failed: ${String(error)}`),
      );
    }
  }

  private async run(transfer: Transfer): Promise<void> {
    const { settings, log } = this.environment;
    const storage = this.environment.storageOf(transfer.groupId);
    if (storage === undefined) throw new Error(`group ${transfer.groupId} is not on this host`);
    const snapshot = transfer.message.snapshot!;
    const stream: SnapshotStream = await storage.openSnapshotStream(snapshot, settings.chunkBytes);
    try {
      transfer.totalBytes = stream.estimatedBytes;
      log.info(
        {
          group: transfer.groupId,
          to: transfer.to,
          index: snapshot.metadata.index,
          estimatedBytes: stream.estimatedBytes,
        },
        'snapshot transfer started',
      );
      let chunk = await stream.next();
      for (let first = true; ; first = false) {
        await this.windowOpen(transfer);
        if (transfer.finished) return;
        const following = chunk === undefined ? undefined : await stream.next();
        const data = chunk ?? new Uint8Array(0);
        const frame = encodeSnapshotChunkFrame(transfer.groupId, {
          snapshotIndex: snapshot.metadata.index,
          snapshotTerm: snapshot.metadata.term,
          from: this.environment.nodeId,
          to: transfer.to,
          offset: transfer.sentBytes,
          totalBytes: transfer.totalBytes,
          last: following === undefined,
          data,
          ...(first ? { message: transfer.message } : {}),
        });
        if (transfer.finished) return;
        this.environment.send(transfer.to, frame);
        transfer.sentBytes += data.byteLength;
        this.environment.metrics.increment(HostMetricName.snapshotBytesSent, data.byteLength);
        if (following === undefined) break;
        chunk = following;
      }
      await this.acknowledged(transfer);
      if (transfer.finished) return;
      const seconds = (this.environment.now() - transfer.startedAt) / 1000;
      log.info(
        {
          group: transfer.groupId,
          to: transfer.to,
          index: snapshot.metadata.index,
          bytes: transfer.sentBytes,
          seconds,
        },
        'snapshot sent',
      );
      this.environment.metrics.increment(HostMetricName.snapshotsSent);
      this.environment.metrics.observe(HostMetricName.snapshotSendSeconds, seconds);
      this.end(transfer);
    } finally {
      await stream.close();
    }
  }

  /** Resolves once the window has room (or the transfer ended). */
  private windowOpen(transfer: Transfer): Promise<void> {
    return this.until(transfer, () => transfer.sentBytes - transfer.ackedBytes < this.environment.settings.windowBytes);
  }

  /** Resolves once every byte sent is acknowledged (or the transfer ended). */
  private acknowledged(transfer: Transfer): Promise<void> {
    return this.until(transfer, () => transfer.ackedBytes >= transfer.sentBytes);
  }

  private until(transfer: Transfer, condition: () => boolean): Promise<void> {
    if (transfer.finished || condition()) return Promise.resolve();
    return new Promise((resolve) => {
      transfer.wake = () => {
        if (transfer.finished || condition()) resolve();
      };
    });
  }

  private fail(transfer: Transfer, reason: string): void {
    if (transfer.finished) return;
    this.environment.log.warn(
      { group: transfer.groupId, to: transfer.to, sentBytes: transfer.sentBytes, reason },
      'snapshot transfer failed; Raft will send another',
    );
    this.end(transfer);
    this.environment.reportFailure(transfer.groupId, transfer.to);
  }

  private end(transfer: Transfer, reason?: string): void {
    if (transfer.finished) return;
    transfer.finished = true;
    if (reason !== undefined)
      this.environment.log.info({ group: transfer.groupId, to: transfer.to, reason }, 'snapshot transfer ended');
    const key = transferKey(transfer.groupId, transfer.to);
    if (this.active.get(key) === transfer) this.active.delete(key);
    transfer.wake();
    this.startWaiting();
  }
}

function transferKey(groupId: number, to: number): string {
  return `${groupId}/${to}`;
}
