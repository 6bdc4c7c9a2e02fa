#!/usr/bin/env node
// The `flint` bin. npm links a package's bin at install time only if the file exists then;
// dist/ appears with the build, so this committed file is the bin and loads the built program.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const program = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(fileURLToPath(program))) {
  process.stderr.write(
    `flint: the CLI is not built yet (${fileURLToPath(program)} is missing); run \`npm run build\` first.\n`,
  );
  process.exit(1);
}
await import(program.href);
