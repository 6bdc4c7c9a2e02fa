/**
 * Process lifecycle of `flint server`: SIGTERM stops a node cleanly (exit 0, within seconds,
 * with a log line), and a host that refuses its data directory ends the process with exit 1
 * and the host's own error code in the log.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, FLINT_BIN } from './helpers/cluster.js';

let scratch: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'flint-lifecycle-'));
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await rm(scratch, { recursive: true, force: true });
});

function startServer(flags: string[]): { child: ChildProcess; output: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [FLINT_BIN, 'server', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, UV_THREADPOOL_SIZE: '6' },
  });
  children.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  return { child, output, exited };
}

describe('flint server lifecycle', () => {
  it('stops cleanly on SIGTERM, then refuses the same data directory for another cluster with exit 1', async () => {
    const [peerPort] = await freePorts(1);
    const data = join(scratch, 'n1');
    const flags = ['--id', '1', '--data', data, '--cluster', `1=127.0.0.1:${peerPort}`, '--regions', '1'];

    const first = startServer(flags);
    await eventually(
      'the node to start',
      () => first.output.some((line) => line.includes('"msg":"node started"')),
      60_000,
    );
    const signalledAt = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    expect(first.output.some((line) => line.includes('"msg":"node stopped"') && line.includes('"clean":true'))).toBe(
      true,
    );

    const second = startServer([...flags, '--cluster-id', '99']);
    expect(await second.exited).toBe(1);
    expect(
      second.output.some((line) => line.includes('"level":50') && line.includes('FLINT_STORAGE_IDENTITY_MISMATCH')),
    ).toBe(true);
  });
});
