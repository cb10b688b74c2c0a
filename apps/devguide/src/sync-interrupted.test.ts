import { corpus, git } from '@devguide/testkit';
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, committedContent, devguide, removeWorkspace, snapshotTree } from '../test/cli.js';

const guide = 'contributors/devel/README.md';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let upstream: string;
let cwd: string;
const commits: { first: string; second: string } = { first: '', second: '' };
let before: Record<string, string>;
let after: Record<string, string>;

const contentFiles = (dir: string) =>
  Object.fromEntries(
    ['devguide.lock.json', 'README.md', `upstream/${guide}`].map((file) => [
      file,
      readFileSync(join(dir, 'content', file), 'utf8'),
    ]),
  );

beforeAll(() => {
  upstream = mkdtempSync(join(tmpdir(), 'devguide-interrupted-upstream-'));
  git(upstream, ['init', '-q']);
  const lock = JSON.parse(readFileSync(join(committedContent, 'devguide.lock.json'), 'utf8')) as {
    files: Array<{ path: string; type: string }>;
  };
  for (const file of lock.files.filter((entry) => entry.type === 'blob')) {
    mkdirSync(dirname(join(upstream, file.path)), { recursive: true });
    copyFileSync(join(corpus.communityDir, file.path), join(upstream, file.path));
  }
  git(upstream, ['add', '-A']);
  git(upstream, ['commit', '-q', '-m', 'first']);
  commits.first = git(upstream, ['rev-parse', 'HEAD']);
  const text = readFileSync(join(upstream, guide), 'utf8');
  writeFileSync(
    join(upstream, guide),
    text.replace('Glog levels.', 'klog levels and verbosity.').replace('klog levels.', 'klog levels and verbosity.'),
  );
  git(upstream, ['commit', '-q', '-am', 'second']);
  commits.second = git(upstream, ['rev-parse', 'HEAD']);

  // A repository that commits content/ with the pre-commit checks, as this project does.
  cwd = mkdtempSync(join(tmpdir(), 'devguide-interrupted-'));
  git(cwd, ['init', '-q']);
  mkdirSync(join(cwd, 'content'));
  copyFileSync(join(committedContent, 'devguide.yaml'), join(cwd, 'content/devguide.yaml'));
  copyFileSync(join(repoRoot, '.devguide-lint.yaml'), join(cwd, '.devguide-lint.yaml'));
  expect(devguide(cwd, 'sync', '--from', upstream, '--rev', commits.second).code).toBe(0);
  after = contentFiles(cwd);
  expect(devguide(cwd, 'sync', '--from', upstream, '--rev', commits.first).code).toBe(0);
  before = contentFiles(cwd);
  git(cwd, ['add', '-A']);
  git(cwd, ['commit', '-q', '-m', 'content']);
});
afterAll(() => {
  removeWorkspace(cwd);
  removeWorkspace(upstream);
});

/** The built CLI stopped with SIGKILL at one step of its staged commit (a test seam of the CLI). */
function killedSync(step: string): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [bin, 'sync', '--from', upstream, '--rev', commits.second], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', DEVGUIDE_TEST_STOP_AT: step },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.on('close', (_code, signal) => resolve(signal)));
}

function hook(): { code: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [bin, 'hook', 'pre-commit'], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr };
}

const refusal =
  /^content\/\.devguide-staging\/plan\.json:1:1: Unexpected interrupted sync .*; run `devguide sync` to finish it\n$/;

