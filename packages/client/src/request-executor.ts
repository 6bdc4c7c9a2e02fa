import {
  bytesEqual,
  type Command,
  makeRequest,
  type RegionDescriptor,
  type Response,
  type ResponseError,
  type Result,
} from '@flintkv/proto';
import type { AddressBook } from './address-book.js';
import { type BackoffOptions, backoffDelay } from './backoff.js';
import { CallContext } from './call-context.js';
import { ConnectionLostError } from './connection.js';
import { FlintError } from './errors.js';
import type { RegionInfo, RouteCache } from './route-cache.js';
import type { ClientSession } from './session.js';
import type { Transport } from './transport.js';

/** A successful result (any type but `error`). */
export type SuccessResult = Exclude<Result, { type: 'error' }>;

/** Where a region request goes. */
export type Route =
  /** The region holding `key`. */
  | { kind: 'key'; key: Uint8Array }
  /** The region holding the keys just below `end` (empty = +infinity): reverse scans. */
  | { kind: 'before'; end: Uint8Array }
  /** Region `regionId`; at node `nodeId` if given, else at its leader. */
  | { kind: 'region'; regionId: number; nodeId?: number };

/** One logical request to a region, retried until it succeeds or its call ends. */
export interface RegionCall {
  route: Route;
  /** Builds the command for the region it is sent to (rebuilt after a route change); may throw a FlintError. */
  command(region: RegionInfo): Command;
  /** A write takes one session sequence, reused by every retry, so the server applies it once. */
  write: boolean;
  /** Any replica may answer (stale reads); otherwise only the leader. */
  anyReplica: boolean;
}

/** Tuning of retries. */
export interface ExecutorOptions {
  /** Longest wait for one answer before trying again (elsewhere). */
  attemptTimeoutMs: number;
  backoff: BackoffOptions;
  /** [0, 1) source for backoff jitter and replica choice. */
  random: () => number;
}

/** Answers that carry fresh routing information let a retry go at once, this many times in a row. */
const INFORMED_RETRIES_WITHOUT_BACKOFF = 3;

/**
 * The retry loop under every public call: find the region (route cache, refreshed when the
 * server says it is stale), pick the node (cached leader, NotLeader hints, else the peers in
 * turn), send, and on a retryable failure back off (capped exponential, jittered) and go
 * again — all within the call's deadline.
 */
export class RequestExecutor {
  private nextRequestId = 1;
  private replicaSpread = 0;
  private topologyRefresh: Promise<void> | undefined;

  constructor(
    private readonly transport: Transport,
    private readonly routes: RouteCache,
    private readonly addresses: AddressBook,
    private readonly session: ClientSession,
    private readonly options: ExecutorOptions,
    private readonly closed: AbortSignal,
  ) {}

