import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packageSource = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests read sibling packages from source; multi-process tests run the built dist/.
    alias: [
      ...['proto', 'raft', 'storage', 'pd', 'client', 'test-kit'].map((name) => ({
        find: new RegExp(`^@flintkv/${name}$`),
        replacement: packageSource(name),
      })),
      {
        find: /^@flintkv\/proto\/raft$/,
        replacement: fileURLToPath(new URL('./packages/proto/src/raft.ts', import.meta.url)),
      },
      {
        find: /^@flintkv\/storage\/testing$/,
        replacement: fileURLToPath(
          new URL('./packages/storage/src/test-support/snapshot-transfer.ts', import.meta.url),
        ),
      },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at once, whatever the cores: most of the suite's time is process tests
    // that wait on 3-node clusters (elections, restarts, splits). On 2 cores this took the
    // suite from 1,042 s one file at a time to 805 s, all green (docs/benchmarks.md).
    maxWorkers: 2,
  },
});
