import { makeResponseError, type ResponseError, type Result } from '@flintkv/proto';
import { HostMetricName } from '../host-metrics.js';
import type { GroupEnvironment } from './group-environment.js';
import type { ClientWaiter } from './pending-requests.js';

/** The leadership a group knows, which a NOT_LEADER answer points at. */
export interface LeaderView {
  readonly id: number;
  /** Current leader (0 = unknown). */
  readonly leader: number;
  /** Raft refused a proposal and named a leader: remember it until Raft reports one. */
  adoptLeaderHint(leader: number): void;
}

/** The one way a group answers a client: a result, an error, NOT_LEADER with a hint, TIMEOUT. */
export class GroupAnswers {
  constructor(
    private readonly group: LeaderView,
    private readonly environment: GroupEnvironment,
  ) {}

  answer(waiter: ClientWaiter, result: Result): void {
    this.environment.reply(waiter.connection, this.group.id, { requestId: waiter.requestId, result });
  }

  fail(waiter: ClientWaiter, error: Partial<ResponseError> & Pick<ResponseError, 'code' | 'message'>): void {
    this.answer(waiter, makeResponseError(error));
  }

  failNotLeader(waiter: ClientWaiter): void {
    const known = this.group.leader;
    const leader = known === this.environment.nodeId ? 0 : known;
    this.fail(waiter, {
      code: 'NOT_LEADER',
      message:
        leader === 0
          ? `region ${this.group.id}: this node is not the leader and knows no leader; retry shortly`
          : `region ${this.group.id}: node ${leader} is the leader`,
      leaderId: leader,
      leaderAddress: leader === 0 ? '' : this.environment.clientAddressOf(leader),
    });
  }

  /** Answers a request whose proposal or read index Raft refused. */
  failProposalError(waiter: ClientWaiter, error: unknown): void {
    const code = (error as { code?: string } | undefined)?.code;
    if (code === 'FLINT_PROPOSAL_DROPPED') {
      const hint = (error as { leaderHint: number }).leaderHint;
      if (hint !== 0 && hint !== this.environment.nodeId) this.group.adoptLeaderHint(hint);
      this.failNotLeader(waiter);
      return;
    }
    this.fail(waiter, { code: 'INTERNAL', message: `proposal failed: ${String(error)}` });
  }

  timeout(waiter: ClientWaiter): void {
    this.environment.metrics.increment(HostMetricName.requestTimeouts);
    this.fail(waiter, { code: 'TIMEOUT', message: `region ${this.group.id}: the request's deadline passed` });
  }
}

/** Splits waiters into those past their deadline at `now` and the others. */
export function partitionByDeadline(waiters: ClientWaiter[], now: number): [ClientWaiter[], ClientWaiter[]] {
  if (waiters.length === 0) return [[], waiters];
  return [waiters.filter((waiter) => waiter.deadline <= now), waiters.filter((waiter) => waiter.deadline > now)];
}
