// Writes docs/configuration.md from the settings of packages/server/src/config/settings.ts
// (run `npm run docs:configuration` after changing a setting; a test checks the file is current).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConfigurationReference } from '../packages/server/dist/index.js';

const target = fileURLToPath(new URL('../docs/configuration.md', import.meta.url));
writeFileSync(target, renderConfigurationReference());
process.stdout.write('docs/configuration.md written\n');
