import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tlsServerFlags, writeCertificateDirectory } from '@flintkv/cli';
import type { TlsOptions } from '@flintkv/client';

/** The certificates of a secure run, in a temporary directory of their own. */
export interface ScenarioCertificates {
  /** `flint server` flags of node `nodeId`: mutual TLS on the peer port, TLS with client certificates on the client port, HTTPS metrics. */
  nodeFlags(nodeId: number): string[];
  /** The cluster CA (PEM), which the harness's HTTPS readiness polls trust. */
  ca: string;
  /** What every client of the run connects with: the CA and the root user's certificate. */
  clientTls: TlsOptions;
  /** Removes the directory, keys included. */
  remove(): Promise<void>;
}

/**
 * Issues a CA, node certificates for ids 1 to `highestNodeId` and the root client's certificate.
 * Ids are issued up front, those of nodes the nemesis will add included, because a node that
 * joins must present its own certificate on its first start.
 */
export async function createScenarioCertificates(highestNodeId: number): Promise<ScenarioCertificates> {
  const directory = await mkdtemp(join(tmpdir(), 'flint-faults-tls-'));
  const file = (name: string) => join(directory, name);
  try {
    await writeCertificateDirectory(directory, {
      nodes: highestNodeId,
      hosts: ['127.0.0.1', 'localhost'],
      users: ['root'],
    });
    const ca = await readFile(file('ca.crt'), 'utf8');
    const clientTls = {
      ca,
      cert: await readFile(file('client-root.crt'), 'utf8'),
      key: await readFile(file('client-root.key'), 'utf8'),
    };
    return {
      ca,
      clientTls,
      nodeFlags: (nodeId) => [...tlsServerFlags(directory, nodeId), '--metrics-tls'],
      remove: () => rm(directory, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}
