import type { ConfChange } from '@flintkv/proto/raft';
import { describeMembershipChange } from './membership.js';

/**
 * One fault-phase step of a simulation, with every random choice already made: replaying the
 * same list of events reproduces the run, and replaying a subset (as shrinking does) still
 * runs, each event skipped when it no longer applies (its node is down, its link empty).
 */
export type ScheduledEvent = ScheduledAction & {
  /** Real time the event happens at, when clocks drift (lease reads); nodes tick by it. */
  at?: number;
};

/** What a scheduled event does. */
export type ScheduledAction =
  | { kind: 'tick'; node: number }
  | {
      kind: 'deliver';
      from: number;
      to: number;
      /** 0 delivers the oldest message of the link; more reorders. */
      position: number;
      drop: boolean;
      duplicate: boolean;
      /** If the message is lost, the transport tells the sender the peer is unreachable. */
      reportUnreachable: boolean;
    }
  | { kind: 'ready'; node: number }
  | { kind: 'persist'; node: number }
  | { kind: 'propose'; node: number; count: number }
  | { kind: 'read-index'; node: number }
  | { kind: 'lease-read'; node: number }
  | { kind: 'snapshot'; node: number; keep: number }
  | { kind: 'conf-change'; node: number; change: ConfChange }
  | { kind: 'transfer'; node: number; target: number }
  | { kind: 'campaign'; node: number }
  | { kind: 'heal' }
  | { kind: 'isolate'; node: number }
  | { kind: 'split'; minority: number[]; majority: number[] }
  | { kind: 'block'; from: number; to: number[] }
  | { kind: 'crash'; node: number; afterPersist: boolean; applied: boolean }
  | { kind: 'restart'; node: number }
  /** Quiescence runs: everything in flight is delivered and a few ticks pass with no new request. */
  | { kind: 'settle' }
  | { kind: 'idle' };

/** One line describing an event, for printed schedules. */
export function describeEvent(event: ScheduledEvent): string {
  switch (event.kind) {
    case 'tick':
    case 'ready':
    case 'persist':
    case 'read-index':
    case 'lease-read':
    case 'campaign':
    case 'restart':
    case 'isolate':
      return `${event.kind} n${event.node}`;
    case 'deliver': {
      const how = event.drop ? 'drop' : event.duplicate ? 'deliver+dup' : 'deliver';
      return `${how} ${event.from}->${event.to}${event.position > 0 ? ` (reordered, position ${event.position})` : ''}`;
    }
    case 'propose':
      return `propose n${event.node} x${event.count}`;
    case 'snapshot':
      return `snapshot n${event.node} keep ${event.keep}`;
    case 'conf-change':
      return `conf-change n${event.node} ${describeMembershipChange(event.change)}`;
    case 'transfer':
      return `transfer n${event.node} -> ${event.target}`;
    case 'heal':
    case 'settle':
    case 'idle':
      return event.kind;
    case 'split':
      return `split {${event.minority}} | {${event.majority}}`;
    case 'block':
      return `block ${event.from} -> {${event.to}}`;
    case 'crash':
      return `crash n${event.node}${event.afterPersist ? ` after persist${event.applied ? ' and apply' : ''}` : ''}`;
  }
}
