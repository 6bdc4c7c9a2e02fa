import { describe, expect, it } from 'vitest';
import { ApplyBatch, keyId } from '../group/group-state-machine.js';
import { decodeCommand, encodeCommand } from '../log-entry-codec.js';
import type { WriteCommand } from '@flintkv/proto';
import type { KvCommand } from './kv-command.js';
import { CLOCK_KEY, SESSION_RANGE, userDataKey } from './kv-keys.js';
import { decodeClock, KvStateMachine } from './kv-state-machine.js';
import { RESULT_RETENTION_MS, RESULTS_PER_SESSION, SESSION_TTL_MS, SessionTable } from './session-table.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (value: Uint8Array | null): string | null => (value === null ? null : new TextDecoder().decode(value));

/** A committed store plus a state machine that applies one batch per call, like the host's turns. */
class Replica {
  readonly store = new Map<string, { key: Uint8Array; value: Uint8Array }>();
  machine = new KvStateMachine(new SessionTable(), 0);
  private proposal = 0;

  apply(
    operation: WriteCommand,
    options: { time?: number; client?: string; sequence?: number; firstIncomplete?: number } = {},
  ) {
    return this.applyAll([{ operation, ...options }])[0]!;
  }

  applyAll(
    items: { operation: WriteCommand; time?: number; client?: string; sequence?: number; firstIncomplete?: number }[],
  ) {
    const batch = new ApplyBatch((key) => this.store.get(keyId(key))?.value ?? null);
    const outcomes = items.map((item) => {
      const command: KvCommand = {
        stamp: { nodeId: 1, proposalId: ++this.proposal, time: item.time ?? 1_000 },
        session:
          item.client === undefined
            ? null
            : {
                clientId: item.client,
                sequence: item.sequence ?? 1,
                ...(item.firstIncomplete === undefined ? {} : { firstIncomplete: item.firstIncomplete }),
              },
        operation: item.operation,
      };
      // Every command goes through the log encoding, as on a real replica.
      const decoded = decodeCommand(encodeCommand(command));
      return this.machine.apply(decoded, decoded.operation as WriteCommand, batch);
    });
    for (const record of batch.records()) {
      if (record.value === null) this.store.delete(keyId(record.key));
      else this.store.set(keyId(record.key), { key: record.key, value: record.value });
    }
    return outcomes;
  }

  get(key: string): string | null {
    return text(this.store.get(keyId(userDataKey(bytes(key))))?.value ?? null);
  }

  sessionRecords(): { key: Uint8Array; value: Uint8Array }[] {
    return [...this.store.values()].filter(
      ({ key }) => keyId(key) >= keyId(SESSION_RANGE.lower) && keyId(key) < keyId(SESSION_RANGE.upper),
    );
  }

  /** A fresh state machine loaded from the store, as after a restart or a snapshot install. */
  reload(): void {
    const sessions = this.sessionRecords();
    const clock = decodeClock(this.store.get(keyId(CLOCK_KEY))?.value ?? null);
    this.machine = new KvStateMachine(SessionTable.load(sessions), clock);
  }
}

