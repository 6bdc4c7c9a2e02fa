import type { Command } from 'commander';
import { parseDecimal, parseInteger } from '../arguments.js';
import { runClosedLoop } from '../bench/closed-loop.js';
import { preloadKeys } from '../bench/preload.js';
import { benchKeys, kvWorkload, printableValue } from '../bench/workload.js';
import {
  type BenchSettings,
  benchReport,
  formatCount,
  formatProgressLine,
  renderBenchReport,
} from '../format/bench-report.js';
import {
  type ConnectionFlags,
  EXIT_FAILURE,
  printLine,
  withClient,
  withConnectionFlags,
} from './cluster-connection.js';

interface BenchFlags extends ConnectionFlags {
  clients: string;
  duration: string;
  warmup: string;
  valueSize: string;
  ratio: string;
  keys: string;
  preload?: boolean;
  json?: boolean;
}

/** `flint bench`: a closed-loop load against a running cluster through the SDK. */
export function registerBenchCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('bench')
      .description('closed-loop load: C clients, each with one request in flight; prints ops/s and latency')
      .option('--clients <n>', 'concurrent requests', '16')
      .option('--duration <secs>', 'measured seconds', '10')
      .option('--warmup <secs>', 'unmeasured seconds before the measured ones', '1')
      .option('--value-size <bytes>', 'bytes per written value', '256')
      .option('--ratio <share>', 'share of reads, 0..1 (0 = only puts)', '0.5')
      .option('--keys <n>', 'key space: keys k000000000000000.. drawn uniformly', '100000')
      .option('--preload', 'first write every key of the key space (so reads find values)')
      .option('--json', 'print the result as JSON (no progress line)'),
    'flint bench --clients 64 --duration 10 --value-size 256 --ratio 0.9 --keys 10000 --preload',
  ).action(async (flags: BenchFlags) => {
    const settings: BenchSettings = {
      clients: parseInteger('--clients', flags.clients, 1, 100_000),
      durationSeconds: parseDecimal('--duration', flags.duration, 0.1, 86_400),
      warmupSeconds: parseDecimal('--warmup', flags.warmup, 0, 3600),
      valueSize: parseInteger('--value-size', flags.valueSize, 0, 8 * 1024 * 1024),
      readShare: parseDecimal('--ratio', flags.ratio, 0, 1),
      keys: parseInteger('--keys', flags.keys, 1, 10_000_000),
    };
    // A request of a loaded cluster may take a while; give each one at least 30 s.
    const connection = { ...flags, timeout: flags.timeout ?? '30000' };
    await withClient(connection, exit, async (client) => {
      const keys = benchKeys(settings.keys);
      const value = printableValue(settings.valueSize);
      const showProgress = !flags.json && process.stderr.isTTY === true;
      if (flags.preload) {
        const loaded = await preloadKeys(client, keys, value, {
          onProgress: (written) => {
            if (showProgress) process.stderr.write(`\r\x1b[Kpreload: ${formatCount(written)} keys`);
          },
        });
        if (showProgress) process.stderr.write('\r\x1b[K');
        if (!flags.json) {
          process.stderr.write(`preloaded ${formatCount(loaded.written)} keys in ${loaded.seconds.toFixed(1)} s\n`);
        }
        if (loaded.written < loaded.keys) {
          process.stderr.write(
            `flint: preload wrote ${loaded.written} of ${loaded.keys} keys${loaded.firstError ? ` (${loaded.firstError})` : ''}\n`,
          );
          return EXIT_FAILURE;
        }
      }
      const step = kvWorkload(
        { put: (key, data) => client.put(key, data), get: (key) => client.get(key) },
        { keys, value, readShare: settings.readShare },
      );
      const result = await runClosedLoop({
        concurrency: settings.clients,
        warmupMs: settings.warmupSeconds * 1000,
        durationMs: settings.durationSeconds * 1000,
        step,
        onProgress: (progress) => {
          if (showProgress) process.stderr.write(`\r\x1b[K${formatProgressLine(progress)}`);
          else if (!flags.json) process.stderr.write(`${formatProgressLine(progress)}\n`);
        },
      });
      if (showProgress) process.stderr.write('\r\x1b[K');
      const report = benchReport(settings, result);
      printLine(flags.json ? JSON.stringify(report, null, 2) : renderBenchReport(report));
      if (report.operations === 0) {
        process.stderr.write(`flint: no operation completed${report.firstError ? `: ${report.firstError}` : ''}\n`);
        return EXIT_FAILURE;
      }
      return 0;
    });
  });
}
