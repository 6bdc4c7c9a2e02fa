import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The probe file, in the data directory; removed after each probe (a crash may leave it: harmless). */
export const DISK_PROBE_FILE = 'disk-probe.tmp';

/**
 * Bytes a probe writes: about what a host needs to open its database again, which replays the
 * write-ahead log into a new table file.
 */
export const DISK_PROBE_BYTES = 1024 * 1024;

/** The probe's content: random, so that a compressing filesystem stores all of it. */
let probeContent: Buffer | undefined;

/** What {@link probeDiskSpace} found. */
export type DiskProbeResult = { room: true } | { room: false; reason: string };

/**
 * Whether the filesystem of `directory` takes writes again: writes {@link DISK_PROBE_BYTES}
 * to a file there, syncs it and removes it. Free-space figures (statfs) can say yes where a
 * write still fails (quotas, reserved blocks) or no where it succeeds; the write is the truth.
 */
export async function probeDiskSpace(directory: string, bytes = DISK_PROBE_BYTES): Promise<DiskProbeResult> {
  probeContent ??= randomBytes(DISK_PROBE_BYTES);
  const path = join(directory, DISK_PROBE_FILE);
  try {
    const handle = await open(path, 'w');
    try {
      for (let written = 0; written < bytes; written += probeContent.byteLength) {
        await handle.write(probeContent, 0, Math.min(probeContent.byteLength, bytes - written));
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { room: true };
  } catch (error) {
    return { room: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await rm(path, { force: true }).catch(() => undefined);
  }
}