describe('KV state machine', () => {
  it('put then delete leaves the key absent and reports whether it existed', () => {
    const replica = new Replica();
    replica.apply({ type: 'put', key: bytes('a'), value: bytes('1') });
    expect(replica.get('a')).toBe('1');
    expect(replica.apply({ type: 'delete', key: bytes('a') })).toEqual({
      kind: 'applied',
      result: { kind: 'delete', existed: true },
    });
    expect(replica.get('a')).toBeNull();
    expect(replica.apply({ type: 'delete', key: bytes('a') })).toMatchObject({ result: { existed: false } });
  });

  it('compare-and-swap succeeds only when the current value matches, including absence', () => {
    const replica = new Replica();
    const create = replica.apply({ type: 'compareAndSwap', key: bytes('k'), expected: null, next: bytes('v1') });
    expect(create).toMatchObject({ result: { kind: 'cas', succeeded: true } });
    const stale = replica.apply({ type: 'compareAndSwap', key: bytes('k'), expected: null, next: bytes('v2') });
    expect(stale).toMatchObject({ result: { succeeded: false } });
    expect(text((stale as { result: { current: Uint8Array } }).result.current)).toBe('v1');
    const swap = replica.apply({ type: 'compareAndSwap', key: bytes('k'), expected: bytes('v1'), next: null });
    expect(swap).toMatchObject({ result: { succeeded: true, current: null } });
    expect(replica.get('k')).toBeNull();
  });

  it('reads within one batch see the writes applied earlier in that batch', () => {
    const replica = new Replica();
    const outcomes = replica.applyAll([
      { operation: { type: 'put', key: bytes('k'), value: bytes('x') } },
      { operation: { type: 'compareAndSwap', key: bytes('k'), expected: bytes('x'), next: bytes('y') } },
      { operation: { type: 'delete', key: bytes('k') } },
      { operation: { type: 'compareAndSwap', key: bytes('k'), expected: null, next: bytes('z') } },
    ]);
    expect(outcomes.map((outcome) => (outcome.kind === 'applied' ? outcome.result : null))).toMatchObject([
      { kind: 'put' },
      { succeeded: true },
      { existed: true },
      { succeeded: true },
    ]);
    expect(replica.get('k')).toBe('z');
  });

  it('a batch applies all its operations atomically in order', () => {
    const replica = new Replica();
    replica.apply({
      type: 'batch',
      operations: [
        { type: 'put', key: bytes('a'), value: bytes('1') },
        { type: 'put', key: bytes('b'), value: bytes('2') },
        { type: 'delete', key: bytes('a') },
      ],
    });
    expect(replica.get('a')).toBeNull();
    expect(replica.get('b')).toBe('2');
  });

  it('a retried write is applied once and answered with its original result', () => {
    const replica = new Replica();
    const first = replica.apply(
      { type: 'compareAndSwap', key: bytes('k'), expected: null, next: bytes('mine') },
      { client: 'c1', sequence: 7 },
    );
    expect(first).toMatchObject({ kind: 'applied', result: { succeeded: true } });
    replica.apply({ type: 'put', key: bytes('k'), value: bytes('other') });
    const retry = replica.apply(
      { type: 'compareAndSwap', key: bytes('k'), expected: null, next: bytes('mine') },
      { client: 'c1', sequence: 7 },
    );
    expect(retry.kind).toBe('duplicate');
    expect(retry).toMatchObject({ result: { kind: 'cas', succeeded: true } });
    expect(replica.get('k')).toBe('other');
  });

  it('out-of-order sequences of a pipelining client are each applied once', () => {
    const replica = new Replica();
    replica.apply({ type: 'put', key: bytes('b'), value: bytes('2') }, { client: 'c', sequence: 2 });
    expect(replica.apply({ type: 'put', key: bytes('a'), value: bytes('1') }, { client: 'c', sequence: 1 }).kind).toBe(
      'applied',
    );
    expect(replica.apply({ type: 'put', key: bytes('a'), value: bytes('9') }, { client: 'c', sequence: 1 }).kind).toBe(
      'duplicate',
    );
    expect(replica.get('a')).toBe('1');
  });

  it('a sequence older than every remembered result is refused rather than risk a double apply', () => {
    const replica = new Replica();
    for (let sequence = 10; sequence < 10 + RESULTS_PER_SESSION + 1; sequence++) {
      replica.apply({ type: 'put', key: bytes('k'), value: bytes(String(sequence)) }, { client: 'c', sequence });
    }
    expect(replica.apply({ type: 'put', key: bytes('k'), value: bytes('old') }, { client: 'c', sequence: 10 })).toEqual(
      {
        kind: 'session-too-old',
      },
    );
    expect(replica.get('k')).toBe(String(10 + RESULTS_PER_SESSION));
  });

  it('sessions survive a reload from the stored records', () => {
    const replica = new Replica();
    replica.apply({ type: 'delete', key: bytes('k') }, { client: 'c', sequence: 1, time: 5_000 });
    replica.reload();
    expect(replica.machine.time).toBe(5_000);
    expect(replica.apply({ type: 'delete', key: bytes('k') }, { client: 'c', sequence: 1, time: 6_000 }).kind).toBe(
      'duplicate',
    );
  });

  it('a session stores one small record per kept result: a write adds one, a full session drops its oldest', () => {
    const replica = new Replica();
    for (let sequence = 1; sequence <= RESULTS_PER_SESSION + 3; sequence++) {
      replica.apply({ type: 'put', key: bytes('k'), value: bytes(String(sequence)) }, { client: 'c', sequence });
      // The kept results, and the session's eviction mark.
      expect(replica.sessionRecords()).toHaveLength(Math.min(sequence, RESULTS_PER_SESSION) + 1);
    }
    expect(Math.max(...replica.sessionRecords().map(({ value }) => value.byteLength))).toBeLessThan(32);
    replica.reload();
    expect(replica.apply({ type: 'put', key: bytes('k'), value: bytes('x') }, { client: 'c', sequence: 3 }).kind).toBe(
      'session-too-old',
    );
    expect(
      replica.apply(
        { type: 'put', key: bytes('k'), value: bytes('x') },
        { client: 'c', sequence: RESULTS_PER_SESSION + 3 },
      ).kind,
    ).toBe('duplicate');
  });

  it('a client that says its first incomplete write keeps only the results it may still retry', () => {
    const replica = new Replica();
    const put = (value: string) => ({ type: 'put', key: bytes('k'), value: bytes(value) }) as WriteCommand;
    // Write 5 is slow (a retry across a split); 300 newer writes finish meanwhile, each saying 5 still runs.
    for (let sequence = 6; sequence <= 305; sequence++) {
      replica.apply(put(String(sequence)), { client: 'c', sequence, firstIncomplete: 5 });
    }
    replica.reload();
    // Delayed behind 300 newer writes of its client, it is applied once, not refused as too old.
    expect(replica.apply(put('slow'), { client: 'c', sequence: 5, firstIncomplete: 5 }).kind).toBe('applied');
    expect(replica.apply(put('slow'), { client: 'c', sequence: 5, firstIncomplete: 5 }).kind).toBe('duplicate');
    // Once the client says everything below 306 is done, those results are forgotten.
    replica.apply(put('last'), { client: 'c', sequence: 306, firstIncomplete: 306 });
    expect(replica.sessionRecords()).toHaveLength(2); // the result of 306, and the session's mark
    // Past the retention, the bound drops results the client never said were done: then refused.
    for (let sequence = 307; sequence <= 307 + RESULTS_PER_SESSION; sequence++) {
      replica.apply(put(String(sequence)), { client: 'c', sequence, firstIncomplete: 307, time: 1_000 });
    }
    replica.apply(put('late'), {
      client: 'c',
      sequence: 1_000,
      firstIncomplete: 307,
      time: 1_000 + RESULT_RETENTION_MS + 1,
    });
    replica.reload();
    expect(replica.apply(put('x'), { client: 'c', sequence: 307, firstIncomplete: 307 }).kind).toBe('session-too-old');
  });

  it('many writes of one client in one batch store every result once', () => {
    const replica = new Replica();
    const writes = Array.from({ length: 40 }, (_, index) => ({
      operation: { type: 'put', key: bytes(`k${index}`), value: bytes(String(index)) } as WriteCommand,
      client: 'c',
      sequence: index + 1,
    }));
    replica.applyAll(writes);
    expect(replica.sessionRecords()).toHaveLength(writes.length + 1); // and the session's mark
    replica.reload();
    for (const write of writes) {
      expect(replica.apply(write.operation, { client: 'c', sequence: write.sequence }).kind).toBe('duplicate');
    }
  });

  it('a session silent for longer than the TTL of proposer time expires, identically after a reload', () => {
    const replica = new Replica();
    replica.apply({ type: 'put', key: bytes('k'), value: bytes('1') }, { client: 'old', sequence: 1, time: 1_000 });
    replica.apply({ type: 'put', key: bytes('k'), value: bytes('1') }, { client: 'young', sequence: 1, time: 2_000 });
    replica.reload();
    // A proposer with a slow clock cannot move time backwards.
    replica.apply({ type: 'put', key: bytes('x'), value: bytes('1') }, { time: 500 });
    expect(replica.machine.time).toBe(2_000);
    replica.apply({ type: 'put', key: bytes('x'), value: bytes('1') }, { time: 1_500 + SESSION_TTL_MS });
    expect(replica.machine.sessions.size).toBe(1);
    replica.reload();
    expect(replica.machine.sessions.size).toBe(1);
    expect(
      replica.apply(
        { type: 'put', key: bytes('k'), value: bytes('2') },
        { client: 'old', sequence: 1, time: 1_501 + SESSION_TTL_MS },
      ).kind,
    ).toBe('applied');
    expect(
      replica.apply({ type: 'put', key: bytes('k'), value: bytes('3') }, { client: 'young', sequence: 1 }).kind,
    ).toBe('duplicate');
  });
});
