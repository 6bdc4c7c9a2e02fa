import { type Message, MessageType } from '@flintkv/proto/raft';
import type { RaftNodeCore as Raft } from './raft-node-core.js';

/**
 * How an election starts: with a pre-vote round (Raft thesis §9.6), directly, or forced by a
 * leadership transfer (which also overrides followers' leader leases).
 */
export type CampaignKind = 'pre-election' | 'election' | 'transfer';

/** Marks a Vote request sent because of TimeoutNow. */
const TRANSFER_CONTEXT = new TextEncoder().encode('CampaignTransfer');

export function isTransferCampaign(context: Uint8Array): boolean {
  if (context.length !== TRANSFER_CONTEXT.length) return false;
  for (let i = 0; i < context.length; i++) if (context[i] !== TRANSFER_CONTEXT[i]) return false;
  return true;
}

export function voteResponseType(type: MessageType): MessageType {
  return type === MessageType.PreVote ? MessageType.PreVoteResponse : MessageType.VoteResponse;
}

/** Becomes (pre-)candidate, votes for itself and asks every other voter (Raft §5.2). */
export function campaign(raft: Raft, kind: CampaignKind): void {
  let voteType: MessageType;
  let term: number;
  if (kind === 'pre-election') {
    raft.becomePreCandidate();
    voteType = MessageType.PreVote;
    // A pre-vote asks about the term we would use, without adopting it.
    term = raft.term + 1;
  } else {
    raft.becomeCandidate();
    voteType = MessageType.Vote;
    term = raft.term;
  }
  const { result } = raft.poll(raft.id, true);
  if (result === 'won') {
    // Only possible when we are the sole voter.
    if (kind === 'pre-election') campaign(raft, 'election');
    else raft.becomeLeader();
    return;
  }
  const lastIndex = raft.log.lastIndex();
  const lastTerm = raft.log.lastTerm();
  for (const id of raft.tracker.voterIds()) {
    if (id === raft.id) continue;
    raft.send({
      type: voteType,
      to: id,
      term,
      index: lastIndex,
      logTerm: lastTerm,
      context: kind === 'transfer' ? TRANSFER_CONTEXT : new Uint8Array(0),
    });
  }
}

/**
 * Raft §5.2, §5.4.1: grant a vote if we have not voted for someone else in this term (and know
 * no leader), and the candidate's log is at least as up to date as ours. A pre-vote for a future
 * term is granted on the log check alone; it changes nothing here.
 */
export function handleVoteRequest(raft: Raft, message: Message): void {
  const responseType = voteResponseType(message.type);
  const canVote =
    raft.vote === message.from ||
    (raft.vote === 0 && raft.lead === 0) ||
    (message.type === MessageType.PreVote && message.term > raft.term);
  if (canVote && raft.log.isUpToDate(message.index, message.logTerm)) {
    // The response promises the vote: it is sent after the vote is persisted (messagesAfterPersist).
    raft.send({ type: responseType, to: message.from, term: message.term });
    if (message.type === MessageType.Vote) {
      raft.electionElapsed = 0;
      raft.setVote(message.from);
    }
  } else {
    // The refusal carries how far the candidate's log is known committed here (index and term
    // of that entry): see learnCommitFromRefusal.
    const hintIndex = Math.min(raft.log.committed, message.index);
    const hintTerm = raft.log.term(hintIndex) ?? 0;
    raft.send({
      type: responseType,
      to: message.from,
      term: raft.term,
      reject: true,
      index: hintTerm === 0 ? 0 : hintIndex,
      logTerm: hintTerm,
    });
  }
}

/**
 * A voter that refused us told us its commit index, capped at our last index, and the term of
 * its entry there. If our log has that entry, Log Matching says our log up to it is the
 * voter's, which is committed: we may commit it too. This is how the members of a new
 * configuration learn that the change removing an old leader is committed when that leader
 * stepped down before telling them: until they apply it they still need the old members'
 * votes, and an old member with a longer log refuses them for ever.
 */
export function learnCommitFromRefusal(raft: Raft, message: Message): void {
  if (!message.reject || message.index === 0 || message.index <= raft.log.committed) return;
  if (raft.log.matchTerm(message.index, message.logTerm)) raft.log.commitTo(message.index);
}
