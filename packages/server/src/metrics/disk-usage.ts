import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

/** How often the data directory is measured: its size moves with compactions, not by the second. */
export const DISK_USAGE_INTERVAL_MS = 15_000;

/**
 * The sum of the sizes of the regular files under `directory`, symbolic links not followed.
 * One file system call at a time: LevelDB's synced writes share libuv's thread pool
 * (docs/architecture.md#the-libuv-thread-pool), and a burst of stats would queue behind them or
 * them behind it. A file or directory removed while it is walked (a compaction) is left out.
 */
export async function directoryBytes(directory: string): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let bytes = 0;
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      bytes += await directoryBytes(path);
    } else if (entry.isFile()) {
      try {
        bytes += (await lstat(path)).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return bytes;
}

/**
 * Measures a directory now and every `intervalMs` after, off the event loop, and hands each
 * figure to `record`. A measurement still running when the next is due is not doubled; a
 * failed one is logged once (until one succeeds again) and the last figure stays.
 */
export class DiskUsageSampler {
  private timer: NodeJS.Timeout | undefined;
  private measuring = false;
  private failing = false;
  private stopped = false;

  constructor(
    private readonly directory: string,
    private readonly record: (bytes: number) => void,
    private readonly logger: Logger,
    private readonly intervalMs = DISK_USAGE_INTERVAL_MS,
  ) {}

  start(): void {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** One measurement; resolves when it is recorded (or skipped). */
  async sample(): Promise<void> {
    if (this.measuring || this.stopped) return;
    this.measuring = true;
    try {
      const bytes = await directoryBytes(this.directory);
      if (this.stopped) return;
      this.failing = false;
      this.record(bytes);
    } catch (error) {
      if (this.stopped || this.failing) return;
      this.failing = true;
      this.logger.warn(
        { err: error, directory: this.directory },
        'could not measure the data directory (flint_disk_bytes keeps its last figure)',
      );
    } finally {
      this.measuring = false;
    }
  }
}
