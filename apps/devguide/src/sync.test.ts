import { corpus, git } from '@devguide/testkit';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { committedContent, devguide, removeWorkspace, snapshotTree } from '../test/cli.js';

const guide = 'contributors/devel/README.md';
let cwd: string;
let repo: string;

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'devguide-sync-'));
  mkdirSync(join(cwd, 'content'));
  copyFileSync(join(committedContent, 'devguide.yaml'), join(cwd, 'content/devguide.yaml'));
  repo = mkdtempSync(join(tmpdir(), 'devguide-upstream-'));
});
afterEach(() => {
  removeWorkspace(cwd);
  removeWorkspace(repo);
});

function gitIn(...args: string[]): string {
  return git(repo, args);
}

/** An upstream repository holding the real guide and every file it links to, from the corpus. */
function upstreamRepo(): string {
  gitIn('init', '-q');
  const lock = JSON.parse(readFileSync(join(committedContent, 'devguide.lock.json'), 'utf8')) as {
    files: Array<{ path: string; type: string }>;
  };
  for (const file of lock.files.filter((entry) => entry.type === 'blob')) {
    mkdirSync(dirname(join(repo, file.path)), { recursive: true });
    copyFileSync(join(corpus.communityDir, file.path), join(repo, file.path));
  }
  gitIn('add', '-A');
  gitIn('commit', '-q', '-m', 'upstream');
  return gitIn('rev-parse', 'HEAD');
}

function editGuide(mutate: (text: string) => string): void {
  writeFileSync(join(repo, guide), mutate(readFileSync(join(repo, guide), 'utf8')));
}

describe('devguide sync --from <dir>', () => {
  it('from the corpus reproduces the committed content byte for byte', () => {
    const result = devguide(cwd, 'sync', '--from', corpus.communityDir, '--commit', corpus.commit);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /wrote 3 file\(s\): content\/upstream\/contributors\/devel\/README\.md, content\/README\.md, content\/devguide\.lock\.json/,
    );
    for (const file of ['README.md', 'devguide.lock.json', `upstream/${guide}`]) {
      expect(readFileSync(join(cwd, 'content', file), 'utf8'), file).toBe(
        readFileSync(join(committedContent, file), 'utf8'),
      );
    }
    const again = devguide(cwd, 'sync', '--from', corpus.communityDir, '--commit', corpus.commit);
    expect(again.stdout).toMatch(/wrote 0 file\(s\)$/m);
  });

  it('refuses a malformed commit id and options that belong to the other source, exit 2, nothing written', () => {
    const before = snapshotTree(cwd);
    expect(devguide(cwd, 'sync', '--from', corpus.communityDir, '--commit', 'abc')).toMatchObject({ code: 2 });
    const rev = devguide(cwd, 'sync', '--rev', 'HEAD');
    expect(rev.code).toBe(2);
    expect(rev.stderr).toBe(
      'devguide: Unexpected `--rev` with the GitHub API (use --ref), expected one or the other; see `devguide sync --help`\n',
    );
    expect(devguide(cwd, 'sync', '--from', corpus.communityDir, '--api-url', 'http://127.0.0.1:9')).toMatchObject({
      code: 2,
      stderr: 'devguide: Unexpected `--api-url` with --from, expected one or the other; see `devguide sync --help`\n',
    });
    expect(devguide(cwd, 'sync', '--from', join(cwd, 'nowhere')).stderr).toMatch(
      /^devguide: Unexpected missing upstream directory/,
    );
    expect(snapshotTree(cwd)).toEqual(before);
  });
});

describe('devguide sync --from <git repository>', () => {
  it('pins the commit, then reports what changed for the guide when upstream moves', () => {
    const first = upstreamRepo();
    const initial = devguide(cwd, 'sync', '--from', repo, '--rev', first);
    expect(initial.code).toBe(0);
    const lock = JSON.parse(readFileSync(join(cwd, 'content/devguide.lock.json'), 'utf8')) as {
      upstream: { commit: string };
    };
    expect(lock.upstream.commit).toBe(first);

    // Upstream renames an entry the downstream edit is keyed on, moves a target and adds an entry.
    editGuide((text) =>
      text
        .replace('**GitHub Issues**', '**Issue Triage**')
        .replace(
          '* **Development Guide** ([development.md](development.md)): Setting up your development environment.',
          '* **Development Guide** ([development.md](development.md)): Setting up a development environment.\n\n* **Release Notes** ([release-notes.md](release-notes.md)): Writing release notes.',
        ),
    );
    gitIn('mv', 'contributors/devel/sig-testing/flaky-tests.md', 'contributors/devel/sig-testing/flakes.md');
    gitIn('commit', '-q', '-am', 'move things');
    const second = gitIn('rev-parse', 'HEAD');

    const result = devguide(cwd, 'sync', '--from', repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`moved: ${first} -> ${second}`);
    expect(result.stdout).toMatch(/^added: entry `Issue Triage` in The process of developing/m);
    expect(result.stdout).toMatch(/^removed: entry `GitHub Issues`/m);
    expect(result.stdout).toMatch(
      /^added: entry `Release Notes`.*\(content\/upstream\/contributors\/devel\/README\.md:\d+:1\)$/m,
    );
    expect(result.stdout).toMatch(/^changed: entry `Development Guide`.*\(description\)/m);
    expect(result.stdout).toContain('missing upstream: contributors/devel/release-notes.md');
    expect(result.stdout).toContain('missing upstream: contributors/devel/sig-testing/flaky-tests.md');
    expect(result.stderr).toMatch(
      /^content\/devguide\.yaml:\d+:5: warning: Unexpected missing entry `GitHub Issues`.*\[edit-vanished\]$/m,
    );
    const moved = JSON.parse(readFileSync(join(cwd, 'content/devguide.lock.json'), 'utf8')) as {
      upstream: { commit: string };
      missing: string[];
    };
    expect(moved.upstream.commit).toBe(second);
    expect(moved.missing).toEqual([
      'contributors/devel/release-notes.md',
      'contributors/devel/sig-testing/flaky-tests.md',
    ]);
    expect(devguide(cwd, 'readme', '--check').code).toBe(0);
  });

  it('--dry-run prints the diff and writes nothing', () => {
    const first = upstreamRepo();
    expect(devguide(cwd, 'sync', '--from', repo, '--rev', first).code).toBe(0);
    editGuide((text) =>
      text.replace('Glog levels.', 'klog levels and verbosity.').replace('klog levels.', 'klog levels and verbosity.'),
    );
    gitIn('commit', '-q', '-am', 'logging');
    const before = snapshotTree(cwd);
    const result = devguide(cwd, 'sync', '--from', repo, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\+.*klog levels and verbosity\./m);
    expect(result.stdout).toContain('--- a/content/devguide.lock.json');
    expect(result.stdout).toMatch(/dry run: would write 3 file\(s\).*nothing written$/m);
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('refuses a guide that is a symbolic link upstream, exit 2, nothing written', () => {
    upstreamRepo();
    rmSync(join(repo, guide));
    symlinkSync('../../README.md', join(repo, guide));
    gitIn('add', '-A');
    gitIn('commit', '-q', '-m', 'link');
    const before = snapshotTree(cwd);
    const result = devguide(cwd, 'sync', '--from', repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `devguide: Unexpected symbolic link at upstream path \`${guide}\`, expected a regular file\n`,
    );
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('names a revision that does not exist', () => {
    upstreamRepo();
    const result = devguide(cwd, 'sync', '--from', repo, '--rev', 'no-such-branch');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^devguide: Unexpected revision `no-such-branch`/);
  });
});
