import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  decodeBackupManifest,
  encodeBackupManifest,
  regionFileName,
  tilingGap,
} from './backup-manifest.js';

const region = (id: number, startKey: string, endKey: string) => ({
  id,
  startKey,
  endKey,
  epoch: { confVersion: 1, version: 1 },
  peers: [1, 2, 3],
  appliedIndex: 12,
  nodeId: 1,
  file: regionFileName(id),
  bytes: 0,
  sha256: '0'.repeat(64),
  pairs: 0,
  keyCount: 0,
  dataChecksum: '1'.repeat(64),
});

const manifest: BackupManifest = {
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  clusterId: 42,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
  regions: [region(1, '', '6d'), region(2, '6d', '')],
};

describe('backup manifest', () => {
  it('decodes what it encodes', () => {
    expect(decodeBackupManifest(encodeBackupManifest(manifest), 'm')).toEqual(manifest);
  });

  it('refuses an edited manifest by its checksum line', () => {
    const edited = encodeBackupManifest(manifest).replace('"clusterId": 42', '"clusterId": 43');
    expect(() => decodeBackupManifest(edited, 'm')).toThrow(/^FLINT_BACKUP_MANIFEST_CORRUPT: m is damaged/);
  });

  it('refuses the manifest of something else, and a newer format', () => {
    const foreign = encodeBackupManifest({ ...manifest, format: 'other' as typeof BACKUP_FORMAT });
    expect(() => decodeBackupManifest(foreign, 'm')).toThrow(/^FLINT_BACKUP_FOREIGN/);
    const newer = encodeBackupManifest({ ...manifest, formatVersion: BACKUP_FORMAT_VERSION + 1 });
    expect(() => decodeBackupManifest(newer, 'm')).toThrow(/^FLINT_BACKUP_FORMAT_TOO_NEW/);
  });
});

describe('tilingGap', () => {
  it('accepts regions that tile the key space, in any order', () => {
    expect(tilingGap([region(2, '6d', ''), region(1, '', '6d')])).toBeUndefined();
  });

  it('names a gap, an overlap and a missing end', () => {
    expect(tilingGap([region(1, '', '61'), region(2, '6d', '')])).toMatch(/region 2 starts at 0x6d where 0x61/);
    expect(tilingGap([region(1, '', '6d'), region(2, '61', '')])).toMatch(/region 2 starts at 0x61 where 0x6d/);
    expect(tilingGap([region(1, '', '6d')])).toMatch(/no region covers the keys from 0x6d/);
  });
});
