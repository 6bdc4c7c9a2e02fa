/**
 * A small in-process stand-in for a FlintKV cluster, for the client's unit tests: real TCP
 * listeners speaking the real handshake and frame codec (from @flintkv/proto), a shared
 * in-memory store with a session table, a region table with epochs and a leader per region.
 * Tests reshape it (move a leader, split a region) and inject faults through `intercept`.
 */
import { createServer, type Server, type Socket } from 'node:net';
import {
  type ClusterMemberInfo,
  type ClusterMemberState,
  decodeHello,
  decodeRequest,
  encodeHelloReply,
  encodeResponseFrame,
  FrameDecoder,
  FrameKind,
  HandshakeReader,
  HandshakeStatus,
  handshakeStatusFor,
  HELLO_BYTES,
  makeResponseError,
  NO_INCARNATION,
  PROTOCOL_VERSION,
  compareBytes,
  type RegionDescriptor,
  type ReplicaStatistics,
  type Request,
  type Result,
  validateHello,
} from '@flintkv/proto';

const text = new TextEncoder();

/** What `intercept` may decide for one request. */
export type Interception =
  /** Handle normally. */
  | undefined
  /** Never answer. */
  | 'drop'
  /** Handle (apply) normally but do not answer. */
  | 'apply-and-drop'
  /** Handle (apply) normally, then close the connection instead of answering. */
  | 'apply-and-disconnect'
  /** Answer with this result instead. */
  | { result: Result };

/** One request as a node saw it. */
export interface SeenRequest {
  nodeId: number;
  group: number;
  request: Request;
}

/** A fake node: a TCP listener answering as the cluster's state dictates. */
export class FakeNode {
  readonly sockets = new Set<Socket>();
  /** Accepted client handshakes, i.e. connections opened to this node. */
  handshakes = 0;
  /** Payloads of PONG frames received. */
  readonly pongs: Uint8Array[] = [];
  /** Refused handshakes (e.g. a client that did not know the cluster id yet). */
  refusals = 0;
  private server: Server | undefined;
  address = '';

  constructor(
    readonly nodeId: number,
    private readonly cluster: FakeCluster,
  ) {}

  /** Listens (on a new port the first time, on the same port when restarted). */
  async start(): Promise<void> {
    const server = createServer((socket) => this.accept(socket));
    const port = this.address === '' ? 0 : Number(this.address.split(':')[1]);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const bound = server.address();
    if (bound === null || typeof bound === 'string') throw new Error('no TCP address');
    this.address = `127.0.0.1:${bound.port}`;
    this.server = server;
  }

  /** Closes the listener and every connection (a crashed node). */
  async stop(): Promise<void> {
    this.dropConnections();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Writes a raw frame to every open connection. */
  sendToClients(frame: Uint8Array): void {
    for (const socket of this.sockets) socket.write(frame);
  }

  /** Resets every open connection (the listener stays). */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => {});
    const handshake = new HandshakeReader(HELLO_BYTES);
    const decoder = new FrameDecoder();
    socket.on('data', (chunk: Buffer) => {
      let bytes: Uint8Array = chunk;
      if (!handshake.complete) {
        const helloBytes = handshake.push(chunk);
        if (helloBytes === undefined) return;
        // Judged exactly as a real node judges it, with the proto package's own rule.
        const refusal = validateHello(decodeHello(helloBytes), {
          clusterId: this.cluster.clusterId,
          nodeId: this.nodeId,
        });
        socket.write(
          encodeHelloReply({
            version: PROTOCOL_VERSION,
            status: refusal === undefined ? HandshakeStatus.ACCEPTED : handshakeStatusFor(refusal),
            clusterId: this.cluster.clusterId,
            nodeId: this.nodeId,
            incarnation: NO_INCARNATION,
          }),
        );
        if (refusal !== undefined) {
          this.refusals++;
          socket.end();
          return;
        }
        this.handshakes++;
        bytes = handshake.rest;
      }
      for (const frame of decoder.push(bytes)) {
        if (frame.kind === FrameKind.PONG) this.pongs.push(Uint8Array.from(frame.payload));
        if (frame.kind !== FrameKind.CLIENT_REQUEST) continue;
        const request = decodeRequest(frame.payload);
        this.cluster.seen.push({ nodeId: this.nodeId, group: frame.group, request });
        const reply = (result: Result) =>
          socket.write(encodeResponseFrame(frame.group, { requestId: request.requestId, result }));
        const decision = this.cluster.intercept?.(this.nodeId, request, frame.group);
        if (decision === 'drop') continue;
        if (typeof decision === 'object') {
          reply(decision.result);
          continue;
        }
        const result = this.cluster.handle(this.nodeId, frame.group, request);
        if (decision === 'apply-and-drop') continue;
        if (decision === 'apply-and-disconnect') {
          socket.destroy();
          return;
        }
        reply(result);
      }
    });
  }
}

