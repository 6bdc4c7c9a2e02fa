/**
 * The packages as a user outside this repository gets them: `npm pack` each publishable
 * package, install the tarballs into a scratch project in a temporary directory, start a
 * cluster with the installed `flint` and run the client README's first program there, with
 * `import` and with `require`. Dependencies come from npm's cache when they are there
 * (--prefer-offline), so this stays fast.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, stopAllClusters } from './helpers/cluster.js';

const run = promisify(execFile);
const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
/** Every package a user installs: the four they name and what those depend on. */
const PACKAGES = ['proto', 'raft', 'storage', 'pd', 'server', 'client', 'cli'];
/** The endpoints the README's examples name, replaced by the test cluster's. */
const README_ENDPOINTS = "['127.0.0.1:7201', '127.0.0.1:7202', '127.0.0.1:7203']";

/** npm's environment without what `npm test` set for this repository (it would point npm here). */
function npmEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.toLowerCase().startsWith('npm_') || /^npm_config_(cache|registry|userconfig)$/i.test(name)) {
      environment[name] = value;
    }
  }
  return environment;
}

/** The README's ```js blocks: the `import` one and the `require` one. */
async function readmeExamples(): Promise<{ module: string; commonJs: string }> {
  const readme = await readFile(join(REPOSITORY, 'packages/client/README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const module = blocks.find((block) => block.includes("from '@flintkv/client'"));
  const commonJs = blocks.find((block) => block.includes("require('@flintkv/client')"));
  if (module === undefined || commonJs === undefined) throw new Error('the client README lost its two examples');
  return { module, commonJs };
}

describe('the packed packages, installed outside the repository', () => {
  let scratch: string;
  let cluster: TestCluster;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'flint-install-'));
    const workspaces = PACKAGES.flatMap((name) => ['--workspace', `@flintkv/${name}`]);
    const packed = await run('npm', ['pack', '--json', '--pack-destination', scratch, ...workspaces], {
      cwd: REPOSITORY,
      env: npmEnvironment(),
    });
    const tarballs = (JSON.parse(packed.stdout) as { filename: string }[]).map(({ filename }) =>
      join(scratch, filename),
    );
    expect(tarballs).toHaveLength(PACKAGES.length);
    await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], {
      cwd: scratch,
      env: npmEnvironment(),
    });
    const installedFlint = join(scratch, 'node_modules/@flintkv/cli/bin/flint.mjs');
    cluster = await startCluster({
      nodes: 3,
      regions: 2,
      command: (flags) => ({ file: process.execPath, args: [installedFlint, 'server', ...flags] }),
    });
  }, 120_000);

  afterAll(async () => {
    await stopAllClusters();
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  });

  it('carry a license, the repository, engines >= 20.19 and typed exports, and no private flag', async () => {
    const lock = JSON.parse(await readFile(join(scratch, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string }>;
    };
    for (const name of PACKAGES) {
      // Every @flintkv package, dependencies of dependencies included, is one of our tarballs.
      expect(lock.packages[`node_modules/@flintkv/${name}`]?.resolved).toMatch(/^file:/);
      const manifest = JSON.parse(
        await readFile(join(scratch, 'node_modules/@flintkv', name, 'package.json'), 'utf8'),
      ) as Record<string, unknown>;
      expect(manifest).toMatchObject({
        license: 'Apache-2.0',
        engines: { node: '>=20.19' },
        repository: { directory: `packages/${name}` },
        exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      });
      expect(manifest.private).toBeUndefined();
      await readFile(join(scratch, 'node_modules/@flintkv', name, 'LICENSE'), 'utf8');
      await readFile(join(scratch, 'node_modules/@flintkv', name, 'dist/index.d.ts'), 'utf8');
    }
  });

  it.each(['module', 'commonJs'] as const)('run the client README example with %s', async (kind) => {
    const source = (await readmeExamples())[kind].replace(README_ENDPOINTS, JSON.stringify(cluster.endpoints));
    expect(source).toContain(cluster.endpoints[0]);
    const file = join(scratch, kind === 'module' ? 'example.mjs' : 'example.cjs');
    await writeFile(file, source);
    const { stdout } = await run(process.execPath, [file], { cwd: scratch });
    expect(stdout).toBe('ada\n');
  });

  it('give the installed project a working flint bin', async () => {
    const { stdout } = await run(
      join(scratch, 'node_modules/.bin/flint'),
      ['get', 'user/1', '--endpoints', cluster.endpoints.join(',')],
      { cwd: scratch },
    );
    expect(stdout).toBe('ada\n');
  });
});
