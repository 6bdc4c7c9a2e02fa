import { FlintProtocolError, type Frame, FrameKind, partitionCoalescedHeartbeats } from '@flintkv/proto';

/**
 * Sends each peer frame read from node `from` to the host owning its group, without decoding
 * a Raft payload. A COALESCED_HEARTBEATS frame (group 0) holds heartbeats of many groups, and
 * the sender's host layout may differ from ours, so it is split into one coalesced frame per
 * host by reading only the tuples' group ids.
 * A Raft message for a group no host reported yet goes to every host: a split's new group is
 * born on its parent's host, which the node learns from that host's next report, and the first
 * messages for it (its leader's vote requests) arrive before that (the hosts keep them a while,
 * `../worker/early-messages.ts`).
 * @returns the error of a coalesced frame that could not be split (the frame is dropped, like
 * an undecodable Raft message: Raft recovers from a lost heartbeat), else `undefined`.
 */
export function routePeerFrame(
  from: number,
  frame: Frame,
  hostCount: number,
  hostOf: (group: number) => number,
  deliver: (from: number, host: number, frame: Uint8Array) => void,
  isPlaced: (group: number) => boolean = () => true,
): FlintProtocolError | undefined {
  if (frame.kind !== FrameKind.COALESCED_HEARTBEATS) {
    if (frame.kind === FrameKind.RAFT_MESSAGE && hostCount > 1 && !isPlaced(frame.group)) {
      for (let host = 0; host < hostCount; host++) deliver(from, host, frame.bytes);
      return undefined;
    }
    deliver(from, hostOf(frame.group), frame.bytes);
    return undefined;
  }
  if (hostCount === 1) {
    // The host validates the payload when it decodes it.
    deliver(from, 0, frame.bytes);
    return undefined;
  }
  let parts: Map<number, Uint8Array>;
  try {
    parts = partitionCoalescedHeartbeats(frame.payload, hostOf);
  } catch (error) {
    if (error instanceof FlintProtocolError) return error;
    throw error;
  }
  for (const [host, part] of parts) deliver(from, host, part);
  return undefined;
}
