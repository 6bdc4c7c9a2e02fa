import { type Entry, type Message, MessageType } from '@flintkv/proto/raft';
import { invariant } from './invariant.js';
import type { Progress } from './progress.js';
import type { RaftNodeCore as Raft } from './raft-node-core.js';
import { STORAGE_COMPACTED } from './storage.js';

/**
 * Log replication (Raft §5.3): the leader's side (sending Appends, Heartbeats and Snapshots,
 * handling acknowledgements) and the follower's side (the log-matching check).
 */

/** Sends an Append (possibly empty, as a probe) or, if the needed entries are compacted, a Snapshot. */
export function sendAppend(raft: Raft, to: number): void {
  maybeSendAppend(raft, to, true);
}

/**
 * Sends the next Append to `to` unless its progress is paused, or there is nothing to send and
 * `sendIfEmpty` is false. Returns whether a message was sent.
 */
export function maybeSendAppend(raft: Raft, to: number, sendIfEmpty: boolean): boolean {
  const progress = raft.tracker.progress.get(to);
  if (progress === undefined || progress.isPaused()) return false;
  const previousIndex = progress.next - 1;
  const previousTerm = raft.log.term(previousIndex);
  let entries: Entry[] | undefined;
  if (previousTerm !== undefined) {
    try {
      entries = raft.log.entriesFrom(progress.next, raft.maxSizePerMsg);
    } catch (error) {
      if ((error as { code?: unknown }).code !== STORAGE_COMPACTED) throw error;
    }
  }
  if (previousTerm === undefined || entries === undefined) {
    if (!sendIfEmpty) return false;
    return sendSnapshot(raft, to, progress);
  }
  if (entries.length === 0 && !sendIfEmpty) return false;
  raft.send({
    type: MessageType.Append,
    to,
    index: previousIndex,
    logTerm: previousTerm,
    entries,
    commit: raft.log.committed,
  });
  if (entries.length > 0) {
    if (progress.state === 'replicate') {
      // Pipelining: assume success and keep streaming within the in-flight window.
      const last = entries[entries.length - 1]!.index;
      progress.optimisticUpdate(last);
      progress.inflights.add(last);
    } else {
      invariant(progress.state === 'probe', () => `append sent to ${to} in ${progress.state} state`);
      progress.probeSent = true;
    }
  }
  return true;
}

/** The follower needs entries the leader compacted: send the latest snapshot instead. */
function sendSnapshot(raft: Raft, to: number, progress: Progress): boolean {
  // Do not ship a (large) snapshot to a peer that has not been heard from.
  if (!progress.recentActive) return false;
  const snapshot = raft.log.snapshot();
  if (snapshot.metadata.index === 0) return false;
  progress.becomeSnapshot(snapshot.metadata.index);
  raft.send({ type: MessageType.Snapshot, to, snapshot });
  return true;
}

export function sendTimeoutNow(raft: Raft, to: number): void {
  // The transferee may now win before our followers' lease promise runs out.
  raft.leaseRevoked = true;
  raft.send({ type: MessageType.TimeoutNow, to });
}

export function bcastAppend(raft: Raft): void {
  raft.tracker.visit((id) => {
    if (id !== raft.id) sendAppend(raft, id);
  });
}

/**
 * After the commit index moved: sends entries (or a snapshot) to every peer that has some to
 * receive, but no empty Append only to carry the new commit index. Followers learn it from the
 * next Append or heartbeat (both carry it); at low load this saves a round trip with every
 * follower per write, and nothing on a follower waits for it: the server serves client reads
 * and writes on the leader.
 */
export function bcastEntries(raft: Raft): void {
  const lastIndex = raft.log.lastIndex();
  raft.tracker.visit((id, progress) => {
    if (id !== raft.id && progress.next <= lastIndex) sendAppend(raft, id);
  });
}

/** Heartbeats carry the commit index, capped at what each follower is known to hold. */
export function bcastHeartbeat(raft: Raft, context?: Uint8Array): void {
  const readContext = context ?? raft.readOnly.lastPendingContext();
  raft.tracker.visit((id, progress) => {
    if (id === raft.id) return;
    raft.send({
      type: MessageType.Heartbeat,
      to: id,
      commit: Math.min(progress.match, raft.log.committed),
      // The send stamp (leader tick + 1); echoed back, it dates the lease this round renews.
      index: raft.leaderTicks + 1,
      context: readContext ?? new Uint8Array(0),
    });
  });
}

