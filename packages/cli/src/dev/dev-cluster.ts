import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readableLogLine } from '../log-lines.js';
import { crashesInARowAfter, describeExit, isDeliberateStop, type NodeExit, restartDelayMs } from './restart-policy.js';

/** How one node of the dev cluster is started. */
export interface DevNodeSpec {
  id: number;
  /** Arguments of `node` (the CLI entry, `server`, its flags). */
  args: string[];
}

/** What a {@link DevCluster} needs from its surroundings. */
export interface DevClusterOptions {
  nodes: readonly DevNodeSpec[];
  env: NodeJS.ProcessEnv;
  /** Where a node's stdout and stderr lines go, already prefixed (`n1 |`, `n1 !`). */
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** One line from the supervisor itself (`flint dev: …`). */
  say(line: string): void;
  /** Called once, when {@link DevCluster.stopAll} has seen every node exit. */
  onAllStopped(): void;
}

/** How long a node may take to stop after SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 10_000;

interface DevNode {
  spec: DevNodeSpec;
  child: ChildProcess | undefined;
  startedAt: number;
  /** Crashes in a row, for the restart backoff. */
  crashes: number;
  restartTimer: NodeJS.Timeout | undefined;
  /** Whether someone asked for this node to be down (so its exit is not a crash). */
  stopRequested: boolean;
  /** Runs once the current process has exited (a restart by hand). */
  afterExit: (() => void) | undefined;
}

/**
 * The processes of `flint dev`: one `flint server` child per node. A node that crashes is
 * restarted with backoff (see restart-policy.ts); a node stopped on purpose stays down until
 * {@link start}. Each child holds an IPC channel to this process, so it stops when this
 * process dies, however it dies.
 */
export class DevCluster {
  private readonly nodes = new Map<number, DevNode>();
  private stopping = false;

  constructor(private readonly options: DevClusterOptions) {
    for (const spec of options.nodes) {
      this.nodes.set(spec.id, {
        spec,
        child: undefined,
        startedAt: 0,
        crashes: 0,
        restartTimer: undefined,
        stopRequested: false,
        afterExit: undefined,
      });
    }
  }

  /** Node ids, ascending. */
  get ids(): number[] {
    return [...this.nodes.keys()].sort((a, b) => a - b);
  }

  /** The pid of node `id`'s running process, if it runs. */
  pidOf(id: number): number | undefined {
    return this.nodes.get(id)?.child?.pid;
  }

  /** Starts every node. */
  startAll(): void {
    for (const id of this.ids) this.spawnNode(this.node(id));
  }

  /** Starts node `id` if it is down (cancelling a pending restart); says what it did. */
  start(id: number): void {
    const node = this.node(id);
    if (node.child !== undefined) {
      this.options.say(`node ${id} is already running (pid ${node.child.pid})`);
      return;
    }
    clearTimeout(node.restartTimer);
    node.restartTimer = undefined;
    node.crashes = 0;
    this.spawnNode(node);
    this.options.say(`node ${id} started (pid ${node.child!.pid})`);
  }

  /** Stops node `id` with SIGTERM; it stays down until {@link start}. */
  stop(id: number): void {
    const node = this.node(id);
    clearTimeout(node.restartTimer);
    node.restartTimer = undefined;
    if (node.child === undefined) {
      this.options.say(`node ${id} is not running`);
      return;
    }
    node.stopRequested = true;
    this.options.say(`stopping node ${id} (pid ${node.child.pid})`);
    this.terminate(node.child);
  }

  /** Stops node `id` (if it runs), then starts it again. */
  restart(id: number): void {
    const node = this.node(id);
    if (node.child === undefined) {
      this.start(id);
      return;
    }
    node.afterExit = () => this.start(id);
    this.stop(id);
  }

  /** Kills node `id` with SIGKILL, as a crash would: it is restarted after the backoff. */
  kill(id: number): void {
    const child = this.node(id).child;
    if (child === undefined) {
      this.options.say(`node ${id} is not running`);
      return;
    }
    this.options.say(`killing node ${id} (pid ${child.pid}) with SIGKILL`);
    child.kill('SIGKILL');
  }

