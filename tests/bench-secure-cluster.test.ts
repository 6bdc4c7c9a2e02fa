/**
 * `npm run bench -- --secure`: what it measures unless told otherwise, and the certificates and
 * flags of its TLS clusters (made for the run, removed with it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createBenchCertificates,
  SECURE_DEFAULTS,
  secureDefaults,
  tlsServerFlags,
} from '../scripts/bench/secure-cluster.mjs';

describe('secureDefaults', () => {
  it('measures puts and gets at 1 and 256 on one splitting-off configuration when nothing is given', () => {
    expect(secureDefaults(new Set(['secure']))).toEqual({
      levels: '1,256',
      workloads: 'put,get',
      regions: '8',
      splitting: 'off',
    });
  });

  it('leaves the options given on the command line alone', () => {
    const defaults = secureDefaults(new Set(['secure', 'levels', 'splitting', 'duration']));
    expect(defaults).toEqual({ workloads: SECURE_DEFAULTS.workloads, regions: SECURE_DEFAULTS.regions });
  });
});

describe('tlsServerFlags', () => {
  it('gives a node its certificate on both ports, the CA, and requires client certificates', () => {
    expect(tlsServerFlags('/certs', 2)).toEqual([
      '--peer-tls-cert',
      '/certs/node-2.crt',
      '--peer-tls-key',
      '/certs/node-2.key',
      '--peer-tls-ca',
      '/certs/ca.crt',
      '--tls-cert',
      '/certs/node-2.crt',
      '--tls-key',
      '/certs/node-2.key',
      '--tls-ca',
      '/certs/ca.crt',
      '--client-cert-auth',
    ]);
  });
});

describe('createBenchCertificates', () => {
  it('writes a certificate for each node, signed by the CA the client trusts, and removes them all', async () => {
    const certificates = await createBenchCertificates(3);
    try {
      const authority = new X509Certificate(certificates.clientTls.ca);
      for (const nodeId of [1, 2, 3]) {
        const flags = certificates.nodeFlags(nodeId);
        const certificate = new X509Certificate(readFileSync(flags[flags.indexOf('--tls-cert') + 1]!));
        expect(certificate.verify(authority.publicKey)).toBe(true);
        expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
      }
      expect(new X509Certificate(certificates.clientTls.cert).verify(authority.publicKey)).toBe(true);
      expect(certificates.clientTls.key).toContain('PRIVATE KEY');
    } finally {
      const directory = dirname(certificates.nodeFlags(1)[1]!);
      await certificates.remove();
      expect(existsSync(directory)).toBe(false);
    }
  });
});
