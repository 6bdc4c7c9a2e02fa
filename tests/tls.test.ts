/**
 * TLS on real processes, with certificates made here by `flint certs` code: a 3-node cluster
 * with mutual TLS on the peer port and TLS with client certificates on the client port serves
 * the SDK and the CLI; each wrong way in is refused with FLINT_TLS and a reason, while the
 * cluster keeps serving; a node's certificate rotated on disk and announced with SIGHUP serves
 * new connections with no failed request.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as connectTcp } from 'node:net';
import { connect as connectTls } from 'node:tls';
import {
  createCertificateAuthority,
  issueClientCertificate,
  issueNodeCertificate,
  tlsServerFlags,
  writeCertificateDirectory,
} from '@flintkv/cli';
import { connect, FlintError, type FlintClient } from '@flintkv/client';
import {
  ConnectionRole,
  decodeHelloReply,
  encodeHello,
  HandshakeStatus,
  HELLO_REPLY_BYTES,
  NO_INCARNATION,
  PROTOCOL_VERSION,
} from '@flintkv/proto';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

let directory: string;
let cluster: TestCluster;
const clients: FlintClient[] = [];
const file = (name: string) => join(directory, name);
const read = (name: string) => readFile(file(name), 'utf8');

/** Every node: mutual TLS between nodes, TLS with client certificates for clients, HTTPS metrics. */
const secureFlags = (nodeId: number) => [...tlsServerFlags(directory, nodeId), '--metrics-tls'];

async function secureClient(overrides: { ca?: string; cert?: string; key?: string } = {}): Promise<FlintClient> {
  const tls = {
    ca: overrides.ca ?? (await read('ca.crt')),
    cert: overrides.cert ?? (await read('client-root.crt')),
    key: overrides.key ?? (await read('client-root.key')),
  };
  const client = await connect({ endpoints: cluster.endpoints, timeoutMs: 10_000, tls });
  clients.push(client);
  return client;
}

/** The FlintError a connect attempt ends with. */
async function refusal(options: Parameters<typeof connect>[0]): Promise<FlintError> {
  try {
    const client = await connect({ timeoutMs: 5_000, ...options });
    clients.push(client);
    await client.get('k');
  } catch (error) {
    if (error instanceof FlintError) return error;
    throw error;
  }
  throw new Error('the connection was accepted');
}

/** Dials a node's peer port with `certificate` and a hello claiming to be `claimedId`; the reply status and note. */
function dialPeerAs(
  address: string,
  credentials: { cert: string; key: string; ca: string },
  claimedId: number,
  targetId: number,
): Promise<{ status: number | undefined; text: string; error?: string }> {
  const [host, port] = [
    address.slice(0, address.lastIndexOf(':')),
    Number(address.slice(address.lastIndexOf(':') + 1)),
  ];
  return new Promise((resolve) => {
    const socket = connectTls({ host, port, ...credentials, checkServerIdentity: () => undefined });
    let received = Buffer.alloc(0);
    socket.on('secureConnect', () => {
      socket.write(
        encodeHello({
          version: PROTOCOL_VERSION,
          role: ConnectionRole.PEER,
          clusterId: cluster.clusterId,
          senderId: claimedId,
          targetNodeId: targetId,
          incarnation: '00000000000000aa',
        }),
      );
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
    });
    const finish = (error?: Error) => {
      const status =
        received.byteLength >= HELLO_REPLY_BYTES
          ? decodeHelloReply(received.subarray(0, HELLO_REPLY_BYTES)).status
          : undefined;
      resolve({
        status,
        text: received.subarray(HELLO_REPLY_BYTES).toString('latin1'),
        ...(error === undefined ? {} : { error: error.message }),
      });
    };
    socket.on('error', (error) => finish(error));
    socket.on('close', () => finish());
  });
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'flint-tls-'));
  await writeCertificateDirectory(directory, { nodes: 3, hosts: ['127.0.0.1', 'localhost'], users: ['root'] });
  // The cluster's readiness is polled over HTTPS: --metrics-tls serves the client certificate.
  cluster = await startCluster({ nodes: 3, regions: 2, nodeFlags: secureFlags, metricsCa: await read('ca.crt') });
}, 120_000);

afterAll(async () => {
  for (const client of clients.splice(0)) await client.close();
  await stopAllClusters();
  await rm(directory, { recursive: true, force: true });
});

