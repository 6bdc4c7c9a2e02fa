/**
 * A long fault run: `npm run soak -- --duration 600 --seed S [--nodes 5] [--faults kill,split] [--secure] [--out DIR]`.
 * Draws from every fault (or those `--faults` names), writes the history (one JSON event per line) and the report to DIR
 * (default tests/faults/dist/soak/<seed>, which git ignores), prints the verdict and, on a violation, the smallest failing
 * sub-history. Exits 1 when anything is wrong. `--secure` runs the cluster with TLS on every port.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeVerdict } from './checker/index.js';
import { runScenario } from './harness/run-scenario.js';
import { FAULT_KINDS, type FaultKind } from './nemesis/schedule.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '600' },
    seed: { type: 'string' },
    nodes: { type: 'string', default: '3' },
    workers: { type: 'string', default: '6' },
    out: { type: 'string' },
    faults: { type: 'string' },
    secure: { type: 'boolean', default: false },
  },
  strict: true,
});
const seed = values.seed === undefined ? Math.floor(Math.random() * 1_000_000) : Number(values.seed);
const durationSeconds = Number(values.duration);
const nodes = Number(values.nodes);
if (!Number.isInteger(seed) || !(durationSeconds > 0) || ![3, 5].includes(nodes)) {
  process.stderr.write('soak: --seed must be an integer, --duration a positive number of seconds, --nodes 3 or 5\n');
  process.exit(2);
}
const faults = values.faults === undefined ? FAULT_KINDS : values.faults.split(',');
const unknown = faults.filter((fault) => !(FAULT_KINDS as readonly string[]).includes(fault));
if (unknown.length > 0) {
  process.stderr.write(`soak: unknown fault ${unknown.join(', ')}; the faults are ${FAULT_KINDS.join(', ')}\n`);
  process.exit(2);
}
const out = values.out ?? fileURLToPath(new URL(`./soak/${seed}`, import.meta.url));

const report = await runScenario({
  name: `soak ${durationSeconds}s on ${nodes} nodes${values.secure ? ' with TLS' : ''}`,
  seed,
  nodes,
  durationMs: durationSeconds * 1000,
  faults: faults as FaultKind[],
  workers: Number(values.workers),
  secure: values.secure,
  log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
});

await mkdir(out, { recursive: true });
await writeFile(join(out, 'history.jsonl'), report.history.map((event) => JSON.stringify(event)).join('\n'));
const { history: _history, ...summary } = report;
await writeFile(join(out, 'report.json'), JSON.stringify(summary, null, 2));
process.stdout.write(`${report.nemesisLog.join('\n')}\n${describeVerdict(report.verdict)}\n`);
process.stdout.write(
  report.problems.length === 0
    ? `soak passed: seed ${seed}, ${report.operations.ok} operations ok; history and report in ${out}\n`
    : `soak FAILED (seed ${seed}); history and report in ${out}:\n${report.problems.join('\n---\n')}\n`,
);
process.exit(report.problems.length === 0 ? 0 : 1);
