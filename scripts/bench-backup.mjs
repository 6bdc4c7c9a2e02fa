// Backup and restore throughput (issue 17): `flint backup` of a loaded 3-node cluster and
// `flint restore` of that backup into the data directories of a new 3-node cluster, each timed
// from its start to its exit, in MB/s of region files (1 MB = 10^6 bytes). The restored
// cluster is then started to check it serves (one get per region).
//
// Three `flint server` processes with `--regions` regions take `--bytes` of `--value-bytes`
// values (parallel puts); the backup runs while nothing else writes.
//
//   npm run bench:backup -- [--bytes 1GiB] [--value-bytes 16KiB] [--writers 16] [--regions 8] [--keep]
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { connect } from '../packages/client/dist/index.js';
import { startTestCluster } from '../packages/server/dist/testing/index.js';
import { parseSize } from './bench/parse-size.mjs';

const FLINT_BIN = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const run = promisify(execFile);
const { values: options } = parseArgs({
  options: {
    bytes: { type: 'string', default: '1GiB' },
    'value-bytes': { type: 'string', default: '16KiB' },
    writers: { type: 'string', default: '16' },
    regions: { type: 'string', default: '8' },
    keep: { type: 'boolean', default: false },
  },
});

const totalBytes = parseSize(options.bytes);
const valueBytes = parseSize(options['value-bytes']);
const writers = Number(options.writers);
const since = (start) => (performance.now() - start) / 1000;
const megabytes = (bytes) => (bytes / 1e6).toFixed(1);
const log = (text) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${text}`);
const command = (flags) => ({ file: process.execPath, args: [FLINT_BIN, 'server', ...flags] });

const root = await mkdtemp(join(tmpdir(), 'flint-bench-backup-'));
const backup = join(root, 'backup');
/** A node that exits by itself ends the run; its last lines say why. */
const onUnexpectedExit = (exit) =>
  log(
    `node ${exit.nodeId} exited (code ${exit.code}, signal ${exit.signal}):\n${exit.lastLines.slice(-20).join('\n')}`,
  );
const source = await startTestCluster({
  nodes: 3,
  regions: Number(options.regions),
  command,
  logLevel: 'warn',
  onUnexpectedExit,
});
let restored;
try {
  const client = await connect({ endpoints: source.endpoints, timeoutMs: 30_000 });
  const count = Math.ceil(totalBytes / valueBytes);
  // A region born of a split may go without a leader for a while on a loaded box: the load is
  // not what is measured here, so a put the cluster could not take in time is put again.
  const putRetrying = async (key, value) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await client.put(key, value);
      } catch (error) {
        if (attempt >= 5 || error?.retryable !== true) throw error;
        log(`put of ${key} failed (${error.code}); put again`);
      }
    }
  };
  log(`loading ${count} values of ${valueBytes} bytes (${megabytes(count * valueBytes)} MB), ${writers} writers`);
  let next = 0;
  const loadStart = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let index = next++; index < count; index = next++) {
        await putRetrying(`bulk/${String(index).padStart(9, '0')}`, randomBytes(valueBytes));
      }
    }),
  );
  log(`loaded in ${since(loadStart).toFixed(1)} s`);
  await client.close();

  const endpoints = source.endpoints.join(',');
  const backupStart = performance.now();
  const backupRun = await run(
    process.execPath,
    [FLINT_BIN, 'backup', '--out', backup, '--endpoints', endpoints, '--timeout', '30000'],
    {
      maxBuffer: 1 << 20,
    },
  );
  const backupSeconds = since(backupStart);
  log(backupRun.stdout.trim());
  const manifest = JSON.parse(
    (await import('node:fs')).readFileSync(join(backup, 'manifest.json'), 'utf8').replace(/\n[^\n]*\n$/, ''),
  );
  const backupBytes = manifest.regions.reduce((sum, region) => sum + region.bytes, 0);
  await source.stop();

  const out = join(root, 'restored');
  let restoreSeconds = 0;
  restored = await startTestCluster({
    nodes: 3,
    command,
    logLevel: 'warn',
    onUnexpectedExit,
    beforeStart: async (members) => {
      const cluster = members
        .map((member) => `${member.nodeId}=${member.peerAddress}/${member.clientAddress}`)
        .join(',');
      const restoreStart = performance.now();
      const restoreRun = await run(process.execPath, [
        FLINT_BIN,
        'restore',
        '--from',
        backup,
        '--cluster',
        cluster,
        '--out',
        out,
      ]);
      restoreSeconds = since(restoreStart);
      log(restoreRun.stdout.trim().split('\n')[0]);
      for (const member of members) await rename(join(out, String(member.nodeId)), member.dataDirectory);
    },
  });
  const check = await connect({ endpoints: restored.endpoints, timeoutMs: 30_000 });
  const last = `bulk/${String(count - 1).padStart(9, '0')}`;
  if ((await check.get(last))?.byteLength !== valueBytes) throw new Error(`the restored cluster lacks ${last}`);
  await check.close();
  const result = {
    bytes: backupBytes,
    regions: manifest.regions.length,
    backupSeconds: Number(backupSeconds.toFixed(2)),
    backupMBps: Number((backupBytes / 1e6 / backupSeconds).toFixed(1)),
    restoreSeconds: Number(restoreSeconds.toFixed(2)),
    restoreMBps: Number((backupBytes / 1e6 / restoreSeconds).toFixed(1)),
  };
  console.log(JSON.stringify(result));
} finally {
  await source.stop().catch(() => undefined);
  await restored?.stop().catch(() => undefined);
  if (!options.keep) await rm(root, { recursive: true, force: true });
}