describe('kill -9 at each step of the staged commit of a sync', () => {
  // Three files change (upstream copy, README, lock): the plan is committed, then three renames.
  const finishers = (): Array<[string, string[]]> => [
    ['sync', ['sync', '--from', upstream, '--rev', commits.second]],
    ['readme', ['readme']],
    ['lint', ['lint', '--no-cache']],
    ['sync', ['sync', '--from', upstream, '--rev', commits.second]],
  ];
  it.each([
    ['rename:0', 0],
    ['rename:1', 1],
    ['rename:2', 2],
    ['cleanup', 3],
  ] as const)(
    'at %s: readme --check, sync --dry-run/--check and the hook refuse in one line; the next command finishes it',
    async (step, index) => {
      for (const [file, text] of Object.entries(before)) writeFileSync(join(cwd, 'content', file), text);
      expect(await killedSync(step)).toBe('SIGKILL');
      const staging = join(cwd, 'content/.devguide-staging');
      expect(existsSync(join(staging, 'plan.json'))).toBe(true);
      const half = snapshotTree(cwd);
      for (const args of [
        ['readme', '--check'],
        ['sync', '--from', upstream, '--dry-run'],
        ['sync', '--from', upstream, '--check'],
      ]) {
        const refused = devguide(cwd, ...args);
        expect(refused, args.join(' ')).toMatchObject({ code: 2 });
        expect(refused.stderr).toMatch(refusal);
      }
      const hooked = hook();
      expect(hooked.code).toBe(2);
      expect(hooked.stderr).toMatch(refusal);
      expect(snapshotTree(cwd)).toEqual(half);

      const [name, args] = finishers()[index]!;
      const finished = devguide(cwd, ...args);
      expect(finished.stderr, name).not.toMatch(/interrupted|internal error/);
      expect(finished.code, name).not.toBe(2);
      expect(existsSync(staging)).toBe(false);
      expect(contentFiles(cwd), `${step} finished by ${name}`).toEqual(after);
      expect(devguide(cwd, 'readme', '--check').code).toBe(0);
    },
  );

  it('before the commit point: nothing changed, readers read the old content, the next sync discards the staging', async () => {
    for (const [file, text] of Object.entries(before)) writeFileSync(join(cwd, 'content', file), text);
    expect(await killedSync('commit')).toBe('SIGKILL');
    expect(contentFiles(cwd)).toEqual(before);
    expect(existsSync(join(cwd, 'content/.devguide-staging/files'))).toBe(true);
    expect(devguide(cwd, 'readme', '--check').code).toBe(0);
    const next = devguide(cwd, 'sync', '--from', upstream, '--rev', commits.second);
    expect(next.code).toBe(0);
    expect(existsSync(join(cwd, 'content/.devguide-staging'))).toBe(false);
    expect(contentFiles(cwd)).toEqual(after);
  });
});

describe('a sync with nothing to write', () => {
  it('creates no staging directory and changes no mtime, not even of content/', () => {
    expect(devguide(cwd, 'sync', '--from', upstream, '--rev', commits.second).code).toBe(0);
    const files = snapshotTree(join(cwd, 'content'));
    const directories = ['content', 'content/upstream'].map((dir) => statSync(join(cwd, dir)).mtimeMs);
    const again = devguide(cwd, 'sync', '--from', upstream, '--rev', commits.second);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/wrote 0 file\(s\)$/m);
    expect(snapshotTree(join(cwd, 'content'))).toEqual(files);
    expect(['content', 'content/upstream'].map((dir) => statSync(join(cwd, dir)).mtimeMs)).toEqual(directories);
  });
});

describe('sync --from <directory> without --commit', () => {
  it('refuses to write null over the locked commit: exit 2, one line at the lock, nothing written', () => {
    const plain = mkdtempSync(join(tmpdir(), 'devguide-plain-'));
    try {
      cpSync(upstream, plain, { recursive: true, filter: (path) => !path.includes('.git') });
      const state = snapshotTree(cwd);
      const result = devguide(cwd, 'sync', '--from', plain);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^content\/devguide\.lock\.json:\d+:\d+: Unexpected sync from a directory without a commit over the locked commit `[0-9a-f]{40}`, expected the commit the files are at; pass `--commit <sha>`.*\n$/,
      );
      expect(snapshotTree(cwd)).toEqual(state);
      const pinned = devguide(cwd, 'sync', '--from', plain, '--commit', commits.second);
      expect(pinned).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(readFileSync(join(cwd, 'content/devguide.lock.json'), 'utf8')).upstream.commit).toBe(
        commits.second,
      );
    } finally {
      removeWorkspace(plain);
    }
  });
});

describe('readme after a kill', () => {
  it('removes the temporary file a killed run left, and leaves nothing of its own', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    writeFileSync(join(cwd, 'content/README.md'), 'stale');
    const temporary = `.README.md.${dead}.0123abcd.tmp`;
    writeFileSync(join(cwd, 'content', temporary), 'half a README');
    const result = devguide(cwd, 'readme');
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: 'wrote content/README.md\n' });
    expect(readdirSync(join(cwd, 'content')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(cwd, 'content/README.md'), 'utf8')).toBe(after['README.md']);
  });
});

describe('a lock path that leaves its directory', () => {
  it('is refused by readme and lint in one line at its place, nothing written', () => {
    const lockPath = join(cwd, 'content/devguide.lock.json');
    const original = readFileSync(lockPath, 'utf8');
    try {
      writeFileSync(lockPath, original.replace(/"path": "[^"]+"/, '"path": "../../../etc/passwd"'));
      const state = snapshotTree(cwd);
      for (const args of [['readme'], ['lint', '--no-cache']]) {
        const result = devguide(cwd, ...args);
        expect(result.code, args[0]).toBe(2);
        expect(result.stderr).toMatch(
          /^content\/devguide\.lock\.json:\d+:\d+: Unexpected value at `files\.0\.path`: `\.\.\/\.\.\/\.\.\/etc\/passwd` has a `\.\.` segment, expected a relative `\/`-separated repository path; .*\n$/,
        );
      }
      expect(snapshotTree(cwd)).toEqual(state);
    } finally {
      writeFileSync(lockPath, original);
    }
  });
});