  /** Stops every node (SIGTERM, SIGKILL after a deadline); `onAllStopped` follows. Idempotent. */
  stopAll(): void {
    if (this.stopping) return;
    this.stopping = true;
    for (const node of this.nodes.values()) {
      clearTimeout(node.restartTimer);
      node.restartTimer = undefined;
      if (node.child !== undefined) this.terminate(node.child);
    }
    this.finishIfAllStopped();
  }

  private node(id: number): DevNode {
    const node = this.nodes.get(id);
    if (node === undefined) throw new Error(`no node ${id} in this dev cluster`);
    return node;
  }

  private terminate(child: ChildProcess): void {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    killer.unref();
    child.once('exit', () => clearTimeout(killer));
  }

  private spawnNode(node: DevNode): void {
    const child = spawn(process.execPath, node.spec.args, {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: this.options.env,
    });
    node.child = child;
    node.startedAt = Date.now();
    node.stopRequested = false;
    const id = node.spec.id;
    streamLines(child.stdout!, `n${id} |`, this.options.out);
    streamLines(child.stderr!, `n${id} !`, this.options.err);
    child.once('error', (error) => this.options.say(`node ${id} could not be started: ${error.message}`));
    child.once('exit', (code, signal) => this.onExit(node, child, { code, signal }));
  }

  private onExit(node: DevNode, child: ChildProcess, exit: NodeExit): void {
    if (node.child !== child) return;
    node.child = undefined;
    const id = node.spec.id;
    if (this.stopping) {
      this.finishIfAllStopped();
      return;
    }
    const afterExit = node.afterExit;
    node.afterExit = undefined;
    if (node.stopRequested || isDeliberateStop(exit)) {
      if (afterExit !== undefined) {
        afterExit();
        return;
      }
      this.options.say(`node ${id} stopped (${describeExit(exit)}); it stays down until you type "start ${id}"`);
      return;
    }
    node.crashes = crashesInARowAfter(node.crashes, Date.now() - node.startedAt);
    const delayMs = restartDelayMs(node.crashes);
    this.options.say(
      `node ${id} exited (${describeExit(exit)}); restarting it in ${(delayMs / 1000).toFixed(1)} s ` +
        `(crash ${node.crashes} in a row)`,
    );
    node.restartTimer = setTimeout(() => {
      node.restartTimer = undefined;
      if (this.stopping || node.child !== undefined) return;
      this.spawnNode(node);
      this.options.say(`node ${id} restarted (pid ${node.child!.pid})`);
    }, delayMs);
  }

  private finishIfAllStopped(): void {
    if ([...this.nodes.values()].every((node) => node.child === undefined)) this.options.onAllStopped();
  }
}

/** Streams a child's output line by line, each prefixed with its node. */
function streamLines(stream: NodeJS.ReadableStream, prefix: string, out: NodeJS.WritableStream): void {
  createInterface({ input: stream }).on('line', (line) => out.write(`${prefix} ${readableLogLine(line)}\n`));
}

/** A line typed into `flint dev`: a verb on one node, `help`, or what was wrong with it. */
export type DevCommand =
  | { verb: 'start' | 'stop' | 'restart' | 'kill'; nodeId: number }
  | { verb: 'help' }
  | { verb: 'invalid'; message: string };

/** The verbs `flint dev` reads on its standard input, for its banner and `help`. */
export const DEV_COMMAND_HELP =
  'type "stop N", "start N", "restart N" or "kill N" (SIGKILL: a crash, restarted after a backoff) and Enter';

/**
 * Reads one line of `flint dev`'s standard input.
 *
 * @example
 * parseDevCommand('stop 2', [1, 2, 3]); // { verb: 'stop', nodeId: 2 }
 */
export function parseDevCommand(line: string, nodeIds: readonly number[]): DevCommand {
  const words = line.trim().split(/\s+/);
  if (words.length === 1 && (words[0] === 'help' || words[0] === '?')) return { verb: 'help' };
  const [verb, node] = words;
  if (words.length !== 2 || !['start', 'stop', 'restart', 'kill'].includes(verb!)) {
    return { verb: 'invalid', message: `unknown command '${line.trim()}'; ${DEV_COMMAND_HELP}` };
  }
  const nodeId = Number(node);
  if (!nodeIds.includes(nodeId)) {
    return { verb: 'invalid', message: `no node '${node}'; the nodes are ${nodeIds.join(', ')}` };
  }
  return { verb: verb as 'start' | 'stop' | 'restart' | 'kill', nodeId };
}
