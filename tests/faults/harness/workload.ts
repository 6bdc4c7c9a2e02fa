import { connect, FlintError, type FlintClient, type TlsOptions } from '@flintkv/client';
import type { RegisterValue } from '../checker/index.js';
import { SeededRandom } from '@flintkv/test-kit';
import type { HistoryRecorder } from './history-recorder.js';

/** Error codes a client may meet while nodes die and links break; any other is a finding. */
export const EXPECTED_ERROR_CODES: readonly string[] = ['FLINT_TIMEOUT', 'FLINT_UNAVAILABLE'];

export interface WorkloadOptions {
  endpoints: string[];
  workers: number;
  keys: string[];
  seed: number;
  /** Deadline of one operation; a write that misses it is indeterminate. */
  operationTimeoutMs: number;
  /** Pause between a worker's operations, so histories stay checkable; default 5 ms. */
  thinkMs?: number;
  /**
   * Read consistency; default 'mixed': each read is linearizable (ReadIndex) or a leader-lease
   * read, half and half, and both must be linearizable. 'stale' reads are not linearizable by
   * design: the suite's self-test uses them to prove the checker catches what the harness records.
   */
  readConsistency?: ReadConsistencyChoice;
  /** TLS to the nodes (a secure cluster); default plaintext. */
  tls?: TlsOptions;
}

/** An error a worker met that {@link EXPECTED_ERROR_CODES} does not allow. */
export interface UnexpectedError {
  code: string;
  message: string;
  operation: string;
}

/** How the workload's reads are asked. */
export type ReadConsistencyChoice = 'linearizable' | 'lease' | 'mixed' | 'stale';

const decoder = new TextDecoder();
const asValue = (bytes: Uint8Array | undefined): RegisterValue => (bytes === undefined ? null : decoder.decode(bytes));

/**
 * Concurrent clients doing reads, writes and compare-and-swaps on a few keys, each worker with a
 * client of its own. Written values are unique (`w<worker>-<n>`), which makes the history cheap to
 * check. A compare-and-swap expects the value the worker last saw for that key.
 */
export class Workload {
  readonly unexpectedErrors: UnexpectedError[] = [];
  private stopping = false;
  private running: Promise<void>[] = [];
  private readonly clients: FlintClient[] = [];

  constructor(
    private readonly options: WorkloadOptions,
    private readonly recorder: HistoryRecorder,
  ) {}

  /** Connects every worker's client and starts the workers. */
  async start(): Promise<void> {
    const { endpoints, operationTimeoutMs, tls } = this.options;
    for (let worker = 0; worker < this.options.workers; worker += 1) {
      this.clients.push(
        await connect({ endpoints, timeoutMs: operationTimeoutMs, ...(tls === undefined ? {} : { tls }) }),
      );
    }
    this.running = this.clients.map((client, worker) => this.work(worker, client));
  }

  /** Lets each worker finish its operation in flight, then closes the clients. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running);
    await Promise.all(this.clients.map((client) => client.close()));
  }

  private async work(worker: number, client: FlintClient): Promise<void> {
    const random = new SeededRandom(this.options.seed * 1000 + worker);
    const lastSeen = new Map<string, RegisterValue>();
    const think = this.options.thinkMs ?? 5;
    let process = this.recorder.newProcess();
    let written = 0;
    while (!this.stopping) {
      const key = random.pick(this.options.keys);
      const roll = random.next();
      const kind = roll < 0.4 ? 'read' : roll < 0.7 ? 'write' : 'cas';
      try {
        if (kind === 'read') {
          this.recorder.invoke(process, key, { kind: 'read' });
          const choice = this.options.readConsistency ?? 'mixed';
          const consistency = choice === 'mixed' ? (random.next() < 0.5 ? 'lease' : 'linearizable') : choice;
          const value = asValue(await client.get(key, { consistency }));
          this.recorder.ok(process, { kind: 'read', value });
          lastSeen.set(key, value);
        } else if (kind === 'write') {
          const value = `w${worker}-${written++}`;
          this.recorder.invoke(process, key, { kind: 'write', value });
          await client.put(key, value);
          this.recorder.ok(process, { kind: 'write' });
          lastSeen.set(key, value);
        } else {
          const expected = lastSeen.get(key) ?? null;
          const next = `w${worker}-${written++}`;
          this.recorder.invoke(process, key, { kind: 'cas', expected, next });
          const { ok, current } = await client.cas(key, expected ?? undefined, next);
          const found = asValue(current);
          this.recorder.ok(
            process,
            ok ? { kind: 'cas', succeeded: true } : { kind: 'cas', succeeded: false, current: found },
          );
          lastSeen.set(key, ok ? next : found);
        }
      } catch (error) {
        const code = error instanceof FlintError ? error.code : 'UNCLASSIFIED';
        const message = error instanceof Error ? error.message : String(error);
        if (!EXPECTED_ERROR_CODES.includes(code))
          this.unexpectedErrors.push({ code, message, operation: `${kind} ${key}` });
        if (kind === 'read') {
          // A read has no effect, so an unanswered read is simply one that did not happen.
          this.recorder.fail(process, code);
        } else {
          this.recorder.info(process, code);
          process = this.recorder.newProcess();
        }
      }
      if (think > 0) await new Promise((resolve) => setTimeout(resolve, think));
    }
  }
}
