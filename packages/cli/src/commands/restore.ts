import {
  BackupError,
  ConfigError,
  defaultReplicaCount,
  parseMembers,
  restoreBackup,
  SERVER_DEFAULTS,
} from '@flintkv/server';
import type { Command } from 'commander';
import { parseInteger } from '../arguments.js';
import { megabytes, ProgressBar } from '../backup/progress-bar.js';
import { UsageError } from '../usage-error.js';
import { EXIT_FAILURE, printLine } from './cluster-connection.js';

interface RestoreFlags {
  from?: string;
  cluster?: string;
  out?: string;
  replicas?: string;
  workers?: string;
}

/**
 * `flint restore --from DIR --cluster LIST --out ROOT`: a data directory per member of a new
 * cluster, `ROOT/<id>`, holding the backup's regions; `flint server --id N --data ROOT/N
 * --cluster LIST` serves it. Works offline: no node runs during a restore.
 */
export function registerRestoreCommand(program: Command, exit: (code: number) => void): void {
  program
    .command('restore')
    .description(
      'write the data directories of a new cluster (ROOT/<id> per member) from a backup; then start each member with flint server --data ROOT/<id> and the same --cluster',
    )
    .option('--from <dir>', 'the backup directory')
    .option(
      '--cluster <list>',
      "the new cluster's members, as flint server takes them: id=peerHost:port/clientHost:port,...",
    )
    .option('--out <root>', 'where the data directories go (each ROOT/<id> must be absent or empty)')
    .option(
      '--replicas <n>',
      'replicas per region (default: 3, or every node of a smaller cluster); pass the same to flint server',
    )
    .option(
      '--workers <n>',
      'host threads to lay the directories out for (a start with another count moves regions once)',
    )
    .addHelpText(
      'after',
      '\nExample:\n  flint restore --from backups/monday --cluster 1=10.0.0.1:7101/10.0.0.1:7201,2=10.0.0.2:7101/10.0.0.2:7201,3=10.0.0.3:7101/10.0.0.3:7201 --out /var/lib/flintkv-restored\n',
    )
    .action(async (flags: RestoreFlags) => {
      for (const name of ['from', 'cluster', 'out'] as const) {
        if (flags[name] === undefined) throw new UsageError(`restore: --${name} is required`);
      }
      let members: ReturnType<typeof parseMembers>;
      try {
        members = parseMembers('cluster', flags.cluster!.split(','), SERVER_DEFAULTS.clientPortOffset);
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      const replicas =
        flags.replicas === undefined
          ? defaultReplicaCount(members.length)
          : parseInteger('--replicas', flags.replicas, 1, members.length);
      if (replicas % 2 === 0 && flags.replicas !== undefined) {
        throw new UsageError(`--replicas: must be odd, as flint server requires, got ${replicas}`);
      }
      const workers = flags.workers === undefined ? undefined : parseInteger('--workers', flags.workers, 1, 64);
      const bar = new ProgressBar(process.stderr, 'restore');
      try {
        const started = performance.now();
        const report = await restoreBackup({
          backupDirectory: flags.from!,
          members,
          replicas,
          outputDirectory: flags.out!,
          ...(workers === undefined ? {} : { workers }),
          progress: {
            verifying: (done, total) => bar.update(done, total * (1 + replicas)),
            writing: (done, total) => bar.update(total / replicas + done, total + total / replicas),
          },
        });
        bar.finish();
        const seconds = (performance.now() - started) / 1000;
        printLine(
          `restored ${report.regions.length} regions (${megabytes(report.bytes)}) for cluster ${report.clusterId} in ${seconds.toFixed(1)} s: ${report.directories.map(({ nodeId, directory }) => `node ${nodeId} ${directory}`).join(', ')}`,
        );
        printLine(
          `start each member: flint server --id <id> --data ${flags.out}/<id> --cluster ${flags.cluster}${flags.replicas === undefined ? '' : ` --replicas ${replicas}`}`,
        );
      } catch (error) {
        bar.finish();
        if (!(error instanceof BackupError)) throw error;
        process.stderr.write(`flint: ${error.message}\n`);
        exit(EXIT_FAILURE);
      }
    });
}