/** A fake cluster of `nodeCount` nodes, all replicating every region. */
export class FakeCluster {
  readonly clusterId = 42;
  readonly nodes: FakeNode[] = [];
  regions: RegionDescriptor[] = [];
  /** Leader node id per region id. */
  readonly leaders = new Map<number, number>();
  readonly store = new Map<string, Uint8Array>();
  /** Writes applied to the store (a retried write answered from the session table is not counted). */
  applied = 0;
  readonly seen: SeenRequest[] = [];
  /** Fault injection: decide per request; undefined handles normally. */
  intercept: ((nodeId: number, request: Request, group: number) => Interception) | undefined;
  private readonly sessions = new Map<string, Result>();
  /** Load the leader of a region reports in a Regions answer, by region id (default none). */
  readonly regionLoad = new Map<number, { writesPerSecond: number; readsPerSecond: number }>();
  /** The node whose replica leads the meta group: the only one that records membership changes. */
  metaLeader = 1;
  /** Member states as the meta group recorded them; a member not in the map is active. */
  readonly memberStates = new Map<number, ClusterMemberState>();

  constructor(nodeCount: number, splitKeys: string[]) {
    for (let id = 1; id <= nodeCount; id++) this.nodes.push(new FakeNode(id, this));
    const bounds = [new Uint8Array(0), ...splitKeys.map((key) => text.encode(key)), new Uint8Array(0)];
    const peers = this.nodes.map((node) => node.nodeId);
    for (let index = 0; index + 1 < bounds.length; index++) {
      this.regions.push({
        id: index + 1,
        startKey: bounds[index]!,
        endKey: bounds[index + 1]!,
        epoch: { confVersion: 1, version: 1 },
        peers,
        leader: 0,
      });
      this.leaders.set(index + 1, 1);
    }
  }

  /** Starts every node. */
  async start(): Promise<this> {
    for (const node of this.nodes) await node.start();
    return this;
  }

  /** Stops every node. */
  async stop(): Promise<void> {
    for (const node of this.nodes) await node.stop();
  }

  /** Client addresses of all nodes. */
  get endpoints(): string[] {
    return this.nodes.map((node) => node.address);
  }

  /** Requests of one type seen by any node. */
  requestsOf(type: Request['command']['type']): SeenRequest[] {
    return this.seen.filter((seen) => seen.request.command.type === type);
  }

  /** Splits region `regionId` at `key`: the left half keeps the id, the right gets `newId`; both bump version. */
  split(regionId: number, key: string, newId: number): void {
    const index = this.regions.findIndex((region) => region.id === regionId);
    const region = this.regions[index]!;
    const at = text.encode(key);
    const version = { confVersion: region.epoch.confVersion, version: region.epoch.version + 1 };
    const left = { ...region, endKey: at, epoch: version };
    const right = { ...region, id: newId, startKey: at, epoch: { ...version } };
    this.regions.splice(index, 1, left, right);
    this.leaders.set(newId, this.leaders.get(regionId)!);
  }

