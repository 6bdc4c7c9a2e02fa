import {
  coalescedHeartbeatOf,
  encodeRaftMessageFrame,
  encodeResponseFrame,
  encodeSnapshotAckFrame,
  isCoalescibleHeartbeat,
  type Message,
  MessageType,
  makeResponseError,
  type Response,
  type SnapshotAck,
} from '@flintkv/proto';
import type { Logger } from 'pino';
import type { GroupReport, HostOutbound } from '../host-protocol.js';
import { TaggedFrames } from '../tagged-frames.js';
import type { HostMetrics } from './host-metrics.js';
import { PeerOutbox } from './peer-outbox.js';
import type { SnapshotSender } from './snapshot/snapshot-sender.js';

/** How the host talks to the main thread (a MessagePort in production, a function in tests). */
export interface HostChannel {
  post(message: HostOutbound): void;
}

/**
 * Everything a host sends to the main thread: Raft messages for peers (batched per node per
 * flush, heartbeats coalesced, snapshots cut into chunks), client answers (batched per
 * event-loop turn), connection closes, group reports and metrics.
 */
export class HostOutbox {
  private readonly peers: PeerOutbox;
  private readonly clientReplies = new TaggedFrames();
  private clientRepliesScheduled = false;
  /** Streams the snapshots Raft sends (set by the host once built). */
  snapshots: SnapshotSender | undefined;

  constructor(
    private readonly nodeId: number,
    private readonly hostIndex: number,
    private readonly channel: HostChannel,
    private readonly log: Logger,
    private readonly metrics: HostMetrics,
  ) {
    this.peers = new PeerOutbox(nodeId);
  }

  /** Queues one Raft message of `groupId` for its peer; sent at the next {@link flushPeers}. */
  sendRaftMessage(groupId: number, message: Message): void {
    if (message.to === this.nodeId) return;
    if (message.type === MessageType.Snapshot && message.snapshot !== undefined) {
      // Streamed in chunks (`snapshot/snapshot-sender.ts`); the first chunk carries this message.
      this.snapshots?.send(groupId, message);
      return;
    }
    // Context-less heartbeats of all groups travel as one frame per node; a ReadIndex context stays uncoalesced.
    if (isCoalescibleHeartbeat(message) && message.from === this.nodeId) {
      this.peers.addHeartbeat(message.to, coalescedHeartbeatOf(groupId, message));
      return;
    }
    this.peers.add(message.to, encodeRaftMessageFrame(groupId, message));
  }

  /** Sends one frame to a peer at once (snapshot chunks, which pace themselves). */
  sendNow(to: number, frame: Uint8Array): void {
    this.peers.add(to, frame);
    this.flushPeers();
  }

  /** Acknowledges snapshot chunks to their sender at once. */
  acknowledgeSnapshot(groupId: number, ack: SnapshotAck): void {
    this.sendNow(ack.to, encodeSnapshotAckFrame(groupId, ack));
  }

  flushPeers(): void {
    for (const { to, buffer } of this.peers.drain()) this.channel.post({ type: 'peer-send', to, buffer });
  }

  /** Queues a client answer; answers staged in a turn leave together, while the turn's batch is written. */
  reply(connection: number, groupId: number, response: Response): void {
    let frame: Uint8Array;
    try {
      frame = encodeResponseFrame(groupId, response);
    } catch (error) {
      // An answer that cannot be encoded (e.g. over the frame limit) becomes an error answer.
      this.log.warn({ connection, group: groupId, err: error }, 'response not encodable');
      frame = encodeResponseFrame(groupId, {
        requestId: response.requestId,
        result: makeResponseError({ code: 'INTERNAL', message: `the response could not be encoded: ${String(error)}` }),
      });
    }
    this.clientReplies.add(connection, frame);
    if (!this.clientRepliesScheduled) {
      this.clientRepliesScheduled = true;
      setImmediate(() => this.flushClientReplies());
    }
  }

  private flushClientReplies(): void {
    this.clientRepliesScheduled = false;
    if (this.clientReplies.isEmpty) return;
    this.channel.post({ type: 'client-replies', buffer: this.clientReplies.take() });
  }

  /** Asks the main thread to close a client connection that sent something undecodable. */
  closeClient(connection: number, error: unknown): void {
    // Answers already given to this connection go first.
    this.flushClientReplies();
    const code = (error as { code?: unknown } | undefined)?.code;
    this.channel.post({
      type: 'client-close',
      connection,
      code: typeof code === 'string' ? code : 'FLINT_PAYLOAD_INVALID',
      reason: error instanceof Error ? error.message : String(error),
    });
  }

  /** Group reports: every group of the host when `full`, else those that changed or are awake. */
  postReport(groups: GroupReport[], full: boolean): void {
    this.channel.post({ type: 'groups-report', host: this.hostIndex, groups, full });
  }

  postMetrics(): void {
    if (this.metrics.isEmpty) return;
    this.channel.post({ type: 'host-metrics', host: this.hostIndex, ...this.metrics.drain() });
  }

  post(message: HostOutbound): void {
    this.channel.post(message);
  }
}
