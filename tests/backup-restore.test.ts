/**
 * `flint backup` and `flint restore` (issue 17) between real node processes: a backup of a
 * 3-node cluster taken while writers keep writing, verified, then restored into fresh 3-node
 * and 1-node clusters started with `flint server --data ROOT/<id>`. Every write acknowledged
 * before the backup started is there, and each backed-up region's user data digests (read back
 * through the SDK) match the manifest. The refusals: a non-empty backup directory, a restore
 * into a non-empty data directory, a manifest with a wrong checksum, a damaged region file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlintClient } from '@flintkv/client';
import type { TestClusterNode } from '@flintkv/server/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectTo, runFlint, startCluster, stopAllClusters } from './helpers/cluster.js';

/** The manifest's shape, as far as this test reads it. */
interface Manifest {
  clusterId: number;
  regions: Array<{
    id: number;
    startKey: string;
    endKey: string;
    file: string;
    keyCount: number;
    dataChecksum: string;
  }>;
}

const KEYS_BEFORE = 3000;
const VALUE_BYTES = 512;

let root: string;
let backupDirectory: string;
/** Every write acknowledged before the backup started. */
const acknowledged = new Map<string, Buffer>();
let manifest: Manifest;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'flint-backup-'));
  backupDirectory = join(root, 'backup');
  const source = await startCluster({ nodes: 3, regions: 4 });
  const client = await connectTo(source);
  await putAll(client, 'before', KEYS_BEFORE, acknowledged);

  // Writers go on through the whole backup: it must neither wait for them nor stop them.
  let writing = true;
  let writtenDuring = 0;
  const writers = Array.from({ length: 4 }, async (_, writer) => {
    for (let index = 0; writing; index++) {
      await client.put(`during/${writer}/${index}`, randomBytes(VALUE_BYTES));
      writtenDuring++;
    }
  });
  const run = await runFlint(['backup', '--out', backupDirectory], source.endpoints.join(','));
  writing = false;
  await Promise.all(writers);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^backup of cluster \d+: \d+ regions, \d+ keys, [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s\)/);
  expect(writtenDuring).toBeGreaterThan(0);
  manifest = JSON.parse(stripChecksumLine(await readFile(join(backupDirectory, 'manifest.json'), 'utf8')));
  expect(manifest.clusterId).toBe(source.clusterId);
  await stopAllClusters();
}, 180_000);

afterEach(stopAllClusters);

afterAll(async () => {
  await stopAllClusters();
  await rm(root, { recursive: true, force: true });
});

