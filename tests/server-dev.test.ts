/**
 * `flint dev` runs a local cluster of `flint server` children and never leaves them behind:
 * Ctrl-C/SIGTERM stops them and exits 0, and even kill -9 of `flint dev` stops them (each
 * child holds an IPC channel to it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from '@flintkv/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, FLINT_BIN } from './helpers/cluster.js';

let scratch: string;
const started = new Set<ChildProcess>();

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'flint-dev-'));
});

afterAll(async () => {
  for (const child of started) child.kill('SIGKILL');
  await rm(scratch, { recursive: true, force: true });
});

/** Pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Running, and not a zombie waiting for a parent (or an init) to reap it. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
  } catch {
    return false;
  }
}

async function startDev(name: string): Promise<{ dev: ChildProcess; output: string[]; servers: number[] }> {
  const [peer, client, metrics] = await freePorts(3);
  const dev = spawn(
    process.execPath,
    [
      FLINT_BIN,
      'dev',
      '--nodes',
      '1',
      '--regions',
      '1',
      '--data',
      join(scratch, name),
      '--peer-port',
      String(peer),
      '--client-port',
      String(client),
      '--metrics-port',
      String(metrics),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  started.add(dev);
  dev.once('exit', () => started.delete(dev));
  const output: string[] = [];
  dev.stdout?.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  dev.stderr?.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  await eventually(
    'flint dev to report a healthy cluster',
    () => output.some((line) => line.includes('healthy')),
    60_000,
  );
  const servers = childrenOf(dev.pid!);
  expect(servers).toHaveLength(1);
  return { dev, output, servers };
}

describe('flint dev', () => {
  it('prints the endpoints, prefixes server logs by node, and stops its servers on SIGTERM with exit 0', async () => {
    const { dev, output, servers } = await startDev('term');
    expect(output.some((line) => /node 1: client 127\.0\.0\.1:\d+/.test(line))).toBe(true);
    expect(output.some((line) => line.startsWith('n1 | ') && line.includes('node started'))).toBe(true);
    const exited = new Promise<number | null>((resolve) => dev.once('exit', (code) => resolve(code)));
    dev.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(servers.filter(isAlive)).toEqual([]);
  });

  it('stops its servers when it is killed with SIGKILL', async () => {
    const { dev, servers } = await startDev('kill');
    dev.kill('SIGKILL');
    await eventually('the server to stop after its parent died', () => servers.every((pid) => !isAlive(pid)), 20_000);
  });
});