  /** Runs `call` until it succeeds; returns the result, the region and the node (0 = unknown) that answered. */
  async callRegion(
    context: CallContext,
    call: RegionCall,
  ): Promise<{ result: SuccessResult; region: RegionInfo; nodeId: number }> {
    const sequence = call.write ? this.session.nextSequence() : 0;
    let failures = 0;
    let informedStreak = 0;
    let rotation = 0;
    let lastError: unknown;
    try {
      for (;;) {
        context.throwIfDone(lastError);
        const { region, refreshError } = await this.resolveRegion(context, call.route);
        if (region === undefined) {
          lastError = refreshError ?? new FlintError('FLINT_UNAVAILABLE', 'no region is known for the key yet');
          await context.sleep(this.backoff(failures++));
          continue;
        }
        const command = call.command(region);
        const nodeId = this.chooseNode(region, call, rotation);
        const address = await this.addressFor(context, nodeId, rotation);
        const capMs = Math.min(this.options.attemptTimeoutMs, context.remainingMs());
        const request = makeRequest({
          requestId: this.takeRequestId(),
          regionId: region.id,
          epoch: region.epoch,
          clientId: call.write ? this.session.clientId : 0,
          sequence,
          firstIncomplete: call.write ? this.session.firstIncomplete() : 0,
          timeoutMs: Math.max(1, Math.floor(capMs)),
          command,
        });

        let response: Response;
        try {
          response = await this.transport.request(address, request, context, capMs);
        } catch (error) {
          if (error instanceof FlintError) throw error;
          // The node is down, slow or unreachable: forget it as leader and try the next peer.
          lastError = error;
          if (nodeId !== undefined && region.leader === nodeId) this.routes.setLeader(region.id, 0);
          rotation++;
          await context.sleep(this.backoff(failures++));
          continue;
        }

        const result = response.result;
        if (result.type !== 'error') {
          const answeredBy = nodeId ?? this.addresses.nodeAt(address) ?? 0;
          const pinned = call.route.kind === 'region' && call.route.nodeId !== undefined;
          // Only the leader answers a non-stale request, so whoever answered is the leader.
          if (!call.anyReplica && !pinned && answeredBy !== 0) this.routes.setLeader(region.id, answeredBy);
          return { result, region, nodeId: answeredBy };
        }

        const { error } = result;
        lastError = new Error(`${error.code} from ${address}: ${error.message}`);
        let informed = false;
        let delayMs = 0;
        switch (error.code) {
          case 'NOT_LEADER': {
            const pinned = call.route.kind === 'region' && call.route.nodeId !== undefined;
            if (pinned) {
              throw new FlintError(
                'FLINT_UNAVAILABLE',
                `Node ${nodeId} cannot serve this request for region ${region.id}: ${error.message}`,
              );
            }
            const triedNode = nodeId ?? this.addresses.nodeAt(address);
            if (error.leaderId !== 0 && error.leaderId !== triedNode) {
              this.addresses.set(error.leaderId, error.leaderAddress);
              this.routes.setLeader(region.id, error.leaderId);
              informed = true;
            } else {
              // No leader known (election in progress): wait, then ask another peer.
              this.routes.setLeader(region.id, 0);
              lastError = new FlintError(
                'FLINT_UNAVAILABLE',
                `region ${region.id} has no leader yet (${error.message})`,
              );
              rotation++;
            }
            break;
          }
          case 'EPOCH_MISMATCH':
          case 'KEY_NOT_IN_REGION':
            if (error.regions.length > 0) {
              this.routes.merge(error.regions);
              informed = true;
            } else {
              this.routes.invalidate(region.id);
            }
            break;
          case 'DISK_FULL':
            // Refused before it was proposed: that node cannot write, so its replicas elsewhere
            // take the region over; look for its leader among them.
            if (nodeId !== undefined && region.leader === nodeId) this.routes.setLeader(region.id, 0);
            lastError = new FlintError(
              'FLINT_DISK_FULL',
              `The node at ${address} cannot write region ${region.id}: the disk of its data directory is full (${error.message}). Free space there; its replicas elsewhere take over meanwhile. A write may still have been applied by an earlier attempt (at most once).`,
            );
            rotation++;
            break;
          case 'REGION_NOT_FOUND':
            // This node does not host the region (any more): re-read the table, try elsewhere.
            this.routes.invalidate(region.id);
            rotation++;
            break;
          case 'TIMEOUT':
          case 'SERVER_BUSY':
            delayMs = error.retryAfterMs;
            break;
          case 'INVALID_ARGUMENT':
          case 'UNAUTHENTICATED':
          case 'PERMISSION_DENIED':
            throw refusalOf(error)!;
          case 'INTERNAL':
            throw new FlintError(
              'FLINT_INTERNAL',
              `The server failed on the request: ${error.message}. Check the node's log; retrying may help.`,
            );
        }
        if (informed && informedStreak < INFORMED_RETRIES_WITHOUT_BACKOFF) {
          informedStreak++;
          continue;
        }
        informedStreak = 0;
        await context.sleep(Math.max(delayMs, this.backoff(failures++)));
      }
    } catch (error) {
      throw asUnavailable(error, lastError);
    } finally {
      if (sequence !== 0) this.session.finish(sequence);
    }
  }

  /**
   * One attempt of a node-level command (group 0) at `address`. Throws on any failure:
   * callers decide whether another node would do. `long`: the command takes time on the server
   * (a region's move), so the attempt may last the whole call, not just one attempt's timeout.
   */
  async callNode(context: CallContext, address: string, command: Command, long = false): Promise<SuccessResult> {
    const capMs = long ? context.remainingMs() : Math.min(this.options.attemptTimeoutMs, context.remainingMs());
    const request = makeRequest({
      requestId: this.takeRequestId(),
      timeoutMs: Math.max(1, Math.floor(capMs)),
      command,
    });
    const response = await this.transport.request(address, request, context, capMs);
    if (response.result.type === 'error') {
      const { error } = response.result;
      throw refusalOf(error) ?? new Error(`${error.code} from ${address}: ${error.message}`);
    }
    return response.result;
  }

