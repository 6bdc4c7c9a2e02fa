// Compiles the fault suite (tests/faults → tests/faults/dist) and runs the soak with the given
// flags. `npm run soak -- --duration 600 --seed 7 [--nodes 5]`; the packages are built first by npm.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
execFileSync(process.execPath, [here('../../node_modules/typescript/bin/tsc'), '-p', here('./tsconfig.json')], {
  stdio: 'inherit',
});
await import('./dist/soak.js');
