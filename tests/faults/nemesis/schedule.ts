import { majorityMinoritySplit } from '../link-table.js';
import { SeededRandom } from '@flintkv/test-kit';

/** The kinds of fault window the nemesis can open. */
export const FAULT_KINDS = [
  'kill',
  'pause',
  'isolate',
  'majority-split',
  'one-way',
  'isolate-leader',
  'delay',
  'rolling-restart',
  'transfer-leader',
  'snapshot-catch-up',
  'change-workers',
  'split',
  'host-move',
  'merge',
  'replica-move',
  'member-change',
] as const;

/**
 * Where the nemesis splits regions: between and at the workload's keys (`k0` … `k7`), so the
 * keys under test move to new regions while clients write them. A key already at a region's
 * start splits nothing.
 */
export const SPLIT_CANDIDATES = ['k1', 'k3', 'k5', 'k7', 'k15', 'k35', 'k55', 'k65', 'k0', 'k6'];
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * One action of the nemesis. Regions are named by their index in the region table (sorted by
 * start key), since their ids are only known at run time; so is the current leader.
 */
export type FaultEvent =
  | { kind: 'kill'; node: number; signal: 'SIGKILL' | 'SIGTERM' }
  /** `workers`: start with this `--workers` (the node moves groups between its databases first). */
  | { kind: 'start'; node: number; workers?: number }
  | { kind: 'pause'; node: number }
  | { kind: 'resume'; node: number }
  | { kind: 'partition'; groups: number[][] }
  | { kind: 'block-one-way'; from: number; to: number }
  | { kind: 'isolate-leader'; regionIndex: number }
  | { kind: 'delay'; milliseconds: number }
  | { kind: 'heal' }
  | { kind: 'transfer-leader'; regionIndex: number; node: number }
  | { kind: 'compact-all' }
  /** Split the region holding `key` at `key` (as `flint region split` does). */
  | { kind: 'split'; key: string }
  /** Merge region #`regionIndex` with the region after it (as `flint region merge` does). */
  | { kind: 'merge'; regionIndex: number }
  /** Move node `node`'s replica of region #`regionIndex` to its host thread `host` (as `flint region move-host` does). */
  | { kind: 'move-host'; regionIndex: number; node: number; host: number }
  /**
   * Take node `node`'s replica of region #`regionIndex` away and bring it back: remove it, add
   * it as a learner (caught up by a snapshot), promote it (as `flint region remove-replica`,
   * `add-learner`, `promote-learner` do).
   */
  | { kind: 'move-replica'; regionIndex: number; node: number }
  /** Start node `node`, new to the cluster, with `--join` (as an operator adds a node). */
  | { kind: 'join'; node: number }
  /** Remove member `node` (as `flint member remove` does): drained, it exits by itself. */
  | { kind: 'remove-member'; node: number };

/** An event at `atMs` after the start of the run, within the window of fault `fault`. */
export interface ScheduledEvent {
  atMs: number;
  fault: FaultKind;
  event: FaultEvent;
}

export interface ScheduleOptions {
  seed: number;
  /** Length of the run; every window closes (nodes back, links healed) before it ends. */
  durationMs: number;
  nodes: readonly number[];
  regionCount: number;
  /** Which faults to draw from; default all. */
  faults?: readonly FaultKind[];
  /** Quiet time between windows, drawn from [min, max]; default [1000, 2500]. */
  quietMs?: [number, number];
  /** Length of a window, drawn from [min, max]; default [2000, 5000]. */
  faultMs?: [number, number];
}

/**
 * The fault schedule of a run: a pure function of its options, so the same seed gives the same
 * schedule. Windows do not overlap; each one ends in a healthy state (killed nodes started,
 * paused nodes resumed, links healed), and at most a minority of nodes is down or cut off at once,
 * so the cluster can make progress in every window.
 */
export function generateSchedule(options: ScheduleOptions): ScheduledEvent[] {
  const random = new SeededRandom(options.seed);
  const kinds = options.faults ?? FAULT_KINDS;
  if (kinds.length === 0) return [];
  const [quietMin, quietMax] = options.quietMs ?? [1000, 2500];
  const [faultMin, faultMax] = options.faultMs ?? [2000, 5000];
  const nodes = [...options.nodes];
  const minority = Math.floor((nodes.length - 1) / 2);
  const events: ScheduledEvent[] = [];
  // A node that joins gets an id never used before (a removed member's id is not reused).
  let joiningId = Math.max(...nodes) + 1;
  let time = random.integer(quietMin, quietMax);
  for (;;) {
    const fault = random.pick(kinds);
    const length = random.integer(faultMin, faultMax);
    const window = planWindow(fault, time, length, nodes, minority, options.regionCount, random, joiningId);
    if (fault === 'member-change') joiningId++;
    const end = Math.max(...window.map((event) => event.atMs));
    if (end >= options.durationMs) break;
    events.push(...window);
    time = end + random.integer(quietMin, quietMax);
  }
  return events.sort((left, right) => left.atMs - right.atMs);
}

