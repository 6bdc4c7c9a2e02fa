import { mkdir, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type FlintClient, FlintError, type RegionInfo } from '@flintkv/client';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  type BackupRegion,
  RegionFileDigester,
  regionFileName,
  writeBackupManifest,
} from '@flintkv/server';

/** What {@link writeBackup} needs besides the client. */
export interface BackupOptions {
  /** A directory that does not exist or is empty. */
  directory: string;
  /** Bytes per export chunk (0: the server's default, 1 MiB). */
  chunkBytes?: number;
  /** Bytes copied so far, of an estimate of the total. */
  progress?: (doneBytes: number, totalBytes: number) => void;
  /** Passes over the region table before giving up on one that keeps changing (default 10). */
  maxPasses?: number;
}

/** What a backup wrote. */
export interface BackupSummary {
  clusterId: number;
  regions: BackupRegion[];
  bytes: number;
  seconds: number;
}

/** The stored key of a region frozen for a merge (`0x00 0x05`, the server's `kv-keys.ts`). */
const MERGE_STATE_KEY_HEX = '0005';

/**
 * `flint backup`: copies every region of a serving cluster into `directory`, each from a
 * consistent export at one applied index (`FlintClient.exportRegion`), streamed chunk by chunk
 * into its file, then writes the manifest. Regions split or merge while it runs: it copies the
 * region table's regions, then reads the table again and copies those whose range changed,
 * until the copies are exactly the table's regions (so they tile the key space). A region
 * frozen for a merge is copied again once the merge is done.
 *
 * @throws {@link BackupError} FLINT_BACKUP_TARGET_NOT_EMPTY before connecting to anything,
 *   FLINT_BACKUP_UNSTABLE when the table never settled; a `FlintError` when the cluster fails.
 * @example
 * ```ts
 * const summary = await writeBackup(client, { directory: 'backups/monday' });
 * console.log(summary.regions.length, summary.bytes);
 * ```
 */
export async function writeBackup(client: FlintClient, options: BackupOptions): Promise<BackupSummary> {
  const { directory } = options;
  const started = performance.now();
  const startedAt = new Date().toISOString();
  await prepareBackupDirectory(directory);
  const { clusterId } = await client.status();
  let totalBytes = (await client.regionDetails()).reduce((sum, region) => sum + region.approximateBytes, 0);
  let doneBytes = 0;
  const report = (bytes: number) => {
    doneBytes += bytes;
    totalBytes = Math.max(totalBytes, doneBytes);
    options.progress?.(doneBytes, totalBytes);
  };

  const copies = new Map<number, BackupRegion>();
  const maxPasses = options.maxPasses ?? 10;
  let lastProblem = '';
  for (let pass = 0; pass < maxPasses; pass++) {
    if (pass > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 200 * pass)));
    const table = await client.regions();
    let settled = true;
    for (const region of table) {
      const copy = copies.get(region.id);
      if (copy !== undefined && sameRange(copy, region)) continue;
      try {
        const copied = await copyRegion(client, directory, region.id, options.chunkBytes ?? 0, report);
        if (copied === undefined) {
          lastProblem = `region ${region.id} is frozen for a merge`;
          settled = false;
        } else {
          copies.set(region.id, copied);
          if (!sameRange(copied, region)) settled = false;
        }
      } catch (error) {
        if (!(error instanceof FlintError) || FATAL.has(error.code)) throw error;
        lastProblem = `region ${region.id}: ${error.message}`;
        settled = false;
      }
    }
    if (!settled) continue;
    // The table did not change under the pass: its regions are exactly the copies to keep.
    const current = await client.regions();
    if (!current.every((region) => copies.get(region.id) !== undefined && sameRange(copies.get(region.id)!, region)))
      continue;
    const kept = new Set(current.map((region) => region.id));
    for (const [id] of copies) {
      if (kept.has(id)) continue;
      copies.delete(id);
      await rm(join(directory, regionFileName(id)), { force: true });
    }
    const regions = current.map((region) => copies.get(region.id)!);
    await writeBackupManifest(directory, {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      clusterId,
      startedAt,
      finishedAt: new Date().toISOString(),
      regions,
    });
    return {
      clusterId,
      regions,
      bytes: regions.reduce((sum, region) => sum + region.bytes, 0),
      seconds: (performance.now() - started) / 1000,
    };
  }
  throw new BackupError(
    'FLINT_BACKUP_UNSTABLE',
    `the region table kept changing during ${maxPasses} passes (last: ${lastProblem || 'regions split or merged'}); ${directory} holds no manifest — run the backup again into an empty directory`,
  );
}

