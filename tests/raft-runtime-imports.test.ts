import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageEntries: Record<string, string> = {
  '@flintkv/proto/raft': join(root, 'packages/proto/dist/raft.js'),
};

/** Every module the built file `entry` loads at run time, following relative and workspace imports. */
function runtimeImports(entry: string): { files: Set<string>; external: Set<string> } {
  const files = new Set<string>();
  const external = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    // Type-only imports are erased from the emitted JavaScript.
    for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else if (packageEntries[specifier] !== undefined) pending.push(packageEntries[specifier]!);
      else external.add(specifier);
    }
  }
  return { files, external };
}

describe('the Raft core at run time', () => {
  it('loads no protobufjs: it imports only the plain Raft types of @flintkv/proto (npm run build first)', () => {
    const { files, external } = runtimeImports(join(root, 'packages/raft/dist/index.js'));
    expect(files.size).toBeGreaterThan(10);
    expect([...external].filter((name) => name.startsWith('protobufjs') || name === '@flintkv/proto')).toEqual([]);
    expect([...files].some((file) => file.endsWith('proto/dist/raft-types.js'))).toBe(true);
  });
});
