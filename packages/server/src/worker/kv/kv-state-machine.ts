import { type RegionDescriptor, regionContains } from '@flintkv/pd';
import type { ApplyBatch } from '../group/group-state-machine.js';
import { packOwned, unpackBytes } from '../group/stored-encoding.js';
import type { WriteCommand } from '@flintkv/proto';
import type { KvCommand, KvWriteResult } from './kv-command.js';
import { CLOCK_KEY, userDataKey } from './kv-keys.js';
import type { SessionTable } from './session-table.js';

/**
 * The KV state machine of one region, as pure logic: given a command and a synchronous view of
 * the current data, decide the result and the writes. The host prefetches the keys a turn's
 * commands read ({@link keysReadBy}) and persists the writes with the applied index in one
 * atomic batch.
 */

/** What applying one command did. */
export type ApplyOutcome =
  | { kind: 'applied'; result: KvWriteResult }
  /** A retry of a write already applied: answered with the original result, nothing written. */
  | { kind: 'duplicate'; result: KvWriteResult }
  /** A sequence older than the session remembers; refused so it cannot apply twice. */
  | { kind: 'session-too-old' }
  /**
   * Not applied, nothing written, the session untouched: a key left the region (a split
   * landed after the write was proposed), or a split that no longer fits the region.
   */
  | {
      kind: 'refused';
      code: 'EPOCH_MISMATCH' | 'KEY_NOT_IN_REGION' | 'INVALID_ARGUMENT' | 'SERVER_BUSY';
      message: string;
    }
  /** The region split: it keeps `left`; `right` is created in the same batch (`ApplyBatch.createGroup`). */
  | { kind: 'split'; left: RegionDescriptor; right: RegionDescriptor }
  /** The region froze for a merge into the next region (`region-merge.ts`). */
  | { kind: 'merge-prepared'; region: RegionDescriptor }
  /** The region absorbed `sourceId` and is now `region`. */
  | { kind: 'merged'; region: RegionDescriptor; sourceId: number }
  /** A membership change applied: the region's replicas and epoch are now `region`'s (`region-replicas.ts`). */
  | { kind: 'replicas-changed'; region: RegionDescriptor };

/** Decodes the stored clock (largest proposer time applied). */
export function decodeClock(value: Uint8Array | null): number {
  return value === null ? 0 : (unpackBytes(value) as number);
}

export class KvStateMachine {
  /** @param clock the largest proposer time applied so far (stored under {@link CLOCK_KEY}). */
  constructor(
    readonly sessions: SessionTable,
    private clock: number,
  ) {}

  get time(): number {
    return this.clock;
  }

  /** Moves the clock to `time` if it is later (a merge brings the absorbed region's clock). */
  advanceClock(time: number, batch: ApplyBatch): void {
    if (time <= this.clock) return;
    this.clock = time;
    batch.write({ key: CLOCK_KEY, value: packOwned(this.clock) });
  }

  /**
   * Applies one write to `batch`; a key outside `region` (when given) refuses it. Time only moves
   * forward (a proposer with a slow clock cannot make sessions younger), which keeps session expiry
   * identical on every replica.
   */
  apply(command: KvCommand, operation: WriteCommand, batch: ApplyBatch, region?: RegionDescriptor): ApplyOutcome {
    if (command.stamp.time > this.clock) {
      this.clock = command.stamp.time;
      batch.write({ key: CLOCK_KEY, value: packOwned(this.clock) });
      for (const deletion of this.sessions.expire(this.clock)) batch.write(deletion);
    }
    const session = command.session;
    if (session !== null) {
      const known = this.sessions.lookup(session.clientId, session.sequence);
      if (known.kind === 'duplicate') return known;
      if (known.kind === 'too-old') return { kind: 'session-too-old' };
    }
    // After the session check: a write applied before a split is answered from its result.
    if (region !== undefined && !writesInside(operation, region)) {
      return {
        kind: 'refused',
        code: 'KEY_NOT_IN_REGION',
        message:
          'a key of the write left the region (it split) before the write was applied; refresh the route and retry',
      };
    }
    const result = applyOperation(operation, batch);
    if (session !== null) {
      const records = this.sessions.record(
        session.clientId,
        session.sequence,
        result,
        this.clock,
        session.firstIncomplete,
      );
      for (const record of records) {
        batch.write(record);
      }
    }
    return { kind: 'applied', result };
  }
}

function applyOperation(operation: WriteCommand, batch: ApplyBatch): KvWriteResult {
  switch (operation.type) {
    case 'put':
      batch.write({ key: userDataKey(operation.key), value: operation.value });
      return { kind: 'put' };
    case 'delete': {
      const stored = userDataKey(operation.key);
      const existed = batch.read(stored) !== null;
      if (existed) batch.write({ key: stored, value: null });
      return { kind: 'delete', existed };
    }
    case 'compareAndSwap': {
      const stored = userDataKey(operation.key);
      const current = batch.read(stored);
      if (!bytesEqualOrBothAbsent(current, operation.expected)) {
        return { kind: 'cas', succeeded: false, current };
      }
      batch.write({ key: stored, value: operation.next });
      return { kind: 'cas', succeeded: true, current: operation.next };
    }
    case 'batch':
      for (const item of operation.operations) {
        batch.write({ key: userDataKey(item.key), value: item.type === 'put' ? item.value : null });
      }
      return { kind: 'batch' };
  }
}

function writesInside(operation: WriteCommand, region: RegionDescriptor): boolean {
  if (operation.type !== 'batch') return regionContains(region, operation.key);
  return operation.operations.every((item) => regionContains(region, item.key));
}

function bytesEqualOrBothAbsent(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
