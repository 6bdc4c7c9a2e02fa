/**
 * Users and roles on a secure 3-node cluster of real processes (TLS on every port, client
 * certificates): users are added with the CLI and the SDK, authentication is turned on, and then
 * every client authenticates — with a password, or with a certificate whose common name names
 * a user — and is allowed what its role allows: reads for `read`, writes for `readwrite`,
 * administration for `admin`. Sessions expire and the SDK authenticates again without a failed
 * request.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tlsServerFlags, writeCertificateDirectory } from '@flintkv/cli';
import { connect, FlintError, type FlintClient } from '@flintkv/client';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

let directory: string;
let cluster: TestCluster;
const clients: FlintClient[] = [];
const file = (name: string) => join(directory, name);
const read = (name: string) => readFile(file(name), 'utf8');

/** Session lifetime of the cluster: short, so that the test sees sessions expire. */
const SESSION_TTL_SECONDS = 2;

const secureFlags = (nodeId: number) => [
  ...tlsServerFlags(directory, nodeId),
  ...['--metrics-tls', '--auth-session-ttl', String(SESSION_TTL_SECONDS)],
];

/** A client with the certificate of `certificateUser` (a user that may or may not exist) and, if given, a password. */
async function clientAs(
  certificateUser: 'anon' | 'root',
  auth?: { user: string; password: string },
): Promise<FlintClient> {
  const client = await connect({
    endpoints: cluster.endpoints,
    timeoutMs: 10_000,
    tls: {
      ca: await read('ca.crt'),
      cert: await read(`client-${certificateUser}.crt`),
      key: await read(`client-${certificateUser}.key`),
    },
    ...(auth === undefined ? {} : { auth }),
  });
  clients.push(client);
  return client;
}

async function failureOf(action: () => Promise<unknown>): Promise<FlintError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof FlintError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

/** The CLI's flags for the secure cluster, with the anonymous client certificate. */
const cliFlags = () => [
  '--cacert',
  file('ca.crt'),
  '--cert',
  file('client-anon.crt'),
  '--key',
  file('client-anon.key'),
];

/** One counter summed over every node's /metrics (HTTPS) and its label sets matching `labels`. */
async function metric(name: string, labels: string): Promise<number> {
  let sum = 0;
  for (const node of cluster.nodes) sum += await nodeMetric(node.metricsAddress, name, labels);
  return sum;
}

async function nodeMetric(address: string, name: string, labels: string): Promise<number> {
  const colon = address.lastIndexOf(':');
  const ca = await read('ca.crt');
  const text = await new Promise<string>((resolve, reject) => {
    const call = httpsRequest(
      { host: address.slice(0, colon), port: Number(address.slice(colon + 1)), path: '/metrics', ca },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve(body));
      },
    );
    call.on('error', reject);
    call.end();
  });
  return text
    .split('\n')
    .filter((line) => line.startsWith(name) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'flint-auth-'));
  await writeCertificateDirectory(directory, { nodes: 3, hosts: ['127.0.0.1', 'localhost'], users: ['root', 'anon'] });
  cluster = await startCluster({ nodes: 3, regions: 2, nodeFlags: secureFlags, metricsCa: await read('ca.crt') });
}, 120_000);

afterAll(async () => {
  for (const client of clients.splice(0)) await client.close();
  await stopAllClusters();
  await rm(directory, { recursive: true, force: true });
});

