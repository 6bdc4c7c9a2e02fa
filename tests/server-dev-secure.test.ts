/**
 * `flint dev --secure` as a person runs it: three nodes with TLS on every port, a root user
 * whose password it prints, and the variables to connect with. The test reads what it printed,
 * connects the SDK and the CLI with it, sees clients without credentials refused, and restarts
 * the same dev directory: the certificates and root's password are kept.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, FlintError, type FlintClient, type TlsOptions } from '@flintkv/client';
import { freePorts } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, FLINT_BIN, runFlint } from './helpers/cluster.js';

const NODES = 3;
let scratch: string;
const started = new Set<ChildProcess>();
const clients: FlintClient[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'flint-dev-secure-'));
});

afterAll(async () => {
  for (const client of clients.splice(0)) await client.close().catch(() => {});
  for (const dev of started) dev.kill('SIGKILL');
  await rm(scratch, { recursive: true, force: true });
});

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A first port such that it and the `length - 1` after it were free a moment ago: node i takes base + i - 1. */
async function freePortRun(length: number, taken: readonly number[]): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [base] = await freePorts(1);
    const run = Array.from({ length }, (_, index) => base! + index);
    if (run.some((port) => taken.includes(port))) continue;
    if ((await Promise.all(run.map(portIsFree))).every(Boolean)) return base!;
  }
  throw new Error(`no run of ${length} free ports found`);
}

/** What `flint dev --secure` printed to connect with. */
interface Printed {
  endpoints: string[];
  cacert: string;
  cert: string;
  key: string;
  /** Root's new password; undefined when it said root keeps the one it had. */
  password: string | undefined;
}

function match(text: string, pattern: RegExp): string {
  const found = pattern.exec(text);
  if (found === null) throw new Error(`flint dev printed no ${pattern}:\n${text}`);
  return found[1]!;
}

function parseInstructions(text: string): Printed {
  return {
    endpoints: match(text, /^ {4}export FLINT_ENDPOINTS=(\S+)$/m).split(','),
    cacert: match(text, /^ {4}export FLINT_CACERT=(\S+)$/m),
    cert: match(text, /^ {4}export FLINT_CERT=(\S+) FLINT_KEY=\S+$/m),
    key: match(text, /^ {4}export FLINT_CERT=\S+ FLINT_KEY=(\S+)$/m),
    password: /^ {2}user root \(admin\), password: (\S+)/m.exec(text)?.[1],
  };
}

interface RunningDev {
  dev: ChildProcess;
  output: () => string;
  printed: Printed;
}

