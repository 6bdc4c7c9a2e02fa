// Layout-move benchmark: what a restart with another --workers costs per group moved. One group
// of `--keys` 256-byte values (keys `k` + 15 digits) is copied between two host databases with
// the procedure a start uses (packages/storage/src/offline-database.ts), then cleared from the
// source. Prints records, MiB, copy and clear time, MiB/s and peak RSS.
//
//   npm run build && node scripts/bench-layout-move.mjs [--keys 200000] [--dir <directory>]
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { OfflineDatabase, openNodeStore } from '../packages/storage/dist/index.js';

const { values: options } = parseArgs({
  options: { keys: { type: 'string', default: '200000' }, dir: { type: 'string', default: tmpdir() } },
});
const keys = Number(options.keys);
const root = mkdtempSync(join(options.dir, 'flint-layout-move-'));
const identity = { clusterId: '1', nodeId: 1 };
const GROUP = 5;
const BATCH = 5_000;
try {
  const store = await openNodeStore(join(root, 'host-0'), identity);
  await store.openGroup(GROUP, {
    confState: { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
  });
  const value = new Uint8Array(256).fill(7);
  const encoder = new TextEncoder();
  for (let start = 0; start < keys; start += BATCH) {
    const turn = store.beginTurn();
    for (let index = start; index < Math.min(keys, start + BATCH); index++) {
      turn.putKv(GROUP, encoder.encode(`k${String(index).padStart(15, '0')}`), value);
    }
    await turn.commit();
  }
  await store.close();

  const source = await OfflineDatabase.open(join(root, 'host-0'), identity);
  const target = await OfflineDatabase.open(join(root, 'host-1'), identity);
  const copyStarted = performance.now();
  const copied = await source.copyGroupTo(target, GROUP);
  const clearStarted = performance.now();
  await source.clearGroup(GROUP);
  const finished = performance.now();
  await source.close();
  await target.close();
  const mebibytes = copied.bytes / 1024 / 1024;
  const copySeconds = (clearStarted - copyStarted) / 1000;
  console.log(
    JSON.stringify({
      records: copied.records,
      mebibytes: Number(mebibytes.toFixed(1)),
      copyMs: Math.round(copySeconds * 1000),
      clearMs: Math.round(finished - clearStarted),
      copyMebibytesPerSecond: Number((mebibytes / copySeconds).toFixed(1)),
      peakRssMebibytes: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