describe('users and roles', () => {
  it('adds users, refuses to enable authentication without an admin, then enables it', async () => {
    const setup = await clientAs('anon');
    await setup.addUser('reader', 'read', 'reader-password');
    const refused = await failureOf(() => setup.setAuth(true));
    expect(refused.code).toBe('FLINT_INVALID_ARGUMENT');
    expect(refused.message).toContain('FLINT_NO_ADMIN');

    const added = await runFlint(
      ['user', 'add', 'writer', '--role', 'readwrite', '--password-stdin', ...cliFlags()],
      cluster.endpoints.join(','),
      'writer-password\n',
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('user writer added (readwrite)');
    await setup.addUser('root', 'admin', 'root-password');
    const duplicate = await failureOf(() => setup.addUser('root', 'read', 'x'));
    expect(duplicate.message).toContain('FLINT_USER_EXISTS');

    const enabled = await runFlint(['auth', 'enable', ...cliFlags()], cluster.endpoints.join(','));
    expect(enabled.stdout).toContain('authentication enabled');
    const list = await runFlint(
      ['user', 'list', ...cliFlags(), '--user', 'root:root-password'],
      cluster.endpoints.join(','),
    );
    expect(list.stderr).toBe('');
    expect(list.stdout).toMatch(/reader\s+read/);
    expect(list.stdout).toMatch(/root\s+admin/);
    expect(list.stdout).toMatch(/writer\s+readwrite/);
    expect(list.stdout).toContain('authentication: on');
  });

  it('refuses a client without credentials and a wrong password, and counts the failures', async () => {
    const before = await metric('flint_auth_failures_total', 'wrong-password');
    const refusedLogin = 'command="authenticate",code="UNAUTHENTICATED"';
    const refusedBefore = await metric('flint_request_errors_total', refusedLogin);
    const anonymous = await failureOf(() => clientAs('anon'));
    expect(anonymous.code).toBe('FLINT_UNAUTHENTICATED');
    const wrong = await failureOf(() => clientAs('anon', { user: 'writer', password: 'not-it' }));
    expect(wrong.code).toBe('FLINT_UNAUTHENTICATED');
    expect(wrong.message).toContain('unknown user or wrong password');
    await eventually(
      'the failed login to be counted',
      async () => (await metric('flint_auth_failures_total', 'wrong-password')) > before,
    );
    // The gate's answers are counted like any other: by the command refused and the error code.
    await eventually(
      'the refused login to be counted as a request error',
      async () => (await metric('flint_request_errors_total', refusedLogin)) > refusedBefore,
    );
  });

  it('allows each role what it may: reads for read, writes for readwrite, administration for admin', async () => {
    const writer = await clientAs('anon', { user: 'writer', password: 'writer-password' });
    await writer.put('role-key', 'written');
    expect(await writer.getString('role-key')).toBe('written');

    const reader = await clientAs('anon', { user: 'reader', password: 'reader-password' });
    expect(await reader.getString('role-key')).toBe('written');
    const readerPut = await failureOf(() => reader.put('role-key', 'no'));
    expect(readerPut.code).toBe('FLINT_PERMISSION_DENIED');
    expect(readerPut.message).toContain("user 'reader' (role read) may not put");

    const region = (await writer.regions())[0]!;
    const target = region.peers.find((peer) => peer !== region.leader)!;
    const writerTransfer = await failureOf(() => writer.transferLeader(region.id, target));
    expect(writerTransfer.code).toBe('FLINT_PERMISSION_DENIED');
    const writerUsers = await failureOf(() => writer.users());
    expect(writerUsers.code).toBe('FLINT_PERMISSION_DENIED');

    const admin = await clientAs('anon', { user: 'root', password: 'root-password' });
    await admin.transferLeader(region.id, target);
    expect((await admin.users()).users.map((user) => user.name)).toEqual(['reader', 'root', 'writer']);

    const cli = await runFlint(
      ['put', 'role-key', 'cli', ...cliFlags(), '--user', 'reader:reader-password'],
      cluster.endpoints.join(','),
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('may not put');
  });

  it('authenticates a client certificate whose common name names a user, without a password', async () => {
    const root = await clientAs('root');
    const region = (await root.regions())[0]!;
    const target = region.peers.find((peer) => peer !== region.leader)!;
    await root.transferLeader(region.id, target);
    await root.put('certificate-key', 'by root');
    expect(await root.getString('certificate-key')).toBe('by root');
  });

  it('keeps a client working across expiring sessions: the SDK authenticates again', async () => {
    const writer = await clientAs('anon', { user: 'writer', password: 'writer-password' });
    const expiredBefore = await metric('flint_auth_failures_total', 'expired');
    const started = Date.now();
    let writes = 0;
    while (Date.now() - started < (SESSION_TTL_SECONDS + 1.5) * 1000) {
      await writer.put(`session-${writes}`, String(writes));
      writes++;
    }
    expect(await writer.getString(`session-${writes - 1}`)).toBe(String(writes - 1));
    await eventually(
      'an expired session to be counted',
      async () => (await metric('flint_auth_failures_total', 'expired')) > expiredBefore,
    );
  });

  it('changes a password and removes a user; the last admin stays while authentication is on', async () => {
    const admin = await clientAs('anon', { user: 'root', password: 'root-password' });
    await admin.changePassword('reader', 'new-reader-password');
    // Each node checks passwords against its own meta replica, which applies the change a moment later.
    await eventually('every node to refuse the old password', async () => {
      const old = await failureOf(() => clientAs('anon', { user: 'reader', password: 'reader-password' })).catch(
        () => undefined,
      );
      return old?.code === 'FLINT_UNAUTHENTICATED';
    });
    const reader = await clientAs('anon', { user: 'reader', password: 'new-reader-password' });
    expect(await reader.getString('role-key')).toBe('written');
    const lastAdmin = await failureOf(() => admin.removeUser('root'));
    expect(lastAdmin.message).toContain('FLINT_NO_ADMIN');
    await admin.removeUser('reader');
    expect((await admin.users()).users.map((user) => user.name)).toEqual(['root', 'writer']);
  });
});
