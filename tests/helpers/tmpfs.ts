/**
 * Small real filesystems for tests of a full disk: a size-limited tmpfs mounted by the test
 * (Linux, as root), filled to the last byte by a filler file and freed by removing it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The filler file {@link fillDisk} writes. */
export const FILLER_FILE = 'filler';

/**
 * Why tmpfs tests cannot run here (undefined when they can): mounting needs Linux and root,
 * and a container may refuse it even to root. Tried once, with a real mount and unmount.
 */
export function tmpfsUnavailable(): string | undefined {
  if (process.platform !== 'linux') return `needs Linux to mount a tmpfs (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'needs root to mount a tmpfs (mount -t tmpfs); run the test as root';
  const directory = mkdtempSync(join(tmpdir(), 'flint-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', directory], { stdio: 'pipe' });
    execFileSync('umount', [directory], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `needs root to mount a tmpfs, and mount was refused here (${String((error as Error).message).split('\n')[0]})`;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Mounts a tmpfs of `sizeBytes` at `directory` (created if absent). */
export function mountTmpfs(directory: string, sizeBytes: number): void {
  mkdirSync(directory, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', directory], { stdio: 'pipe' });
}

/** Unmounts `directory` if something is mounted there; lazily, so a process still holding files there does not block it. */
export function unmountTmpfs(directory: string): void {
  try {
    execFileSync('umount', ['--lazy', directory], { stdio: 'pipe' });
  } catch {
    // Nothing mounted there (any more).
  }
}

/**
 * Fills the filesystem of `directory` to its last byte with a file named {@link FILLER_FILE};
 * resolves with its path once a write fails with ENOSPC.
 */
export async function fillDisk(directory: string): Promise<string> {
  const path = join(directory, FILLER_FILE);
  const handle = await open(path, 'w');
  try {
    // Big writes first, then small ones for the last partial blocks.
    for (const size of [1024 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x5a);
      for (;;) {
        try {
          await handle.write(chunk);
        } catch (error) {
          if ((error as { code?: string }).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    await handle.close();
  }
  return path;
}

/** Gives the space of {@link fillDisk} back. */
export async function freeDisk(directory: string): Promise<void> {
  await rm(join(directory, FILLER_FILE), { force: true });
}
