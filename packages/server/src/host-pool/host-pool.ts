import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { HostInbound, HostOptions, HostOutbound } from '../host-protocol.js';
import type { Logger } from '../logger.js';

/** What the pool reports to the node. */
export interface HostPoolEvents {
  /** Every message a host sends, except `stopped` (handled here). */
  onMessage(hostIndex: number, message: HostOutbound): void;
  /** A host task ended with an error, or a worker died: the node cannot go on. */
  onFailure(hostIndex: number, code: string, message: string): void;
}

/** A host task as the pool sees it. */
interface RunningHost {
  port: MessagePort;
  /** The host reported `failed` (its own code beats the generic one of an early exit). */
  failed: boolean;
  /** Settles when the host task returns (after `stop`) or throws. */
  finished: Promise<void>;
  started: boolean;
  stopped: boolean;
}

/**
 * The group hosts of one node: a piscina pool of exactly `hostCount` threads, each running one
 * long-lived host task that owns one end of a MessageChannel. Messages are posted with their
 * `buffer` transferred, never copied.
 */
export class HostPool {
  private readonly pool: Piscina;
  private readonly hosts: RunningHost[] = [];
  private stopping = false;
  private readonly startedWaiters: { resolve: () => void; reject: (error: Error) => void }[] = [];

  constructor(
    filename: string,
    private readonly optionsOf: (hostIndex: number) => HostOptions,
    readonly hostCount: number,
    private readonly events: HostPoolEvents,
    private readonly logger: Logger,
  ) {
    this.pool = new Piscina({
      filename,
      minThreads: hostCount,
      maxThreads: hostCount,
      concurrentTasksPerWorker: 1,
      idleTimeout: Number.POSITIVE_INFINITY,
      // Host tasks never return until stopped; piscina's atomics wake-ups buy nothing here.
      atomics: 'disabled',
      // Host tasks are long-lived by design: they must not be queued behind one another.
      maxQueue: hostCount,
    });
    // Unhandled, a pool 'error' (a worker crashing outside a task) kills the process.
    this.pool.on('error', (error: Error) => {
      if (!this.stopping) this.fail(-1, 'FLINT_HOST_WORKER_ERROR', error.message);
    });
  }

  /** Starts every host task; resolves once each has answered `started`. */
  async start(): Promise<void> {
    for (let hostIndex = 0; hostIndex < this.hostCount; hostIndex++) {
      this.hosts.push(this.run(hostIndex, this.optionsOf(hostIndex)));
    }
    await new Promise<void>((resolve, reject) => {
      if (this.hosts.every((host) => host.started)) resolve();
      else this.startedWaiters.push({ resolve, reject });
    });
  }

  /**
   * Runs host `hostIndex` again with `options` once its failed task has returned (its database
   * closed): it posts `started`, or `failed` again, like a host of a new start.
   */
  async restart(hostIndex: number, options: HostOptions): Promise<void> {
    const previous = this.hosts[hostIndex];
    if (previous === undefined || this.stopping) return;
    await previous.finished;
    if (this.stopping || this.hosts[hostIndex] !== previous) return;
    previous.port.close();
    this.hosts[hostIndex] = this.run(hostIndex, options);
  }

  /** Starts one host task on its own channel. */
  private run(hostIndex: number, options: HostOptions): RunningHost {
    const channel = new MessageChannel();
    const host: RunningHost = {
      port: channel.port1,
      failed: false,
      finished: Promise.resolve(),
      started: false,
      stopped: false,
    };
    channel.port1.on('message', (message: HostOutbound) => this.receive(hostIndex, host, message));
    host.finished = this.pool.run({ port: channel.port2, options }, { transferList: [channel.port2] }).then(
      () => this.settled(hostIndex, host, 'FLINT_HOST_EXITED', `host ${hostIndex} task returned before stop`),
      (error: Error) =>
        this.settled(hostIndex, host, 'FLINT_HOST_CRASHED', `host ${hostIndex} task threw: ${error.message}`),
    );
    return host;
  }

  /** Posts a message to one host, transferring its buffer. */
  post(hostIndex: number, message: HostInbound): void {
    const host = this.hosts[hostIndex];
    if (host === undefined || host.stopped) return;
    if ('buffer' in message) host.port.postMessage(message, [message.buffer]);
    else host.port.postMessage(message);
  }

  /** Posts a message that carries no buffer to every host. */
  broadcast(message: Exclude<HostInbound, { buffer: ArrayBuffer }>): void {
    for (let hostIndex = 0; hostIndex < this.hosts.length; hostIndex++) this.post(hostIndex, message);
  }

  /**
   * Asks every host to stop (finish in-flight persists, close its database), waits for each
   * task to return or `timeoutMs`, then destroys the pool. Returns false on timeout.
   */
  async stop(timeoutMs: number): Promise<boolean> {
    this.stopping = true;
    this.broadcast({ type: 'stop' });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const allFinished = Promise.all(this.hosts.map((host) => host.finished)).then(() => true);
    const clean = await Promise.race([allFinished, timedOut]);
    clearTimeout(timer);
    if (!clean) {
      const pending = this.hosts.flatMap((host, index) => (host.stopped ? [] : [index]));
      this.logger.warn({ hosts: pending, timeoutMs }, 'hosts did not stop in time; terminating their threads');
    }
    for (const host of this.hosts) host.port.close();
    await this.pool.destroy();
    return clean;
  }

  /**
   * A host task ended. Before `stop` that is fatal; but a host that fails posts `failed` on its
   * port and then returns, and the two travel on different channels, so the report waits a
   * moment for the host's own, more precise, message.
   */
  private settled(hostIndex: number, host: RunningHost, code: string, message: string): void {
    host.stopped = true;
    if (this.stopping) return;
    setTimeout(() => {
      if (!host.failed && !this.stopping) this.fail(hostIndex, code, message);
    }, 100);
  }

  /** Reports a fatal host problem; a pending {@link start} rejects with it. */
  private fail(hostIndex: number, code: string, message: string): void {
    for (const waiter of this.startedWaiters.splice(0)) waiter.reject(Object.assign(new Error(message), { code }));
    this.events.onFailure(hostIndex, code, message);
  }

  private receive(hostIndex: number, host: RunningHost, message: HostOutbound): void {
    if (message.type === 'started') {
      host.started = true;
      this.events.onMessage(hostIndex, message);
      if (this.hosts.length === this.hostCount && this.hosts.every((each) => each.started)) {
        for (const waiter of this.startedWaiters.splice(0)) waiter.resolve();
      }
      return;
    }
    if (message.type === 'failed') {
      host.failed = true;
      this.fail(hostIndex, message.code, message.message);
      return;
    }
    if (message.type === 'stopped') {
      host.stopped = true;
      return;
    }
    this.events.onMessage(hostIndex, message);
  }
}
