import { readFileSync } from 'node:fs';

/**
 * The software version, read from this package's package.json (`../package.json` from both
 * `src/` and `dist/`) so that Status, `/metrics` and the published package never disagree.
 */
export const SERVER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
