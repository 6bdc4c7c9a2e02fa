// Regenerates generated/flint.js and generated/flint.d.ts from proto/*.proto.
// Run with `npm run generate --workspace @flintkv/proto` after changing a .proto file, and
// commit the result: builds do not run the generator (see README.md).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pbjs = join(dirname(require.resolve('protobufjs-cli/package.json')), 'bin', 'pbjs');
const outputDirectory = join(packageDirectory, 'generated');
const schemas = ['raft.proto', 'kv.proto', 'admin.proto'].map((name) => join(packageDirectory, 'proto', name));
const output = join(outputDirectory, 'flint.js');
const declarations = join(outputDirectory, 'flint.d.ts');

execFileSync(
  process.execPath,
  [
    pbjs,
    '--target',
    'static-module',
    '--wrap',
    'esm',
    '--dependency',
    'protobufjs/minimal.js',
    '--no-create',
    '--no-verify',
    '--no-convert',
    '--no-delimited',
    '--no-typeurl',
    '--path',
    join(packageDirectory, 'proto'),
    '--dts',
    '--out',
    output,
    ...schemas,
  ],
  { cwd: packageDirectory, stdio: 'inherit' },
);

// The declarations use a CommonJS import of `long`, which an ESM (NodeNext) project rejects.
const typeText = readFileSync(declarations, 'utf8').replace(
  'import Long = require("long");',
  'import type Long from "long";',
);
writeFileSync(declarations, typeText);

// A fingerprint of the schemas the code came from: a unit test recomputes it and fails when a
// .proto file changed without regeneration (running the generator in a test takes ~10 s).
const hash = createHash('sha256');
for (const schema of schemas) hash.update(readFileSync(schema));
const code = readFileSync(output, 'utf8');
writeFileSync(output, `// schemas-sha256: ${hash.digest('hex')}\n${code}`);
