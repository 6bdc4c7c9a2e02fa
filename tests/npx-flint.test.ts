/**
 * `npx flint` right after `npm ci`: npm links a workspace's bin at install time only if the
 * file exists then, and dist/ appears only with the build. So the bin is a committed shim
 * that loads dist/, and says what to do when dist/ is not built yet.
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));

describe('the flint bin', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'flint-bin-'));
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('is a file committed to git, so npm ci links it before any build', async () => {
    const manifest = JSON.parse(await readFile(join(REPOSITORY, 'packages/cli/package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(manifest.bin).toEqual({ flint: './bin/flint.mjs' });
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'packages/cli/bin/flint.mjs'], {
      cwd: REPOSITORY,
    });
    expect(tracked.status).toBe(0);
  });

  it('runs the built CLI through npx from the repository root', async () => {
    // --no: never fetch a package named flint from the registry; only the linked bin may answer.
    const { stdout } = await run('npx', ['--no', '--', 'flint', '--version'], { cwd: REPOSITORY });
    expect(stdout).toBe('0.1.0\n');
  });

  it('says to build first when dist/ is missing', async () => {
    await mkdir(join(scratch, 'bin'));
    await copyFile(join(REPOSITORY, 'packages/cli/bin/flint.mjs'), join(scratch, 'bin/flint.mjs'));
    const outcome = spawnSync(process.execPath, [join(scratch, 'bin/flint.mjs'), '--version'], { encoding: 'utf8' });
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toMatch(
      /^flint: the CLI is not built yet \(.*dist\/bin\.js is missing\); run `npm run build` first\.\n$/,
    );
  });
});
