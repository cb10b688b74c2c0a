import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { committedContent, devguide, removeWorkspace, snapshotTree, workspaceWithContent } from '../test/cli.js';

let cwd: string;
beforeEach(() => {
  cwd = workspaceWithContent();
});
afterEach(() => removeWorkspace(cwd));

const upstreamCopy = 'content/upstream/contributors/devel/README.md';

describe('devguide readme', () => {
  it('--check passes on the committed content', () => {
    const result = devguide(cwd, 'readme', '--check');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('content/README.md is up to date\n');
  });

  it('regenerating changes nothing, twice', () => {
    const before = snapshotTree(cwd);
    expect(devguide(cwd, 'readme').code).toBe(0);
    expect(devguide(cwd, 'readme').code).toBe(0);
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('--check fails with a diff when an edit in the configuration changes, and names the fix', () => {
    const config = join(cwd, 'content/devguide.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('text: issue-triage.md', 'text: triage.md'));
    const before = snapshotTree(cwd);
    const result = devguide(cwd, 'readme', '--check');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('--- a/content/README.md');
    expect(result.stdout).toMatch(/^-\* \*\*GitHub Issues\*\* \(\[issue-triage\.md\]/m);
    expect(result.stdout).toMatch(/^\+\* \*\*GitHub Issues\*\* \(\[triage\.md\]/m);
    expect(result.stderr).toContain('run `pnpm generate:readme`');
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('--check fails when an entry in the upstream copy changes; readme then brings it back in line', () => {
    const copy = join(cwd, upstreamCopy);
    writeFileSync(
      copy,
      readFileSync(copy, 'utf8').replace(
        'Setting up your development environment.',
        'Setting up a development environment.',
      ),
    );
    const check = devguide(cwd, 'readme', '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^\+.*Setting up a development environment\./m);
    expect(devguide(cwd, 'readme')).toMatchObject({ code: 0, stdout: 'wrote content/README.md\n' });
    expect(devguide(cwd, 'readme', '--check').code).toBe(0);
  });

  it('is byte-identical to the committed README', () => {
    expect(devguide(cwd, 'readme').code).toBe(0);
    expect(readFileSync(join(cwd, 'content/README.md'), 'utf8')).toBe(
      readFileSync(join(committedContent, 'README.md'), 'utf8'),
    );
  });

  it('reports an edit whose entry vanished, with both places, and still writes the rest', () => {
    const copy = join(cwd, upstreamCopy);
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('**GitHub Issues**', '**Issue Triage**'));
    const result = devguide(cwd, 'readme');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^content\/devguide\.yaml:\d+:5: warning: Unexpected missing entry `GitHub Issues`.*\[edit-vanished\]$/m,
    );
  });
});

describe('devguide readme on malformed content: one line with file:line:col, exit 2, nothing written', () => {
  const cases: Array<[name: string, file: string, mutate: (text: string) => string | Buffer, expected: RegExp]> = [
    [
      'bad YAML',
      'content/devguide.yaml',
      (text) => text.replace('  ref: main\n  readme', '  ref: [main\n  readme'),
      /^content\/devguide\.yaml:\d+:\d+: Unexpected YAML/,
    ],
    [
      'an unknown key',
      'content/devguide.yaml',
      (text) => text.replace('output: README.md', 'output: README.md\ncolour: blue'),
      /^content\/devguide\.yaml:\d+:1: Unexpected key `colour`/,
    ],
    [
      'bad JSON in the lock',
      'content/devguide.lock.json',
      (text) => text.replace('"lockfileVersion": 1,', '"lockfileVersion": 1'),
      /^content\/devguide\.lock\.json:3:3: Unexpected JSON/,
    ],
    [
      'a lock of another version',
      'content/devguide.lock.json',
      (text) => text.replace('"lockfileVersion": 1,', '"lockfileVersion": 2,'),
      /^content\/devguide\.lock\.json:2:\d+: Unexpected value at `lockfileVersion`/,
    ],
    [
      'a README without sections',
      upstreamCopy,
      (text) => text.replace(/^## /gm, '**').replace(/^### /gm, '_'),
      /^content\/upstream\/contributors\/devel\/README\.md:1:1: Unexpected guide without sections/,
    ],
    [
      'a binary upstream copy',
      upstreamCopy,
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
      /^content\/upstream\/contributors\/devel\/README\.md:3:1: Unexpected binary content/,
    ],
    [
      'a non-UTF-8 upstream copy',
      upstreamCopy,
      (text) => Buffer.concat([Buffer.from(text.slice(0, 40)), Buffer.from([0xff]), Buffer.from(text.slice(40))]),
      /^content\/upstream\/contributors\/devel\/README\.md:\d+:\d+: Unexpected invalid UTF-8 byte 0xff/,
    ],
    [
      'bad front matter',
      upstreamCopy,
      (text) => `---\ntitle: [x\n---\n${text}`,
      /^content\/upstream\/contributors\/devel\/README\.md:\d+:\d+: Unexpected front matter/,
    ],
  ];

  it.each(cases)('%s', (_name, file, mutate, expected) => {
    const path = join(cwd, file);
    writeFileSync(path, mutate(readFileSync(path, 'utf8')));
    writeFileSync(join(cwd, 'content/README.md'), 'stale\n');
    const before = snapshotTree(cwd);
    for (const args of [['readme'], ['readme', '--check']]) {
      const result = devguide(cwd, ...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(expected);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('a missing file', () => {
    removeWorkspace(join(cwd, 'content/devguide.lock.json'));
    const result = devguide(cwd, 'readme');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'content/devguide.lock.json:1:1: Unexpected missing file, expected the devguide lock (JSON); run `pnpm sync:upstream` (or `devguide sync --from <dir>`) to write it, or restore it from git\n',
    );
  });
});
