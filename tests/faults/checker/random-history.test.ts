import { describe, expect, it } from 'vitest';
import { checkLinearizability, checkOperations } from './check-linearizability.js';
import { pairOperations, type RegisterOperation } from './history.js';
import { generateLinearizableHistory } from './random-history.js';

const shape = {
  processes: 5,
  operationsPerProcess: 40,
  keys: ['a', 'b', 'c'],
  indeterminateRate: 0.08,
  failRate: 0.05,
};

describe('randomized histories from a real sequential register', () => {
  it('finds every generated history linearizable', () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const casReportsCurrent = seed % 2 === 0;
      const verdict = checkLinearizability(generateLinearizableHistory({ seed, ...shape, casReportsCurrent }));
      expect({ seed, outcome: verdict.outcome }).toEqual({ seed, outcome: 'linearizable' });
    }
  });

  it('detects every read changed to a value that was never written', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const operations = pairOperations(
        generateLinearizableHistory({ seed, ...shape, casReportsCurrent: seed % 2 === 0 }),
      );
      const read = operations.find((operation) => operation.output?.kind === 'read');
      if (read === undefined) continue;
      const mutated = replaceOutput(operations, read, 'never-written');
      const verdict = checkOperations(mutated);
      expect({ seed, outcome: verdict.outcome, key: verdict.key }).toEqual({
        seed,
        outcome: 'violation',
        key: read.key,
      });
    }
  });

  it('detects every read changed to a value overwritten before the read began', () => {
    let constructed = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const operations = pairOperations(
        generateLinearizableHistory({ seed, ...shape, casReportsCurrent: seed % 2 === 0 }),
      );
      const stale = findProvablyStaleValue(operations);
      if (stale === undefined) continue;
      constructed += 1;
      const verdict = checkOperations(replaceOutput(operations, stale.read, stale.value));
      expect({ seed, outcome: verdict.outcome }).toEqual({ seed, outcome: 'violation' });
    }
    expect(constructed).toBeGreaterThan(20);
  });

  it('detects most reads changed to another value written to the same key', () => {
    let mutations = 0;
    let detected = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const operations = pairOperations(
        generateLinearizableHistory({ seed, ...shape, casReportsCurrent: seed % 2 === 0 }),
      );
      const reads = operations.filter((operation) => operation.output?.kind === 'read');
      for (const read of reads.slice(0, 3)) {
        const values = operations
          .filter((operation) => operation.key === read.key)
          .map(writtenValue)
          .filter((value): value is string => value !== undefined);
        const value = values[(seed * 7) % Math.max(1, values.length)];
        if (value === undefined || (read.output?.kind === 'read' && read.output.value === value)) continue;
        mutations += 1;
        if (checkOperations(replaceOutput(operations, read, value)).outcome === 'violation') detected += 1;
      }
    }
    expect(mutations).toBeGreaterThan(50);
    expect(detected / mutations).toBeGreaterThan(0.6);
  });
});

function writtenValue(operation: RegisterOperation): string | undefined {
  const input = operation.input;
  const value = input.kind === 'write' ? input.value : input.kind === 'cas' ? input.next : null;
  return value ?? undefined;
}

function replaceOutput(operations: RegisterOperation[], read: RegisterOperation, value: string): RegisterOperation[] {
  return operations.map((operation) =>
    operation === read ? { ...operation, output: { kind: 'read', value } } : operation,
  );
}

/**
 * A read and a value certainly gone by the time the read began: written by a completed plain
 * write that was followed, strictly in real time, by another completed plain write that ended
 * before the read's call. Values are unique, so the old value can never come back.
 */
function findProvablyStaleValue(
  operations: RegisterOperation[],
): { read: RegisterOperation; value: string } | undefined {
  const writes = operations.filter((operation) => operation.input.kind === 'write' && operation.output !== undefined);
  for (const read of operations) {
    if (read.output?.kind !== 'read') continue;
    for (const older of writes) {
      if (older.key !== read.key || older.input.kind !== 'write' || older.input.value === null) continue;
      const overwritten = writes.some(
        (newer) => newer.key === read.key && newer.callTime > older.returnTime && newer.returnTime < read.callTime,
      );
      if (overwritten && older.input.value !== read.output.value) return { read, value: older.input.value };
    }
  }
  return undefined;
}
