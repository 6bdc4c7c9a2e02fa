import { setMaxListeners } from 'node:events';
import { createSecureContext, type SecureContext } from 'node:tls';
import {
  type ClusterMemberInfo,
  compareBytes,
  type GroupStatus,
  type KeyValue,
  type NodeStatus,
  type ReplicaChange,
  type ReplicaStatistics,
  type UserInfo,
  type UserRole,
} from '@flintkv/proto';
import { AddressBook } from './address-book.js';
import { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import { type BytesLike, toBytes, toText } from './bytes.js';
import { CallContext } from './call-context.js';
import { FlintError } from './errors.js';
import type { BatchWrite, CallOptions, ConnectOptions, ReadOptions, ScanOptions, TlsOptions } from './options.js';
import { expectResult, RequestExecutor, type SuccessResult } from './request-executor.js';
import { type MemberInfo, mergeMembers } from './members.js';
import { mergeRegionDetails, type RegionDetails } from './region-details.js';
import { openRegionExport, type RegionExport } from './region-export.js';
import { type RegionInfo, RouteCache, regionHoldsKey } from './route-cache.js';
import { scanRange } from './scan.js';
import { ClientSession } from './session.js';
import { Transport } from './transport.js';

const DEFAULTS = {
  timeoutMs: 5000,
  attemptTimeoutMs: 2000,
  connectTimeoutMs: 2000,
  maxKeyBytes: 8192,
  maxValueBytes: 8 * 1024 * 1024,
  maxFrameBytes: 16 * 1024 * 1024,
  scanPageSize: 256,
};

/** Result of {@link FlintClient.cas}. */
export interface CasResult {
  /** Whether the swap happened. */
  ok: boolean;
  /** The value now stored (the new one on success); undefined = absent. */
  current: Uint8Array | undefined;
}

/** One node in {@link ClusterStatus}. */
export interface NodeReport {
  /** 0 when the node never answered and its id is unknown. */
  nodeId: number;
  /** Its client address. */
  address: string;
  /** Whether it answered the Status request. */
  up: boolean;
  /** Its own view: identity, members, version (absent when down). */
  node?: NodeStatus;
  /** The replicas it hosts (empty when down). */
  groups: GroupStatus[];
  /** Why it is considered down. */
  error?: string;
}

/** Result of {@link FlintClient.status}: every known node, up or down. */
export interface ClusterStatus {
  /** 0 until any node has answered. */
  clusterId: number;
  nodes: NodeReport[];
}

/** Result of {@link FlintClient.checksum}. */
export interface ChecksumReport {
  /** The node whose replica was digested. */
  nodeId: number;
  /** The applied index the digest describes: compare digests of replicas at equal indexes. */
  appliedIndex: number;
  checksum: Uint8Array;
  keyCount: number;
}

/**
 * A connection to a FlintKV cluster. Create with {@link connect}; share one per process or
 * per component (it multiplexes everything over one TCP connection per node); `close()` it
 * when done, or declare it with `await using`. Keys and values are `string` (UTF-8) or
 * `Uint8Array`.
 */
export class FlintClient {
  private readonly options: typeof DEFAULTS;
  private readonly closeController = new AbortController();
  private readonly routes = new RouteCache();
  private readonly addresses: AddressBook;
  private readonly transport: Transport;
  private readonly executor: RequestExecutor;
  private readonly session: ClientSession;
  private readonly backoff: BackoffOptions;
  private clusterId: number;

  /** Prefer {@link connect}, which also checks that the cluster answers. */
  constructor(options: ConnectOptions) {
    validateConnectOptions(options);
    // Every call in flight listens for close(); thousands may be in flight at once.
    setMaxListeners(0, this.closeController.signal);
    this.options = {
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      attemptTimeoutMs: options.attemptTimeoutMs ?? Math.min(DEFAULTS.attemptTimeoutMs, options.timeoutMs ?? Infinity),
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
      maxKeyBytes: options.maxKeyBytes ?? DEFAULTS.maxKeyBytes,
      maxValueBytes: options.maxValueBytes ?? DEFAULTS.maxValueBytes,
      maxFrameBytes: options.maxFrameBytes ?? DEFAULTS.maxFrameBytes,
      scanPageSize: options.scanPageSize ?? DEFAULTS.scanPageSize,
    };
    this.backoff = {
      initialMs: options.backoff?.initialMs ?? DEFAULT_BACKOFF.initialMs,
      maxMs: options.backoff?.maxMs ?? DEFAULT_BACKOFF.maxMs,
    };
    this.clusterId = options.clusterId ?? 0;
    this.session = new ClientSession(options.clientId);
    this.addresses = new AddressBook(options.endpoints);
    this.transport = new Transport({
      clientId: this.session.clientId,
      clusterId: () => this.clusterId,
      onHandshake: (clusterId, nodeId, address) => {
        if (this.clusterId === 0) this.clusterId = clusterId;
        this.addresses.set(nodeId, address);
      },
      maxFrameBytes: this.options.maxFrameBytes,
      connectTimeoutMs: this.options.connectTimeoutMs,
      tls: secureContextOf(options.tls),
      auth: options.auth,
    });
    this.executor = new RequestExecutor(
      this.transport,
      this.routes,
      this.addresses,
      this.session,
      {
        attemptTimeoutMs: this.options.attemptTimeoutMs,
        backoff: this.backoff,
        random: Math.random,
      },
      this.closeController.signal,
    );
  }

  /** This client's session id: the server answers a retried write from its session table. */
  get clientId(): number {
    return this.session.clientId;
  }

  /** Whether {@link close} was called. */
  get closed(): boolean {
    return this.closeController.signal.aborted;
  }

  /**
   * Loads the region table and members from any endpoint, retrying until `timeoutMs`.
   * {@link connect} calls it; call it yourself only after constructing a client directly.
   * @throws {FlintError} FLINT_UNAVAILABLE when no endpoint answers in time.
   */
  async ready(options: CallOptions = {}): Promise<void> {
    await this.loadTopology('connect', options);
  }

  /**
   * Stores `value` under `key`. Resolves once the write is committed on a majority and durable.
   * Retried internally with the same session sequence, so it is applied exactly once.
   */
  async put(key: BytesLike, value: BytesLike, options: CallOptions = {}): Promise<void> {
    const keyBytes = this.checkKey(key);
    const valueBytes = this.checkValue(value);
    await this.write(options, 'put', keyBytes, () => ({ type: 'put', key: keyBytes, value: valueBytes }));
  }

  /** The value under `key`, or undefined if absent. */
  async get(key: BytesLike, options: ReadOptions = {}): Promise<Uint8Array | undefined> {
    const keyBytes = this.checkKey(key);
    const consistency = options.consistency ?? 'linearizable';
    const { result } = await this.executor.callRegion(this.context('get', options), {
      route: { kind: 'key', key: keyBytes },
      command: () => ({ type: 'get', key: keyBytes, consistency }),
      write: false,
      anyReplica: consistency === 'stale',
    });
    const get = expectResult(result, 'get');
    return get.found ? get.value : undefined;
  }

  /** The value under `key` decoded as UTF-8, or undefined if absent. */
  async getString(key: BytesLike, options: ReadOptions = {}): Promise<string | undefined> {
    const value = await this.get(key, options);
    return value === undefined ? undefined : toText(value);
  }

  /** Removes `key`; resolves to whether it existed. */
  async delete(key: BytesLike, options: CallOptions = {}): Promise<boolean> {
    const keyBytes = this.checkKey(key);
    const result = await this.write(options, 'delete', keyBytes, () => ({ type: 'delete', key: keyBytes }));
    return expectResult(result, 'delete').existed;
  }

  /**
   * Compare-and-swap: if the value under `key` equals `expected` (undefined = the key must be
   * absent), store `next` (undefined = delete the key). Atomic; applied exactly once.
   * Resolves to whether it swapped and the value now stored.
   */
  async cas(
    key: BytesLike,
    expected: BytesLike | undefined,
    next: BytesLike | undefined,
    options: CallOptions = {},
  ): Promise<CasResult> {
    const keyBytes = this.checkKey(key);
    const expectedBytes = expected === undefined ? null : toBytes(expected, 'expected');
    const nextBytes = next === undefined ? null : this.checkValue(next);
    const result = await this.write(options, 'cas', keyBytes, () => ({
      type: 'compareAndSwap',
      key: keyBytes,
      expected: expectedBytes,
      next: nextBytes,
    }));
    const swap = expectResult(result, 'compareAndSwap');
    return { ok: swap.ok, current: swap.current ?? undefined };
  }

  /**
   * Applies puts and deletes atomically: all or none. Every key must belong to one region
   * (atomicity is per region); otherwise rejects with `FLINT_CROSS_REGION_BATCH`.
   */
  async batch(writes: readonly BatchWrite[], options: CallOptions = {}): Promise<void> {
    if (!Array.isArray(writes)) throw new FlintError('FLINT_INVALID_ARGUMENT', 'batch() takes an array of writes.');
    if (writes.length === 0) return;
    const operations = writes.map((write, index) => {
      if (write?.type === 'put') {
        return { type: 'put' as const, key: this.checkKey(write.key), value: this.checkValue(write.value) };
      }
      if (write?.type === 'delete') return { type: 'delete' as const, key: this.checkKey(write.key) };
      throw new FlintError('FLINT_INVALID_ARGUMENT', `batch write ${index} must have type 'put' or 'delete'.`);
    });
    await this.write(options, 'batch', operations[0]!.key, (region) => {
      const outside = operations.find((operation) => !regionHoldsKey(region, operation.key));
      if (outside !== undefined) {
        throw new FlintError(
          'FLINT_CROSS_REGION_BATCH',
          `The batch spans more than one region: ${describeKey(operations[0]!.key)} is in region ${region.id}, ` +
            `${describeKey(outside.key)} is not. A batch is atomic only within one region: split it by region ` +
            '(see db.regions()), or choose keys that share a region.',
        );
      }
      return { type: 'batch', operations };
    });
  }

  /**
   * Iterates the pairs with `start <= key < end`, in key order (descending with `reverse`),
   * fetched in pages and across regions. Each page is one call with its own `timeoutMs`;
   * `signal` cancels the whole scan. Breaking out of the loop stops fetching.
   */
  async *scan(options: ScanOptions = {}): AsyncGenerator<KeyValue, void, undefined> {
    const pageSize = options.pageSize ?? this.options.scanPageSize;
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    if (!(limit >= 0) || !Number.isInteger(pageSize) || pageSize < 1) {
      throw new FlintError('FLINT_INVALID_ARGUMENT', 'scan limit must be >= 0 and pageSize an integer >= 1.');
    }
    const consistency = options.consistency ?? 'linearizable';
    const range = {
      start: options.start === undefined ? new Uint8Array(0) : toBytes(options.start, 'start'),
      end: options.end === undefined ? new Uint8Array(0) : toBytes(options.end, 'end'),
      limit,
      pageSize,
      reverse: options.reverse === true,
      consistency,
    };
    yield* scanRange(range, async (route, command) => {
      const { result, region } = await this.executor.callRegion(this.context('scan', options), {
        route,
        command,
        write: false,
        anyReplica: consistency === 'stale',
      });
      return { page: expectResult(result, 'scan'), region };
    });
  }

  /**
   * Every node's status (identity, members, the replicas it hosts with role, term, commit and
   * applied indexes). Nodes that do not answer are listed with `up: false`; never rejects for that.
   */
  async status(options: CallOptions = {}): Promise<ClusterStatus> {
    const context = this.context('status', options);
    await this.executor.refreshTopology(context).catch((error: unknown) => {
      if (error instanceof FlintError && error.code !== 'FLINT_TIMEOUT') throw error;
    });
    const nodes = await Promise.all(
      this.addresses.entries().map(async ({ nodeId, address }): Promise<NodeReport> => {
        try {
          const result = expectResult(await this.executor.callNode(context, address, { type: 'status' }), 'status');
          return { nodeId: result.node.nodeId, address, up: true, node: result.node, groups: result.groups };
        } catch (error) {
          if (error instanceof FlintError && (error.code === 'FLINT_CLOSED' || error.code === 'FLINT_ABORTED')) {
            throw error;
          }
          return {
            nodeId,
            address,
            up: false,
            groups: [],
            error: error instanceof Error ? error.message : String(error),
          };
        }
      }),
    );
    return { clusterId: this.clusterId, nodes };
  }

  /**
   * Every member of the cluster: addresses, whether it answered, its state, the region replicas
   * it holds and the regions it leads, and its recorded incarnation. A member that does not
   * answer is listed with `up: false`; never rejects for that.
   *
   * @example
   * for (const member of await db.members()) console.log(member.nodeId, member.up, member.leaders);
   */
  async members(options: CallOptions = {}): Promise<MemberInfo[]> {
    const cluster = await this.status(options);
    return mergeMembers(cluster.nodes, this.routes.all());
  }

  /**
   * Marks member `nodeId` as leaving: the cluster moves its region replicas to other nodes, then
   * removes it from the members. Resolves as soon as the leaving state is recorded, to every
   * member then (the leaving one included, `state: 'leaving'`); {@link members} shows the
   * replicas it still holds until it is gone. The meta group's leader records it: any node is
   * asked, and a NOT_LEADER answer's hint followed. Rejects with `FLINT_INVALID_ARGUMENT` naming
   * the server's code when the removal is refused (`FLINT_UNKNOWN_MEMBER`,
   * `FLINT_MEMBER_REMOVE_BELOW_REPLICAS`: too few members would remain for the replication
   * factor, `FLINT_MEMBER_REMOVE_QUORUM`).
   *
   * @example
   * await db.removeMember(4);
   * for (const member of await db.members()) console.log(member.nodeId, member.state, member.replicas);
   */
  async removeMember(nodeId: number, options: CallOptions = {}): Promise<ClusterMemberInfo[]> {
    checkId(nodeId, 'nodeId');
    const result = await this.executor.callMetaLeader(this.context('removeMember', options), {
      type: 'removeMember',
      nodeId,
    });
    return expectResult(result, 'removeMember').members;
  }

  /**
   * Adds user `name` with `role` (`read`, `readwrite` or `admin`). The node that receives the
   * request hashes the password (scrypt); only the hash is stored, replicated by the meta group.
   * Needs an admin session once authentication is on. Rejects with `FLINT_INVALID_ARGUMENT`
   * naming the server's code (`FLINT_USER_EXISTS`, `FLINT_USER_INVALID`).
   *
   * @example
   * await db.addUser('app', 'readwrite', 's3cret');
   */
  async addUser(name: string, role: UserRole, password: string, options: CallOptions = {}): Promise<UserList> {
    return this.putUser(name, role, password, true, options);
  }

  /**
   * Sets user `name`'s password, and its role when given (else it keeps its role).
   *
   * @example
   * await db.changePassword('app', 'n3w-s3cret');
   */
  async changePassword(
    name: string,
    password: string,
    options: CallOptions & { role?: UserRole } = {},
  ): Promise<UserList> {
    const role = options.role ?? (await this.users(options)).users.find((user) => user.name === name)?.role ?? 'read';
    return this.putUser(name, role, password, false, options);
  }

  private async putUser(
    name: string,
    role: UserRole,
    password: string,
    create: boolean,
    options: CallOptions,
  ): Promise<UserList> {
    if (password.length === 0) throw new FlintError('FLINT_INVALID_ARGUMENT', 'The password must not be empty.');
    const result = await this.executor.callMetaLeader(this.context('putUser', options), {
      type: 'putUser',
      name,
      role,
      password,
      create,
      passwordHash: '',
    });
    return userListOf(expectResult(result, 'users'));
  }

  /**
   * Removes user `name`. The last admin cannot be removed while authentication is on.
   *
   * @example
   * await db.removeUser('app');
   */
  async removeUser(name: string, options: CallOptions = {}): Promise<UserList> {
    const result = await this.executor.callMetaLeader(this.context('removeUser', options), {
      type: 'removeUser',
      name,
    });
    return userListOf(expectResult(result, 'users'));
  }

  /**
   * Every user with its role, and whether authentication is on.
   *
   * @example
   * const { users, authEnabled } = await db.users();
   */
  async users(options: CallOptions = {}): Promise<UserList> {
    const result = await this.executor.callMetaLeader(this.context('listUsers', options), { type: 'listUsers' });
    return userListOf(expectResult(result, 'users'));
  }

  /**
   * Turns authentication on (refused with `FLINT_NO_ADMIN` until an admin user exists) or off.
   * Once on, every client must authenticate (`connect({ auth })` or a client certificate).
   *
   * @example
   * await db.addUser('root', 'admin', 's3cret');
   * await db.setAuth(true);
   */
  async setAuth(enabled: boolean, options: CallOptions = {}): Promise<UserList> {
    const result = await this.executor.callMetaLeader(this.context('setAuth', options), { type: 'setAuth', enabled });
    return userListOf(expectResult(result, 'users'));
  }

  /** The current region table, in key order (and it refreshes this client's route cache). */
  async regions(options: CallOptions = {}): Promise<RegionInfo[]> {
    await this.loadTopology('regions', options);
    return this.routes.all();
  }

  /**
   * The region table with each region's approximate keys and bytes, writes/s and reads/s (its
   * leader's figures) and each replica's node and host thread. A node knows only its own
   * replicas, so every node is asked; a node that does not answer leaves its replicas' host
   * undefined (never rejects for that).
   */
  async regionDetails(options: CallOptions = {}): Promise<RegionDetails[]> {
    await this.loadTopology('regionDetails', options);
    const context = this.context('regionDetails', options);
    const answers = await Promise.all(
      this.addresses.entries().map(async ({ address }): Promise<ReplicaStatistics[]> => {
        try {
          return expectResult(await this.executor.callNode(context, address, { type: 'regions' }), 'regions').replicas;
        } catch (error) {
          if (error instanceof FlintError && (error.code === 'FLINT_CLOSED' || error.code === 'FLINT_ABORTED')) {
            throw error;
          }
          return [];
        }
      }),
    );
    // Two endpoints may name one node; its replicas count once.
    const replicas = new Map<string, ReplicaStatistics>();
    for (const replica of answers.flat()) replicas.set(`${replica.regionId}/${replica.nodeId}`, replica);
    return mergeRegionDetails(this.routes.all(), [...replicas.values()]);
  }

  /** Asks region `regionId`'s leader to hand leadership to node `nodeId`; resolves when accepted. */
  async transferLeader(regionId: number, nodeId: number, options: CallOptions = {}): Promise<void> {
    checkId(regionId, 'regionId');
    checkId(nodeId, 'nodeId');
    const { result } = await this.executor.callRegion(this.context('transferLeader', options), {
      route: { kind: 'region', regionId },
      command: () => ({ type: 'transferLeader', toNode: nodeId }),
      write: false,
      anyReplica: false,
    });
    expectResult(result, 'transferLeader');
  }

  /**
   * One membership change of region `regionId`, proposed by its leader as a Raft configuration
   * change; resolves to the region once the change applied (its `peers` and `epoch.confVersion`).
   * A replica joins as a learner (`'add-learner'`: the node gets an empty replica, caught up by a
   * snapshot), becomes a voter once caught up (`'promote-learner'`), or leaves (`'remove-replica'`:
   * the node drops its replica). Rejects with `FLINT_INVALID_ARGUMENT` naming why
   * (`FLINT_REPLICA_EXISTS`, `FLINT_REPLICA_NOT_LEARNER`, `FLINT_REPLICA_MISSING`,
   * `FLINT_REPLICA_IS_LEADER`, `FLINT_REPLICA_UNKNOWN_NODE`); a change while another runs is retried.
   *
   * @example
   * await db.changeReplicas(5, 'remove-replica', 3);
   * await db.changeReplicas(5, 'add-learner', 3);
   * await db.changeReplicas(5, 'promote-learner', 3);
   */
  async changeReplicas(
    regionId: number,
    change: ReplicaChange,
    nodeId: number,
    options: CallOptions = {},
  ): Promise<RegionInfo> {
    checkId(regionId, 'regionId');
    checkId(nodeId, 'nodeId');
    const { result } = await this.executor.callRegion(this.context('changeReplicas', options), {
      route: { kind: 'region', regionId },
      command: () => ({ type: 'changeReplicas', change, nodeId }),
      write: false,
      anyReplica: false,
    });
    const { region } = expectResult(result, 'changeReplicas');
    this.routes.merge([region]);
    return region;
  }

  /** Asks region `regionId`'s leader to compact its log; resolves to the first index kept. */
  async compact(regionId: number, options: CallOptions = {}): Promise<{ firstIndex: number }> {
    checkId(regionId, 'regionId');
    const { result } = await this.executor.callRegion(this.context('compact', options), {
      route: { kind: 'region', regionId },
      command: () => ({ type: 'compact' }),
      write: false,
      anyReplica: false,
    });
    return { firstIndex: expectResult(result, 'compact').firstIndex };
  }

  /**
   * A digest of region `regionId`'s data on node `nodeId` (default: its leader). Replicas that
   * report the same `appliedIndex` must report the same `checksum`.
   */
  async checksum(regionId: number, nodeId?: number, options: CallOptions = {}): Promise<ChecksumReport> {
    checkId(regionId, 'regionId');
    if (nodeId !== undefined) checkId(nodeId, 'nodeId');
    const { result, nodeId: answeredBy } = await this.executor.callRegion(this.context('checksum', options), {
      route: nodeId === undefined ? { kind: 'region', regionId } : { kind: 'region', regionId, nodeId },
      command: () => ({ type: 'checksum' }),
      write: false,
      anyReplica: false,
    });
    const checksum = expectResult(result, 'checksum');
    return {
      nodeId: answeredBy,
      appliedIndex: checksum.appliedIndex,
      checksum: checksum.checksum,
      keyCount: checksum.keyCount,
    };
  }

  /**
   * A copy of region `regionId`'s stored pairs at one applied index, streamed in chunks of about
   * `chunkBytes` (default 1 MiB) from the node that leads it when the export opens (a backup:
   * `flint backup`). The node takes a consistent view after a read index round, so the copy holds
   * every write acknowledged before this call, and holds nothing back: writes go on meanwhile.
   * Each chunk is one call (with `timeoutMs`); a view nobody reads for 60 s is released, and
   * reading it then rejects with `FLINT_INVALID_ARGUMENT` (`FLINT_EXPORT_UNKNOWN`): export again.
   *
   * @example
   * const exported = await db.exportRegion(2);
   * console.log(exported.appliedIndex, exported.region.startKey);
   * for await (const chunk of exported.chunks()) await file.write(chunk);
   */
  async exportRegion(regionId: number, options: CallOptions & { chunkBytes?: number } = {}): Promise<RegionExport> {
    checkId(regionId, 'regionId');
    const chunkBytes = options.chunkBytes ?? 0;
    if (!Number.isInteger(chunkBytes) || chunkBytes < 0) {
      throw new FlintError('FLINT_INVALID_ARGUMENT', `chunkBytes must be a positive integer, got ${chunkBytes}.`);
    }
    return openRegionExport(async (command, nodeId) => {
      const { result, nodeId: answeredBy } = await this.executor.callRegion(this.context('exportRegion', options), {
        route: nodeId === undefined ? { kind: 'region', regionId } : { kind: 'region', regionId, nodeId },
        command: () => ({ type: 'exportRegion', ...command }),
        write: false,
        anyReplica: false,
      });
      return { answer: expectResult(result, 'exportRegion'), nodeId: answeredBy };
    }, chunkBytes);
  }

  /**
   * Splits the region holding `key` at `key`: the region keeps the keys below it, a new region
   * takes `key` and the keys above, on the same replicas. Resolves to the two halves, in key
   * order. Splitting where a region already starts changes nothing and resolves to the regions
   * on either side, so a retried split is harmless. Rejects with `FLINT_INVALID_ARGUMENT` when
   * `key` cannot split (the empty key).
   *
   * @example
   * const [left, right] = await db.splitRegion('user/5000');
   * console.log(left.id, right.id, right.startKey); // e.g. 2 9 'user/5000' as bytes
   */
  async splitRegion(key: BytesLike, options: CallOptions = {}): Promise<RegionInfo[]> {
    const splitKey = this.checkKey(key);
    const context = this.context('splitRegion', options);
    const boundary = (): RegionInfo[] | undefined => {
      const right = this.routes.locate(splitKey);
      if (right === undefined || compareBytes(right.startKey, splitKey) !== 0) return undefined;
      const left = this.routes.locateBefore(splitKey);
      return left === undefined ? [right] : [left, right];
    };
    const existing = boundary();
    if (existing !== undefined) return existing;
    const allocated = expectResult(
      await this.executor.callMetaLeader(context, { type: 'allocateRegionIds', count: 1 }),
      'allocateRegionIds',
    );
    try {
      const { result } = await this.executor.callRegion(context, {
        route: { kind: 'key', key: splitKey },
        command: () => ({ type: 'splitRegion', splitKey, newRegionId: allocated.firstId }),
        write: false,
        anyReplica: false,
      });
      const { regions } = expectResult(result, 'splitRegion');
      this.routes.merge(regions);
      return regions;
    } catch (error) {
      // The split landed but its answer was lost: the retry finds the key at a region's start.
      if (!(error instanceof FlintError) || error.code !== 'FLINT_INVALID_ARGUMENT') throw error;
      await this.loadTopology('splitRegion', options);
      const done = boundary();
      if (done === undefined) throw error;
      return done;
    }
  }

  /**
   * Merges region `regionId` with the region that follows it in key order: the following region
   * absorbs it (keeps its own id; its range grows down to this region's start). Resolves to the
   * merged region. Requests in flight meanwhile are retried transparently. Rejects with
   * `FLINT_INVALID_ARGUMENT` for an unknown region, the last region (`FLINT_MERGE_NO_NEXT_REGION`),
   * a region too large to merge (`FLINT_MERGE_SOURCE_TOO_LARGE`), or one that changed while asked
   * (`FLINT_MERGE_EPOCH_CHANGED`). Asking again while a merge runs waits for it.
   *
   * @example
   * const merged = await db.mergeRegion(9);
   * console.log(merged.id, merged.startKey); // the next region's id, region 9's start key
   */
  async mergeRegion(regionId: number, options: CallOptions = {}): Promise<RegionInfo> {
    checkId(regionId, 'regionId');
    const context = this.context('mergeRegion', options);
    let known = this.routes.get(regionId);
    if (known === undefined) {
      await this.loadTopology('mergeRegion', options);
      known = this.routes.get(regionId);
    }
    try {
      const { result } = await this.executor.callRegion(context, {
        route: { kind: 'region', regionId },
        command: () => ({ type: 'mergeRegion' }),
        write: false,
        anyReplica: false,
      });
      const { region } = expectResult(result, 'mergeRegion');
      // The merge is done; a table that cannot be read now leaves the answer as it came.
      await this.executor.refreshTopology(context).catch(() => {});
      // The table may lag the merge (the meta group learns it after the region applied it).
      const listed = this.routes.get(region.id);
      if (listed === undefined || listed.epoch.version < region.epoch.version) this.routes.merge([region]);
      return this.routes.get(region.id) ?? region;
    } catch (error) {
      // The merge finished and the region is gone before the answer came: the table shows who took its range.
      const gone =
        error instanceof FlintError && error.code === 'FLINT_INVALID_ARGUMENT' && /does not exist/.test(error.message);
      const taker = known === undefined ? undefined : this.routes.locate(known.startKey);
      if (!gone || taker === undefined || taker.id === regionId) throw error;
      return taker;
    }
  }

  /**
   * Moves node `nodeId`'s replica of region `regionId` to that node's host thread `host`
   * (0 to its `--workers` − 1): the node hands the replica's leadership off if it leads, packs
   * the replica's state, writes it on the other thread and records the move in its layout.
   * Rejects with `FLINT_INVALID_ARGUMENT` naming the server's code when the move is refused
   * (`FLINT_MOVE_SAME_HOST`, `FLINT_MOVE_BAD_HOST`, `FLINT_MOVE_GROUP_UNKNOWN`,
   * `FLINT_MOVE_IN_PROGRESS`, `FLINT_MOVE_GROUP_BUSY`, `FLINT_MOVE_GROUP_LEADS`).
   *
   * @example
   * const moved = await db.moveRegionHost(1, 5, 0);
   * console.log(moved.fromHost, moved.toHost, moved.bytes); // 1 0 2048
   */
  async moveRegionHost(
    nodeId: number,
    regionId: number,
    host: number,
    options: CallOptions = {},
  ): Promise<{ fromHost: number; toHost: number; bytes: number }> {
    checkId(nodeId, 'nodeId');
    checkId(regionId, 'regionId');
    if (!Number.isInteger(host) || host < 0) {
      throw new FlintError('FLINT_INVALID_ARGUMENT', `host must be a thread index (0 or more), got ${host}`);
    }
    const context = this.context('moveRegionHost', options);
    const address = this.addresses.addressOf(nodeId);
    if (address === undefined) throw new FlintError('FLINT_INVALID_ARGUMENT', `node ${nodeId} is not a known member`);
    let result: SuccessResult;
    try {
      result = await this.executor.callNode(context, address, { type: 'moveRegionHost', regionId, host }, true);
    } catch (error) {
      if (error instanceof FlintError) throw error;
      throw new FlintError('FLINT_INVALID_ARGUMENT', (error as Error).message, { cause: error });
    }
    const { fromHost, toHost, bytes } = expectResult(result, 'moveRegionHost');
    return { fromHost, toHost, bytes };
  }

  /** Closes every connection. Calls in flight reject with `FLINT_CLOSED`; later calls too. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closeController.abort();
    this.transport.close();
  }

  /**
   * {@link close}, for `await using`: the client is closed when the block is left, however
   * it is left.
   *
   * @example
   * await using db = await connect({ endpoints: ['127.0.0.1:7201'] });
   * await db.put('user/1', 'ada');
   * // closed here
   */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private async loadTopology(what: string, options: CallOptions): Promise<void> {
    const context = this.context(what, options);
    let failures = 0;
    let lastError: unknown;
    for (;;) {
      try {
        context.throwIfDone(lastError);
        await this.executor.refreshTopology(context);
        return;
      } catch (error) {
        if (error instanceof FlintError) {
          if (error.code !== 'FLINT_TIMEOUT') throw error;
          throw new FlintError(
            'FLINT_UNAVAILABLE',
            `None of the endpoints (${this.addresses.anyOrder().join(', ')}) answered within ${options.timeoutMs ?? this.options.timeoutMs} ms` +
              `${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}. Check the addresses and that the nodes are running.`,
            { cause: lastError },
          );
        }
        lastError = error;
        await context.sleep(backoffDelay(failures++, this.backoff, Math.random)).catch(() => {});
      }
    }
  }

  private write(
    options: CallOptions,
    what: string,
    key: Uint8Array,
    command: Parameters<RequestExecutor['callRegion']>[1]['command'],
  ): Promise<SuccessResult> {
    return this.executor
      .callRegion(this.context(what, options), { route: { kind: 'key', key }, command, write: true, anyReplica: false })
      .then(({ result }) => result);
  }

  private context(what: string, options: CallOptions): CallContext {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    if (!(timeoutMs > 0)) throw new FlintError('FLINT_INVALID_ARGUMENT', `timeoutMs must be > 0, got ${timeoutMs}.`);
    const context = new CallContext({ timeoutMs, signal: options.signal }, this.closeController.signal, what);
    context.throwIfDone();
    return context;
  }

  private checkKey(key: BytesLike): Uint8Array {
    const bytes = toBytes(key, 'key');
    if (bytes.length === 0) throw new FlintError('FLINT_INVALID_ARGUMENT', 'Keys must not be empty.');
    if (bytes.length > this.options.maxKeyBytes) {
      throw new FlintError(
        'FLINT_KEY_TOO_LARGE',
        `A key of ${bytes.length} bytes exceeds the limit of ${this.options.maxKeyBytes}; use shorter keys (e.g. a hash).`,
      );
    }
    return bytes;
  }

  private checkValue(value: BytesLike): Uint8Array {
    const bytes = toBytes(value, 'value');
    if (bytes.length > this.options.maxValueBytes) {
      throw new FlintError(
        'FLINT_VALUE_TOO_LARGE',
        `A value of ${bytes.length} bytes exceeds the limit of ${this.options.maxValueBytes}; split it over several keys.`,
      );
    }
    return bytes;
  }
}

/**
 * Connects to a cluster: loads the region table and member list from the first endpoint that
 * answers, then returns the client. Rejects with `FLINT_UNAVAILABLE` if none answers within
 * `timeoutMs`, and with `FLINT_INVALID_ARGUMENT` on malformed options.
 *
 * @example
 * const db = await connect({ endpoints: ['127.0.0.1:7201', '127.0.0.1:7202'] });
 * await db.put('user/1', 'ada');
 * console.log(await db.getString('user/1')); // 'ada'
 * await db.close();
 */
export async function connect(options: ConnectOptions): Promise<FlintClient> {
  const client = new FlintClient(options);
  try {
    await client.ready();
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}

function validateConnectOptions(options: ConnectOptions): void {
  if (!options || !Array.isArray(options.endpoints) || options.endpoints.length === 0) {
    throw new FlintError(
      'FLINT_INVALID_ARGUMENT',
      "connect() needs endpoints: ['host:port', ...] of one or more nodes.",
    );
  }
  for (const endpoint of options.endpoints) {
    const port = Number(typeof endpoint === 'string' ? endpoint.slice(endpoint.lastIndexOf(':') + 1) : Number.NaN);
    if (
      typeof endpoint !== 'string' ||
      !endpoint.includes(':') ||
      !Number.isInteger(port) ||
      port < 1 ||
      port > 65535
    ) {
      throw new FlintError('FLINT_INVALID_ARGUMENT', `Endpoint ${String(endpoint)} is not 'host:port'.`);
    }
  }
  for (const name of ['timeoutMs', 'attemptTimeoutMs', 'connectTimeoutMs', 'maxKeyBytes', 'maxValueBytes'] as const) {
    const value = options[name];
    if (value !== undefined && !(value > 0)) {
      throw new FlintError('FLINT_INVALID_ARGUMENT', `${name} must be > 0, got ${value}.`);
    }
  }
  if (options.clientId !== undefined && (!Number.isSafeInteger(options.clientId) || options.clientId <= 0)) {
    throw new FlintError('FLINT_INVALID_ARGUMENT', 'clientId must be a positive safe integer.');
  }
}

/**
 * The TLS context every connection of a client shares, built once: bad PEM fails `connect`
 * at once rather than each dial.
 */
function secureContextOf(tls: TlsOptions | undefined): SecureContext | undefined {
  if (tls === undefined) return undefined;
  if ((tls.cert === undefined) !== (tls.key === undefined)) {
    throw new FlintError('FLINT_INVALID_ARGUMENT', 'tls.cert and tls.key go together: give both or neither.');
  }
  const pem = (value: string | Uint8Array | undefined) =>
    value === undefined ? undefined : typeof value === 'string' ? value : Buffer.from(value);
  const ca = pem(tls.ca);
  const cert = pem(tls.cert);
  const key = pem(tls.key);
  try {
    return createSecureContext({
      minVersion: 'TLSv1.2',
      ...(ca === undefined ? {} : { ca }),
      ...(cert === undefined || key === undefined ? {} : { cert, key }),
    });
  } catch (error) {
    throw new FlintError('FLINT_TLS', `The tls option cannot be used: ${(error as Error).message}.`, { cause: error });
  }
}

/** The users and the authentication switch, as the cluster answered them. */
export interface UserList {
  users: UserInfo[];
  authEnabled: boolean;
}

function userListOf(result: { users: UserInfo[]; authEnabled: boolean }): UserList {
  return { users: result.users, authEnabled: result.authEnabled };
}

function checkId(id: number, name: string): void {
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new FlintError('FLINT_INVALID_ARGUMENT', `${name} must be a positive integer, got ${id}.`);
  }
}

function describeKey(key: Uint8Array): string {
  const text = toText(key);
  return /^[\x20-\x7e]*$/.test(text) ? `'${text}'` : `0x${Buffer.from(key).toString('hex')}`;
}