/**
 * Errors that end the backup. Any other failure of one region's export — it split or merged
 * under it, its node went down, its view was released — copies that region again next pass.
 */
const FATAL: ReadonlySet<string> = new Set([
  'FLINT_CLOSED',
  'FLINT_ABORTED',
  'FLINT_UNAUTHENTICATED',
  'FLINT_PERMISSION_DENIED',
  'FLINT_TLS',
  'FLINT_NOT_A_CLIENT_PORT',
]);

/** Refuses a directory that holds anything; creates it when absent. */
async function prepareBackupDirectory(directory: string): Promise<void> {
  await refuseNonEmptyDirectory(directory);
  await mkdir(directory, { recursive: true });
}

/**
 * Refuses `directory` when it exists and holds anything (FLINT_BACKUP_TARGET_NOT_EMPTY): a
 * backup never mixes its files with others. Checked again before writing.
 */
export async function refuseNonEmptyDirectory(directory: string): Promise<void> {
  let entries: string[] = [];
  try {
    entries = await readdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') {
      throw new BackupError('FLINT_BACKUP_TARGET_NOT_EMPTY', `${directory} is a file; give a new or empty directory`);
    }
    if (code !== 'ENOENT') throw error;
  }
  if (entries.length > 0) {
    throw new BackupError(
      'FLINT_BACKUP_TARGET_NOT_EMPTY',
      `${directory} is not empty; a backup is written only into a new or empty directory`,
    );
  }
}

/**
 * Streams one region's export into its file (fsynced), folding its digest on the way; returns
 * its manifest entry, or `undefined` when the region was frozen for a merge (its file removed).
 */
async function copyRegion(
  client: FlintClient,
  directory: string,
  regionId: number,
  chunkBytes: number,
  report: (bytes: number) => void,
): Promise<BackupRegion | undefined> {
  const file = regionFileName(regionId);
  const path = join(directory, file);
  const exported = await client.exportRegion(regionId, { chunkBytes, timeoutMs: 30_000 });
  const digester = new RegionFileDigester();
  const handle = await open(path, 'w');
  let frozen = false;
  try {
    for await (const chunk of exported.chunks()) {
      const pairs = digester.update(chunk);
      if (pairs.some(([key]) => Buffer.from(key).toString('hex') === MERGE_STATE_KEY_HEX)) frozen = true;
      await handle.write(chunk);
      report(chunk.byteLength);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (frozen) {
    await rm(path, { force: true });
    return undefined;
  }
  const digest = digester.digest();
  const { region } = exported;
  return {
    id: region.id,
    startKey: hex(region.startKey),
    endKey: hex(region.endKey),
    epoch: { ...region.epoch },
    peers: [...region.peers],
    appliedIndex: exported.appliedIndex,
    nodeId: exported.nodeId,
    file,
    bytes: digest.bytes,
    sha256: digest.sha256,
    pairs: digest.pairs,
    keyCount: digest.keyCount,
    dataChecksum: digest.dataChecksum,
  };
}

function sameRange(copy: BackupRegion, region: RegionInfo): boolean {
  return copy.startKey === hex(region.startKey) && copy.endKey === hex(region.endKey);
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
