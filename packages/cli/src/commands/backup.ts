import { BackupError, verifyBackup } from '@flintkv/server';
import type { Command } from 'commander';
import { parseInteger } from '../arguments.js';
import { refuseNonEmptyDirectory, writeBackup } from '../backup/backup-writer.js';
import { megabytes, ProgressBar } from '../backup/progress-bar.js';
import { UsageError } from '../usage-error.js';
import {
  type ConnectionFlags,
  EXIT_FAILURE,
  printLine,
  withClient,
  withConnectionFlags,
} from './cluster-connection.js';

interface BackupFlags extends ConnectionFlags {
  out?: string;
  chunkBytes?: string;
}

/**
 * `flint backup --out DIR`: every region of the serving cluster, each at one applied index,
 * into a new directory with a manifest. `flint backup verify DIR`: checks one whole.
 */
export function registerBackupCommand(program: Command, exit: (code: number) => void): void {
  const backup = withConnectionFlags(
    program
      .command('backup')
      .description(
        'copy every region of the running cluster into a new directory (one consistent copy per region, a manifest with SHA-256s); writes go on meanwhile',
      )
      .option('--out <dir>', 'the backup directory: new or empty')
      .option('--chunk-bytes <n>', 'bytes per streamed chunk (default 1 MiB)'),
    'flint backup --out backups/monday',
  ).action(async (flags: BackupFlags) => {
    if (flags.out === undefined)
      throw new UsageError('backup: --out <dir> is required (or: flint backup verify <dir>)');
    const directory = flags.out;
    const chunkBytes =
      flags.chunkBytes === undefined ? 0 : parseInteger('--chunk-bytes', flags.chunkBytes, 4096, 4 * 1024 * 1024);
    try {
      await refuseNonEmptyDirectory(directory);
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      process.stderr.write(`flint: ${error.message}\n`);
      exit(EXIT_FAILURE);
      return;
    }
    await withClient(flags, exit, async (client) => {
      const bar = new ProgressBar(process.stderr, 'backup');
      try {
        const summary = await writeBackup(client, {
          directory,
          chunkBytes,
          progress: (done, total) => bar.update(done, total),
        });
        bar.finish();
        const keys = summary.regions.reduce((sum, region) => sum + region.keyCount, 0);
        printLine(
          `backup of cluster ${summary.clusterId}: ${summary.regions.length} regions, ${keys} keys, ${megabytes(summary.bytes)} in ${summary.seconds.toFixed(1)} s (${megabytes(summary.bytes / Math.max(summary.seconds, 0.001))}/s) to ${directory}`,
        );
        return 0;
      } catch (error) {
        bar.finish();
        if (!(error instanceof BackupError)) throw error;
        process.stderr.write(`flint: ${error.message}\n`);
        return EXIT_FAILURE;
      }
    });
  });
  backup
    .command('verify')
    .description("check a backup whole: its manifest's checksum, every file's size, SHA-256, pairs and region")
    .argument('<dir>', 'the backup directory')
    .addHelpText('after', '\nExample:\n  flint backup verify backups/monday\n')
    .action(async (directory: string) => {
      const bar = new ProgressBar(process.stderr, 'verify');
      try {
        const { manifest } = await verifyBackup(directory, (done, total) => bar.update(done, total));
        bar.finish();
        const bytes = manifest.regions.reduce((sum, region) => sum + region.bytes, 0);
        const keys = manifest.regions.reduce((sum, region) => sum + region.keyCount, 0);
        printLine(
          `backup ${directory} is whole: cluster ${manifest.clusterId}, ${manifest.regions.length} regions, ${keys} keys, ${megabytes(bytes)}, finished ${manifest.finishedAt}`,
        );
      } catch (error) {
        bar.finish();
        if (!(error instanceof BackupError)) throw error;
        process.stderr.write(`flint: ${error.message}\n`);
        exit(EXIT_FAILURE);
      }
    });
}
