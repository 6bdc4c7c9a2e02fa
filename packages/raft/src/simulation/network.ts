import { type Message, MessageType } from '@flintkv/proto/raft';
import type { SeededRandom } from './random.js';

/**
 * The simulated network: one FIFO queue per directed link (so delay is simply "not delivered
 * yet"), plus a set of blocked links for partitions. Reordering, duplication and loss are
 * explicit operations the scheduler chooses.
 */
export class SimulatedNetwork {
  /** queues[from][to]; node ids are 1..slots. */
  private readonly queues: Message[][][];
  private readonly blocked: boolean[][];
  private queued = 0;

  constructor(private readonly slots: number) {
    this.queues = [];
    this.blocked = [];
    for (let from = 0; from <= slots; from++) {
      this.queues.push(Array.from({ length: slots + 1 }, () => []));
      this.blocked.push(new Array<boolean>(slots + 1).fill(false));
    }
  }

  /** Messages waiting on all links. */
  get size(): number {
    return this.queued;
  }

  send(message: Message): void {
    if (message.to < 1 || message.to > this.slots || message.from < 1 || message.from > this.slots) return;
    this.queues[message.from]![message.to]!.push(message);
    this.queued++;
  }

  /** A random link with messages waiting, as [from, to], or undefined if all are empty. */
  pickLink(random: SeededRandom): [number, number] | undefined {
    if (this.queued === 0) return undefined;
    let target = random.integer(this.queued);
    for (let from = 1; from <= this.slots; from++) {
      const row = this.queues[from]!;
      for (let to = 1; to <= this.slots; to++) {
        const length = row[to]!.length;
        if (target < length) return [from, to];
        target -= length;
      }
    }
    return undefined;
  }

  /** Takes the message at `position` (0 = oldest) off the link. */
  take(from: number, to: number, position = 0): Message | undefined {
    const queue = this.queues[from]![to]!;
    if (queue.length === 0) return undefined;
    const [message] = queue.splice(Math.min(position, queue.length - 1), 1);
    this.queued--;
    return message;
  }

  /** Number of messages waiting on one link. */
  linkLength(from: number, to: number): number {
    return this.queues[from]![to]!.length;
  }

  isBlocked(from: number, to: number): boolean {
    return this.blocked[from]![to]!;
  }

  block(from: number, to: number): void {
    if (from !== to) this.blocked[from]![to] = true;
  }

  /** Cuts `node` off from everyone, both directions. */
  isolate(node: number): void {
    for (let other = 1; other <= this.slots; other++) {
      this.block(node, other);
      this.block(other, node);
    }
  }

  /** Blocks every link between the two groups, both directions. */
  split(groupA: readonly number[], groupB: readonly number[]): void {
    for (const a of groupA) {
      for (const b of groupB) {
        this.block(a, b);
        this.block(b, a);
      }
    }
  }

  healAll(): void {
    for (const row of this.blocked) row.fill(false);
  }

  /** True when some link is blocked. */
  get partitioned(): boolean {
    return this.blocked.some((row) => row.includes(true));
  }

  /** Readable list of blocked links, e.g. "1->2 3->1". */
  describeBlocked(): string {
    const links: string[] = [];
    for (let from = 1; from <= this.slots; from++) {
      for (let to = 1; to <= this.slots; to++) if (this.blocked[from]![to]) links.push(`${from}->${to}`);
    }
    return links.length === 0 ? 'none' : links.join(' ');
  }
}

/** One-line description of a message for traces. */
export function describeMessage(message: Message): string {
  let text = `${MessageType[message.type]} ${message.from}->${message.to} t${message.term}`;
  if (message.index !== 0 || message.logTerm !== 0) text += ` i${message.index} lt${message.logTerm}`;
  if (message.commit !== 0) text += ` c${message.commit}`;
  if (message.entries.length > 0) {
    const first = message.entries[0]!;
    const last = message.entries[message.entries.length - 1]!;
    text += ` ents[${first.index}..${last.index} t${first.term}..${last.term}]`;
  }
  if (message.reject) text += ` REJECT hint${message.rejectHint}`;
  if (message.snapshot !== undefined) {
    text += ` snap(i${message.snapshot.metadata.index} t${message.snapshot.metadata.term})`;
  }
  return text;
}
