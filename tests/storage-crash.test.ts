/**
 * Crash safety of @flintkv/storage, proven by killing: a child process (storage-crash-child.mjs,
 * running the built package) commits synced turns for several groups in a loop and is SIGKILLed
 * at random moments. After every kill the database is reopened and must hold exactly the state
 * of the last acknowledged batch, or of the one batch in flight — never a hole, a torn batch,
 * or a hard state that commits entries the log does not have.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openNodeStore } from '@flintkv/storage';
import { afterAll, describe, expect, it } from 'vitest';
import { CRASH_GROUPS, CRASH_IDENTITY, entryData, summarize } from './storage-crash-workload.mjs';

const KILLS = Number(process.env.FLINT_CRASH_KILLS ?? 32);
const childScript = fileURLToPath(new URL('./storage-crash-child.mjs', import.meta.url));
const distEntry = fileURLToPath(new URL('../packages/storage/dist/index.js', import.meta.url));
const distDirectory = fileURLToPath(new URL('../packages/storage/dist/', import.meta.url));
const sourceDirectory = fileURLToPath(new URL('../packages/storage/src/', import.meta.url));

type Summary = ReturnType<typeof summarize>;
type ChildLine =
  | { type: 'ready'; state: Summary }
  | { type: 'intent'; batch: number; state: Summary }
  | { type: 'ack'; batch: number };

/** The child runs the built package: refuse to test a missing or stale build (`npm test` builds first). */
function assertBuildIsCurrent(): void {
  if (!existsSync(distEntry)) throw new Error(`${distEntry} is missing: run \`npm run build\` (npm test does it)`);
  const newestIn = (directory: string, keep: (file: string) => boolean) =>
    Math.max(
      ...readdirSync(directory)
        .filter(keep)
        .map((file) => statSync(join(directory, file)).mtimeMs),
    );
  const built = newestIn(distDirectory, () => true);
  const written = newestIn(sourceDirectory, (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  if (written > built) throw new Error('packages/storage/dist is older than its src: run `npm run build`');
}

/** Runs the child until `killAfterReadyMs` after it reports ready, SIGKILLs it, and returns every line it wrote. */
function runAndKill(directory: string, seed: number, killAfterReadyMs: number): Promise<ChildLine[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [childScript, directory, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: ChildLine[] = [];
    let buffered = '';
    let stderr = '';
    let killed = false;
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = JSON.parse(buffered.slice(0, newline)) as ChildLine;
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        if (line.type === 'ready') {
          setTimeout(() => {
            killed = true;
            child.kill('SIGKILL');
          }, killAfterReadyMs);
        }
        newline = buffered.indexOf('\n');
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    // 'close' fires once the child's stdout is drained: every line it wrote has been read.
    child.on('close', (code, signal) => {
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`child exited on its own (code ${code}, signal ${signal}): ${stderr}`));
      } else {
        resolve(lines);
      }
    });
  });
}

/** Reopens the database, checks every entry's bytes and the hard state, and returns its summary. */
async function readBack(directory: string): Promise<Summary> {
  const store = await openNodeStore(directory, CRASH_IDENTITY);
  try {
    const groups = [];
    for (const groupId of CRASH_GROUPS) groups.push(await store.openGroup(groupId));
    for (const group of groups) {
      const first = group.firstIndex();
      const last = group.lastIndex();
      const entries = group.entries(first, last + 1);
      expect(entries.map((entry) => entry.index)).toEqual(
        Array.from({ length: last - first + 1 }, (_, k) => first + k),
      );
      const damaged = entries.filter(
        (entry) => Buffer.compare(entry.data, entryData(group.groupId, entry.index, entry.term)) !== 0,
      );
      expect(
        damaged.map((entry) => entry.index),
        `group ${group.groupId}: entries with wrong bytes`,
      ).toEqual([]);
      const { hardState } = group.initialState();
      expect(hardState.commit).toBeLessThanOrEqual(last);
      expect(hardState.commit).toBeGreaterThanOrEqual(first - 1);
    }
    return summarize(groups);
  } finally {
    await store.close();
  }
}

describe('storage crash safety', () => {
  const directory = mkdtempSync(join(tmpdir(), 'flint-crash-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it(`keeps every acknowledged batch whole across ${KILLS} SIGKILLs`, async () => {
    assertBuildIsCurrent();
    const baseSeed = Date.now() % 1_000_000;
    let verified: Summary | undefined;
    let acknowledgedTotal = 0;
    let inFlightSurvived = 0;
    for (let round = 0; round < KILLS; round++) {
      const seed = baseSeed + round;
      const lines = await runAndKill(directory, seed, Math.floor(Math.random() * 150));
      const context = `round ${round}, seed ${seed}`;
      const ready = lines.find((line) => line.type === 'ready');
      expect(ready, context).toBeDefined();
      // What the child found on disk is what the last check read back.
      if (verified !== undefined) expect(ready!.state, context).toEqual(verified);
      let acknowledged = ready!.state;
      let inFlight: Summary | undefined;
      for (const line of lines) {
        if (line.type === 'intent') inFlight = line.state;
        if (line.type === 'ack') {
          acknowledged = inFlight!;
          inFlight = undefined;
          acknowledgedTotal += 1;
        }
      }
      const actual = await readBack(directory);
      if (inFlight !== undefined && JSON.stringify(actual) === JSON.stringify(inFlight)) {
        inFlightSurvived += 1;
      } else {
        expect(actual, `${context}: state is neither the last acknowledged batch nor the one in flight`).toEqual(
          acknowledged,
        );
      }
      verified = actual;
    }
    expect(acknowledgedTotal).toBeGreaterThan(KILLS);
    console.info(
      `crash test: ${KILLS} kills, ${acknowledgedTotal} acknowledged batches, ${inFlightSurvived} unacknowledged batches found durable`,
    );
  }, 120_000);
});
