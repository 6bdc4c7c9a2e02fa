import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageErrorCode } from './errors.js';
import {
  decodeNodeLayout,
  encodeNodeLayout,
  NODE_LAYOUT_FILE,
  NODE_LAYOUT_FORMAT_VERSION,
  type NodeLayout,
  newNodeLayout,
  readNodeLayout,
  writeNodeLayout,
} from './node-layout.js';

const directories: string[] = [];
const WHERE = '/data/node-layout.json';

function freshDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'flint-node-layout-'));
  directories.push(directory);
  return directory;
}

function sampleLayout(): NodeLayout {
  return {
    ...newNodeLayout('cluster-a', 3),
    incarnation: '00112233aabbccdd',
    epoch: 7,
    bootstrapped: true,
    databases: [
      { name: 'host-0', id: '0123456789abcdef' },
      { name: 'host-1', id: 'fedcba9876543210' },
    ],
    groups: { '0': 'host-0', '1': 'host-1', '2': 'host-0' },
  };
}

/** A record of `edit`ed sample layout with a matching checksum: what a buggy writer might produce. */
function resealed(edit: (value: Record<string, unknown>) => void): string {
  const value = JSON.parse(JSON.stringify(sampleLayout())) as Record<string, unknown>;
  edit(value);
  const body = JSON.stringify(value, null, 2);
  return `${body}\nsha256:${createHash('sha256').update(body).digest('hex')}\n`;
}

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('the node layout record', () => {
  it('decodes what it encodes', () => {
    const layout = sampleLayout();
    expect(decodeNodeLayout(encodeNodeLayout(layout), WHERE)).toEqual(layout);
  });

  it('gives a new node a random 16-hex-digit incarnation, epoch 0, not bootstrapped, no databases', () => {
    const one = newNodeLayout('cluster-a', 1);
    const two = newNodeLayout('cluster-a', 1);
    expect(one).toMatchObject({
      formatVersion: NODE_LAYOUT_FORMAT_VERSION,
      clusterId: 'cluster-a',
      nodeId: 1,
      epoch: 0,
      bootstrapped: false,
      databases: [],
      groups: {},
    });
    expect(one.incarnation).toMatch(/^[0-9a-f]{16}$/);
    expect(one.incarnation).not.toBe(two.incarnation);
    expect(decodeNodeLayout(encodeNodeLayout(one), WHERE)).toEqual(one);
  });

  it('refuses a torn record, truncated at any point, as FLINT_LAYOUT_CORRUPT naming the file', () => {
    const record = encodeNodeLayout(sampleLayout());
    const cuts = [0, 1, 10, Math.floor(record.length / 2), record.indexOf('sha256:'), record.length - 20];
    cuts.push(record.indexOf('sha256:') - 1, record.length - 2);
    for (const cut of cuts) {
      const torn = record.slice(0, cut);
      expect(() => decodeNodeLayout(torn, WHERE), `cut at ${cut}`).toThrow(
        expect.objectContaining({ code: StorageErrorCode.LayoutCorrupt, message: expect.stringContaining(WHERE) }),
      );
    }
  });

  it('accepts a record that lost only its final newline', () => {
    const record = encodeNodeLayout(sampleLayout());
    expect(decodeNodeLayout(record.slice(0, -1), WHERE)).toEqual(sampleLayout());
  });

  it('refuses an edited body (checksum mismatch) as FLINT_LAYOUT_CORRUPT', () => {
    const record = encodeNodeLayout(sampleLayout());
    const edited = record.replace('"epoch": 7', '"epoch": 8');
    expect(edited).not.toBe(record);
    expect(() => decodeNodeLayout(edited, WHERE)).toThrow(
      expect.objectContaining({ code: StorageErrorCode.LayoutCorrupt, message: expect.stringMatching(/checksum/) }),
    );
  });

  it('refuses a record a newer FlintKV wrote as FLINT_STORAGE_FORMAT_TOO_NEW, naming both versions', () => {
    const newer = encodeNodeLayout({ ...sampleLayout(), formatVersion: NODE_LAYOUT_FORMAT_VERSION + 1 });
    expect(() => decodeNodeLayout(newer, WHERE)).toThrow(
      expect.objectContaining({
        code: StorageErrorCode.FormatTooNew,
        message: expect.stringContaining(
          `layout format ${NODE_LAYOUT_FORMAT_VERSION + 1}, but this FlintKV reads up to ${NODE_LAYOUT_FORMAT_VERSION}`,
        ),
      }),
    );
  });

  it('refuses a group placed in a database the layout does not list', () => {
    const record = encodeNodeLayout({ ...sampleLayout(), groups: { '0': 'host-0', '5': 'host-9' } });
    expect(() => decodeNodeLayout(record, WHERE)).toThrow(
      expect.objectContaining({
        code: StorageErrorCode.LayoutCorrupt,
        message: expect.stringContaining('group 5 is placed in unknown database host-9'),
      }),
    );
  });

  it('refuses well-sealed records with malformed fields', () => {
    const malformed: Array<[string, (value: Record<string, unknown>) => void]> = [
      ['incarnation', (value) => (value['incarnation'] = 'not-hex')],
      ['epoch', (value) => (value['epoch'] = -1)],
      ['bootstrapped', (value) => delete value['bootstrapped']],
      ['database entry', (value) => (value['databases'] = [{ name: 'elsewhere', id: '0123456789abcdef' }])],
      ['formatVersion', (value) => delete value['formatVersion']],
    ];
    for (const [what, edit] of malformed) {
      expect(() => decodeNodeLayout(resealed(edit), WHERE), what).toThrow(
        expect.objectContaining({ code: StorageErrorCode.LayoutCorrupt, message: expect.stringContaining(what) }),
      );
    }
  });
});

