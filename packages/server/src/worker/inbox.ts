import type { EarlyMessages } from './early-messages.js';
import { failpoint } from '../failpoints.js';
import {
  decodeCoalescedHeartbeats,
  decodeRaftMessage,
  decodeRequest,
  decodeSnapshotAck,
  decodeSnapshotChunk,
  expandCoalescedHeartbeat,
  type Frame,
  FrameDecoder,
  FrameKind,
  type Message,
  MessageType,
  makeResponseError,
  peekRequest,
  type ResponseError,
} from '@flintkv/proto';
import type { Logger } from 'pino';
import type { HostInbound } from '../host-protocol.js';
import { forEachTaggedFrame } from '../tagged-frames.js';
import { handoffTarget, mayTakeLeadership } from './group/leadership-handoff.js';
import type { RegionGroup } from './group/region-group.js';
import type { MetaGroupService } from './meta/meta-group.js';
import type { HostOutbox } from './outbox.js';
import type { SnapshotReceiver } from './snapshot/snapshot-receiver.js';
import type { SnapshotSender } from './snapshot/snapshot-sender.js';

/**
 * Everything the main thread hands a host, decoded and handed to its group at the start of a
 * turn: peer frames (Raft messages, coalesced heartbeats, snapshot chunks reassembled), client
 * request frames, unreachable peers and the incarnations peers presented. A frame that does not
 * decode is dropped (peer) or closes its connection (client); the host goes on.
 */
export class HostInbox {
  /** The node is stopping and handed its leaderships off: it must not be made a leader again. */
  private leaving = false;

  constructor(
    private readonly nodeId: number,
    private readonly groups: ReadonlyMap<number, RegionGroup>,
    private readonly outbox: HostOutbox,
    private readonly snapshots: { sender: SnapshotSender; receiver: SnapshotReceiver },
    private readonly log: Logger,
    /** The meta group's service, when this host holds the meta group. */
    private readonly metaService: () => MetaGroupService | undefined,
    /** Raft messages for groups not here yet (a split's new group, on its followers). */
    private readonly earlyMessages: EarlyMessages,
    private readonly now: () => number,
  ) {}

  dispatch(input: HostInbound): void {
    switch (input.type) {
      case 'peer-frames':
        forEachTaggedFrame(input.buffer, (from, frame) => this.receivePeerFrame(from, frame));
        return;
      case 'client-frames':
        forEachTaggedFrame(input.buffer, (connection, frame) => this.receiveClientFrame(connection, frame));
        return;
      case 'peer-unreachable':
        for (const group of this.groups.values()) if (group.hasPeer(input.node)) group.peerUnreachable(input.node);
        this.snapshots.sender.peerUnreachable(input.node);
        this.snapshots.receiver.peerUnreachable(input.node);
        return;
      case 'peer-reachable':
        for (const group of this.groups.values()) if (group.hasPeer(input.node)) group.peerReachable();
        return;
      case 'peer-incarnation':
        this.metaService()?.noteMemberIncarnation(input.node, input.incarnation);
        return;
      case 'region-updates':
        this.metaService()?.proposeRegionUpdate(input.regions);
        return;
      case 'allocate-region-ids':
        this.metaService()?.allocateForHost(input.host, input.requestId, input.count);
        return;
      case 'transfer-leader': {
        const group = this.groups.get(input.groupId);
        if (group?.isLeader && mayTakeLeadership(group.raw.status(), input.to)) group.transferLeadership(input.to);
        return;
      }
      case 'hand-off-leaderships':
        this.leaving = true;
        for (const group of this.groups.values()) {
          const to = group.isLeader ? handoffTarget(group.raw.status()) : undefined;
          if (to !== undefined) group.transferLeadership(to);
        }
        return;
      case 'merge-region':
        this.groups.get(input.groupId)?.requestMerge();
        return;
      case 'change-replicas':
        this.groups.get(input.groupId)?.requestReplicaChange(input.change, input.nodeId);
        return;
      case 'propose-merge': {
        const group = this.groups.get(input.groupId);
        try {
          // A follower forwards it to the leader; with no leader known it is dropped, and proposed again later.
          group?.propose(new Uint8Array(input.buffer));
          if (group !== undefined) failpoint('merge-commit-proposed');
        } catch (error) {
          this.log.debug({ group: input.groupId, err: error }, 'commit-merge not proposed');
        }
        return;
      }
      case 'create-replica':
      case 'remove-replica':
      case 'region-ids':
      case 'stop':
        return; // The host takes these as they arrive (`group-host.ts`).
    }
  }