function planWindow(
  fault: FaultKind,
  start: number,
  length: number,
  nodes: number[],
  minority: number,
  regionCount: number,
  random: SeededRandom,
  joiningId: number,
): ScheduledEvent[] {
  const end = start + length;
  const at = (atMs: number, event: FaultEvent): ScheduledEvent => ({ atMs, fault, event });
  const some = () => random.shuffle(nodes).slice(0, random.integer(1, Math.max(1, minority)));
  switch (fault) {
    case 'kill':
      return some().flatMap((node) => [
        at(start, { kind: 'kill', node, signal: 'SIGKILL' }),
        at(end, { kind: 'start', node }),
      ]);
    case 'pause':
      return some().flatMap((node) => [at(start, { kind: 'pause', node }), at(end, { kind: 'resume', node })]);
    case 'isolate': {
      const node = random.pick(nodes);
      return [
        at(start, { kind: 'partition', groups: [[node], nodes.filter((other) => other !== node)] }),
        at(end, { kind: 'heal' }),
      ];
    }
    case 'majority-split': {
      const { minority: small, majority } = majorityMinoritySplit(random.shuffle(nodes));
      return [at(start, { kind: 'partition', groups: [small, majority] }), at(end, { kind: 'heal' })];
    }
    case 'one-way': {
      const [from, to] = random.shuffle(nodes);
      return [at(start, { kind: 'block-one-way', from: from!, to: to! }), at(end, { kind: 'heal' })];
    }
    case 'isolate-leader':
      return [
        at(start, { kind: 'isolate-leader', regionIndex: random.integer(0, regionCount - 1) }),
        at(end, { kind: 'heal' }),
      ];
    case 'delay':
      return [at(start, { kind: 'delay', milliseconds: random.integer(10, 150) }), at(end, { kind: 'heal' })];
    case 'rolling-restart': {
      // Each node in turn: stopped (gracefully or not), started, and given time to catch up.
      const step = Math.max(1500, Math.floor(length / nodes.length));
      return random.shuffle(nodes).flatMap((node, index) => {
        const down = start + index * step;
        const signal = random.chance(0.5) ? 'SIGKILL' : 'SIGTERM';
        return [at(down, { kind: 'kill', node, signal }), at(down + Math.floor(step / 3), { kind: 'start', node })];
      });
    }
    case 'transfer-leader': {
      const transfers = random.integer(1, 3);
      return Array.from({ length: transfers }, (_, index) =>
        at(start + Math.floor((index * length) / transfers), {
          kind: 'transfer-leader',
          regionIndex: random.integer(0, regionCount - 1),
          node: random.pick(nodes),
        }),
      );
    }
    case 'change-workers': {
      // A node restarted with another thread count moves groups between its host databases
      // before it serves; killed once in the middle of that start, it must repair and go on.
      const node = random.pick(nodes);
      const signal = random.chance(0.5) ? 'SIGKILL' : 'SIGTERM';
      const restart = start + Math.floor(length / 3);
      const interrupt = restart + random.integer(20, 400);
      return [
        at(start, { kind: 'kill', node, signal }),
        at(restart, { kind: 'start', node, workers: random.integer(1, 4) }),
        at(interrupt, { kind: 'kill', node, signal: 'SIGKILL' }),
        at(end, { kind: 'start', node, workers: random.integer(1, 4) }),
      ];
    }
    case 'split': {
      // One to three splits in the window, while the workload writes the keys that move.
      const splits = random.integer(1, 3);
      return Array.from({ length: splits }, (_, index) =>
        at(start + Math.floor((index * length) / splits), { kind: 'split', key: random.pick(SPLIT_CANDIDATES) }),
      );
    }
    case 'merge': {
      // One or two merges while the workload writes the keys that move; half the time a node
      // is killed while one runs (a merge takes a few Raft rounds) and started at the window's end.
      const merges = random.integer(1, 2);
      const events = Array.from({ length: merges }, (_, index) =>
        at(start + Math.floor((index * length) / (merges + 1)), {
          kind: 'merge',
          regionIndex: random.integer(0, regionCount),
        }),
      );
      if (random.chance(0.5)) {
        const node = random.pick(nodes);
        events.push(
          at(start + random.integer(5, 300), { kind: 'kill', node, signal: 'SIGKILL' }),
          at(end, { kind: 'start', node }),
        );
      }
      return events;
    }
    case 'host-move': {
      // One to three moves between host threads; half the time the node is killed while one
      // runs (the move's steps take milliseconds) and started at the end of the window.
      const moves = random.integer(1, 3);
      const node = random.pick(nodes);
      const events = Array.from({ length: moves }, (_, index) =>
        at(start + Math.floor((index * length) / (moves + 1)), {
          kind: 'move-host',
          regionIndex: random.integer(0, regionCount),
          node: random.chance(0.7) ? node : random.pick(nodes),
          host: random.integer(0, 3),
        }),
      );
      if (random.chance(0.5)) {
        events.push(
          at(start + random.integer(5, 150), { kind: 'kill', node, signal: 'SIGKILL' }),
          at(end, { kind: 'start', node }),
        );
      }
      return events;
    }
    case 'replica-move': {
      // A replica leaves and comes back while the workload writes; half the time another node
      // is killed meanwhile and started at the window's end.
      const node = random.pick(nodes);
      const events = [at(start, { kind: 'move-replica', regionIndex: random.integer(0, regionCount), node })];
      if (random.chance(0.5)) {
        const other = random.pick(nodes.filter((each) => each !== node));
        events.push(
          at(start + random.integer(50, 1_000), { kind: 'kill', node: other, signal: 'SIGKILL' }),
          at(end, { kind: 'start', node: other }),
        );
      }
      return events;
    }
    case 'member-change': {
      // A node joins (replicas move onto it) and is removed at the window's end (they move back off);
      // half the time another node is killed meanwhile and started at the window's end.
      const events = [
        at(start, { kind: 'join', node: joiningId }),
        at(end, { kind: 'remove-member', node: joiningId }),
      ];
      if (random.chance(0.5)) {
        const other = random.pick(nodes);
        events.push(
          at(start + random.integer(50, length), { kind: 'kill', node: other, signal: 'SIGKILL' }),
          at(end, { kind: 'start', node: other }),
        );
      }
      return events;
    }
    case 'snapshot-catch-up': {
      // A node cut off while the others write and compact past it must catch up by snapshot.
      const node = random.pick(nodes);
      return [
        at(start, { kind: 'partition', groups: [[node], nodes.filter((other) => other !== node)] }),
        at(start + Math.floor(length * 0.6), { kind: 'compact-all' }),
        at(end, { kind: 'heal' }),
      ];
    }
  }
}

