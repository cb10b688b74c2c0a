import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/release-bundle.js', import.meta.url));

describe('scripts/release-bundle.js', () => {
  let root: string;
  beforeEach(() => {
    // A repository of its own: the script finds the bundle and release/ from where it lies.
    root = mkdtempSync(join(tmpdir(), 'devguide-release-'));
    mkdirSync(join(root, 'scripts'));
    copyFileSync(script, join(root, 'scripts', 'release-bundle.js'));
    const bundle = join(root, 'apps', 'devguide', 'dist', 'bundle');
    mkdirSync(bundle, { recursive: true });
    writeFileSync(join(root, 'apps', 'devguide', 'package.json'), JSON.stringify({ version: '1.2.3' }));
    mkdirSync(join(root, 'apps', 'devguide', 'bin'));
    writeFileSync(
      join(root, 'apps', 'devguide', 'bin', 'devguide.js'),
      "#!/usr/bin/env node\nconst bundle = new URL('../dist/bundle/', import.meta.url);\nawait import(new URL('devguide.js', bundle).href);\n",
    );
    const files: Record<string, string> = {
      'devguide.js': 'import { a } from "./chunk-AAAA.js";\nexport const run = () => import("./chunk-BBBB.js");\n',
      'worker.js': 'import "./chunk-CCCC.js";\n',
      'chunk-AAAA.js': 'import { c } from "./chunk-CCCC.js";\nexport const a = c;\n',
      'chunk-BBBB.js': 'export const b = 2;\n',
      'chunk-CCCC.js': 'export const c = 3;\n',
      'chunk-CCCC.js.LEGAL.txt': 'a licence\n',
      // What an earlier build left: turbo restores outputs over a directory without emptying it.
      'chunk-OLD1.js': 'export const old = 1;\n',
      'chunk-OLD1.js.LEGAL.txt': 'an old licence\n',
      'hook.cjs': 'module.exports = {};\n',
      'hook-start.js': 'export const startPreCommit = () => 0;\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(bundle, name), text);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const release = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts', 'release-bundle.js'), ...args], { encoding: 'utf8' });

  it('copies the entries and every chunk they load, directly or not, and no chunk of an earlier build', () => {
    expect(release().status).toBe(0);
    expect(readdirSync(join(root, 'release')).sort()).toEqual([
      'chunk-AAAA.js',
      'chunk-BBBB.js',
      'chunk-CCCC.js',
      'chunk-CCCC.js.LEGAL.txt',
      'cli.js',
      'devguide.js',
      'hook-start.js',
      'hook.cjs',
      'package.json',
      'worker.js',
    ]);
    // The CLI's bin, reading its bundle from beside it.
    expect(readFileSync(join(root, 'release', 'cli.js'), 'utf8')).toBe(
      "#!/usr/bin/env node\nconst bundle = new URL('./', import.meta.url);\nawait import(new URL('devguide.js', bundle).href);\n",
    );
    expect(release('--check').status).toBe(0);
  });

  it('finds release/ out of date when it holds a file the build does not give', () => {
    expect(release().status).toBe(0);
    writeFileSync(join(root, 'release', 'chunk-OLD1.js'), 'export const old = 1;\n');
    const checked = release('--check');
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('chunk-OLD1.js');
  });
});
