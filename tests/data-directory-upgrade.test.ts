/**
 * Upgrades: a data directory written by an earlier FlintKV (a committed fixture, layout and
 * storage format 1) opens with the current code and serves everything it held; a directory of
 * a newer format than this code reads is refused with one clear line, before anything is
 * written to it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '@flintkv/client';
import { readNodeLayout, writeNodeLayout } from '@flintkv/storage';
import { freePorts } from '@flintkv/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FLINT_BIN, runFlint } from './helpers/cluster.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/data-directory-v1/n1', import.meta.url));
const FIXTURE_CLUSTER_ID = '144977779563145';

const directories: string[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
});

/** A copy of the fixture (a test never writes to the committed one). */
async function fixtureCopy(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'flint-upgrade-'));
  directories.push(directory);
  const data = join(directory, 'n1');
  await cp(FIXTURE, data, { recursive: true });
  return data;
}

async function serverFlags(data: string): Promise<{ flags: string[]; endpoint: string }> {
  const [peer, client] = await freePorts(2);
  const endpoint = `127.0.0.1:${client}`;
  const flags = ['server', '--id', '1', '--data', data, '--cluster', `1=127.0.0.1:${peer}/${endpoint}`];
  return { flags: [...flags, '--cluster-id', FIXTURE_CLUSTER_ID, '--log-level', 'warn'], endpoint };
}

describe('data directories of earlier formats', () => {
  it('opens the format-1 fixture with the current code: every key is there, and it takes writes', async () => {
    const data = await fixtureCopy();
    const { flags, endpoint } = await serverFlags(data);
    const child = spawn(process.execPath, [FLINT_BIN, ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const client = await eventually('the node to serve', async () => {
      const candidate = await connect({ endpoints: [endpoint], timeoutMs: 2_000 });
      try {
        await candidate.get('fixture/key-1');
        return candidate;
      } catch (error) {
        await candidate.close();
        throw error;
      }
    });
    try {
      for (let index = 1; index <= 5; index++) {
        expect(await client.getString(`fixture/key-${index}`)).toBe(`value-${index}`);
      }
      expect(await client.getString('zz/last')).toBe('the last key');
      expect((await client.regions()).length).toBe(2);
      await client.put('after-upgrade', 'written by the current code');
      expect(await client.getString('after-upgrade')).toBe('written by the current code');
    } finally {
      await client.close();
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    expect((await readNodeLayout(data))?.formatVersion).toBe(1);
  });

  it('refuses a data directory of a newer format, saying which, and leaves it as it was', async () => {
    const data = await fixtureCopy();
    const layout = await readNodeLayout(data);
    if (layout === undefined) throw new Error('the fixture has no layout');
    // Written as a newer FlintKV would: well-formed and checksummed, only its format is unknown here.
    await writeNodeLayout(data, { ...layout, formatVersion: 99 });
    const layoutFile = join(data, 'node-layout.json');
    const newer = await readFile(layoutFile, 'utf8');
    const { flags } = await serverFlags(data);
    const run = await runFlint(flags);
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('layout format 99, but this FlintKV reads up to 1');
    expect(await readFile(layoutFile, 'utf8')).toBe(newer);
  });
});