/** One line for logs: `12.3s kill n2 (SIGKILL)`. */
export function describeScheduledEvent({ atMs, fault, event }: ScheduledEvent): string {
  const time = `${(atMs / 1000).toFixed(1)}s`;
  switch (event.kind) {
    case 'kill':
      return `${time} [${fault}] kill n${event.node} (${event.signal})`;
    case 'start':
      return `${time} [${fault}] start n${event.node}${event.workers === undefined ? '' : ` --workers ${event.workers}`}`;
    case 'pause':
    case 'resume':
      return `${time} [${fault}] ${event.kind} n${event.node}`;
    case 'partition':
      return `${time} [${fault}] partition ${event.groups.map((group) => `{${group.join(',')}}`).join(' | ')}`;
    case 'block-one-way':
      return `${time} [${fault}] block ${event.from}->${event.to}`;
    case 'isolate-leader':
      return `${time} [${fault}] isolate the leader of region #${event.regionIndex}`;
    case 'delay':
      return `${time} [${fault}] delay every link ${event.milliseconds}ms`;
    case 'transfer-leader':
      return `${time} [${fault}] transfer leadership of region #${event.regionIndex} to n${event.node}`;
    case 'heal':
    case 'compact-all':
      return `${time} [${fault}] ${event.kind}`;
    case 'split':
      return `${time} [${fault}] split the region holding ${event.key} at ${event.key}`;
    case 'merge':
      return `${time} [${fault}] merge region #${event.regionIndex} with the next region`;
    case 'move-host':
      return `${time} [${fault}] move n${event.node}'s replica of region #${event.regionIndex} to host thread ${event.host}`;
    case 'move-replica':
      return `${time} [${fault}] remove n${event.node}'s replica of region #${event.regionIndex}, add it back, promote it`;
    case 'join':
      return `${time} [${fault}] n${event.node} joins`;
    case 'remove-member':
      return `${time} [${fault}] remove member n${event.node}`;
  }
}