  /**
   * Node `nodeId`'s replica of `region`: host thread `regionId % 2`, the stored keys in its
   * range, and on the leader the load set in {@link regionLoad}.
   */
  private replicaOf(region: RegionDescriptor, nodeId: number): ReplicaStatistics {
    const leader = this.leaders.get(region.id) === nodeId;
    const load = leader ? this.regionLoad.get(region.id) : undefined;
    let approximateKeys = 0;
    let approximateBytes = 0;
    for (const [key, value] of this.store) {
      const bytes = Buffer.from(key, 'hex');
      if (compareBytes(bytes, region.startKey) < 0) continue;
      if (region.endKey.length > 0 && compareBytes(bytes, region.endKey) >= 0) continue;
      approximateKeys++;
      approximateBytes += bytes.byteLength + value.byteLength;
    }
    return {
      regionId: region.id,
      nodeId,
      host: region.id % 2,
      leader,
      approximateKeys,
      approximateBytes,
      writesPerSecond: load?.writesPerSecond ?? 0,
      readsPerSecond: load?.readsPerSecond ?? 0,
    };
  }

  /** The answer node `nodeId` gives to `request` in the current state (applying writes). */
  handle(nodeId: number, group: number, request: Request): Result {
    const command = request.command;
    if (group === 0) {
      if (command.type === 'regions') {
        return {
          type: 'regions',
          regions: this.regions.map((region) => ({ ...region, leader: this.leaders.get(region.id) ?? 0 })),
          replicas: this.regions.map((region) => this.replicaOf(region, nodeId)),
        };
      }
      if (command.type === 'status') {
        const members = this.clusterMembers().map((member) => ({ ...member, up: true, incarnation: '' }));
        const node = this.nodes[nodeId - 1]!;
        return {
          type: 'status',
          node: {
            nodeId,
            clusterId: this.clusterId,
            peerAddress: '',
            clientAddress: node.address,
            adminAddress: '',
            uptimeMs: 1,
            members,
            version: 'fake',
          },
          groups: [],
        };
      }
      if (command.type === 'removeMember') return this.removeMember(nodeId, command.nodeId);
      return makeResponseError({ code: 'INVALID_ARGUMENT', message: `group 0 does not serve ${command.type}` });
    }
    const region = this.regions.find((candidate) => candidate.id === group);
    if (region === undefined) return makeResponseError({ code: 'REGION_NOT_FOUND', message: `no region ${group}` });
    if (request.epoch.version !== region.epoch.version || request.epoch.confVersion !== region.epoch.confVersion) {
      const current = this.regions.map((candidate) => ({ ...candidate, leader: this.leaders.get(candidate.id) ?? 0 }));
      return makeResponseError({ code: 'EPOCH_MISMATCH', message: 'stale epoch', regions: current });
    }
    const stale = command.type === 'get' && command.consistency === 'stale';
    const pinned = command.type === 'checksum';
    const leader = this.leaders.get(region.id) ?? 0;
    if (!stale && !pinned && leader !== nodeId) {
      const leaderNode = this.nodes[leader - 1];
      return makeResponseError({
        code: 'NOT_LEADER',
        message: `node ${nodeId} is not the leader of region ${region.id}`,
        leaderId: leader,
        leaderAddress: leaderNode?.address ?? '',
      });
    }
    for (const key of keysOf(command)) {
      if (!inRegion(region, key)) {
        return makeResponseError({ code: 'KEY_NOT_IN_REGION', message: 'key outside region', regions: [region] });
      }
    }
    if (request.clientId !== 0) {
      const sessionKey = `${request.clientId}:${request.sequence}`;
      const answered = this.sessions.get(sessionKey);
      if (answered !== undefined) return answered;
      const result = this.execute(request);
      this.sessions.set(sessionKey, result);
      return result;
    }
    return this.execute(request);
  }

  /** Every member with the state the meta group recorded. */
  clusterMembers(): ClusterMemberInfo[] {
    return this.nodes.map((node) => ({
      nodeId: node.nodeId,
      peerAddress: '',
      clientAddress: node.address,
      state: this.memberStates.get(node.nodeId) ?? 'active',
    }));
  }

