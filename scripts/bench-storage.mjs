// Storage benchmark: synced turns of 1, 16 and 256 log entries (256 B each, plus a hard state)
// through @flintkv/storage, beside the raw fdatasync floor of the same disk measured here too.
//
//   npm run bench:storage                      (builds first)
//   node scripts/bench-storage.mjs [--dir <directory on the disk to measure>] [--seconds <per case>]
//                                  [--rounds <n>] [--json]
//
// Cases run interleaved in `rounds` short slices (floor, 1, 16, 256, floor, …) so a disk shared
// with other work affects every case alike. Reports batches/s, entries/s, p50/p99 latency.
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openNodeStore } from '../packages/storage/dist/index.js';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: tmpdir() },
    seconds: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '8' },
    json: { type: 'boolean', default: false },
  },
});
const rounds = Number(options.rounds);
const sliceMs = (Number(options.seconds) * 1000) / rounds;
const ENTRY_BYTES = 256;
const root = mkdtempSync(join(options.dir, 'flint-bench-storage-'));
const confState = { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

/** Runs `step` back to back for `milliseconds`, recording each call's latency into `measure`. */
async function runSlice(measure, milliseconds, step) {
  const start = performance.now();
  const deadline = start + milliseconds;
  while (performance.now() < deadline) {
    const before = performance.now();
    await step();
    measure.latencies.push(performance.now() - before);
  }
  measure.elapsedMs += performance.now() - start;
}

/**
 * write + fdatasync of one 4 KiB block: the most a synced write path can do on this disk.
 * Issued through the libuv thread pool (fs/promises), as LevelDB's writes are.
 */
async function fdatasyncCase(name, overwrite) {
  const file = await open(join(root, `fdatasync-${name}`), 'w');
  const block = Buffer.alloc(4096, 0x5a);
  let position = 0;
  return {
    name: `fdatasync floor: 4 KiB ${name}`,
    entriesPerBatch: undefined,
    async step() {
      await file.write(block, 0, block.length, overwrite ? 0 : position);
      await file.datasync();
      position += block.length;
    },
    close: () => file.close(),
  };
}

async function storageCase(entriesPerBatch) {
  const store = await openNodeStore(join(root, `store-${entriesPerBatch}`), { clusterId: 'bench', nodeId: 1 });
  const group = await store.openGroup(1, { confState });
  const payload = new Uint8Array(ENTRY_BYTES).fill(0x42);
  return {
    name: `storage: ${entriesPerBatch} × ${ENTRY_BYTES} B entries + hard state per synced batch`,
    entriesPerBatch,
    async step() {
      const first = group.lastIndex() + 1;
      const entries = Array.from({ length: entriesPerBatch }, (_, k) => ({
        index: first + k,
        term: 1,
        type: 0,
        data: payload,
      }));
      const turn = store.beginTurn();
      group.append(entries, turn);
      group.setHardState({ term: 1, vote: 1, commit: first + entriesPerBatch - 1 }, turn);
      await turn.commit();
    },
    close: () => store.close(),
  };
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function report(benchCase, measure) {
  const sorted = [...measure.latencies].sort((a, b) => a - b);
  const batchesPerSecond = (measure.latencies.length / measure.elapsedMs) * 1000;
  return {
    case: benchCase.name,
    batches: measure.latencies.length,
    batchesPerSecond: Math.round(batchesPerSecond),
    entriesPerSecond:
      benchCase.entriesPerBatch === undefined ? undefined : Math.round(batchesPerSecond * benchCase.entriesPerBatch),
    p50Ms: Number(percentile(sorted, 0.5).toFixed(3)),
    p99Ms: Number(percentile(sorted, 0.99).toFixed(3)),
  };
}

const loadBefore = loadavg()[0];
const cases = [
  await fdatasyncCase('overwrite', true),
  await fdatasyncCase('append', false),
  await storageCase(1),
  await storageCase(16),
  await storageCase(256),
];
const measures = cases.map(() => ({ latencies: [], elapsedMs: 0 }));
try {
  for (const benchCase of cases) await runSlice({ latencies: [], elapsedMs: 0 }, 200, benchCase.step); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [k, benchCase] of cases.entries()) await runSlice(measures[k], sliceMs, benchCase.step);
  }
} finally {
  for (const benchCase of cases) await benchCase.close();
  rmSync(root, { recursive: true, force: true });
}
const results = cases.map((benchCase, k) => report(benchCase, measures[k]));
const environment = {
  date: new Date().toISOString(),
  node: process.version,
  directory: options.dir,
  secondsPerCase: Number(options.seconds),
  rounds,
  loadAverage1m: [Number(loadBefore.toFixed(2)), Number(loadavg()[0].toFixed(2))],
};
if (options.json) {
  console.log(JSON.stringify({ ...environment, results }, null, 2));
} else {
  console.log(
    `storage benchmark ${environment.date}, node ${environment.node}, directory ${environment.directory}, ` +
      `${environment.secondsPerCase} s per case in ${rounds} interleaved rounds, load average ${environment.loadAverage1m.join(' → ')}`,
  );
  console.table(
    results.map((result) => ({
      case: result.case,
      'batches/s': result.batchesPerSecond,
      'entries/s': result.entriesPerSecond ?? '',
      'p50 ms': result.p50Ms,
      'p99 ms': result.p99Ms,
    })),
  );
}
