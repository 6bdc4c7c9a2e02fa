import type { RegionDescriptor } from '@flintkv/pd';
import { bytesEqual } from '@flintkv/proto';
import { packOwned, unpackBytes } from '../group/stored-encoding.js';
import type { CommitMergeOperation, PrepareMergeOperation } from './kv-command.js';

/**
 * A region merge, as pure logic (docs/architecture.md#region-merge). Region S merges into T,
 * the region that follows it in key order (S's end is T's start), in two Raft commands:
 *
 * 1. `prepare-merge` in S's log freezes S: from that index on S serves no read and applies no
 *    write, so its state is fixed; its version grows, so requests of the old epoch are refused.
 * 2. `commit-merge` in T's log carries S's whole fixed state; T absorbs it — S's data, session
 *    results and clock — and S's range, and records S among the regions it absorbed.
 *
 * The commit point is T's log. There is no rollback: a frozen S is committed to merge, and its
 * leader proposes `commit-merge` to whichever region starts at S's end until one absorbs it. A
 * region absorbs S at most once, ever: it refuses S while frozen itself (its own state is being
 * handed on), when not adjacent, and when S is in its absorbed set — which splits copy to both
 * halves and merges unite, so no region that could start at S's end later takes S twice.
 */

/** Why a merge step does not apply; the proposer's client gets `code` (with the FLINT_ code in the message). */
export interface MergeRefusal {
  code: 'EPOCH_MISMATCH' | 'INVALID_ARGUMENT' | 'SERVER_BUSY';
  message: string;
}

/** The stored merge state of a frozen region (under `MERGE_STATE_KEY`). */
export interface MergeState {
  /** The region's descriptor as frozen (its version already bumped). */
  frozenAs: RegionDescriptor;
}

/** Decides `prepare-merge` against the region's current descriptor; the frozen descriptor, or a refusal. */
export function planPrepareMerge(
  region: RegionDescriptor,
  prepare: PrepareMergeOperation,
  merging: boolean,
): RegionDescriptor | MergeRefusal {
  if (merging) {
    return { code: 'SERVER_BUSY', message: `FLINT_MERGE_IN_PROGRESS: region ${region.id} is merging already` };
  }
  if (prepare.version !== region.epoch.version || prepare.confVersion !== region.epoch.confVersion) {
    return {
      code: 'EPOCH_MISMATCH',
      message: `FLINT_MERGE_EPOCH_CHANGED: region ${region.id} changed (a split or a membership change landed) after the merge was asked; ask again`,
    };
  }
  if (region.endKey.byteLength === 0) {
    return {
      code: 'INVALID_ARGUMENT',
      message: `FLINT_MERGE_NO_NEXT_REGION: region ${region.id} is the last region; no region follows it to merge with`,
    };
  }
  return {
    ...region,
    epoch: { confVersion: region.epoch.confVersion, version: region.epoch.version + 1 },
    peers: [...region.peers],
  };
}

/** Decides `commit-merge` in the target: its descriptor after absorbing the source, or a refusal. */
export function planCommitMerge(
  target: RegionDescriptor,
  commit: CommitMergeOperation,
  state: { merging: boolean; absorbed: ReadonlySet<number> },
): RegionDescriptor | MergeRefusal {
  const { source } = commit;
  if (state.absorbed.has(source.id)) {
    return {
      code: 'INVALID_ARGUMENT',
      message: `FLINT_MERGE_DONE: region ${target.id} absorbed region ${source.id} already`,
    };
  }
  if (state.merging) {
    return {
      code: 'SERVER_BUSY',
      message: `FLINT_MERGE_TARGET_BUSY: region ${target.id} is merging into the next region itself; region ${source.id} merges into the region that takes it`,
    };
  }
  if (!bytesEqual(source.endKey, target.startKey) || source.endKey.byteLength === 0) {
    return {
      code: 'INVALID_ARGUMENT',
      message: `FLINT_MERGE_NOT_ADJACENT: region ${source.id} does not end where region ${target.id} starts`,
    };
  }
  // The same replicas, whatever membership changes led each there (their confVersions may differ).
  if (!samePeers(source.peers, target.peers)) {
    return {
      code: 'INVALID_ARGUMENT',
      message: `FLINT_MERGE_PEERS_DIFFER: regions ${source.id} and ${target.id} do not have the same replicas`,
    };
  }
  return {
    ...target,
    startKey: source.startKey,
    epoch: {
      confVersion: target.epoch.confVersion,
      version: Math.max(target.epoch.version, source.epoch.version) + 1,
    },
    peers: [...target.peers],
  };
}

/** Whether `value` is a refusal (not a descriptor). */
export function isMergeRefusal(value: RegionDescriptor | MergeRefusal): value is MergeRefusal {
  return 'code' in value;
}

export function encodeMergeState(state: MergeState): Uint8Array {
  return packOwned(state);
}

export function decodeMergeState(bytes: Uint8Array): MergeState {
  const state = unpackBytes(bytes) as MergeState;
  const frozenAs = state.frozenAs;
  return {
    frozenAs: {
      ...frozenAs,
      startKey: new Uint8Array(frozenAs.startKey),
      endKey: new Uint8Array(frozenAs.endKey),
      peers: [...frozenAs.peers],
    },
  };
}

export function encodeAbsorbed(absorbed: ReadonlySet<number>): Uint8Array {
  return packOwned([...absorbed].sort((a, b) => a - b));
}

export function decodeAbsorbed(bytes: Uint8Array | undefined | null): Set<number> {
  if (bytes === undefined || bytes === null) return new Set();
  return new Set(unpackBytes(bytes) as number[]);
}

export function samePeers(a: readonly number[], b: readonly number[]): boolean {
  const sorted = (peers: readonly number[]) => [...peers].sort((x, y) => x - y).join(',');
  return sorted(a) === sorted(b);
}