  /**
   * A node-level command only the meta group's leader answers (`allocateRegionIds`): asked of
   * any node, then of the leader each NOT_LEADER names, retried until the call's deadline.
   */
  async callMetaLeader(context: CallContext, command: Command): Promise<SuccessResult> {
    let failures = 0;
    let hinted: string | undefined;
    let rotation = 0;
    let lastError: unknown;
    for (;;) {
      context.throwIfDone(lastError);
      const addresses = this.addresses.anyOrder();
      const address = hinted ?? addresses[rotation++ % addresses.length]!;
      hinted = undefined;
      const capMs = Math.min(this.options.attemptTimeoutMs, context.remainingMs());
      const request = makeRequest({
        requestId: this.takeRequestId(),
        timeoutMs: Math.max(1, Math.floor(capMs)),
        command,
      });
      try {
        const response = await this.transport.request(address, request, context, capMs);
        const result = response.result;
        if (result.type !== 'error') return result;
        const { error } = result;
        const refusal = refusalOf(error);
        if (refusal !== undefined) throw refusal;
        lastError = new Error(`${error.code} from ${address}: ${error.message}`);
        if (error.code === 'NOT_LEADER' && error.leaderAddress !== '') {
          hinted = error.leaderAddress;
          continue;
        }
      } catch (error) {
        if (error instanceof FlintError) throw error;
        lastError = error;
      }
      await context.sleep(this.backoff(failures++));
    }
  }

  /**
   * Re-reads the region table and the member list from any node that answers. Concurrent
   * callers share one refresh. When no node answers it rejects with the last transport error,
   * not a FlintError: a public call retries with the client's `loadTopology` instead.
   */
  refreshTopology(context: CallContext): Promise<void> {
    if (this.topologyRefresh === undefined) {
      const refresh = this.fetchTopology().finally(() => {
        this.topologyRefresh = undefined;
      });
      refresh.catch(() => {});
      this.topologyRefresh = refresh;
    }
    return context.wait(this.topologyRefresh);
  }