/**
 * Follower: Raft §5.3 log matching. Accept the entries if our log has the leader's previous
 * entry; otherwise reject with a hint (the last index at or below the rejected one whose term is
 * at most the leader's) so the leader can skip a whole conflicting term per round trip.
 */
export function handleAppendEntries(raft: Raft, message: Message): void {
  if (message.index < raft.log.committed) {
    raft.send({ type: MessageType.AppendResponse, to: message.from, index: raft.log.committed });
    return;
  }
  const lastNewIndex = raft.log.maybeAppend(message.index, message.logTerm, message.commit, message.entries);
  if (lastNewIndex !== undefined) {
    raft.send({ type: MessageType.AppendResponse, to: message.from, index: lastNewIndex });
    return;
  }
  const hint = raft.log.findConflictByTerm(Math.min(message.index, raft.log.lastIndex()), message.logTerm);
  raft.send({
    type: MessageType.AppendResponse,
    to: message.from,
    index: message.index,
    reject: true,
    rejectHint: hint.index,
    logTerm: hint.term,
  });
}

export function handleHeartbeat(raft: Raft, message: Message): void {
  raft.log.commitTo(message.commit);
  raft.send({ type: MessageType.HeartbeatResponse, to: message.from, index: message.index, context: message.context });
}

export function handleSnapshot(raft: Raft, message: Message): void {
  const snapshot = message.snapshot;
  if (snapshot === undefined) return;
  const index = raft.restore(snapshot) ? raft.log.lastIndex() : raft.log.committed;
  raft.send({ type: MessageType.AppendResponse, to: message.from, index });
}

/** Leader: an Append was accepted or rejected by `message.from`. */
export function handleAppendResponse(raft: Raft, message: Message, progress: Progress): void {
  progress.recentActive = true;
  if (message.reject) {
    let nextProbe = message.rejectHint;
    if (message.logTerm > 0) nextProbe = raft.log.findConflictByTerm(message.rejectHint, message.logTerm).index;
    if (progress.maybeDecreaseTo(message.index, nextProbe)) {
      if (progress.state === 'replicate') progress.becomeProbe();
      sendAppend(raft, message.from);
    }
    return;
  }
  const wasPaused = progress.isPaused();
  if (!progress.maybeUpdate(message.index)) return;
  if (progress.state === 'probe') {
    progress.becomeReplicate();
  } else if (progress.state === 'snapshot' && progress.match >= progress.pendingSnapshot) {
    progress.becomeProbe();
    progress.becomeReplicate();
  } else if (progress.state === 'replicate') {
    progress.inflights.freeLE(message.index);
  }
  if (raft.maybeCommit()) {
    raft.releasePendingReadIndexMessages();
    bcastEntries(raft);
  } else if (wasPaused) {
    sendAppend(raft, message.from);
  }
  while (maybeSendAppend(raft, message.from, false)) {
    // Fill the in-flight window.
  }
  if (message.from === raft.leadTransferee && progress.match === raft.log.lastIndex()) {
    // The transferee has caught up: tell it to campaign now (Raft thesis §3.10).
    sendTimeoutNow(raft, message.from);
  }
}

/** Leader: a heartbeat was answered — the peer is alive, and it confirms pending reads. */
export function handleHeartbeatResponse(raft: Raft, message: Message, progress: Progress): void {
  progress.recentActive = true;
  progress.probeSent = false;
  // The window may be full of lost messages: free one slot so replication resumes.
  if (progress.state === 'replicate' && progress.inflights.full()) progress.inflights.freeFirstOne();
  if (progress.match < raft.log.lastIndex()) sendAppend(raft, message.from);
  // Responses may be late, duplicated or reordered: only the newest acknowledged round counts.
  if (message.index > progress.heartbeatAckedAt) progress.heartbeatAckedAt = message.index;

  // Lease-based leaders fall back to a heartbeat round when they do not hold the lease.
  if (message.context.length === 0) return;
  const acks = raft.readOnly.recvAck(message.from, message.context);
  if (acks === undefined || raft.tracker.voteResultOf(acks) !== 'won') return;
  for (const status of raft.readOnly.advance(message.context)) raft.respondToReadIndex(status.request, status.index);
}