describe('flint backup', () => {
  it('writes a backup that verify finds whole', async () => {
    const run = await runFlint(['backup', 'verify', backupDirectory]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^backup .* is whole: cluster \d+, \d+ regions/);
    const files = await readdir(backupDirectory);
    expect(files.sort()).toEqual(['manifest.json', ...manifest.regions.map((region) => region.file)].sort());
  });

  it('refuses a backup directory that is not empty, before connecting', async () => {
    const run = await runFlint(['backup', '--out', backupDirectory], '127.0.0.1:1');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('FLINT_BACKUP_TARGET_NOT_EMPTY');
  });

  it('refuses a manifest whose checksum does not match, naming it', async () => {
    const damaged = join(root, 'edited');
    await cp(backupDirectory, damaged, { recursive: true });
    const path = join(damaged, 'manifest.json');
    await writeFile(path, (await readFile(path, 'utf8')).replace('"clusterId": ', '"clusterId": 1'));
    const run = await runFlint(['backup', 'verify', damaged]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^flint: FLINT_BACKUP_MANIFEST_CORRUPT: .*manifest\.json is damaged/);
  });

  it('refuses a damaged region file, naming it', async () => {
    const damaged = join(root, 'flipped');
    await cp(backupDirectory, damaged, { recursive: true });
    const largest = [...manifest.regions].sort((a, b) => b.keyCount - a.keyCount)[0]!;
    const path = join(damaged, largest.file);
    const bytes = await readFile(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    await writeFile(path, bytes);
    const run = await runFlint(['backup', 'verify', damaged]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`FLINT_BACKUP_FILE_CORRUPT: ${path}`);
    const restore = await runFlint([
      'restore',
      '--from',
      damaged,
      '--cluster',
      '1=127.0.0.1:1',
      '--out',
      join(root, 'never'),
    ]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(`FLINT_BACKUP_FILE_CORRUPT: ${path}`);
    await expect(readdir(join(root, 'never'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a directory without a manifest (a backup that did not finish)', async () => {
    const partial = join(root, 'partial');
    await mkdir(partial);
    await writeFile(join(partial, manifest.regions[0]!.file), '');
    const run = await runFlint(['backup', 'verify', partial]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('FLINT_BACKUP_MANIFEST_MISSING');
  });
});

describe('flint restore', () => {
  it('restores into a fresh 3-node cluster: every acknowledged write, every region digest', async () => {
    await restoreAndCheck(3);
  }, 120_000);

  it('restores into a fresh 1-node cluster', async () => {
    await restoreAndCheck(1);
  }, 120_000);

  it('refuses data directories that are not empty', async () => {
    const out = join(root, 'occupied');
    await mkdir(join(out, '2'), { recursive: true });
    await writeFile(join(out, '2', 'something'), 'x');
    const run = await runFlint([
      'restore',
      '--from',
      backupDirectory,
      '--cluster',
      '1=127.0.0.1:7101,2=127.0.0.1:7102,3=127.0.0.1:7103',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^flint: FLINT_RESTORE_TARGET_NOT_EMPTY: .*occupied\/2 is not empty/);
    expect((await readdir(out)).sort()).toEqual(['2']);
  });
});

/** Restores the backup for `nodes` members, starts them on those directories, checks the data. */
async function restoreAndCheck(nodes: number): Promise<void> {
  const out = join(root, `restored-${nodes}`);
  const cluster = await startCluster({
    nodes,
    beforeStart: async (members) => {
      const run = await runFlint([
        'restore',
        '--from',
        backupDirectory,
        '--cluster',
        clusterFlagOf(members),
        '--out',
        out,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      for (const member of members) await rename(join(out, String(member.nodeId)), member.dataDirectory);
    },
  });
  const client = await connectTo(cluster);
  const regions = await client.regions();
  expect(regions.map((region) => region.id).sort()).toEqual(manifest.regions.map((region) => region.id).sort());
  for (const region of regions) expect(region.peers).toHaveLength(Math.min(3, nodes));
  for (const [key, value] of acknowledged) expect(Buffer.from((await client.get(key)) ?? [])).toEqual(value);
  for (const region of manifest.regions) {
    const digest = await dataDigestOf(client, region.startKey, region.endKey);
    expect({ region: region.id, ...digest }).toEqual({
      region: region.id,
      keyCount: region.keyCount,
      dataChecksum: region.dataChecksum,
    });
  }
  // The restored cluster takes writes.
  await client.put('after/restore', 'yes');
  expect(await client.getString('after/restore')).toBe('yes');
}

/** `id=peer/client,...` of the members, as `flint server --cluster` takes it. */
function clusterFlagOf(members: readonly TestClusterNode[]): string {
  return members.map((member) => `${member.nodeId}=${member.peerAddress}/${member.clientAddress}`).join(',');
}

/** The manifest's data digest of `[startKey, endKey)` (hex), read back through the SDK. */
async function dataDigestOf(
  client: FlintClient,
  startKey: string,
  endKey: string,
): Promise<{ keyCount: number; dataChecksum: string }> {
  const hash = createHash('sha256');
  const lengths = Buffer.alloc(8);
  let keyCount = 0;
  for await (const { key, value } of client.scan({
    start: Buffer.from(startKey, 'hex'),
    end: Buffer.from(endKey, 'hex'),
  })) {
    const stored = Buffer.concat([Buffer.of(0x01), key]);
    lengths.writeUInt32BE(stored.byteLength, 0);
    lengths.writeUInt32BE(value.byteLength, 4);
    hash.update(lengths).update(stored).update(value);
    keyCount++;
  }
  return { keyCount, dataChecksum: hash.digest('hex') };
}

async function putAll(client: FlintClient, prefix: string, count: number, into: Map<string, Buffer>): Promise<void> {
  const keys = Array.from({ length: count }, (_, index) => `${prefix}/${String(index).padStart(6, '0')}`);
  for (let start = 0; start < keys.length; start += 64) {
    await Promise.all(
      keys.slice(start, start + 64).map(async (key) => {
        const value = randomBytes(VALUE_BYTES);
        await client.put(key, value);
        into.set(key, value);
      }),
    );
  }
}

function stripChecksumLine(text: string): string {
  return text.slice(0, text.lastIndexOf('\n', text.length - 2));
}
