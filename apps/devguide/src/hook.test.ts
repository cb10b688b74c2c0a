import { git, gitEnv } from '@devguide/testkit';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, committedContent } from '../test/cli.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const installer = join(repoRoot, 'node_modules', 'simple-git-hooks', 'cli.js');
const guide = 'content/README.md';
const goodLink = 'sig-cli/kubectl-conventions.md';
const badLink = 'sig-cli/kubectl-convention.md';

let repo: string;

/** `git commit` as a user runs it: the installed hook decides (git sends a hook's stdout to stderr). */
function commit(message: string, extraEnv: Record<string, string> = {}, ...args: string[]) {
  const result = spawnSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message, ...args], {
    cwd: repo,
    env: { ...gitEnv, ...extraEnv },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

const head = () => git(repo, ['rev-parse', 'HEAD']);

const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(repo, path), text);

/** Staged: a new title in the configuration, the README not regenerated, and a new file with a broken link. */
function stageRetitleWithBrokenLink() {
  write(
    'content/devguide.yaml',
    read('content/devguide.yaml').replace('title: Kubernetes Developer Guide', 'title: The Kubernetes Developer Guide'),
  );
  write('docs/notes.md', '# Notes\n\nSee [the guide](../content/READ.md).\n');
  git(repo, ['add', 'content/devguide.yaml', 'docs/notes.md']);
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'devguide-hook-'));
  git(repo, ['init', '-q']);
  mkdirSync(join(repo, 'docs'));
  cpSync(committedContent, join(repo, 'content'), { recursive: true });
  cpSync(join(repoRoot, '.devguide-lint.yaml'), join(repo, '.devguide-lint.yaml'));
  writeFileSync(
    join(repo, 'package.json'),
    `${JSON.stringify({ private: true, 'simple-git-hooks': { 'pre-commit': `node ${JSON.stringify(bin)} hook pre-commit` } }, null, 2)}\n`,
  );
  // Installed the way `pnpm install` installs it in this repository: simple-git-hooks from package.json.
  const installed = spawnSync(process.execPath, [installer], { cwd: repo, env: gitEnv, encoding: 'utf8' });
  expect(installed.stdout).toMatch(/Successfully set the pre-commit/);
  git(repo, ['add', '.']);
  const first = commit('Initial content');
  expect(first.output).toBe('');
  expect(first.code).toBe(0);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('the pre-commit hook', () => {
  it('refuses a broken guide that is staged although the working tree holds the fix; passes once the fix is staged', () => {
    const config = read('content/devguide.yaml');
    write(
      'content/devguide.yaml',
      config.replace('title: Kubernetes Developer Guide', 'title: The Kubernetes Developer Guide'),
    );
    // Staged: the new title in the configuration, and a README with a broken link, not regenerated.
    write(guide, read(guide).replace(goodLink, badLink));
    git(repo, ['add', 'content/devguide.yaml', guide]);
    // The fix, in the working tree only: the README regenerated.
    expect(spawnSync(process.execPath, [bin, 'readme'], { cwd: repo, env: gitEnv, encoding: 'utf8' }).status).toBe(0);
    expect(read(guide)).toContain('title: The Kubernetes Developer Guide');
    expect(read(guide)).toContain(goodLink);
    const before = head();

    const refused = commit('Retitle the guide');
    expect(refused.code).toBe(1);
    expect(head()).toBe(before);
    expect(refused.output).toMatch(
      /^content\/README\.md\n(.*\n)*\s+183:27\s+error\s+Unexpected missing file `contributors\/devel\/sig-cli\/kubectl-convention\.md`/m,
    );
    // The staged README is compared with what the staged content/ renders.
    expect(refused.output).toContain('+title: The Kubernetes Developer Guide');
    expect(refused.output).toContain('/sig-cli/kubectl-convention.md)\n+* **Kubectl Conventions**');
    expect(refused.output).toContain(
      'devguide: commit refused (staged content checked): 1 lint error(s), content/README.md out of date\n',
    );
    expect(refused.output).toMatch(
      /\ndevguide: fix: devguide readme && git add content\/README\.md\ndevguide: to commit anyway: git commit --no-verify\n$/,
    );
    expect(git(repo, ['status', '--porcelain'])).toBe('MM content/README.md\nM  content/devguide.yaml');

    git(repo, ['add', guide]);
    expect(commit('Retitle the guide')).toMatchObject({ code: 0, output: '' });
    expect(head()).not.toBe(before);
    expect(git(repo, ['show', `HEAD:${guide}`])).toContain('title: The Kubernetes Developer Guide');
  });

  it('passes a clean staged file although the working tree copy is broken', () => {
    write('docs/notes.md', '# Notes\n\nSee [the guide](../content/README.md).\n');
    git(repo, ['add', 'docs/notes.md']);
    write('docs/notes.md', '# Notes\n\nSee [the guide](../content/READ.md).\n');
    expect(commit('Notes')).toMatchObject({ code: 0, output: '' });
    expect(git(repo, ['show', 'HEAD:docs/notes.md'])).toContain('content/README.md');
  });

  it('checks a partially staged file as staged: only the staged hunk counts', () => {
    const lines = Array.from({ length: 20 }, (_, index) => `Line ${index + 1}.`);
    write('docs/more.md', `# Notes\n\n${lines.join('\n\n')}\n`);
    git(repo, ['add', 'docs/more.md']);
    expect(commit('Notes')).toMatchObject({ code: 0 });
    // Two far-apart changes; only the first (a broken link) is staged.
    write(
      'docs/more.md',
      `# Notes\n\n${lines.map((line, index) => (index === 0 ? 'See [gone](gone.md).' : index === 19 ? 'See [the guide](../content/README.md).' : line)).join('\n\n')}\n`,
    );
    const patch = git(repo, ['diff', '-U0', 'docs/more.md']).split(/(?=^@@)/m);
    expect(patch).toHaveLength(3);
    writeFileSync(join(repo, 'first.patch'), `${patch[0]}${patch[1]}`);
    git(repo, ['apply', '--cached', '--unidiff-zero', 'first.patch']);
    rmSync(join(repo, 'first.patch'));
    const refused = commit('Half the notes');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/docs\/more\.md\n\s+3:5\s+error\s+Unexpected missing file `docs\/gone\.md`/);
    expect(refused.output).not.toContain('content/README.md');
    expect(refused.output).toContain('devguide: fix: edit the places above by hand, then git add docs/more.md\n');
  });

  it('reads the index git commits from: `git commit <path>` and `git commit --all` take the working tree copy', () => {
    write('docs/notes.md', '# Notes\n\nSee [the guide](../content/README.md).\n');
    git(repo, ['add', 'docs/notes.md']);
    write('docs/notes.md', '# Notes\n\nSee [the guide](../content/READ.md).\n');
    const refused = commit('Notes', {}, 'docs/notes.md');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('Unexpected missing file `content/READ.md`');
    const all = commit('Notes', {}, '--all');
    expect(all.code).toBe(1);
    expect(all.output).toContain('Unexpected missing file `content/READ.md`');
    expect(git(repo, ['show', ':docs/notes.md'])).toContain('(../content/README.md)');
  });

  it('prints the command that fixes fixable findings', () => {
    write('.devguide-lint.yaml', `${read('.devguide-lint.yaml')}  no-space-in-destination: error\n`);
    write('docs/notes.md', '# Notes\n\nSee [the guide](<../content/README.md >).\n');
    git(repo, ['add', 'docs/notes.md', '.devguide-lint.yaml']);
    const result = spawnSync(process.execPath, [bin, 'hook', 'pre-commit', '--command', 'pnpm devguide'], {
      cwd: repo,
      env: gitEnv,
      encoding: 'utf8',
    });
    expect(result.stderr).toMatch(
      /^devguide: fix: pnpm devguide lint --fix docs\/notes\.md && git add docs\/notes\.md$/m,
    );
  });

  it('is bypassed with the usual variable and with --no-verify', () => {
    write('docs/notes.md', '# Notes\n\n[x](nope.md)\n');
    git(repo, ['add', 'docs/notes.md']);
    expect(commit('Broken').code).toBe(1);
    expect(commit('Broken', { SKIP_SIMPLE_GIT_HOOKS: '1' })).toMatchObject({ code: 0 });
    write('docs/notes.md', '# Notes\n\n[y](nope.md)\n');
    git(repo, ['add', 'docs/notes.md']);
    expect(commit('Broken', {}, '--no-verify')).toMatchObject({ code: 0 });
  });

  it('stays silent on a commit that touches no markdown, no content and no configuration', () => {
    write('docs/notes.md', '# Notes\n\n[x](nope.md)\n');
    git(repo, ['add', 'docs/notes.md']);
    expect(commit('Broken', { SKIP_SIMPLE_GIT_HOOKS: '1' }).code).toBe(0);
    write('data.txt', 'text\n');
    git(repo, ['add', 'data.txt']);
    expect(commit('Data')).toMatchObject({ code: 0, output: '' });
  });

  it('refuses a rename, a heading edit or a delete that breaks links in files the commit does not touch', () => {
    write('docs/a.md', '# A\n\n## Setup\n\nText.\n');
    write('docs/b.md', '# B\n\nSee [a](a.md) and [its setup](a.md#setup).\n');
    git(repo, ['add', 'docs']);
    expect(commit('Docs')).toMatchObject({ code: 0 });

    git(repo, ['mv', 'docs/a.md', 'docs/alpha.md']);
    const renamed = commit('Rename a');
    expect(renamed.code).toBe(1);
    expect(renamed.output).toContain('docs/b.md:3:5: Unexpected missing file `docs/a.md`');
    expect(renamed.output).toContain('docs/b.md:3:19: Unexpected missing file `docs/a.md`');
    expect(renamed.output).toMatch(/devguide: fix: repoint the links above/);
    git(repo, ['mv', 'docs/alpha.md', 'docs/a.md']);

    write('docs/a.md', '# A\n\n## Getting started\n\nText.\n');
    git(repo, ['add', 'docs/a.md']);
    const edited = commit('Retitle');
    expect(edited.code).toBe(1);
    expect(edited.output).toContain('docs/b.md:3:19: Unexpected missing anchor `#setup`');
    expect(edited.output).not.toContain('docs/b.md:3:5');
    git(repo, ['checkout', 'HEAD', '--', 'docs/a.md']);

    git(repo, ['rm', '-q', 'docs/a.md']);
    const deleted = commit('Delete a');
    expect(deleted.code).toBe(1);
    expect(deleted.output).toContain('docs/b.md:3:5: Unexpected missing file `docs/a.md`');
    git(repo, ['checkout', 'HEAD', '--', 'docs/a.md']);

    // Repointed in the same commit: nothing is broken.
    git(repo, ['mv', 'docs/a.md', 'docs/alpha.md']);
    write('docs/b.md', '# B\n\nSee [a](alpha.md) and [its setup](alpha.md#setup).\n');
    git(repo, ['add', 'docs']);
    expect(commit('Rename a, repoint b')).toMatchObject({ code: 0 });
  });

  it('leaves a staged symbolic link to markdown alone', () => {
    symlinkSync('../content/README.md', join(repo, 'docs', 'guide.md'));
    git(repo, ['add', 'docs/guide.md']);
    expect(git(repo, ['ls-files', '--stage', 'docs/guide.md'])).toMatch(/^120000 /);
    expect(commit('Link the guide')).toMatchObject({ code: 0, output: '' });
  });

  it("this repository's own hook script (the offline hook bundle) refuses and passes the same way", () => {
    const script = join(repoRoot, 'scripts', 'pre-commit.js');
    writeFileSync(
      join(repo, '.git', 'hooks', 'pre-commit'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(script)}\n`,
      { mode: 0o755 },
    );
    stageRetitleWithBrokenLink();
    const refused = commit('Retitle');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('docs/notes.md\n  3:5  error  Unexpected missing file `content/READ.md`');
    expect(refused.output).toMatch(
      /\ndevguide: fix: edit the places above by hand, then git add docs\/notes\.md\ndevguide: fix: pnpm devguide readme && git add content\/README\.md\n/,
    );
    write('docs/notes.md', '# Notes\n\nSee [the guide](../content/README.md).\n');
    expect(spawnSync(process.execPath, [bin, 'readme'], { cwd: repo, env: gitEnv }).status).toBe(0);
    git(repo, ['add', 'docs/notes.md', guide]);
    expect(commit('Retitle')).toMatchObject({ code: 0, output: '' });
  });

  it("this repository's hook script says the same with and without its code cache, and rewrites a corrupt one", () => {
    const script = join(repoRoot, 'scripts', 'pre-commit.js');
    const codeCache = join(repo, '.git', 'devguide', 'hook-code.v8');
    const hook = () => {
      const result = spawnSync(process.execPath, [script], { cwd: repo, env: gitEnv, encoding: 'utf8' });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    stageRetitleWithBrokenLink();

    // The hook installed for these tests (`devguide hook pre-commit`) starts the same way, and left one.
    rmSync(codeCache);
    const without = hook();
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('Unexpected missing file `content/READ.md`');
    expect(without.stderr).toContain('devguide: commit refused');
    const written = readFileSync(codeCache);
    expect(written.toString('latin1', 0, 22)).toBe('devguide-code-cache 1\n');
    // Every write replaces the file (a new inode): one that served is not written again.
    const inode = statSync(codeCache).ino;

    expect(hook()).toEqual(without);
    expect(statSync(codeCache).ino).toBe(inode);
    expect(readFileSync(codeCache).equals(written)).toBe(true);

    writeFileSync(codeCache, 'not a code cache\n');
    expect(hook()).toEqual(without);
    // Started from a subdirectory (git runs hooks at the top; a user may not), the index is read from the top.
    const fromDocs = spawnSync(process.execPath, [script], { cwd: join(repo, 'docs'), env: gitEnv, encoding: 'utf8' });
    expect({ code: fromDocs.status, stdout: fromDocs.stdout, stderr: fromDocs.stderr }).toEqual(without);
    const rewritten = statSync(codeCache).ino;
    expect(readFileSync(codeCache).toString('latin1', 0, 22)).toBe('devguide-code-cache 1\n');
    expect(hook()).toEqual(without);
    expect(statSync(codeCache).ino).toBe(rewritten);
  });

  it("the pre-commit framework's command line starts from the hook's bundle and code cache, and says what the CLI says", () => {
    stageRetitleWithBrokenLink();
    const framework = { ...gitEnv, PRE_COMMIT: '1', PRE_COMMIT_HOME: join(repo, '.git', 'framework-cache') };
    const devguide = (...args: string[]) => {
      const result = spawnSync(process.execPath, [bin, ...args], { cwd: repo, env: framework, encoding: 'utf8' });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    // An option sends the same hook through the whole CLI.
    const throughCli = devguide('hook', 'pre-commit', '--command', 'devguide', 'docs/notes.md');
    expect(throughCli.code).toBe(1);
    expect(throughCli.stdout).toContain('Unexpected missing file `content/READ.md`');
    const cacheHome = join(repo, '.git', 'framework-cache');
    const codeCaches = () =>
      existsSync(cacheHome)
        ? readdirSync(cacheHome, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('hook-code.v8'))
        : [];
    expect(codeCaches()).toEqual([]);

    expect(devguide('hook', 'pre-commit', 'docs/notes.md')).toEqual(throughCli);
    const [codeCache] = codeCaches();
    expect(readFileSync(join(cacheHome, codeCache!)).toString('latin1', 0, 22)).toBe('devguide-code-cache 1\n');
    expect(devguide('hook', 'pre-commit', 'docs/notes.md')).toEqual(throughCli);
  });

  it('refuses an unknown hook name, exit 2, one line', () => {
    const result = spawnSync(process.execPath, [bin, 'hook', 'pre-push'], { cwd: repo, env: gitEnv, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'devguide: Unexpected hook `pre-push`, expected `pre-commit`; run `devguide hook pre-commit` from the git hook\n',
    );
  });
});
