import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

describe('committed generated code', () => {
  it('matches what the .proto files generate (run `npm run generate` after editing a schema)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'flint-proto-'));
    try {
      execFileSync(process.execPath, [join(packageDirectory, 'scripts', 'generate.mjs'), '--out-dir', directory], {
        stdio: 'pipe',
      });
      for (const file of ['flint.js', 'flint.d.ts']) {
        const fresh = readFileSync(join(directory, file), 'utf8');
        const committed = readFileSync(join(packageDirectory, 'generated', file), 'utf8');
        expect(committed === fresh, `generated/${file} is stale`).toBe(true);
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