/** Starts `flint dev --secure` with `flags` and waits for its connection instructions (the SDK snippet ends them). */
async function startSecureDev(flags: readonly string[]): Promise<RunningDev> {
  const dev = spawn(process.execPath, [FLINT_BIN, 'dev', '--secure', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(dev);
  let text = '';
  let exited = false;
  dev.stdout!.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  dev.stderr!.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  dev.once('exit', () => {
    exited = true;
    started.delete(dev);
  });
  try {
    await eventually(
      'flint dev --secure to print how to connect',
      () => {
        if (exited) throw new Error(`flint dev exited early:\n${text}`);
        return /^ {4}const db = await connect\(.*\);$/m.test(text);
      },
      90_000,
    );
  } catch (error) {
    dev.kill('SIGKILL');
    throw error;
  }
  return { dev, output: () => text, printed: parseInstructions(text) };
}

/** Stops `flint dev` with SIGTERM (SIGKILL if it lingers) and resolves its exit code. */
async function stopDev(dev: ChildProcess): Promise<number | null> {
  if (dev.exitCode !== null || dev.signalCode !== null) return dev.exitCode;
  const exited = new Promise<number | null>((resolve) => dev.once('exit', (code) => resolve(code)));
  dev.kill('SIGTERM');
  const killer = setTimeout(() => dev.kill('SIGKILL'), 20_000);
  try {
    return await exited;
  } finally {
    clearTimeout(killer);
  }
}

async function tlsOf(printed: Printed, withCertificate = true): Promise<TlsOptions> {
  const ca = await readFile(printed.cacert, 'utf8');
  if (!withCertificate) return { ca };
  return { ca, cert: await readFile(printed.cert, 'utf8'), key: await readFile(printed.key, 'utf8') };
}

async function client(printed: Printed, password: string | undefined, withCertificate = true): Promise<FlintClient> {
  const made = await connect({
    endpoints: printed.endpoints,
    timeoutMs: 10_000,
    tls: await tlsOf(printed, withCertificate),
    ...(password === undefined ? {} : { auth: { user: 'root', password } }),
  });
  clients.push(made);
  return made;
}

/** The FlintError a client ends with when it connects and reads. */
async function refusal(printed: Printed, withCertificate: boolean): Promise<FlintError> {
  try {
    const refused = await client(printed, undefined, withCertificate);
    await refused.get('secure-key');
  } catch (error) {
    if (error instanceof FlintError) return error;
    throw error;
  }
  throw new Error('a client without credentials was served');
}

describe('flint dev --secure', () => {
  it('prints a root password and certificates that connect, refuses clients without them, and keeps both across a restart', async () => {
    const peerPort = await freePortRun(NODES, []);
    const clientPort = await freePortRun(NODES, [peerPort, peerPort + 1, peerPort + 2]);
    const metricsPort = await freePortRun(NODES, [
      peerPort,
      peerPort + 1,
      peerPort + 2,
      clientPort,
      clientPort + 1,
      clientPort + 2,
    ]);
    const data = join(scratch, 'dev');
    const flags = [
      ...['--nodes', String(NODES), '--regions', '1', '--data', data],
      ...['--peer-port', String(peerPort), '--client-port', String(clientPort), '--metrics-port', String(metricsPort)],
    ];

    const first = await startSecureDev(flags);
    let caBefore: string;
    let password: string;
    let exitCode: number | null;
    try {
      const { printed } = first;
      expect(first.output()).toContain(`flint dev: wrote a new CA and its certificates to ${join(data, 'certs')}`);
      expect(first.output()).toContain(`metrics https://127.0.0.1:${metricsPort}/metrics`);
      expect(printed.endpoints).toEqual([0, 1, 2].map((offset) => `127.0.0.1:${clientPort + offset}`));
      expect(printed.cacert).toBe(join(data, 'certs', 'ca.crt'));
      expect(printed.cert).toBe(join(data, 'certs', 'client-dev.crt'));
      expect(printed.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
      password = printed.password!;
      caBefore = await readFile(printed.cacert, 'utf8');

      const root = await client(printed, password);
      await root.put('secure-key', 'secure value');
      expect(await root.getString('secure-key')).toBe('secure value');
      expect((await root.users()).authEnabled).toBe(true);

      // The CLI, given as flags what the printed FLINT_* variables hold.
      const cli = await runFlint(
        [
          'get',
          'secure-key',
          '--cacert',
          printed.cacert,
          '--cert',
          printed.cert,
          '--key',
          printed.key,
          '--user',
          `root:${password}`,
        ],
        printed.endpoints.join(','),
      );
      expect(cli.stderr).toBe('');
      expect(cli.stdout.trim()).toBe('secure value');

      const anonymous = await refusal(printed, true);
      expect(anonymous.code).toBe('FLINT_UNAUTHENTICATED');
      const noCertificate = await refusal(printed, false);
      expect(noCertificate.code).toBe('FLINT_TLS');
      expect(noCertificate.message).toMatch(/no certificate/);
    } finally {
      for (const open of clients.splice(0)) await open.close();
      exitCode = await stopDev(first.dev);
    }
    expect(exitCode).toBe(0);

    const second = await startSecureDev(flags);
    try {
      expect(second.output()).toContain(`flint dev: reusing the CA and certificates in ${join(data, 'certs')}`);
      expect(second.output()).toContain('authentication was already on: root keeps its password');
      expect(second.printed.password).toBeUndefined();
      expect(await readFile(second.printed.cacert, 'utf8')).toBe(caBefore);
      const root = await client(second.printed, password);
      expect(await root.getString('secure-key')).toBe('secure value');
    } finally {
      for (const open of clients.splice(0)) await open.close();
      exitCode = await stopDev(second.dev);
    }
    expect(exitCode).toBe(0);
  }, 240_000);
});
