import { createPrivateKey, X509Certificate } from 'node:crypto';
import { nodeIdFromCertificateUris, parseSubjectAltNameUris } from '@flintkv/proto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCertificateAuthority } from './certificate-authority.js';
import { CertificateError } from './certificate-error.js';
import { issueClientCertificate } from './client-certificate.js';
import type { IssuedCertificate } from './issued-certificate.js';
import { issueLeafCertificate } from './leaf-certificate.js';
import { issueNodeCertificate } from './node-certificate.js';
import { x509 } from './x509-library.js';

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const DAY_MS = 86_400_000;

let ca: IssuedCertificate;
let caCertificate: X509Certificate;

beforeAll(async () => {
  ca = await createCertificateAuthority({ commonName: 'Test cluster CA' });
  caCertificate = new X509Certificate(ca.certificatePem);
});

/** Days from now to `date`, rounded. */
function daysFromNow(date: string | Date): number {
  return Math.round((new Date(date).getTime() - Date.now()) / DAY_MS);
}

function keyUsages(pem: string): number | undefined {
  return new x509.X509Certificate(pem).getExtension(x509.KeyUsagesExtension)?.usages;
}

async function invalidArgument(issuing: Promise<unknown>): Promise<void> {
  const error = await issuing.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CertificateError);
  expect((error as CertificateError).code).toBe('FLINT_CERTS_INVALID_ARGUMENT');
}

