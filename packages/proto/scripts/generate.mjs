// Regenerates generated/flint.js and generated/flint.d.ts from proto/*.proto.
// Run with `npm run generate --workspace @flintkv/proto` after changing a .proto file, and
// commit the result: builds do not run the generator (see README.md).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pbjs = join(dirname(require.resolve('protobufjs-cli/package.json')), 'bin', 'pbjs');
// `--out-dir <dir>` writes elsewhere: the staleness test regenerates into a temporary directory.
const outDirFlag = process.argv.indexOf('--out-dir');
const outputDirectory = outDirFlag >= 0 ? process.argv[outDirFlag + 1] : join(packageDirectory, 'generated');
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
    join(packageDirectory, 'proto', 'raft.proto'),
    join(packageDirectory, 'proto', 'kv.proto'),
    join(packageDirectory, 'proto', 'admin.proto'),
  ],
  { cwd: packageDirectory, stdio: 'inherit' },
);

// The declarations use a CommonJS import of `long`, which an ESM (NodeNext) project rejects.
const typeText = readFileSync(declarations, 'utf8').replace(
  'import Long = require("long");',
  'import type Long from "long";',
);
writeFileSync(declarations, typeText);
