import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareBytes } from '@flintkv/proto';
import { ABSORBED_REGIONS_KEY, MERGE_STATE_KEY } from '../worker/kv/kv-keys.js';
import { decodeAbsorbed } from '../worker/kv/region-merge.js';
import { decodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from '../worker/kv/region-descriptor-record.js';
import { BackupError } from './backup-error.js';
import { type BackupManifest, type BackupRegion, readBackupManifest, tilingGap } from './backup-manifest.js';
import { readRegionFile } from './region-pairs.js';

/** Progress of a verification or restore: bytes of region files read so far, of `totalBytes`. */
export type BytesProgress = (doneBytes: number, totalBytes: number) => void;

/** A backup that passed {@link verifyBackup}. */
export interface VerifiedBackup {
  manifest: BackupManifest;
  /**
   * Ids of the regions its regions absorbed by merges, ever (each region's own record): a
   * restored cluster never hands them out again.
   */
  absorbedRegionIds: Set<number>;
}

/**
 * Checks a backup directory whole before anything trusts it: the manifest (its checksum, its
 * format, regions that tile the key space), then every region file — present, of the size and
 * SHA-256 listed, made of whole pairs in key order, holding the region record it names and no
 * merge in progress. Reads each file once, a block at a time.
 *
 * @throws {@link BackupError} naming the first bad file.
 * @example
 * ```ts
 * const { manifest } = await verifyBackup('/backups/monday');
 * console.log(manifest.regions.length, 'regions');
 * ```
 */
export async function verifyBackup(directory: string, progress: BytesProgress = () => {}): Promise<VerifiedBackup> {
  const manifest = await readBackupManifest(directory);
  const gap = tilingGap(manifest.regions);
  if (gap !== undefined) {
    throw new BackupError('FLINT_BACKUP_INCOMPLETE', `${join(directory, 'manifest.json')}: ${gap}`);
  }
  for (const region of manifest.regions) await checkFilePresent(directory, region);
  const totalBytes = manifest.regions.reduce((sum, region) => sum + region.bytes, 0);
  let doneBytes = 0;
  const absorbedRegionIds = new Set<number>();
  for (const region of manifest.regions) {
    const absorbed = await verifyRegionFile(directory, region, (bytes) => progress(doneBytes + bytes, totalBytes));
    for (const id of absorbed) absorbedRegionIds.add(id);
    doneBytes += region.bytes;
    progress(doneBytes, totalBytes);
  }
  return { manifest, absorbedRegionIds };
}

async function checkFilePresent(directory: string, region: BackupRegion): Promise<void> {
  const path = join(directory, region.file);
  try {
    const info = await stat(path);
    if (info.size !== region.bytes) {
      throw new BackupError(
        'FLINT_BACKUP_FILE_CORRUPT',
        `${path} has ${info.size} bytes, the manifest lists ${region.bytes}; the backup is damaged`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupError('FLINT_BACKUP_FILE_MISSING', `${path} is missing; the backup is incomplete`);
    }
    throw error;
  }
}

async function verifyRegionFile(
  directory: string,
  region: BackupRegion,
  progress: (bytes: number) => void,
): Promise<Set<number>> {
  const path = join(directory, region.file);
  const corrupt = (what: string) =>
    new BackupError('FLINT_BACKUP_FILE_CORRUPT', `${path} ${what}; the backup is damaged`);
  let previous: Uint8Array | undefined;
  let described = false;
  let absorbed = new Set<number>();
  let readBytes = 0;
  const digest = await readRegionFile(path, (pairs) => {
    for (const [key, value] of pairs) {
      readBytes += 8 + key.byteLength + value.byteLength;
      if (previous !== undefined && compareBytes(previous, key) >= 0) throw corrupt('has keys out of order');
      previous = Buffer.from(key);
      if (compareBytes(key, MERGE_STATE_KEY) === 0) throw corrupt('holds a region frozen for a merge');
      if (compareBytes(key, ABSORBED_REGIONS_KEY) === 0) {
        try {
          absorbed = decodeAbsorbed(value);
        } catch {
          throw corrupt('holds a merge record that does not decode');
        }
      }
      if (compareBytes(key, REGION_DESCRIPTOR_KEY) !== 0) continue;
      let stored: ReturnType<typeof decodeRegionDescriptor>;
      try {
        stored = decodeRegionDescriptor(value);
      } catch {
        throw corrupt('holds a region record that does not decode');
      }
      const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
      if (stored.id !== region.id || hex(stored.startKey) !== region.startKey || hex(stored.endKey) !== region.endKey) {
        throw corrupt(
          `holds region ${stored.id} [0x${hex(stored.startKey)}, 0x${hex(stored.endKey)}), not the one listed`,
        );
      }
      described = true;
    }
    progress(readBytes);
  });
  if (digest.leftoverBytes > 0) throw corrupt(`ends in the middle of a pair (${digest.leftoverBytes} bytes left over)`);
  if (digest.sha256 !== region.sha256) throw corrupt('does not match its SHA-256 in the manifest');
  if (digest.pairs !== region.pairs || digest.keyCount !== region.keyCount) {
    throw corrupt(
      `holds ${digest.pairs} pairs and ${digest.keyCount} keys, the manifest lists ${region.pairs} and ${region.keyCount}`,
    );
  }
  if (digest.dataChecksum !== region.dataChecksum) throw corrupt('does not match its data checksum in the manifest');
  if (!described) throw corrupt('holds no region record');
  return absorbed;
}
