import { createPrivateKey, X509Certificate } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIdFromCertificateUris, parseSubjectAltNameUris } from '@flintkv/proto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCertificateDirectory } from './certificate-directory.js';
import { CertificateError } from './certificate-error.js';

let parent: string;
let directory: string;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'flint-certs-'));
  directory = join(parent, 'certs');
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

async function modeOf(name: string): Promise<number> {
  return (await stat(join(directory, name))).mode & 0o777;
}

async function certificate(name: string): Promise<X509Certificate> {
  return new X509Certificate(await readFile(join(directory, name)));
}

async function refusal(writing: Promise<unknown>): Promise<CertificateError> {
  const error = await writing.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CertificateError);
  return error as CertificateError;
}

describe('writeCertificateDirectory', () => {
  it('writes a CA, a certificate per node and per user, keys readable by their owner only', async () => {
    const written = await writeCertificateDirectory(directory, {
      nodes: 2,
      hosts: ['127.0.0.1', 'localhost'],
      users: ['root', 'alice'],
    });
    const names = ['ca', 'node-1', 'node-2', 'client-root', 'client-alice'].flatMap((name) => [
      `${name}.crt`,
      `${name}.key`,
    ]);
    expect(written).toEqual(names.map((name) => join(directory, name)));
    expect((await readdir(directory)).sort()).toEqual([...names].sort());
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
    for (const name of names) {
      const mode = await modeOf(name);
      if (name.endsWith('.key')) expect(mode).toBe(0o600);
      else expect(mode & 0o622).toBe(0o600);
    }

    const ca = await certificate('ca.crt');
    expect(ca.ca).toBe(true);
    expect(ca.checkPrivateKey(createPrivateKey(await readFile(join(directory, 'ca.key'))))).toBe(true);
    for (const nodeId of [1, 2]) {
      const node = await certificate(`node-${nodeId}.crt`);
      expect(node.checkIssued(ca)).toBe(true);
      expect(node.verify(ca.publicKey)).toBe(true);
      expect(nodeIdFromCertificateUris(parseSubjectAltNameUris(node.subjectAltName))).toBe(nodeId);
      expect(node.checkIP('127.0.0.1')).toBe('127.0.0.1');
      expect(node.checkHost('localhost')).toBe('localhost');
      expect(node.checkPrivateKey(createPrivateKey(await readFile(join(directory, `node-${nodeId}.key`))))).toBe(true);
    }
    const alice = await certificate('client-alice.crt');
    expect(alice.subject).toBe('CN=alice');
    expect(alice.verify(ca.publicKey)).toBe(true);
  });

  it('issues a client certificate for root when no users are named', async () => {
    const written = await writeCertificateDirectory(directory, { nodes: 1, hosts: ['localhost'] });
    expect(written.map((path) => path.slice(directory.length + 1))).toEqual([
      'ca.crt',
      'ca.key',
      'node-1.crt',
      'node-1.key',
      'client-root.crt',
      'client-root.key',
    ]);
    expect((await certificate('client-root.crt')).subject).toBe('CN=root');
  });

  it('refuses, writing nothing, when any of its files is already there', async () => {
    await writeCertificateDirectory(directory, { nodes: 1, hosts: ['localhost'] });
    const before = await readFile(join(directory, 'ca.crt'), 'utf8');
    const error = await refusal(writeCertificateDirectory(directory, { nodes: 2, hosts: ['localhost'] }));
    expect(error.code).toBe('FLINT_CERTS_EXIST');
    expect(error.message).toContain('ca.crt, ca.key, node-1.crt, node-1.key, client-root.crt, client-root.key');
    expect(await readFile(join(directory, 'ca.crt'), 'utf8')).toBe(before);
    expect(await readdir(directory)).not.toContain('node-2.crt');

    const other = join(parent, 'other');
    await mkdir(other);
    await writeFile(join(other, 'node-3.key'), 'old');
    await writeFile(join(other, 'notes.txt'), 'kept');
    const one = await refusal(writeCertificateDirectory(other, { nodes: 3, hosts: ['localhost'] }));
    expect(one.code).toBe('FLINT_CERTS_EXIST');
    expect(one.message).toContain('already holds node-3.key;');
    expect((await readdir(other)).sort()).toEqual(['node-3.key', 'notes.txt']);
  });

  it('overwrites with force, leaving keys readable by their owner only', async () => {
    await writeCertificateDirectory(directory, { nodes: 1, hosts: ['localhost'] });
    const before = await readFile(join(directory, 'ca.crt'), 'utf8');
    await chmod(join(directory, 'node-1.key'), 0o644);
    await writeFile(join(directory, 'notes.txt'), 'kept');
    await writeCertificateDirectory(directory, { nodes: 1, hosts: ['localhost'], force: true });
    expect(await readFile(join(directory, 'ca.crt'), 'utf8')).not.toBe(before);
    expect(await modeOf('node-1.key')).toBe(0o600);
    expect(await readFile(join(directory, 'notes.txt'), 'utf8')).toBe('kept');
    const ca = await certificate('ca.crt');
    expect((await certificate('node-1.crt')).verify(ca.publicKey)).toBe(true);
  });

  it.each([
    [{ nodes: 0, hosts: ['localhost'] }, 'nodes'],
    [{ nodes: 1, hosts: [] }, 'hosts'],
    [{ nodes: 1, hosts: ['bad host'] }, "host 'bad host'"],
    [{ nodes: 1, hosts: ['localhost'], users: ['../escape'] }, "user '../escape'"],
    [{ nodes: 1, hosts: ['localhost'], users: ['.hidden'] }, "user '.hidden'"],
  ])('refuses bad arguments before writing anything: %o', async (options, named) => {
    const error = await refusal(writeCertificateDirectory(directory, options));
    expect(error.code).toBe('FLINT_CERTS_INVALID_ARGUMENT');
    expect(error.message).toContain(named);
    expect(await readdir(parent)).toEqual([]);
  });
});
