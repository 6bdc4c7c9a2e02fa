import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiskUsageSampler, directoryBytes } from './disk-usage.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'flint-disk-usage-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('directoryBytes', () => {
  it('adds up the files of every subdirectory, without following links', async () => {
    await mkdir(join(directory, 'host-0', 'deeper'), { recursive: true });
    await writeFile(join(directory, 'node-layout.json'), 'x'.repeat(10));
    await writeFile(join(directory, 'host-0', '000005.ldb'), Buffer.alloc(1_000));
    await writeFile(join(directory, 'host-0', 'deeper', 'LOG'), Buffer.alloc(24));
    await symlink(join(directory, 'host-0'), join(directory, 'link'));
    expect(await directoryBytes(directory)).toBe(1_034);
  });

  it('is 0 for a directory that does not exist', async () => {
    expect(await directoryBytes(join(directory, 'missing'))).toBe(0);
  });
});

describe('DiskUsageSampler', () => {
  it('records a figure at once and again after each interval, until stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const figures: number[] = [];
      const sampler = new DiskUsageSampler(directory, (bytes) => figures.push(bytes), pino({ level: 'silent' }), 1_000);
      sampler.start();
      await vi.waitFor(() => expect(figures).toEqual([0]));
      await writeFile(join(directory, 'file'), Buffer.alloc(50));
      vi.advanceTimersByTime(1_000);
      await vi.waitFor(() => expect(figures).toEqual([0, 50]));
      sampler.stop();
      vi.advanceTimersByTime(5_000);
      await sampler.sample();
      expect(figures).toEqual([0, 50]);
    } finally {
      vi.useRealTimers();
    }
  });
});