  private receivePeerFrame(from: number, bytes: Uint8Array): void {
    let frame: Frame;
    try {
      frame = decodeWholeFrame(bytes);
    } catch (error) {
      this.log.warn({ from, err: error }, 'dropped an undecodable peer frame');
      return;
    }
    if (frame.kind === FrameKind.COALESCED_HEARTBEATS) {
      this.receiveCoalescedHeartbeats(from, frame);
      return;
    }
    const group = this.groups.get(frame.group);
    if (group === undefined && frame.kind !== FrameKind.RAFT_MESSAGE) {
      this.log.debug({ from, group: frame.group }, 'message for a group not on this host dropped');
      return;
    }
    let message: Message;
    try {
      switch (frame.kind) {
        case FrameKind.RAFT_MESSAGE:
          message = decodeRaftMessage(frame.payload);
          break;
        case FrameKind.SNAPSHOT_CHUNK: {
          const chunk = decodeSnapshotChunk(frame.payload);
          if (chunk.to !== this.nodeId || chunk.from !== from) {
            this.log.warn(
              { from, to: chunk.to, group: frame.group },
              'snapshot chunk addressed to another node dropped',
            );
            return;
          }
          this.snapshots.receiver.receive(frame.group, chunk);
          return;
        }
        case FrameKind.SNAPSHOT_ACK: {
          const ack = decodeSnapshotAck(frame.payload);
          if (ack.to === this.nodeId && ack.from === from) this.snapshots.sender.acknowledge(frame.group, ack);
          return;
        }
        default:
          this.log.warn({ from, kind: frame.kind }, 'unexpected frame kind on the peer channel dropped');
          return;
      }
    } catch (error) {
      this.log.warn({ from, group: frame.group, err: error }, 'dropped an undecodable peer message');
      return;
    }
    if (message.to !== this.nodeId) {
      this.log.warn({ from, to: message.to, group: frame.group }, 'message addressed to another node dropped');
      return;
    }
    if (message.type === MessageType.TimeoutNow && this.leaving) {
      this.log.debug({ from, group: frame.group }, 'leadership not taken: this node is stopping');
      return;
    }
    if (message.type === MessageType.Snapshot) {
      // A snapshot's message travels with its first chunk and is stepped once the stream is staged.
      this.log.warn({ from, group: frame.group }, 'snapshot message outside a snapshot stream dropped');
      return;
    }
    if (group === undefined) {
      if (!this.earlyMessages.keep(frame.group, message, this.now())) {
        this.log.debug({ from, group: frame.group }, 'message for a group not on this host dropped');
      }
      return;
    }
    group.step(message);
  }

  /** Steps each tuple of a coalesced frame into its group as the heartbeat (response) it stands for. */
  private receiveCoalescedHeartbeats(from: number, frame: Frame): void {
    let batch: ReturnType<typeof decodeCoalescedHeartbeats>;
    try {
      batch = decodeCoalescedHeartbeats(frame.payload);
    } catch (error) {
      this.log.warn({ from, err: error }, 'dropped undecodable coalesced heartbeats');
      return;
    }
    if (batch.to !== this.nodeId) {
      this.log.warn({ from, to: batch.to }, 'coalesced heartbeats addressed to another node dropped');
      return;
    }
    for (const heartbeat of batch.heartbeats) {
      const group = this.groups.get(heartbeat.group);
      if (group === undefined) {
        this.log.debug({ from, group: heartbeat.group }, 'heartbeat for a group not on this host dropped');
        continue;
      }
      group.step(expandCoalescedHeartbeat(batch.from, batch.to, heartbeat));
    }
  }

  private receiveClientFrame(connection: number, bytes: Uint8Array): void {
    let frame: Frame;
    try {
      frame = decodeWholeFrame(bytes);
    } catch (error) {
      this.outbox.closeClient(connection, error);
      return;
    }
    if (frame.kind !== FrameKind.CLIENT_REQUEST) return;
    let request: ReturnType<typeof decodeRequest>;
    try {
      request = decodeRequest(frame.payload);
    } catch (error) {
      // The main thread closes the connection with this reason (and logs the remote address).
      this.outbox.closeClient(connection, error);
      return;
    }
    const group = this.groups.get(frame.group);
    if (group === undefined) {
      this.outbox.reply(connection, frame.group, {
        requestId: request.requestId,
        result: makeResponseError({
          code: 'REGION_NOT_FOUND',
          message: `region ${frame.group} has no replica on this node; refresh the route and retry`,
        }),
      });
      return;
    }
    if (request.regionId !== frame.group) {
      this.outbox.reply(connection, frame.group, {
        requestId: request.requestId,
        result: makeResponseError({
          code: 'INVALID_ARGUMENT',
          message: `the frame is routed to region ${frame.group} but the request names region ${request.regionId}`,
        }),
      });
      return;
    }
    group.handleRequest(connection, request);
  }
}

/**
 * Answers every request of a `client-frames` buffer with `error`, unread: the host failed, and
 * the requests that reached it since must not wait for a deadline to learn it.
 */
export function refuseClientFrames(outbox: HostOutbox, buffer: ArrayBuffer, error: ResponseError): void {
  forEachTaggedFrame(buffer, (connection, bytes) => {
    try {
      const frame = decodeWholeFrame(bytes);
      if (frame.kind !== FrameKind.CLIENT_REQUEST) return;
      const { requestId } = peekRequest(frame.payload);
      outbox.reply(connection, frame.group, { requestId, result: { type: 'error', error } });
    } catch (decodeError) {
      outbox.closeClient(connection, decodeError);
    }
  });
}

/** Decodes one whole frame the main thread forwarded; throws on anything else. */
function decodeWholeFrame(bytes: Uint8Array): Frame {
  const decoder = new FrameDecoder();
  const frames = decoder.push(bytes);
  decoder.end();
  if (frames.length !== 1) throw new Error(`expected one whole frame, found ${frames.length}`);
  return frames[0]!;
}
