/**
 * `npm run bench` rewrites only its own section of docs/benchmarks.md (other benchmarks own the
 * rest), and its ratio tables compare like with like.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ratioRows,
  SECTION_END,
  SECTION_START,
  securityRows,
  securityTable,
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
        security: 'plaintext',
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

describe('securityRows', () => {
  const point = (workload: string, concurrency: number, opsPerS: number, p50: number, p99: number) => ({
    workload,
    readShare: workload === 'get' ? 1 : 0,
    concurrency,
    opsPerS,
    latencyMs: { p50, p99 },
  });

  it('pairs TLS with plaintext at the same region count, splitting, workload and concurrency', () => {
    const configurations = [
      { regions: 8, splitting: 'off', security: 'plaintext', points: [point('put', 1, 400, 2, 10)] },
      {
        regions: 8,
        splitting: 'off',
        security: 'tls',
        points: [point('put', 1, 300, 2.5, 15), point('get', 1, 9, 9, 9)],
      },
      // A run from before --secure has no security field: plaintext.
      { regions: 8, splitting: 'on', points: [point('put', 1, 1000, 1, 1)] },
      { regions: 1, splitting: 'off', security: 'tls', points: [point('put', 1, 1, 1, 1)] },
    ];
    expect(securityRows(configurations)).toEqual([
      {
        regions: 8,
        splitting: 'off',
        workload: 'put',
        readShare: 0,
        concurrency: 1,
        plaintextOpsPerS: 400,
        tlsOpsPerS: 300,
        throughputRatio: 0.75,
        plaintextP50: 2,
        tlsP50: 2.5,
        p50Ratio: 1.25,
        plaintextP99: 10,
        tlsP99: 15,
        p99Ratio: 1.5,
      },
    ]);
  });

  it('prints ops/s, p50 and p99 of both and the TLS/plaintext ratios', () => {
    const configurations = [
      { regions: 8, splitting: 'off', security: 'plaintext', points: [point('get', 256, 20_000, 12, 40)] },
      { regions: 8, splitting: 'off', security: 'tls', points: [point('get', 256, 15_000, 15, 60)] },
    ];
    const lines = securityTable(securityRows(configurations)).split('\n');
    expect(lines[0]).toContain('TLS/plaintext ops/s');
    expect(lines[2]?.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'get (linearizable)',
      'off',
      '8',
      '256',
      '20,000',
      '15,000',
      '0.75×',
      '12.0',
      '15.0',
      '1.25×',
      '40.0',
      '60.0',
      '1.50×',
      '',
    ]);
  });

  it('keeps splitting on/off pairs within one transport', () => {
    const configurations = ['plaintext', 'tls'].flatMap((security) =>
      ['on', 'off'].map((splitting) => ({
        regions: 8,
        splitting,
        security,
        points: [point('put', 16, security === 'tls' ? 100 : 200, 1, splitting === 'on' ? 4 : 2)],
      })),
    );
    const rows = splittingRows(configurations);
    expect(rows.map((row) => [row.security, row.onOpsPerS, row.offOpsPerS, row.p99Ratio])).toEqual([
      ['plaintext', 200, 200, 2],
      ['tls', 100, 100, 2],
    ]);
  });
});
