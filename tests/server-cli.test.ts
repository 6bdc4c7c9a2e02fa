/**
 * `flint server` refuses every bad flag or value with one line on stderr and exit code 2,
 * before it touches the data directory or opens a port.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { runFlint } from './helpers/cluster.js';

// Created at collection time: the cases below name paths inside it.
const scratch = mkdtempSync(join(tmpdir(), 'flint-cli-'));
writeFileSync(join(scratch, 'bad.yaml'), 'colour: blue\nid: 1\n');

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const cluster = '1=127.0.0.1:7101,2=127.0.0.1:7102,3=127.0.0.1:7103';

// Each case is a process start; run them side by side.
describe.concurrent('flint server with bad flags', () => {
  const dataOf = (name: string) => join(scratch, name);
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['--frobnicate'], /unknown option '--frobnicate'/],
    ['a flag without its value', ['--id'], /option '--id <id>' argument missing/],
    ['a missing --id', ['--data', dataOf('a'), '--cluster', cluster], /--id is required/],
    ['a non-numeric --id', ['--id', 'one', '--data', dataOf('b'), '--cluster', cluster], /--id: invalid value 'one'/],
    [
      'an id not in --cluster',
      ['--id', '4', '--data', dataOf('c'), '--cluster', cluster],
      /does not list this node's id 4/,
    ],
    [
      'a malformed --cluster',
      ['--id', '1', '--data', dataOf('d'), '--cluster', '1=nowhere'],
      /--cluster: invalid value 'nowhere'/,
    ],
    [
      'a zero --regions',
      ['--id', '1', '--data', dataOf('e'), '--cluster', cluster, '--regions', '0'],
      /--regions: invalid value '0'/,
    ],
    [
      'a bad --log-level',
      ['--id', '1', '--data', dataOf('f'), '--cluster', cluster, '--log-level', 'loud'],
      /--log-level: invalid value 'loud'/,
    ],
    [
      'an even --replicas',
      ['--id', '1', '--data', dataOf('e'), '--cluster', cluster, '--replicas', '2'],
      /--replicas: must be odd .* got 2/,
    ],
    [
      '--replicas above the member count',
      ['--id', '1', '--data', dataOf('e'), '--cluster', cluster, '--replicas', '5'],
      /--replicas: .*at most the 3 members of --cluster, got 5/,
    ],
    ['an unreadable --config', ['--config', join(scratch, 'missing.yaml')], /--config: cannot read/],
    ['an unknown key in the config file', ['--config', join(scratch, 'bad.yaml')], /config file: unknown key 'colour'/],
  ];

  it.for(cases)('refuses %s: one line on stderr, exit 2, nothing created', async ([, flags, message], { expect }) => {
    const { code, stdout, stderr } = await runFlint(['server', ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^flint: /);
    expect(lines[0]).toMatch(message);
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) expect(existsSync(dataOf(name))).toBe(false);
  });

  it('refuses an unknown verb the same way', async ({ expect }) => {
    const { code, stderr } = await runFlint(['serve']);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
