import type { HostOutbound } from '../host-protocol.js';

/** How long a region leader waits for a region id from the meta group. */
const ID_REQUEST_TIMEOUT_MS = 10_000;

/**
 * A host's requests for fresh region ids (a region leader about to split): posted to the node,
 * which hands them to its meta group replica; answered by `region-ids` messages.
 *
 * @example
 * ```ts
 * const ids = new RegionIdRequests(hostIndex, (message) => outbox.post(message));
 * const newRegionId = await ids.allocate();
 * // on { type: 'region-ids', requestId, firstId }: ids.answer(requestId, firstId)
 * ```
 */
export class RegionIdRequests {
  private readonly waiting = new Map<number, (firstId: number) => void>();
  private counter = 0;

  constructor(
    private readonly hostIndex: number,
    private readonly post: (message: Extract<HostOutbound, { type: 'allocate-region-ids' }>) => void,
  ) {}

  /** A region id never used before; rejects when the meta group reserved none in time. */
  allocate(): Promise<number> {
    const requestId = ++this.counter;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(requestId);
        reject(new Error('no region id was allocated in time'));
      }, ID_REQUEST_TIMEOUT_MS);
      this.waiting.set(requestId, (firstId) => {
        clearTimeout(timer);
        if (firstId > 0) resolve(firstId);
        else reject(new Error('the meta group allocated no region id'));
      });
      this.post({ type: 'allocate-region-ids', host: this.hostIndex, requestId, count: 1 });
    });
  }

  /** The node's answer to request `requestId` (0: none reserved). */
  answer(requestId: number, firstId: number): void {
    const waiter = this.waiting.get(requestId);
    this.waiting.delete(requestId);
    waiter?.(firstId);
  }
}