describe('reading and writing the layout file', () => {
  it('reads undefined when the data directory has no layout', async () => {
    expect(await readNodeLayout(freshDirectory())).toBeUndefined();
  });

  it('reads back what it wrote', async () => {
    const directory = freshDirectory();
    await writeNodeLayout(directory, sampleLayout());
    expect(await readNodeLayout(directory)).toEqual(sampleLayout());
    expect(readFileSync(join(directory, NODE_LAYOUT_FILE), 'utf8')).toBe(encodeNodeLayout(sampleLayout()));
  });

  it('replaces the record whole and leaves no temporary file behind', async () => {
    const directory = freshDirectory();
    await writeNodeLayout(directory, sampleLayout());
    const next = { ...sampleLayout(), epoch: 8, groups: { '0': 'host-1' } };
    await writeNodeLayout(directory, next);
    expect(await readNodeLayout(directory)).toEqual(next);
    expect(readdirSync(directory)).toEqual([NODE_LAYOUT_FILE]);
  });

  it('replaces the file by rename: a reader of the old file still sees the whole old record', async () => {
    const directory = freshDirectory();
    const path = join(directory, NODE_LAYOUT_FILE);
    await writeNodeLayout(directory, sampleLayout());
    const before = statSync(path).ino;
    const reader = await open(path, 'r');
    try {
      await writeNodeLayout(directory, { ...sampleLayout(), epoch: 8 });
      expect(statSync(path).ino).not.toBe(before);
      expect(await reader.readFile('utf8')).toBe(encodeNodeLayout(sampleLayout()));
    } finally {
      await reader.close();
    }
    expect((await readNodeLayout(directory))?.epoch).toBe(8);
  });

  it('ignores a temporary file a crash left mid-write and overwrites it on the next write', async () => {
    const directory = freshDirectory();
    await writeNodeLayout(directory, sampleLayout());
    writeFileSync(join(directory, `${NODE_LAYOUT_FILE}.tmp`), encodeNodeLayout(sampleLayout()).slice(0, 40));
    expect(await readNodeLayout(directory)).toEqual(sampleLayout());
    const next = { ...sampleLayout(), epoch: 9 };
    await writeNodeLayout(directory, next);
    expect(await readNodeLayout(directory)).toEqual(next);
    expect(readdirSync(directory)).toEqual([NODE_LAYOUT_FILE]);
  });

  it('refuses a half-written layout file with the file path in the message', async () => {
    const directory = freshDirectory();
    const path = join(directory, NODE_LAYOUT_FILE);
    writeFileSync(path, encodeNodeLayout(sampleLayout()).slice(0, 100));
    await expect(readNodeLayout(directory)).rejects.toMatchObject({
      code: StorageErrorCode.LayoutCorrupt,
      message: expect.stringContaining(path),
    });
  });
});
