import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCertificateAuthority, issueNodeCertificate } from '../certificates/index.js';
import { prepareDevCertificates } from './dev-certificates.js';

let parent: string;
let directory: string;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'flint-dev-certs-'));
  directory = join(parent, 'certs');
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

const certificateAt = async (path: string) => new X509Certificate(await readFile(path));

describe('the certificates of flint dev --secure', () => {
  it('writes a CA, node certificates and the client-root and client-dev certificates on the first run', async () => {
    const { certificates, written, reusedAuthority } = await prepareDevCertificates(directory, 2);
    expect(reusedAuthority).toBe(false);
    expect(written.map((path) => path.slice(directory.length + 1))).toEqual(
      ['ca', 'node-1', 'node-2', 'client-root', 'client-dev'].flatMap((name) => [`${name}.crt`, `${name}.key`]),
    );
    const ca = await certificateAt(certificates.ca);
    const node = await certificateAt(certificates.node(2).certificate);
    expect(node.verify(ca.publicKey)).toBe(true);
    expect(node.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect((await certificateAt(certificates.client('dev').certificate)).subject).toBe('CN=dev');
    expect((await stat(certificates.client('root').key)).mode & 0o777).toBe(0o600);
  });

  it('reuses everything on a later run, and issues only what is missing from the same CA', async () => {
    const first = await prepareDevCertificates(directory, 2);
    const caBefore = await readFile(first.certificates.ca, 'utf8');
    const nodeBefore = await readFile(first.certificates.node(1).certificate, 'utf8');

    const again = await prepareDevCertificates(directory, 2);
    expect(again).toMatchObject({ written: [], reusedAuthority: true });

    await unlink(first.certificates.client('dev').key);
    const more = await prepareDevCertificates(directory, 3);
    expect(more.reusedAuthority).toBe(true);
    expect(more.written.map((path) => path.slice(directory.length + 1))).toEqual([
      'node-3.crt',
      'node-3.key',
      'client-dev.crt',
      'client-dev.key',
    ]);
    expect(await readFile(more.certificates.ca, 'utf8')).toBe(caBefore);
    expect(await readFile(more.certificates.node(1).certificate, 'utf8')).toBe(nodeBefore);
    const ca = await certificateAt(more.certificates.ca);
    expect((await certificateAt(more.certificates.node(3).certificate)).verify(ca.publicKey)).toBe(true);
    expect((await stat(more.certificates.node(3).key)).mode & 0o777).toBe(0o600);
  });

  it('replaces a certificate that another CA signed', async () => {
    const { certificates } = await prepareDevCertificates(directory, 1);
    const stranger = await issueNodeCertificate(await createCertificateAuthority({ commonName: 'another CA' }), {
      nodeId: 1,
      hosts: ['127.0.0.1'],
    });
    await writeFile(certificates.node(1).certificate, stranger.certificatePem);
    const { written } = await prepareDevCertificates(directory, 1);
    expect(written).toEqual([certificates.node(1).certificate, certificates.node(1).key]);
    const ca = await certificateAt(certificates.ca);
    expect((await certificateAt(certificates.node(1).certificate)).verify(ca.publicKey)).toBe(true);
  });

  it('starts over with a new CA when the CA key is gone', async () => {
    const { certificates } = await prepareDevCertificates(directory, 1);
    const caBefore = await readFile(certificates.ca, 'utf8');
    await unlink(join(directory, 'ca.key'));
    const { written, reusedAuthority } = await prepareDevCertificates(directory, 1);
    expect(reusedAuthority).toBe(false);
    expect(written).toHaveLength(8);
    expect(await readFile(certificates.ca, 'utf8')).not.toBe(caBefore);
  });
});
