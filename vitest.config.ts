import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packageSource = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests read sibling packages from source; multi-process tests run the built dist/.
    alias: {
      '@flintkv/proto': packageSource('proto'),
      '@flintkv/raft': packageSource('raft'),
      '@flintkv/storage': packageSource('storage'),
      '@flintkv/pd': packageSource('pd'),
      '@flintkv/client': packageSource('client'),
      '@flintkv/test-kit': packageSource('test-kit'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
