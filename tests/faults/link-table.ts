/**
 * What the network does to bytes from one node to another. `drop` is a blackhole: bytes are read
 * and discarded (the connection stays open, as behind a firewall that drops packets); `delay`
 * delivers them, in order, after a fixed time.
 */
export type LinkMode = { kind: 'pass' } | { kind: 'drop' } | { kind: 'delay'; milliseconds: number };

const pass: LinkMode = { kind: 'pass' };
const drop: LinkMode = { kind: 'drop' };

/**
 * The state of every directed link between cluster nodes. Pure data: the proxy reads it for each
 * chunk of bytes, and the partition helpers below only rewrite it, so they are testable alone.
 */
export class LinkTable {
  private readonly modes = new Map<string, LinkMode>();

  constructor(readonly nodes: readonly number[]) {}

  /** How bytes from `from` to `to` are treated now. */
  mode(from: number, to: number): LinkMode {
    return this.modes.get(linkName(from, to)) ?? pass;
  }

  set(from: number, to: number, mode: LinkMode): void {
    this.requireNode(from);
    this.requireNode(to);
    if (mode.kind === 'pass') this.modes.delete(linkName(from, to));
    else this.modes.set(linkName(from, to), mode);
  }

  /** Every link passes again. */
  heal(): void {
    this.modes.clear();
  }

  /** Bytes between different groups are dropped both ways; within a group they pass. */
  partition(groups: readonly (readonly number[])[]): void {
    const groupOf = new Map<number, number>();
    groups.forEach((group, index) => {
      for (const node of group) groupOf.set(node, index);
    });
    for (const node of this.nodes) {
      if (!groupOf.has(node)) throw new RangeError(`partition does not place node ${node} in any group`);
    }
    for (const from of this.nodes) {
      for (const to of this.nodes) {
        if (from !== to) this.set(from, to, groupOf.get(from) === groupOf.get(to) ? pass : drop);
      }
    }
  }

  /** `node` can neither send nor receive; the others talk freely. */
  isolate(node: number): void {
    this.partition([[node], this.nodes.filter((other) => other !== node)]);
  }

  /** Bytes from `from` to `to` are dropped while the reverse direction still passes. */
  blockOneWay(from: number, to: number): void {
    this.set(from, to, drop);
  }

  /** Every link in both directions delays bytes by `milliseconds`. */
  delayAll(milliseconds: number): void {
    for (const from of this.nodes) {
      for (const to of this.nodes) {
        if (from !== to) this.set(from, to, { kind: 'delay', milliseconds });
      }
    }
  }

  /** Links that do not pass, for logs: `1->2 drop, 2->1 delay 50ms`. */
  describe(): string {
    const parts = [...this.modes].map(([name, mode]) =>
      mode.kind === 'delay' ? `${name} delay ${mode.milliseconds}ms` : `${name} ${mode.kind}`,
    );
    return parts.length === 0 ? 'all links pass' : parts.sort().join(', ');
  }

  private requireNode(node: number): void {
    if (!this.nodes.includes(node)) throw new RangeError(`node ${node} is not one of ${this.nodes.join(', ')}`);
  }
}

function linkName(from: number, to: number): string {
  return `${from}->${to}`;
}

/**
 * Splits nodes into a minority and a majority: the first `floor((n-1)/2)` of `order` (a
 * shuffled node list) form the minority.
 */
export function majorityMinoritySplit(order: readonly number[]): { minority: number[]; majority: number[] } {
  const minoritySize = Math.floor((order.length - 1) / 2);
  return { minority: order.slice(0, minoritySize), majority: order.slice(minoritySize) };
}