  private async fetchTopology(): Promise<void> {
    // Its own deadline: a refresh shared by many calls must not die with the first caller.
    const context = new CallContext(
      { timeoutMs: this.options.attemptTimeoutMs * 2 },
      this.closed,
      'Refreshing the region table',
    );
    let lastError: unknown = new Error('no endpoint to ask');
    for (const address of this.addresses.anyOrder()) {
      try {
        const [regions, status] = await Promise.all([
          this.callNode(context, address, { type: 'regions' }),
          this.callNode(context, address, { type: 'status' }),
        ]);
        if (status.type === 'status') {
          this.addresses.set(status.node.nodeId, status.node.clientAddress || address);
          for (const member of status.node.members) this.addresses.set(member.nodeId, member.clientAddress);
        }
        if (regions.type === 'regions') {
          // A node that just joined, or has not applied the bootstrap, knows only part of the table.
          if (!tilesKeySpace(regions.regions)) {
            lastError = new Error(`${address} does not know the whole region table yet`);
            continue;
          }
          this.routes.replaceAll(regions.regions);
        }
        return;
      } catch (error) {
        if (error instanceof FlintError && error.code !== 'FLINT_TIMEOUT') throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  private async resolveRegion(
    context: CallContext,
    route: Route,
  ): Promise<{ region?: RegionInfo; refreshError?: unknown }> {
    const lookup = (): RegionInfo | undefined => {
      switch (route.kind) {
        case 'key':
          return this.routes.locate(route.key);
        case 'before':
          return this.routes.locateBefore(route.end);
        case 'region':
          return this.routes.get(route.regionId);
      }
    };
    const cached = lookup();
    if (cached !== undefined) return { region: cached };
    try {
      await this.refreshTopology(context);
    } catch (error) {
      if (error instanceof FlintError) throw error;
      return { refreshError: error };
    }
    const fresh = lookup();
    if (fresh === undefined && route.kind === 'region') {
      throw new FlintError(
        'FLINT_INVALID_ARGUMENT',
        `Region ${route.regionId} does not exist; list the regions with db.regions().`,
      );
    }
    return { region: fresh };
  }

  private chooseNode(region: RegionInfo, call: RegionCall, rotation: number): number | undefined {
    if (call.route.kind === 'region' && call.route.nodeId !== undefined) return call.route.nodeId;
    if (!call.anyReplica && region.leader !== 0) return region.leader;
    if (region.peers.length === 0) return undefined;
    // Stale reads spread over the replicas; leader searches walk the peers from the first.
    const offset = call.anyReplica ? this.replicaSpread++ : 0;
    return region.peers[(offset + rotation) % region.peers.length];
  }

  private async addressFor(context: CallContext, nodeId: number | undefined, rotation: number): Promise<string> {
    if (nodeId !== undefined) {
      const known = this.addresses.addressOf(nodeId);
      if (known !== undefined) return known;
      try {
        await this.refreshTopology(context);
      } catch (error) {
        if (error instanceof FlintError) throw error;
      }
      const learned = this.addresses.addressOf(nodeId);
      if (learned !== undefined) return learned;
    }
    // Unknown node: any node will redirect us (NotLeader carries the leader's address).
    const all = this.addresses.anyOrder();
    return all[rotation % all.length]!;
  }

  private backoff(failures: number): number {
    return backoffDelay(failures, this.options.backoff, this.options.random);
  }

  private takeRequestId(): number {
    const id = this.nextRequestId;
    this.nextRequestId = id >= Number.MAX_SAFE_INTEGER ? 1 : id + 1;
    return id;
  }
}

/**
 * A deadline that passed while no node could be reached, or no leader existed, is reported as
 * FLINT_UNAVAILABLE — the cluster is down, not merely slow; one that passed while the last
 * node asked had a full disk, as FLINT_DISK_FULL.
 */
function asUnavailable(error: unknown, lastError: unknown): unknown {
  if (!(error instanceof FlintError) || error.code !== 'FLINT_TIMEOUT') return error;
  // Every try met a full disk: that, not a slow cluster, is what the caller must hear.
  if (lastError instanceof FlintError && lastError.code === 'FLINT_DISK_FULL') {
    return new FlintError(lastError.code, lastError.message, { cause: error });
  }
  const unreachable = lastError instanceof ConnectionLostError;
  const leaderless = lastError instanceof FlintError && lastError.code === 'FLINT_UNAVAILABLE';
  if (!unreachable && !leaderless) return error;
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  return new FlintError(
    'FLINT_UNAVAILABLE',
    `The cluster did not answer before the deadline (${reason}). Check that the endpoints are right and a ` +
      'majority of nodes is up. A write may still have been applied (at most once).',
    { cause: error },
  );
}

/** Narrows a result to the type the request asked for; anything else is a server bug. */
export function expectResult<T extends SuccessResult['type']>(
  result: SuccessResult,
  type: T,
): Extract<SuccessResult, { type: T }> {
  if (result.type !== type) {
    throw new FlintError('FLINT_INTERNAL', `The server answered a ${type} request with a ${result.type} result.`);
  }
  return result as Extract<SuccessResult, { type: T }>;
}

/** Whether `regions` (in key order) cover the whole key space, each starting where the previous ends. */
export function tilesKeySpace(regions: readonly RegionDescriptor[]): boolean {
  if (regions.length === 0 || regions[0]!.startKey.length !== 0 || regions.at(-1)!.endKey.length !== 0) return false;
  return regions.every((region, index) => index === 0 || bytesEqual(regions[index - 1]!.endKey, region.startKey));
}

/**
 * The FlintError of an answer no retry changes: an argument the server refused, no or a failed
 * authentication, a role that does not allow the request. `undefined` for every other code.
 */
function refusalOf(error: ResponseError): FlintError | undefined {
  switch (error.code) {
    case 'INVALID_ARGUMENT':
      return new FlintError('FLINT_INVALID_ARGUMENT', `The server refused the request: ${error.message}`);
    case 'UNAUTHENTICATED':
      return new FlintError('FLINT_UNAUTHENTICATED', `The cluster did not authenticate this client: ${error.message}.`);
    case 'PERMISSION_DENIED':
      return new FlintError('FLINT_PERMISSION_DENIED', `The cluster refused the request: ${error.message}.`);
    default:
      return undefined;
  }
}
