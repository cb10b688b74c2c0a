import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lint } from '../engine/run-lint.js';
import { allRules } from './index.js';
import { unquoteGitPath } from '../engine/tree-listing.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-refs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>, base = dir): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), content);
  }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  }).trim();
}

async function findings(rules: readonly string[], options: { gitDir?: string; treeListing?: string } = {}) {
  const run = await lint({ rules: allRules, cwd: dir, cache: null, jobs: 0, ...options });
  return run.files.flatMap((file) =>
    file.messages
      .filter((message) => rules.includes(message.ruleId ?? ''))
      .map((message) => `${file.basename}:${message.line}:${message.column}: ${message.reason}`),
  );
}

const config = 'repository: kubernetes/community\nrules:\n  pinned-link: warn\n';
const url = (ref: string, path: string) => `https://github.com/kubernetes/community/blob/${ref}/${path}`;

describe('links pinned to a commit or another ref', () => {
  it('are not judged against the current tree offline, and are noted when the path is gone', async () => {
    write({
      '.devguide-lint.yaml': config,
      'a.md': `[old](${url('0a1b2c3d4e5f60718293a4b5c6d7e8f901234567', 'old/notes.md')}) [tag](${url('v1.0', 'gone/dir/README.md')}) [now](${url('v1.0', 'dir/README.md')})\n`,
      'dir/README.md': '# Dir\n',
    });
    expect(await findings(['no-missing-file', 'pinned-link'])).toEqual([
      'a.md:1:1: Unexpected path `old/notes.md` pinned to an old commit `0a1b2c3d4e5f60718293a4b5c6d7e8f901234567`, gone from the current tree, expected a link to the current file (or a git repository to check `0a1b2c3d4e5f60718293a4b5c6d7e8f901234567`)',
      'a.md:1:107: Unexpected path `gone/dir/README.md` pinned to `v1.0`, gone from the current tree, expected a link to the current file (or a git repository to check `v1.0`)',
    ]);
  });

  it('are checked at that commit when the lint root is a clone holding it, in one git process', async () => {
    git(dir, 'init', '-q', '-b', 'main');
    write({ 'old/notes.md': '# Notes\n', 'release/docs/x.md': '# X\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'first');
    const first = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'tag', 'v1.0');
    git(dir, 'branch', 'release/1.2');
    git(dir, 'rm', '-rq', 'old', 'release');
    write({ '.devguide-lint.yaml': config, 'gone/dir/README.md': '# now\n' });
    write({
      'a.md': [
        `[at first](${url(first, 'old/notes.md')})`,
        `[short](${url(first.slice(0, 7), 'old/never.md')})`,
        `[tag](${url('v1.0', 'gone/dir/README.md')})`,
        `[branch](${url('release/1.2', 'release/docs/x.md')})`,
        `[unknown](${url('fedcba9876543210fedcba9876543210fedcba98', 'gone.md')})`,
        '',
      ].join('\n\n'),
    });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'second');
    expect(await findings(['no-missing-file', 'pinned-link'])).toEqual([
      `a.md:3:1: Unexpected missing file \`old/never.md\` at \`${first.slice(0, 7)}\`, expected an existing file or directory`,
      'a.md:5:1: Unexpected missing file `gone/dir/README.md` at `v1.0`, expected an existing file or directory',
      'a.md:9:1: Unexpected path `gone.md` pinned to an old commit `fedcba9876543210fedcba9876543210fedcba98`, gone from the current tree, expected a link to the current file (or a git repository to check `fedcba9876543210fedcba9876543210fedcba98`)',
    ]);
  });

  it('are checked in the repository `--git-dir` names, and a moved file is suggested from its history', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'devguide-refs-clone-'));
    try {
      git(clone, 'init', '-q', '-b', 'main');
      write({ 'guide/setup.md': '# Setup\n' }, clone);
      git(clone, 'add', '-A');
      git(clone, 'commit', '-qm', 'first');
      const first = git(clone, 'rev-parse', 'HEAD');
      mkdirSync(join(clone, 'docs'));
      git(clone, 'mv', 'guide/setup.md', 'docs/getting-started.md');
      git(clone, 'commit', '-qm', 'move');
      write({
        '.devguide-lint.yaml': config,
        'a.md': `[pinned](${url(first, 'guide/setup.md')}) [moved](guide/setup.md)\n`,
        'docs/getting-started.md': '# Setup\n',
      });
      expect(await findings(['no-missing-file', 'pinned-link'], { gitDir: join(clone, '.git') })).toEqual([
        'a.md:1:112: Unexpected missing file `guide/setup.md`, expected an existing file or directory; did you mean `docs/getting-started.md`',
      ]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('the tree as GitHub shows it', () => {
  it('lints a symlinked markdown file once, as its target, and resolves links to it there', async () => {
    write({
      '.devguide-lint.yaml': 'repository: kubernetes/community\n',
      'docs/target.md': '# Target\n\n## Part\n\n[gone](gone.md)\n',
      'a.md': '[part](docs/alias.md#part) [bad](docs/alias.md#nope)\n',
    });
    symlinkSync('target.md', join(dir, 'docs/alias.md'));
    const run = await lint({ rules: allRules, cwd: dir, cache: null, jobs: 0 });
    expect(run.files.map((file) => file.basename)).toEqual(['a.md', 'target.md']);
    expect(await findings(['no-missing-file', 'no-missing-anchor'])).toEqual([
      'a.md:1:28: Unexpected missing anchor `#nope` in `docs/target.md`, expected a heading or HTML id',
      'target.md:5:1: Unexpected missing file `docs/gone.md`, expected an existing file or directory',
    ]);
  });

  it('lints README.MD and .markdown files by default and finds a README in any case', async () => {
    write({
      '.devguide-lint.yaml': 'repository: kubernetes/community\n',
      'README.MD': '[sig](sig#leads) [bad](sig#nope)\n',
      'sig/readme.markdown': '# SIG\n\n## Leads\n',
    });
    const run = await lint({ rules: allRules, cwd: dir, cache: null, jobs: 0 });
    expect(run.files.map((file) => file.basename)).toEqual(['README.MD', 'readme.markdown']);
    expect(await findings(['no-missing-anchor'])).toEqual([
      'README.MD:1:18: Unexpected missing anchor `#nope` in `sig/readme.markdown`, expected a heading or HTML id',
    ]);
  });

  it('reads paths git quotes in a tree listing', async () => {
    write({
      '.devguide-lint.yaml': 'repository: kubernetes/community\n',
      'a.md': '[ö](docs/ö.md) [tab](docs/a%09b.md) [gone](docs/ä.md)\n',
      'tree.tsv':
        '100644 blob 1111111111111111111111111111111111111111     10\t"docs/\\303\\266.md"\n100644 blob 2222222222222222222222222222222222222222     10\t"docs/a\\tb.md"\n',
    });
    expect(await findings(['no-missing-file'], { treeListing: 'tree.tsv' })).toEqual([
      'a.md:1:37: Unexpected missing file `docs/ä.md`, expected an existing file or directory',
    ]);
    expect(unquoteGitPath('"a\\"b\\\\c"')).toBe('a"b\\c');
    expect(unquoteGitPath('plain/path.md')).toBe('plain/path.md');
  });
});
