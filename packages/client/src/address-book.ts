/**
 * Where nodes listen for clients: node id → client address, learned from handshakes, Status
 * answers and NotLeader hints; plus the endpoints the user gave, whose node ids may still be
 * unknown. Used to pick a node to ask when any node will do.
 */
export class AddressBook {
  private readonly byNode = new Map<number, string>();
  private readonly endpoints: string[];
  private rotation = 0;

  constructor(endpoints: readonly string[]) {
    this.endpoints = [...endpoints];
  }

  /** Records that node `nodeId` serves clients at `address`. */
  set(nodeId: number, address: string): void {
    if (nodeId > 0 && address !== '') this.byNode.set(nodeId, address);
  }

  /** The client address of `nodeId`, if known. */
  addressOf(nodeId: number): string | undefined {
    return this.byNode.get(nodeId);
  }

  /** Every known node id, ascending. */
  nodeIds(): number[] {
    return [...this.byNode.keys()].sort((a, b) => a - b);
  }

  /** The node id behind `address`, if known. */
  nodeAt(address: string): number | undefined {
    for (const [nodeId, known] of this.byNode) if (known === address) return nodeId;
    return undefined;
  }

  /** Every distinct address with its node id (0 for an endpoint not yet identified), by node id. */
  entries(): { nodeId: number; address: string }[] {
    const entries = this.nodeIds().map((nodeId) => ({ nodeId, address: this.byNode.get(nodeId)! }));
    const known = new Set(entries.map((entry) => entry.address));
    for (const address of new Set(this.endpoints)) if (!known.has(address)) entries.push({ nodeId: 0, address });
    return entries;
  }

  /**
   * Every distinct address (endpoints first, then learned ones), rotated by one on each call
   * so that "ask anyone" requests spread over the cluster and skip past a dead node.
   */
  anyOrder(): string[] {
    const all = [...new Set([...this.endpoints, ...this.byNode.values()])];
    const start = this.rotation++ % Math.max(1, all.length);
    return [...all.slice(start), ...all.slice(0, start)];
  }
}
