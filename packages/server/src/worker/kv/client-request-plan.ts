import type { ReadConsistency, ReplicaChange, Request, Result, WriteCommand } from '@flintkv/proto';
import type { KvWriteResult } from './kv-command.js';
import { DEFAULT_EXPORT_CHUNK_BYTES, MAX_EXPORT_CHUNK_BYTES } from './region-exports.js';

/**
 * What a client request asks of a region, decided without any I/O: a write to propose, a
 * read to serve, or an admin verb. Keys listed are checked against the region's range.
 */
export type RequestPlan =
  | { kind: 'write'; operation: WriteCommand; keys: Uint8Array[] }
  | { kind: 'read'; read: ReadQuery; consistency: ReadConsistency; keys: Uint8Array[] }
  | { kind: 'transfer-leader'; toNode: number }
  | { kind: 'compact' }
  | { kind: 'checksum' }
  /** `streamId` 0: open an export (after a read index round); else chunk `position` of it. */
  | { kind: 'export'; streamId: number; position: number; chunkBytes: number }
  | { kind: 'split'; splitKey: Uint8Array; newRegionId: number }
  | { kind: 'merge' }
  | { kind: 'change-replicas'; change: ReplicaChange; nodeId: number }
  | { kind: 'invalid'; message: string };

/** A read against the region's applied state. */
export type ReadQuery =
  | { kind: 'get'; key: Uint8Array }
  | { kind: 'scan'; start: Uint8Array; end: Uint8Array; limit: number; reverse: boolean };

/** Pairs a scan returns when the request names no limit. */
export const DEFAULT_SCAN_LIMIT = 1000;
/** Most pairs one scan returns; a larger limit is cut to this (the answer says `more`). */
export const MAX_SCAN_LIMIT = 10_000;

export function planRequest(request: Request): RequestPlan {
  const command = request.command;
  switch (command.type) {
    case 'put':
    case 'delete':
    case 'compareAndSwap':
      return { kind: 'write', operation: command, keys: [command.key] };
    case 'batch':
      if (command.operations.length === 0) return { kind: 'invalid', message: 'a batch needs at least one operation' };
      return { kind: 'write', operation: command, keys: command.operations.map((operation) => operation.key) };
    case 'get':
      return {
        kind: 'read',
        read: { kind: 'get', key: command.key },
        consistency: command.consistency,
        keys: [command.key],
      };
    case 'scan': {
      const requested = command.limit === 0 ? DEFAULT_SCAN_LIMIT : command.limit;
      return {
        kind: 'read',
        read: {
          kind: 'scan',
          start: command.start,
          end: command.end,
          limit: Math.min(requested, MAX_SCAN_LIMIT),
          reverse: command.reverse,
        },
        consistency: command.consistency,
        keys: [],
      };
    }
    case 'transferLeader':
      return { kind: 'transfer-leader', toNode: command.toNode };
    case 'compact':
      return { kind: 'compact' };
    case 'checksum':
      return { kind: 'checksum' };
    case 'exportRegion': {
      const chunkBytes = command.chunkBytes === 0 ? DEFAULT_EXPORT_CHUNK_BYTES : command.chunkBytes;
      if (chunkBytes > MAX_EXPORT_CHUNK_BYTES) {
        return { kind: 'invalid', message: `an export chunk is at most ${MAX_EXPORT_CHUNK_BYTES} bytes` };
      }
      return { kind: 'export', streamId: command.streamId, position: command.position, chunkBytes };
    }
    case 'splitRegion':
      return { kind: 'split', splitKey: command.splitKey, newRegionId: command.newRegionId };
    case 'mergeRegion':
      return { kind: 'merge' };
    case 'changeReplicas':
      return { kind: 'change-replicas', change: command.change, nodeId: command.nodeId };
    case 'status':
    case 'regions':
    case 'allocateRegionIds':
    case 'moveRegionHost':
    case 'joinCluster':
    case 'removeMember':
    case 'putUser':
    case 'removeUser':
    case 'listUsers':
    case 'setAuth':
      return { kind: 'invalid', message: `${command.type} is a node-level request; send it with region id 0` };
    case 'authenticate':
      return { kind: 'invalid', message: 'authenticate is answered by the node a connection reached' };
  }
}

/** The client-protocol result of an applied (or deduplicated) write. */
export function writeResultToResult(result: KvWriteResult): Result {
  switch (result.kind) {
    case 'put':
      return { type: 'put' };
    case 'delete':
      return { type: 'delete', existed: result.existed };
    case 'cas':
      return { type: 'compareAndSwap', ok: result.succeeded, current: result.current };
    case 'batch':
      return { type: 'batch' };
  }
}
