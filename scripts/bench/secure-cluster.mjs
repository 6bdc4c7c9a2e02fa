// `--secure`: the bench's clusters with TLS wherever the load goes — mutual TLS between the nodes
// on the peer ports, TLS with client certificates on the client ports — from certificates made for
// the run in a temporary directory. The metrics ports stay HTTP: nothing reads them during a point.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as connectTls } from 'node:tls';
import {
  CERTIFICATE_AUTHORITY_FILES,
  clientCertificateFiles,
  tlsServerFlags,
  writeCertificateDirectory,
} from '../../packages/cli/dist/index.js';

/** How a configuration's nodes and client talk, the baseline first. */
export const SECURITY_MODES = Object.freeze(['plaintext', 'tls']);

/**
 * What `--secure` measures unless the option is given: puts and gets at one and 256 requests in
 * flight, at one region count with splitting off, so that both clusters keep the same regions
 * and the ratio is the cost of TLS alone.
 */
export const SECURE_DEFAULTS = Object.freeze({ levels: '1,256', workloads: 'put,get', regions: '8', splitting: 'off' });

/** The `--secure` defaults of the options that are not in `given` (names of the options on the command line). */
export function secureDefaults(given) {
  return Object.fromEntries(Object.entries(SECURE_DEFAULTS).filter(([name]) => !given.has(name)));
}

/** The user the client certificate names. */
const CLIENT_USER = 'root';
/** Every name the client and the nodes dial a node by: the bench runs on loopback. */
const NODE_HOSTS = ['127.0.0.1', 'localhost'];

/** Each node's TLS flags (`flint certs init` layout); the bench's tests check them here. */
export { tlsServerFlags };

/**
 * Makes a CA, a certificate for each node 1 to `nodes` and a client certificate in a new
 * temporary directory. Resolves to each node's flags (`nodeFlags(nodeId)`), the client's `tls`
 * option of `connect` (PEM) and `remove()`, which deletes the directory and its private keys.
 */
export async function createBenchCertificates(nodes) {
  const directory = await mkdtemp(join(tmpdir(), 'flint-bench-tls-'));
  const remove = () => rm(directory, { recursive: true, force: true });
  try {
    await writeCertificateDirectory(directory, { nodes, hosts: NODE_HOSTS, users: [CLIENT_USER] });
    const read = (name) => readFile(join(directory, name), 'utf8');
    const client = clientCertificateFiles(CLIENT_USER);
    return {
      nodeFlags: (nodeId) => tlsServerFlags(directory, nodeId),
      clientTls: {
        ca: await read(CERTIFICATE_AUTHORITY_FILES.certificate),
        cert: await read(client.certificate),
        key: await read(client.key),
      },
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * The TLS version and cipher a client port (`host:port`) agrees on with `clientTls`, for the
 * record: the cost of TLS depends on them (AES-GCM runs in hardware on most CPUs, ChaCha20 does
 * not). The nodes run the Node and OpenSSL of this process, so one client port speaks for the
 * peer ports too.
 */
export function negotiatedTls(endpoint, clientTls) {
  const colon = endpoint.lastIndexOf(':');
  return new Promise((resolve, reject) => {
    const socket = connectTls({
      host: endpoint.slice(0, colon),
      port: Number(endpoint.slice(colon + 1)),
      ...clientTls,
    });
    socket.once('secureConnect', () => {
      const negotiated = { protocol: socket.getProtocol(), cipher: socket.getCipher().name };
      socket.destroy();
      resolve(negotiated);
    });
    socket.once('error', reject);
  });
}
