/**
 * `flint dev` runs a local cluster of `flint server` children and never leaves them behind:
 * Ctrl-C/SIGTERM stops them and exits 0, even kill -9 of `flint dev` stops them (each
 * child holds an IPC channel to it), and so does a signal to the `npm start` that runs it.
 * A crashed node is restarted with backoff; one node can be stopped and started by hand.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts } from '@flintkv/server/testing';
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

/** Every process below `pid`, children first. */
function descendantsOf(pid: number): number[] {
  return childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);
}

/** The flags of a one-node, one-region `flint dev` on free ports with its data under `name`. */
async function devFlags(name: string): Promise<string[]> {
  const [peer, client, metrics] = await freePorts(3);
  return [
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
  ];
}

/** Collects a child's stdout and stderr lines, in arrival order. */
function collectLines(child: ChildProcess): string[] {
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  return output;
}

async function startDev(
  name: string,
  options: { stdin?: 'pipe' } = {},
): Promise<{ dev: ChildProcess; output: string[]; servers: number[] }> {
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
    { stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'] },
  );
  started.add(dev);
  dev.once('exit', () => started.delete(dev));
  const output = collectLines(dev);
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
    expect(output.some((line) => /node 1: pid \d+ {2}client 127\.0\.0\.1:\d+/.test(line))).toBe(true);
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

  it('restarts a node that crashed (kill -9) after a backoff, and says so', async () => {
    const { dev, output, servers } = await startDev('crash');
    process.kill(servers[0]!, 'SIGKILL');
    await eventually('flint dev to announce the restart', () =>
      output.some((line) => /^flint dev: node 1 restarted \(pid \d+\)$/.test(line)),
    );
    expect(output).toContain('flint dev: node 1 exited (SIGKILL); restarting it in 0.5 s (crash 1 in a row)');
    const [replacement] = childrenOf(dev.pid!);
    expect(replacement).toBeDefined();
    expect(replacement).not.toBe(servers[0]);
    expect(isAlive(replacement!)).toBe(true);
    dev.kill('SIGTERM');
    await eventually('the restarted server to stop with flint dev', () => !isAlive(replacement!));
  });

  it('prints how to handle one node by hand, and stops and starts it from its standard input', async () => {
    const { dev, output, servers } = await startDev('by-hand', { stdin: 'pipe' });
    expect(output.some((line) => line.includes('one node by hand: type "stop N", "start N"'))).toBe(true);
    expect(output.some((line) => line.includes('kill <pid> stops it (it stays down), kill -9 <pid> crashes it'))).toBe(
      true,
    );
    dev.stdin!.write('stop 1\n');
    await eventually('node 1 to stop', () =>
      output.includes('flint dev: node 1 stopped (code 0); it stays down until you type "start 1"'),
    );
    expect(isAlive(servers[0]!)).toBe(false);
    expect(childrenOf(dev.pid!)).toEqual([]);
    dev.stdin!.write('start 9\n');
    await eventually('an unknown node to be refused', () => output.includes("flint dev: no node '9'; the nodes are 1"));
    dev.stdin!.write('start 1\n');
    await eventually('node 1 to start again', () =>
      output.some((line) => /^flint dev: node 1 started \(pid \d+\)$/.test(line)),
    );
    const [again] = childrenOf(dev.pid!);
    expect(again).toBeDefined();
    const exited = new Promise<number | null>((resolve) => dev.once('exit', (code) => resolve(code)));
    dev.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(isAlive(again!)).toBe(false);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'npm start stops every node when the npm process gets %s (no orphans)',
    async (signal) => {
      const repository = fileURLToPath(new URL('..', import.meta.url));
      const npm = spawn('npm', ['start', '--', ...(await devFlags(`npm-${signal}`))], {
        cwd: repository,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.add(npm);
      const tree: number[] = [];
      try {
        const output = collectLines(npm);
        await eventually(
          'npm start to report a healthy cluster',
          () => output.some((line) => line.includes('healthy')),
          60_000,
        );
        tree.push(...descendantsOf(npm.pid!));
        // npm, then flint dev (exec replaces the shell), then one flint server.
        expect(tree.length).toBeGreaterThanOrEqual(2);
        const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
        npm.kill(signal);
        await exited;
        await eventually('every process npm start ran to end', () => tree.every((pid) => !isAlive(pid)), 20_000);
      } finally {
        for (const pid of [...tree, npm.pid!]) {
          if (isAlive(pid)) process.kill(pid, 'SIGKILL');
        }
        started.delete(npm);
      }
    },
  );

  it('stops every node when the process that started it dies without passing a signal on', async () => {
    // `; true` keeps the shell from exec-ing node: flint dev is the shell's child.
    const command = `"${process.execPath}" "${FLINT_BIN}" dev ${(await devFlags('orphan')).join(' ')}; true`;
    const shell = spawn('sh', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.add(shell);
    const tree: number[] = [];
    try {
      const output = collectLines(shell);
      await eventually(
        'flint dev to report a healthy cluster',
        () => output.some((line) => line.includes('healthy')),
        60_000,
      );
      tree.push(...descendantsOf(shell.pid!));
      expect(tree.length).toBe(2);
      shell.kill('SIGKILL');
      await eventually('flint dev and its node to end', () => tree.every((pid) => !isAlive(pid)), 20_000);
    } finally {
      for (const pid of tree) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      started.delete(shell);
    }
  });
});
