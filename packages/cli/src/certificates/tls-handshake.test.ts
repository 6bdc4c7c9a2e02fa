import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type TLSSocket } from 'node:tls';
import { nodeIdFromCertificateUris, parseSubjectAltNameUris } from '@flintkv/proto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCertificateAuthority } from './certificate-authority.js';
import { issueClientCertificate } from './client-certificate.js';
import type { CertificateWithKey, IssuedCertificate } from './issued-certificate.js';
import { issueNodeCertificate } from './node-certificate.js';

const HOSTS = ['127.0.0.1', 'localhost'];
const DAY_MS = 86_400_000;

/** What the server side saw of one connection: the peer's node id and user, or why it refused. */
interface ServerView {
  peerNodeId?: number;
  peerCommonName?: string;
  refusal?: string;
}

/** What the dialling side saw: the serving node's id, or the error that ended the connection. */
interface ClientView {
  serverNodeId?: number;
  reply?: string;
  errorCode?: string;
}

let ca: IssuedCertificate;
let node1: IssuedCertificate;
let node2: IssuedCertificate;
const servers: Server[] = [];

beforeAll(async () => {
  ca = await createCertificateAuthority({ commonName: 'Handshake test CA' });
  node1 = await issueNodeCertificate(ca, { nodeId: 1, hosts: HOSTS });
  node2 = await issueNodeCertificate(ca, { nodeId: 2, hosts: HOSTS });
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

/**
 * A mutual-TLS server on loopback presenting `identity`, trusting `ca` only: it answers an
 * accepted connection with `ok` and reports what it saw of the first connection.
 */
async function listen(identity: CertificateWithKey): Promise<{ port: number; view: Promise<ServerView> }> {
  let report: (view: ServerView) => void = () => {};
  const view = new Promise<ServerView>((done) => {
    report = done;
  });
  const server = createServer(
    {
      cert: identity.certificatePem,
      key: identity.privateKeyPem,
      ca: ca.certificatePem,
      requestCert: true,
      rejectUnauthorized: true,
    },
    (socket) => {
      const peer = socket.getPeerCertificate();
      report({
        peerNodeId: nodeIdFromCertificateUris(parseSubjectAltNameUris(peer.subjectaltname)),
        peerCommonName: [peer.subject.CN].flat().join(),
      });
      socket.end('ok');
    },
  );
  // A refused client is only told that the connection closed (TLS 1.3 finishes the client's side
  // of the handshake before the server checks its certificate); the server knows why.
  // Node sets authorizationError to the verification code (CERT_HAS_EXPIRED...), though typed Error.
  server.on('tlsClientError', (error: Error, socket: TLSSocket) =>
    report({ refusal: String(socket.authorizationError ?? error.message) }),
  );
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as AddressInfo).port, view };
}

/** Dials `port` presenting `identity`, trusting `ca` (the cluster's unless told), and reads the reply. */
function dial(
  port: number,
  identity: CertificateWithKey,
  options: { host?: string; trusted?: string } = {},
): Promise<ClientView> {
  return new Promise((done) => {
    let reply = '';
    let serverNodeId: number | undefined;
    const socket: TLSSocket = connect({
      host: '127.0.0.1',
      port,
      servername: options.host,
      cert: identity.certificatePem,
      key: identity.privateKeyPem,
      ca: options.trusted ?? ca.certificatePem,
    });
    socket.on('secureConnect', () => {
      serverNodeId = nodeIdFromCertificateUris(parseSubjectAltNameUris(socket.getPeerCertificate().subjectaltname));
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      reply += chunk;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => done({ errorCode: error.code ?? error.message }));
    socket.on('end', () => {
      socket.end();
      done({ serverNodeId, reply });
    });
  });
}

describe('certificates in a TLS handshake over loopback', () => {
  it('lets two nodes of the cluster connect, each learning the other’s node id', async () => {
    const { port, view } = await listen(node1);
    expect(await dial(port, node2)).toEqual({ serverNodeId: 1, reply: 'ok' });
    expect(await view).toEqual({ peerNodeId: 2, peerCommonName: 'flint-node-2' });
  });

  it('serves a client by DNS name, and reads the user from its certificate', async () => {
    const alice = await issueClientCertificate(ca, { user: 'alice' });
    const { port, view } = await listen(node1);
    expect(await dial(port, alice, { host: 'localhost' })).toEqual({ serverNodeId: 1, reply: 'ok' });
    expect(await view).toEqual({ peerNodeId: undefined, peerCommonName: 'alice' });
  });

  it('refuses a client certificate from another CA', async () => {
    const otherCa = await createCertificateAuthority({ commonName: 'Another CA' });
    const stranger = await issueNodeCertificate(otherCa, { nodeId: 2, hosts: HOSTS });
    const { port, view } = await listen(node1);
    const client = await dial(port, stranger);
    expect(client.reply ?? '').toBe('');
    expect(await view).toEqual({ refusal: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  });

  it('refuses an expired node certificate with CERT_HAS_EXPIRED', async () => {
    const expired = await issueNodeCertificate(ca, {
      nodeId: 1,
      hosts: HOSTS,
      notBefore: new Date(Date.now() - 2 * DAY_MS),
      notAfter: new Date(Date.now() - DAY_MS),
    });
    const { port } = await listen(expired);
    expect(await dial(port, node2)).toEqual({ errorCode: 'CERT_HAS_EXPIRED' });
  });

  it('refuses an expired client certificate', async () => {
    const expired = await issueClientCertificate(ca, {
      user: 'alice',
      notBefore: new Date(Date.now() - 2 * DAY_MS),
      notAfter: new Date(Date.now() - DAY_MS),
    });
    const { port, view } = await listen(node1);
    const client = await dial(port, expired);
    expect(client.reply ?? '').toBe('');
    expect(await view).toEqual({ refusal: 'CERT_HAS_EXPIRED' });
  });

  it('refuses a node whose certificate does not name the host dialled', async () => {
    const { port } = await listen(node1);
    expect(await dial(port, node2, { host: 'db9.example.com' })).toEqual({ errorCode: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });

  it('refuses a client certificate presented as a server’s', async () => {
    const alice = await issueClientCertificate(ca, { user: 'alice' });
    const { port } = await listen(alice);
    expect(await dial(port, node2)).toEqual({ errorCode: 'INVALID_PURPOSE' });
  });
});
