/**
 * Signals to `flint server` as an operator sends them: to the process they started, which is a
 * wrapper when UV_THREADPOOL_SIZE is unset (`packages/cli/src/thread-pool.ts`). SIGHUP reloads the
 * certificates and must not stop the node; SIGTERM stops it cleanly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@flintkv/client';
import { freePorts } from '@flintkv/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FLINT_BIN } from './helpers/cluster.js';

const children: ChildProcess[] = [];
const directories: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
});

describe('flint server and its signals', () => {
  it('keeps serving after SIGHUP (certificates reloaded), and exits 0 on SIGTERM', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'flint-signals-'));
    directories.push(directory);
    const [peer, client] = await freePorts(2);
    const endpoint = `127.0.0.1:${client}`;
    const environment = { ...process.env };
    delete environment.UV_THREADPOOL_SIZE;
    const child = spawn(
      process.execPath,
      [
        FLINT_BIN,
        'server',
        '--id',
        '1',
        '--data',
        join(directory, 'n1'),
        '--cluster',
        `1=127.0.0.1:${peer}/${endpoint}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: environment },
    );
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const db = await connect({ endpoints: [endpoint], timeoutMs: 20_000 });
    try {
      await db.put('before', 'hup');
      child.kill('SIGHUP');
      await eventually(
        'the node to log the reload',
        () => output.includes('TLS certificates') || output.includes('"msg":"node started"'),
      );
      await db.put('after', 'hup');
      expect(await db.getString('before')).toBe('hup');
      expect(child.exitCode).toBeNull();
    } finally {
      await db.close();
    }
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