describe('a cluster with TLS on every port', () => {
  it('serves puts and gets to a client with the CA and a client certificate, and to the CLI', async () => {
    const client = await secureClient();
    await client.put('tls-key', 'secret value');
    expect(await client.getString('tls-key')).toBe('secret value');
    const flags = ['--cacert', file('ca.crt'), '--cert', file('client-root.crt'), '--key', file('client-root.key')];
    const run = await runFlint(['get', 'tls-key', ...flags], cluster.endpoints.join(','));
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('secret value');
  });

  it('refuses a plaintext client with FLINT_TLS, saying the port requires TLS', async () => {
    const error = await refusal({ endpoints: [cluster.endpoints[0]!] });
    expect(error.code).toBe('FLINT_TLS');
    expect(error.message).toMatch(/requires TLS/);
  });

  it('tells a TLS client that reached a plaintext port so, with FLINT_TLS', async () => {
    const plaintext = await startCluster({ nodes: 1, regions: 1 });
    const error = await refusal({
      endpoints: plaintext.endpoints,
      tls: { ca: await read('ca.crt'), cert: await read('client-root.crt'), key: await read('client-root.key') },
    });
    expect(error.code).toBe('FLINT_TLS');
    expect(error.message).toMatch(/plaintext|does not speak TLS/);
    await eventually('the node to log the TLS dialer', () =>
      plaintext.node(1).output.some((line) => line.includes('a TLS client reached this plaintext client port')),
    );
    await plaintext.stop();
  });

  it('refuses a client whose CA does not know the nodes (unknown CA)', async () => {
    const other = await createCertificateAuthority({ commonName: 'another CA' });
    const error = await refusal({
      endpoints: [cluster.endpoints[0]!],
      tls: { ca: other.certificatePem, cert: await read('client-root.crt'), key: await read('client-root.key') },
    });
    expect(error.code).toBe('FLINT_TLS');
    expect(error.message).toMatch(/unknown CA/);
  });

  it('refuses a client without a certificate, and one with an expired or foreign certificate', async () => {
    const ca = await read('ca.crt');
    const none = await refusal({ endpoints: [cluster.endpoints[0]!], tls: { ca } });
    expect(none.code).toBe('FLINT_TLS');
    expect(none.message).toMatch(/no certificate/);

    const authority = { certificatePem: ca, privateKeyPem: await read('ca.key') };
    const expired = await issueClientCertificate(authority, {
      user: 'root',
      notBefore: new Date(Date.now() - 2 * 86_400_000),
      notAfter: new Date(Date.now() - 86_400_000),
    });
    const old = await refusal({
      endpoints: [cluster.endpoints[0]!],
      tls: { ca, cert: expired.certificatePem, key: expired.privateKeyPem },
    });
    expect(old.code).toBe('FLINT_TLS');
    expect(old.message).toMatch(/expired/);

    const other = await createCertificateAuthority({ commonName: 'another CA' });
    const foreign = await issueClientCertificate(other, { user: 'root' });
    const stranger = await refusal({
      endpoints: [cluster.endpoints[0]!],
      tls: { ca, cert: foreign.certificatePem, key: foreign.privateKeyPem },
    });
    expect(stranger.code).toBe('FLINT_TLS');
    expect(stranger.message).toMatch(/unknown CA/);

    // The cluster serves everyone else meanwhile.
    const client = await secureClient();
    await client.put('after-refusals', 'ok');
    expect(await client.getString('after-refusals')).toBe('ok');
  });

  it('refuses a peer whose certificate names another node, and a peer from another CA', async () => {
    const ca = await read('ca.crt');
    const node1 = cluster.node(1);
    // Node 2's own certificate, but a hello claiming to be node 3: one node cannot speak for another.
    const impostor = await dialPeerAs(
      node1.peerAddress,
      { cert: await read('node-2.crt'), key: await read('node-2.key'), ca },
      3,
      1,
    );
    expect(impostor.status).toBe(HandshakeStatus.TLS);
    const other = await createCertificateAuthority({ commonName: 'another CA' });
    const foreign = await issueNodeCertificate(other, { nodeId: 3, hosts: ['127.0.0.1'] });
    const stranger = await dialPeerAs(
      node1.peerAddress,
      { cert: foreign.certificatePem, key: foreign.privateKeyPem, ca },
      3,
      1,
    );
    expect(stranger.status).toBe(HandshakeStatus.TLS);
    expect(stranger.text).toMatch(/unknown CA/);
    await eventually('node 1 to log both refusals', () => {
      const lines = node1.output.filter((line) => line.includes('FLINT_TLS'));
      return (
        lines.some((line) => line.includes('certificate names node 2')) &&
        lines.some((line) => line.includes('unknown CA'))
      );
    });
    // A plaintext hello on the TLS peer port: answered in plaintext with the reason.
    const plain = await dialPlain(node1.peerAddress);
    expect(plain.status).toBe(HandshakeStatus.TLS);
    expect(plain.text).toMatch(/everywhere or nowhere/);
  });

  it('refuses to start a node with a peer certificate for another node, or a key of another certificate', async () => {
    const data = await mkdtemp(join(tmpdir(), 'flint-tls-node-'));
    try {
      const start = (cert: string, key: string) =>
        runFlint([
          'server',
          '--id',
          '1',
          '--data',
          data,
          '--cluster',
          '1=127.0.0.1:1',
          '--peer-tls-cert',
          file(cert),
          '--peer-tls-key',
          file(key),
          '--peer-tls-ca',
          file('ca.crt'),
        ]);
      const otherNode = await start('node-2.crt', 'node-2.key');
      expect(otherNode.code).toBe(1);
      expect(otherNode.stdout).toContain('FLINT_TLS_FILES');
      expect(otherNode.stdout).toContain('names node 2, but this is node 1');
      const wrongKey = await start('node-1.crt', 'node-2.key');
      expect(wrongKey.code).toBe(1);
      expect(wrongKey.stdout).toContain('does not belong to certificate');
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });

  it('rotates a node certificate on SIGHUP under load without a failed request', async () => {
    const client = await secureClient();
    let stopped = false;
    let failures = 0;
    let writes = 0;
    const writers = Array.from({ length: 8 }, async (_, worker) => {
      for (let index = 0; !stopped; index++) {
        try {
          await client.put(`rotate-${worker}-${index}`, 'v');
          writes++;
        } catch {
          failures++;
        }
      }
    });
    const authority = { certificatePem: await read('ca.crt'), privateKeyPem: await read('ca.key') };
    const renewed = await issueNodeCertificate(authority, { nodeId: 1, hosts: ['127.0.0.1', 'localhost'] });
    await writeFile(file('node-1.key'), renewed.privateKeyPem, { mode: 0o600 });
    await writeFile(file('node-1.crt'), renewed.certificatePem);
    cluster.node(1).process?.kill('SIGHUP');
    const served = async () => servedSerial(cluster.endpoints[0]!, authority.certificatePem);
    await eventually(
      'node 1 to serve its renewed certificate',
      async () => (await served()) === renewed.serialNumber.toUpperCase().replace(/^0+/, ''),
    );
    await eventually('writes to continue after the rotation', () => writes > 200);
    stopped = true;
    await Promise.all(writers);
    expect(failures).toBe(0);
    expect(cluster.node(1).output.some((line) => line.includes('TLS certificates reloaded'))).toBe(true);
  });

  it('reloads a certificate replaced on disk without a signal', async () => {
    const authority = { certificatePem: await read('ca.crt'), privateKeyPem: await read('ca.key') };
    const renewed = await issueNodeCertificate(authority, { nodeId: 2, hosts: ['127.0.0.1', 'localhost'] });
    // As certificate managers do: write new files aside, then rename them over the old ones.
    await writeFile(file('node-2.key.new'), renewed.privateKeyPem, { mode: 0o600 });
    await writeFile(file('node-2.crt.new'), renewed.certificatePem);
    await rename(file('node-2.key.new'), file('node-2.key'));
    await rename(file('node-2.crt.new'), file('node-2.crt'));
    await eventually(
      'node 2 to serve its renewed certificate',
      async () =>
        (await servedSerial(cluster.endpoints[1]!, authority.certificatePem)) ===
        renewed.serialNumber.toUpperCase().replace(/^0+/, ''),
    );
    const client = await secureClient();
    await client.put('after-file-reload', 'ok');
    expect(await client.getString('after-file-reload')).toBe('ok');
  });
});

/** A plaintext peer hello to a TLS peer port; the reply status and note. */
function dialPlain(address: string): Promise<{ status: number | undefined; text: string }> {
  return new Promise((resolve) => {
    const colon = address.lastIndexOf(':');
    const socket = connectTcp({ host: address.slice(0, colon), port: Number(address.slice(colon + 1)) });
    let received = Buffer.alloc(0);
    socket.on('connect', () =>
      socket.write(
        encodeHello({
          version: PROTOCOL_VERSION,
          role: ConnectionRole.PEER,
          clusterId: cluster.clusterId,
          senderId: 2,
          targetNodeId: 1,
          incarnation: NO_INCARNATION,
        }),
      ),
    );
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
    });
    const finish = () =>
      resolve({
        status:
          received.byteLength >= HELLO_REPLY_BYTES
            ? decodeHelloReply(received.subarray(0, HELLO_REPLY_BYTES)).status
            : undefined,
        text: received.subarray(HELLO_REPLY_BYTES).toString('utf8'),
      });
    socket.on('error', finish);
    socket.on('close', finish);
  });
}

/** The serial number of the certificate a client port serves now (upper-case hex, as Node reports it). */
function servedSerial(address: string, ca: string): Promise<string> {
  const colon = address.lastIndexOf(':');
  return new Promise((resolve, reject) => {
    const socket = connectTls({
      host: address.slice(0, colon),
      port: Number(address.slice(colon + 1)),
      ca,
      checkServerIdentity: () => undefined,
    });
    socket.once('secureConnect', () => {
      const serial = socket.getPeerCertificate().serialNumber.replace(/^0+/, '');
      socket.destroy();
      resolve(serial);
    });
    socket.once('error', reject);
  });
}
