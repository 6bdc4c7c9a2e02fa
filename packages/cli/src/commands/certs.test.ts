import { X509Certificate } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../program.js';

let parent: string;
let directory: string;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'flint-certs-verb-'));
  directory = join(parent, 'certs');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(parent, { recursive: true, force: true });
});

/** Runs `flint <args>` in-process: what it printed, and the exit code it asked for (0 if none). */
async function flint(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  let code = 0;
  try {
    await runCli(['node', 'flint', ...args], (exitCode) => {
      code = exitCode;
    });
  } finally {
    vi.restoreAllMocks();
  }
  return { code, stdout, stderr };
}

describe('flint certs init', () => {
  it('writes the CA, node and client certificates, prints them and the server flags', async () => {
    const run = await flint(
      'certs',
      'init',
      '--dir',
      directory,
      '--nodes',
      '3',
      '--hosts',
      '127.0.0.1, localhost',
      '--users',
      'root,alice',
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const names = ['ca', 'node-1', 'node-2', 'node-3', 'client-root', 'client-alice'].flatMap((name) => [
      `${name}.crt`,
      `${name}.key`,
    ]);
    expect((await readdir(directory)).sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(run.stdout).toContain(`wrote ${join(directory, name)}\n`);
      if (name.endsWith('.key')) expect((await stat(join(directory, name))).mode & 0o777).toBe(0o600);
    }
    expect(run.stdout).toContain(
      `next: flint server --id 1 ... --peer-tls-cert ${directory}/node-1.crt --peer-tls-key ${directory}/node-1.key ` +
        `--peer-tls-ca ${directory}/ca.crt --tls-cert ${directory}/node-1.crt --tls-key ${directory}/node-1.key --tls-ca ${directory}/ca.crt`,
    );
    const ca = new X509Certificate(await readFile(join(directory, 'ca.crt')));
    const node3 = new X509Certificate(await readFile(join(directory, 'node-3.crt')));
    expect(node3.verify(ca.publicKey)).toBe(true);
    expect(node3.subjectAltName).toBe('URI:flint://node/3, IP Address:127.0.0.1, DNS:localhost');
    expect(new X509Certificate(await readFile(join(directory, 'client-alice.crt'))).subject).toBe('CN=alice');
  });

  it('refuses with exit 1 when the files are there, and overwrites them with --force', async () => {
    expect((await flint('certs', 'init', '--dir', directory, '--nodes', '1', '--hosts', 'localhost')).code).toBe(0);
    const before = await readFile(join(directory, 'ca.crt'), 'utf8');
    const refused = await flint('certs', 'init', '--dir', directory, '--nodes', '1', '--hosts', 'localhost');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `flint: FLINT_CERTS_EXIST: ${directory} already holds ca.crt, ca.key, node-1.crt, node-1.key, ` +
        'client-root.crt, client-root.key; nothing was written (--force overwrites them)\n',
    );
    expect(await readFile(join(directory, 'ca.crt'), 'utf8')).toBe(before);

    const forced = await flint('certs', 'init', '--dir', directory, '--nodes', '1', '--hosts', 'localhost', '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(join(directory, 'ca.crt'), 'utf8')).not.toBe(before);
  });

  it.each([
    [
      ['--nodes', '0', '--hosts', 'localhost'],
      "flint: --nodes: invalid value '0', expected an integer from 1 to 99.\n",
    ],
    [
      ['--nodes', '100', '--hosts', 'localhost'],
      "flint: --nodes: invalid value '100', expected an integer from 1 to 99.\n",
    ],
    [
      ['--nodes', 'three', '--hosts', 'localhost'],
      "flint: --nodes: invalid value 'three', expected an integer from 1 to 99.\n",
    ],
    [['--hosts', ' , '], "flint: --hosts: expected comma-separated DNS names and IP addresses, got ' , '.\n"],
    [
      ['--hosts', 'bad host'],
      "flint: host 'bad host' is neither an IP address nor a DNS name (e.g. 10.0.0.1, ::1, db1.example.com).\n",
    ],
    [['--hosts', 'localhost', '--users', ','], "flint: --users: expected comma-separated user names, got ','.\n"],
    [
      ['--hosts', 'localhost', '--users', 'root,../x'],
      "flint: user '../x' must be letters, digits, '.', '_' and '-', starting with a letter or digit (it names a file).\n",
    ],
    [['--nodes', '2'], "flint: required option '--hosts <list>' not specified\n"],
  ])('exits 2 with one line for a bad flag: %j', async (flags, line) => {
    const run = await flint('certs', 'init', '--dir', directory, ...flags);
    expect(run).toEqual({ code: 2, stdout: '', stderr: line });
    expect(await readdir(parent)).toEqual([]);
  });

  it('needs --dir', async () => {
    const run = await flint('certs', 'init', '--hosts', 'localhost');
    expect(run).toEqual({ code: 2, stdout: '', stderr: "flint: required option '--dir <dir>' not specified\n" });
    const empty = await flint('certs', 'init', '--dir', '', '--hosts', 'localhost');
    expect(empty).toEqual({ code: 2, stdout: '', stderr: 'flint: --dir: expected a directory, got an empty value.\n' });
  });

  it('shows an example in its help', async () => {
    const run = await flint('certs', 'init', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Example:\n\s+flint certs init --dir \.\/certs --nodes 3 --hosts 127\.0\.0\.1,localhost/,
    );
  });
});

describe('flint certs add', () => {
  it("issues a node's and a user's certificate with the directory's CA, and refuses to overwrite them", async () => {
    expect((await flint('certs', 'init', '--dir', directory, '--nodes', '3', '--hosts', '127.0.0.1')).code).toBe(0);
    const added = await flint('certs', 'add', '--dir', directory, '--node', '4', '--hosts', '10.0.0.4,db4');
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toContain('node-4.crt');
    const ca = new X509Certificate(await readFile(join(directory, 'ca.crt')));
    const node = new X509Certificate(await readFile(join(directory, 'node-4.crt')));
    expect(node.checkIssued(ca)).toBe(true);
    expect(node.subjectAltName).toContain('URI:flint://node/4');
    expect(node.checkHost('db4')).toBe('db4');
    expect((await stat(join(directory, 'node-4.key'))).mode & 0o777).toBe(0o600);

    expect((await flint('certs', 'add', '--dir', directory, '--user', 'app')).code).toBe(0);
    const client = new X509Certificate(await readFile(join(directory, 'client-app.crt')));
    expect(client.subject).toContain('CN=app');
    expect(client.checkIssued(ca)).toBe(true);

    const again = await flint('certs', 'add', '--dir', directory, '--node', '4', '--hosts', '10.0.0.4');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('FLINT_CERTS_EXIST');
    const noCa = await flint('certs', 'add', '--dir', join(parent, 'empty'), '--user', 'app');
    expect(noCa.code).toBe(1);
    expect(noCa.stderr).toContain('FLINT_CERTS_NO_CA');
    const both = await flint('certs', 'add', '--dir', directory, '--user', 'x', '--node', '5', '--hosts', 'h');
    expect(both.code).toBe(2);
  });
});
