import { createHash } from 'node:crypto';
import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupError } from './backup-error.js';

/**
 * The manifest of a backup directory: what was copied, from which cluster, at which applied
 * index per region, and the size and SHA-256 of every file. Written last (temporary file,
 * fsync, rename), so a directory without one is a backup that did not finish. Stored as JSON
 * followed by a line with the SHA-256 of the JSON, as the node layout is: an edited or torn
 * manifest is refused.
 */

/** The manifest's file name in a backup directory. */
export const BACKUP_MANIFEST_FILE = 'manifest.json';
/** What the manifest's `format` field says. */
export const BACKUP_FORMAT = 'flintkv-backup';
/** The backup format this code writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;

/** One region of a backup. Keys are hex; an empty end key is the end of the key space. */
export interface BackupRegion {
  id: number;
  startKey: string;
  endKey: string;
  epoch: { confVersion: number; version: number };
  /** The replicas it had when it was copied (a restore places new ones). */
  peers: number[];
  /** The applied index the copy was read at. */
  appliedIndex: number;
  /** The node whose replica was read. */
  nodeId: number;
  /** Relative to the backup directory. */
  file: string;
  bytes: number;
  sha256: string;
  pairs: number;
  keyCount: number;
  /** SHA-256 of its user pairs (`region-pairs.ts`). */
  dataChecksum: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The cluster the backup was taken from. */
  clusterId: number;
  /** ISO time the backup started and finished. */
  startedAt: string;
  finishedAt: string;
  /** In key order, tiling the key space. */
  regions: BackupRegion[];
}

/** The file a region's pairs are stored in. */
export function regionFileName(regionId: number): string {
  return `region-${regionId}.pairs`;
}

export function encodeBackupManifest(manifest: BackupManifest): string {
  const body = JSON.stringify(manifest, null, 2);
  return `${body}\n${checksumOf(body)}\n`;
}

/**
 * Parses a stored manifest; `where` names it in refusals.
 * @throws {@link BackupError} FLINT_BACKUP_MANIFEST_CORRUPT, FLINT_BACKUP_FOREIGN or
 *   FLINT_BACKUP_FORMAT_TOO_NEW.
 */
export function decodeBackupManifest(text: string, where: string): BackupManifest {
  const corrupt = (what: string) =>
    new BackupError('FLINT_BACKUP_MANIFEST_CORRUPT', `${where} is damaged (${what}); the backup cannot be trusted`);
  const end = text.lastIndexOf('\n', text.length - 2);
  if (end < 0) throw corrupt('it is incomplete');
  const body = text.slice(0, end);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw corrupt('it is not JSON');
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('FLINT_BACKUP_FOREIGN', `${where} is not the manifest of a FlintKV backup`);
  }
  if (checksumOf(body) !== text.slice(end + 1).trim()) {
    throw corrupt('its checksum does not match: it is half-written or was edited');
  }
  const manifest = value as Partial<BackupManifest>;
  if (typeof manifest.formatVersion !== 'number') throw corrupt('formatVersion is missing');
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'FLINT_BACKUP_FORMAT_TOO_NEW',
      `${where} has backup format ${manifest.formatVersion}, but this FlintKV reads up to ${BACKUP_FORMAT_VERSION}; use a newer FlintKV`,
    );
  }
  if (!Number.isSafeInteger(manifest.clusterId)) throw corrupt('clusterId is missing');
  if (!Array.isArray(manifest.regions) || manifest.regions.length === 0) throw corrupt('it lists no region');
  const hex = /^([0-9a-f]{2})*$/;
  for (const region of manifest.regions) {
    const valid =
      Number.isSafeInteger(region?.id) &&
      region.id > 0 &&
      hex.test(region.startKey) &&
      hex.test(region.endKey) &&
      Number.isSafeInteger(region.appliedIndex) &&
      Number.isSafeInteger(region.bytes) &&
      Number.isSafeInteger(region.epoch?.version) &&
      Number.isSafeInteger(region.epoch?.confVersion) &&
      Array.isArray(region.peers) &&
      region.file === regionFileName(region.id) &&
      /^[0-9a-f]{64}$/.test(region.sha256) &&
      /^[0-9a-f]{64}$/.test(region.dataChecksum);
    if (!valid) throw corrupt(`region entry ${JSON.stringify(region?.id)} is invalid`);
  }
  return manifest as BackupManifest;
}

/** Reads the manifest of `directory`. @throws {@link BackupError} as {@link decodeBackupManifest}, or FLINT_BACKUP_MANIFEST_MISSING. */
export async function readBackupManifest(directory: string): Promise<BackupManifest> {
  const path = join(directory, BACKUP_MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new BackupError(
        'FLINT_BACKUP_MANIFEST_MISSING',
        `${path} does not exist: ${directory} is not a FlintKV backup, or its backup did not finish`,
      );
    }
    throw error;
  }
  return decodeBackupManifest(text, path);
}

/** Writes the manifest atomically (temporary file, fsync, rename, fsync of the directory). */
export async function writeBackupManifest(directory: string, manifest: BackupManifest): Promise<void> {
  const path = join(directory, BACKUP_MANIFEST_FILE);
  const temporary = `${path}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.writeFile(encodeBackupManifest(manifest), 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Why `regions` (in any order) do not tile the key space, or `undefined` when they do: sorted
 * by start key, the first starts at the empty key, each ends where the next starts, the last
 * ends at the end (empty key).
 */
export function tilingGap(
  regions: ReadonlyArray<Pick<BackupRegion, 'id' | 'startKey' | 'endKey'>>,
): string | undefined {
  const sorted = [...regions].sort((a, b) => (a.startKey < b.startKey ? -1 : a.startKey > b.startKey ? 1 : 0));
  let expected = '';
  for (const [index, region] of sorted.entries()) {
    if (region.startKey !== expected) {
      return `region ${region.id} starts at 0x${region.startKey} where 0x${expected} was expected`;
    }
    if (region.endKey === '') {
      return index === sorted.length - 1 ? undefined : `region ${region.id} ends the key space but others follow it`;
    }
    expected = region.endKey;
  }
  return `no region covers the keys from 0x${expected}`;
}

function checksumOf(body: string): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}
