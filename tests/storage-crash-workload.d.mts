import type { GroupStorage } from '@flintkv/storage';

/** Types of `storage-crash-workload.mjs` (plain JavaScript, so the crash child runs without a build step). */
export declare const CRASH_IDENTITY: { clusterId: string; nodeId: number };
export declare const CRASH_GROUPS: number[];
export declare function entryData(groupId: number, index: number, term: number): Uint8Array;
export declare function summarize(groups: readonly GroupStorage[]): Record<
  number,
  {
    first: number;
    last: number;
    runs: Array<[number, number]>;
    hardState: { term: number; vote: number; commit: number };
  }
>;
