import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

describe('committed generated code', () => {
  it('was generated from the current .proto files (run `npm run generate --workspace @flintkv/proto`)', () => {
    const hash = createHash('sha256');
    for (const name of ['raft.proto', 'kv.proto', 'admin.proto']) {
      hash.update(readFileSync(join(packageDirectory, 'proto', name)));
    }
    const firstLine = readFileSync(join(packageDirectory, 'generated', 'flint.js'), 'utf8').split('\n', 1)[0];
    expect(firstLine).toBe(`// schemas-sha256: ${hash.digest('hex')}`);
  });
});