  /** As the meta group answers a removal: only its leader records it, refusing an unknown member. */
  private removeMember(answeringNode: number, nodeId: number): Result {
    if (answeringNode !== this.metaLeader) {
      return makeResponseError({
        code: 'NOT_LEADER',
        message: `node ${answeringNode} does not lead the meta group`,
        leaderId: this.metaLeader,
        leaderAddress: this.nodes[this.metaLeader - 1]?.address ?? '',
      });
    }
    if (!this.nodes.some((node) => node.nodeId === nodeId)) {
      return makeResponseError({
        code: 'INVALID_ARGUMENT',
        message: `FLINT_UNKNOWN_MEMBER: node ${nodeId} is not a member`,
      });
    }
    this.memberStates.set(nodeId, 'leaving');
    return { type: 'removeMember', members: this.clusterMembers() };
  }

  private execute(request: Request): Result {
    const command = request.command;
    const hex = (key: Uint8Array) => Buffer.from(key).toString('hex');
    switch (command.type) {
      case 'get': {
        const value = this.store.get(hex(command.key));
        return { type: 'get', found: value !== undefined, value: value ?? new Uint8Array(0) };
      }
      case 'put':
        this.applied++;
        this.store.set(hex(command.key), command.value);
        return { type: 'put' };
      case 'delete': {
        this.applied++;
        const existed = this.store.delete(hex(command.key));
        return { type: 'delete', existed };
      }
      case 'compareAndSwap': {
        this.applied++;
        const current = this.store.get(hex(command.key)) ?? null;
        const matches =
          command.expected === null
            ? current === null
            : current !== null && Buffer.compare(current, command.expected) === 0;
        if (!matches) return { type: 'compareAndSwap', ok: false, current };
        if (command.next === null) this.store.delete(hex(command.key));
        else this.store.set(hex(command.key), command.next);
        return { type: 'compareAndSwap', ok: true, current: command.next };
      }
      case 'batch':
        this.applied++;
        for (const operation of command.operations) {
          if (operation.type === 'put') this.store.set(hex(operation.key), operation.value);
          else this.store.delete(hex(operation.key));
        }
        return { type: 'batch' };
      case 'scan': {
        const inRange = [...this.store.entries()]
          .map(([key, value]) => ({ key: Uint8Array.from(Buffer.from(key, 'hex')), value }))
          .filter(
            ({ key }) =>
              Buffer.compare(key, command.start) >= 0 &&
              (command.end.length === 0 || Buffer.compare(key, command.end) < 0),
          )
          .sort((a, b) => Buffer.compare(a.key, b.key));
        if (command.reverse) inRange.reverse();
        const limit = command.limit === 0 ? 1000 : command.limit;
        return {
          type: 'scan',
          pairs: inRange.slice(0, limit),
          more: inRange.length > limit,
          nextKey: new Uint8Array(0),
        };
      }
      case 'transferLeader':
        this.leaders.set(request.regionId, command.toNode);
        return { type: 'transferLeader' };
      case 'compact':
        return { type: 'compact', firstIndex: 7 };
      case 'checksum':
        return {
          type: 'checksum',
          appliedIndex: this.applied,
          checksum: Uint8Array.from([1, 2, 3]),
          keyCount: this.store.size,
        };
      default:
        return makeResponseError({ code: 'INVALID_ARGUMENT', message: `unexpected ${command.type}` });
    }
  }
}

function keysOf(command: Request['command']): Uint8Array[] {
  switch (command.type) {
    case 'get':
    case 'put':
    case 'delete':
    case 'compareAndSwap':
      return [command.key];
    case 'batch':
      return command.operations.map((operation) => operation.key);
    case 'scan':
      return [command.start];
    default:
      return [];
  }
}

function inRegion(region: RegionDescriptor, key: Uint8Array): boolean {
  return (
    Buffer.compare(key, region.startKey) >= 0 && (region.endKey.length === 0 || Buffer.compare(key, region.endKey) < 0)
  );
}
