/**
 * Source comments cite the design by anchor (`docs/architecture.md#threads`). Every cited
 * anchor must be a heading of that file, and nothing may cite a design file outside the
 * repository (a reader of the repository cannot follow such a citation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARCHITECTURE = join(ROOT, 'docs/architecture.md');
const THIS_FILE = fileURLToPath(import.meta.url);
const SCANNED = /\.(ts|mts|mjs|js|proto|md)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'generated', '.git', '.flint-dev', 'coverage']);

/** Every file under `folder` worth scanning, as absolute paths. */
function filesUnder(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (SCANNED.test(entry.name) && path !== THIS_FILE) files.push(path);
  }
  return files;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!inCode && heading !== null) anchors.add(anchorOf(heading[1]!));
  }
  return anchors;
}

const packageSources = readdirSync(join(ROOT, 'packages')).flatMap((name) => filesUnder(join(ROOT, 'packages', name)));
const repositoryFiles = [
  ...packageSources,
  ...filesUnder(join(ROOT, 'tests')),
  ...filesUnder(join(ROOT, 'scripts')),
  ...filesUnder(join(ROOT, 'docs')),
  join(ROOT, 'README.md'),
];

describe('docs/architecture.md citations', () => {
  const anchors = headingAnchors(readFileSync(ARCHITECTURE, 'utf8'));

  it('has the sections the code cites', () => {
    for (const section of ['packages', 'threads', 'worker-side', 'the-path-of-a-put', 'log-entry-format'])
      expect(anchors).toContain(section);
  });

  it('every docs/architecture.md#anchor cited in the repository is a heading of the file', () => {
    const missing: string[] = [];
    let citations = 0;
    for (const file of repositoryFiles) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/docs\/architecture\.md#([\w-]+)/g)) {
        citations++;
        if (!anchors.has(match[1]!)) missing.push(`${relative(ROOT, file)}: #${match[1]}`);
      }
    }
    // Links inside the file itself.
    for (const match of readFileSync(ARCHITECTURE, 'utf8').matchAll(/\]\(#([\w-]+)\)/g)) {
      if (!anchors.has(match[1]!)) missing.push(`docs/architecture.md: #${match[1]}`);
    }
    expect(missing).toEqual([]);
    expect(citations).toBeGreaterThan(5);
  });

  it('nothing cites the design file outside the repository (docs/architecture.md is the design)', () => {
    // Spelled in parts, so that this file does not cite it either.
    const outsideDesignFile = ['DESIGN', 'md'].join('.');
    const citing = repositoryFiles.filter((file) => readFileSync(file, 'utf8').includes(outsideDesignFile));
    expect(citing.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('no package source, script, test or design note cites a path outside the repository', () => {
    const scanned = [
      ...packageSources,
      ...filesUnder(join(ROOT, 'scripts')),
      ...filesUnder(join(ROOT, 'tests')),
      ARCHITECTURE,
    ];
    const citing = scanned.filter((file) => readFileSync(file, 'utf8').includes('../shared'));
    expect(citing.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
