/**
 * `npm run bench` rewrites only its own section of docs/benchmarks.md (other benchmarks own the
 * rest), and its ratio table compares like with like.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ratioRows,
  SECTION_END,
  SECTION_START,
  splittingRows,
  writeMarkdownSection,
} from '../scripts/bench/report.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'flint-bench-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('writeMarkdownSection', () => {
  it('appends its section the first time and leaves the other sections as they were', () => {
    const path = join(scratch, 'first.md');
    writeFileSync(path, '# Benchmarks\n\n## Storage\n\nstorage figures\n');
    writeMarkdownSection(path, '## Cluster (npm run bench)\n\nrun 1');
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# Benchmarks\n\n## Storage\n\nstorage figures\n')).toBe(true);
    expect(text).toContain(`${SECTION_START}\n## Cluster (npm run bench)\n\nrun 1\n${SECTION_END}`);
  });

  it('replaces only what is between its markers on later runs', () => {
    const path = join(scratch, 'later.md');
    writeFileSync(path, '# Benchmarks\n\n## Raft\n\nraft figures\n');
    writeMarkdownSection(path, 'run 1');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n## Storage\n\nstorage figures\n`);
    writeMarkdownSection(path, 'run 2');
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('run 1');
    expect(text).toContain('run 2');
    expect(text).toContain('## Raft\n\nraft figures');
    expect(text).toContain('## Storage\n\nstorage figures');
    expect(text.split(SECTION_START)).toHaveLength(2);
  });

  it('creates the file when there is none', () => {
    const path = join(scratch, 'new.md');
    writeMarkdownSection(path, 'run 1');
    expect(readFileSync(path, 'utf8')).toBe(`# Benchmarks\n\n${SECTION_START}\nrun 1\n${SECTION_END}\n`);
  });
});

describe('ratioRows', () => {
  it('pairs points of the same workload and concurrency and divides FlintKV by etcd', () => {
    const flint = [
      { workload: 'put', concurrency: 16, opsPerS: 3000, latencyMs: { p99: 10 } },
      { workload: 'mixed', concurrency: 16, opsPerS: 5000, latencyMs: { p99: 5 } },
    ];
    const etcd = [
      { workload: 'put', concurrency: 16, opsPerS: 1000, latencyMs: { p99: 40 } },
      { workload: 'get', concurrency: 16, opsPerS: 1000, latencyMs: { p99: 40 } },
    ];
    expect(ratioRows(flint, etcd)).toEqual([
      {
        workload: 'put',
        concurrency: 16,
        flintOpsPerS: 3000,
        etcdOpsPerS: 1000,
        throughputRatio: 3,
        p99Ratio: 0.25,
      },
    ]);
  });
});

describe('splittingRows', () => {
  it('pairs splitting on with off at the same region count, workload and concurrency', () => {
    const point = (opsPerS: number, p99: number, regionsAfter: number) => ({
      workload: 'put',
      readShare: 0,
      concurrency: 64,
      opsPerS,
      latencyMs: { p99 },
      regionsAfter,
    });
    const configurations = [
      { regions: 8, splitting: 'on', points: [point(1500, 20, 10)] },
      { regions: 1, splitting: 'off', points: [point(500, 80, 1)] },
      { regions: 8, splitting: 'off', points: [point(1000, 40, 8)] },
    ];
    expect(splittingRows(configurations)).toEqual([
      {
        regions: 8,
        workload: 'put',
        readShare: 0,
        concurrency: 64,
        onOpsPerS: 1500,
        offOpsPerS: 1000,
        throughputRatio: 1.5,
        onP99: 20,
        offP99: 40,
        p99Ratio: 0.5,
        onRegionsAfter: 10,
        offRegionsAfter: 8,
      },
    ]);
  });
});