describe('createCertificateAuthority', () => {
  it('makes a self-signed CA for signing certificates, valid 10 years, with a P-256 PKCS#8 key', () => {
    expect(caCertificate.subject).toBe('CN=Test cluster CA');
    expect(caCertificate.ca).toBe(true);
    expect(caCertificate.checkIssued(caCertificate)).toBe(true);
    expect(caCertificate.verify(caCertificate.publicKey)).toBe(true);
    expect(keyUsages(ca.certificatePem)).toBe(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign);
    expect(daysFromNow(caCertificate.validTo)).toBeGreaterThanOrEqual(3650);
    expect(daysFromNow(caCertificate.validTo)).toBeLessThanOrEqual(3653);
    expect(new Date(caCertificate.validTo)).toEqual(ca.notAfter);
    expect(new Date(caCertificate.validFrom)).toEqual(ca.notBefore);
    expect(ca.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/);
    expect(ca.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const key = createPrivateKey(ca.privateKeyPem);
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(caCertificate.checkPrivateKey(key)).toBe(true);
    expect(new x509.X509Certificate(ca.certificatePem).signatureAlgorithm).toMatchObject({
      name: 'ECDSA',
      hash: { name: 'SHA-256' },
    });
  });

  it('takes a validity period, and refuses an empty one or an empty name', async () => {
    const notBefore = new Date('2030-01-01T00:00:00.900Z');
    const notAfter = new Date('2031-01-01T00:00:00Z');
    const bounded = await createCertificateAuthority({ commonName: 'bounded', notBefore, notAfter });
    const certificate = new X509Certificate(bounded.certificatePem);
    expect(new Date(certificate.validFrom)).toEqual(new Date('2030-01-01T00:00:00Z'));
    expect(new Date(certificate.validTo)).toEqual(notAfter);
    await invalidArgument(createCertificateAuthority({ commonName: 'x', notBefore: notAfter, notAfter: notBefore }));
    await invalidArgument(createCertificateAuthority({ commonName: '' }));
    await invalidArgument(createCertificateAuthority({ commonName: 'x', notAfter: new Date(Number.NaN) }));
  });

  it('gives every certificate a different positive serial number', async () => {
    const other = await createCertificateAuthority({ commonName: 'Test cluster CA' });
    expect(other.serialNumber).not.toBe(ca.serialNumber);
    for (const issued of [ca, other]) {
      expect(new X509Certificate(issued.certificatePem).serialNumber).toBe(issued.serialNumber.toUpperCase());
      expect(Number.parseInt(issued.serialNumber.slice(0, 2), 16)).toBeLessThan(0x80);
    }
  });
});

describe('issueNodeCertificate', () => {
  let node: IssuedCertificate;
  let certificate: X509Certificate;

  beforeAll(async () => {
    node = await issueNodeCertificate(ca, { nodeId: 2, hosts: ['127.0.0.1', '::1', 'localhost', 'db2.example.com'] });
    certificate = new X509Certificate(node.certificatePem);
  });

  it('is issued by the CA to flint-node-<id>, for a year', () => {
    expect(certificate.subject).toBe('CN=flint-node-2');
    expect(certificate.issuer).toBe('CN=Test cluster CA');
    expect(certificate.ca).toBe(false);
    expect(certificate.checkIssued(caCertificate)).toBe(true);
    expect(certificate.verify(caCertificate.publicKey)).toBe(true);
    expect(certificate.checkPrivateKey(createPrivateKey(node.privateKeyPem))).toBe(true);
    expect(daysFromNow(certificate.validTo)).toBeGreaterThanOrEqual(365);
    expect(daysFromNow(certificate.validTo)).toBeLessThanOrEqual(366);
    expect(new Date(certificate.validTo)).toEqual(node.notAfter);
  });

  it('names the node by its URI, and its hosts as IP addresses and DNS names', () => {
    expect(certificate.subjectAltName).toContain('URI:flint://node/2');
    expect(nodeIdFromCertificateUris(parseSubjectAltNameUris(certificate.subjectAltName))).toBe(2);
    expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(certificate.checkIP('::1')).toBe('::1');
    expect(certificate.checkHost('localhost')).toBe('localhost');
    expect(certificate.checkHost('db2.example.com')).toBe('db2.example.com');
    expect(certificate.checkHost('db3.example.com')).toBeUndefined();
    expect(certificate.checkIP('127.0.0.2')).toBeUndefined();
    // An address is an IP name, never a DNS name that a client would not match against an address.
    expect(certificate.subjectAltName).not.toContain('DNS:127.0.0.1');
  });

  it('serves and dials: serverAuth and clientAuth, digitalSignature', () => {
    expect(certificate.keyUsage).toEqual(expect.arrayContaining([SERVER_AUTH, CLIENT_AUTH]));
    expect(keyUsages(node.certificatePem)).toBe(x509.KeyUsageFlags.digitalSignature);
  });

  it('refuses a bad node id, host or CA', async () => {
    for (const nodeId of [0, -1, 1.5]) await invalidArgument(issueNodeCertificate(ca, { nodeId, hosts: [] }));
    for (const host of ['bad host', 'a..b', '-a.example', 'under_score', '']) {
      await invalidArgument(issueNodeCertificate(ca, { nodeId: 1, hosts: [host] }));
    }
    await invalidArgument(issueNodeCertificate(node, { nodeId: 1, hosts: ['localhost'] }));
    const other = await createCertificateAuthority({ commonName: 'other' });
    await invalidArgument(
      issueNodeCertificate(
        { certificatePem: ca.certificatePem, privateKeyPem: other.privateKeyPem },
        {
          nodeId: 1,
          hosts: ['localhost'],
        },
      ),
    );
    await invalidArgument(
      issueNodeCertificate(
        { certificatePem: 'not a certificate', privateKeyPem: ca.privateKeyPem },
        {
          nodeId: 1,
          hosts: ['localhost'],
        },
      ),
    );
  });
});

describe('issueClientCertificate', () => {
  it('names the user as its common name and may only dial', async () => {
    const alice = await issueClientCertificate(ca, { user: 'alice' });
    const certificate = new X509Certificate(alice.certificatePem);
    expect(certificate.subject).toBe('CN=alice');
    expect(certificate.checkIssued(caCertificate)).toBe(true);
    expect(certificate.verify(caCertificate.publicKey)).toBe(true);
    expect(certificate.keyUsage).toEqual([CLIENT_AUTH]);
    expect(certificate.subjectAltName).toBeUndefined();
    expect(daysFromNow(certificate.validTo)).toBeGreaterThanOrEqual(365);
  });

  it('keeps a user name with a comma in one common name', async () => {
    const certificate = new X509Certificate((await issueClientCertificate(ca, { user: 'Doe, Jane' })).certificatePem);
    expect(new x509.X509Certificate(certificate.raw).subjectName.getField('CN')).toEqual(['Doe, Jane']);
  });

  it('refuses an empty or over-long user', async () => {
    await invalidArgument(issueClientCertificate(ca, { user: '' }));
    await invalidArgument(issueClientCertificate(ca, { user: 'x'.repeat(65) }));
    await invalidArgument(issueClientCertificate(ca, { user: 'a\nb' }));
  });
});

describe('parseSubjectAltNameUris on what Node reports', () => {
  it('keeps a URI holding a comma whole, so it cannot pass for a second node URI', async () => {
    const tricky = await issueLeafCertificate(ca, {
      commonName: 'tricky',
      alternativeNames: [
        { type: 'dns', value: 'localhost' },
        { type: 'uri', value: 'urn:x, URI:flint://node/9' },
      ],
      roles: ['client'],
    });
    const subjectAltName = new X509Certificate(tricky.certificatePem).subjectAltName;
    expect(parseSubjectAltNameUris(subjectAltName)).toEqual(['urn:x, URI:flint://node/9']);
    expect(nodeIdFromCertificateUris(parseSubjectAltNameUris(subjectAltName))).toBeUndefined();
  });
});
