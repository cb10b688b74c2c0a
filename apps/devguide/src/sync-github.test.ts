import { buildRepo, commitStep, startFakeGitHub, type FakeGitHub } from '@devguide/github/testing';
import { corpus } from '@devguide/testkit';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { committedContent, removeWorkspace, snapshotTree } from '../test/cli.js';
import type { CliIo } from './io.js';
import { run } from './run.js';

const repository = 'kubernetes/community';
const guide = 'contributors/devel/README.md';
const development = 'contributors/devel/development.md';
const automation = 'contributors/devel/automation.md';
const flaky = 'contributors/devel/sig-testing/flaky-tests.md';
const flakes = 'contributors/devel/sig-testing/flakes.md';
const token = 'ghp_secret0123456789abcdefghijklmnopqrstu';
const lockedFiles = (
  JSON.parse(readFileSync(join(committedContent, 'devguide.lock.json'), 'utf8')) as {
    files: Array<{ path: string; type: string }>;
  }
).files;
const linked = lockedFiles.filter((file) => file.type === 'blob').map((file) => file.path);
// A few files the guide does not link to, so the tree is more than the guide's set.
const unrelated = [
  'contributors/guide/contributor-cheatsheet/README.md',
  'sig-list.md',
  'contributors/devel/sig-testing/bazel.md',
].filter((path) => {
  try {
    readFileSync(join(corpus.communityDir, path));
    return true;
  } catch {
    return false;
  }
});

let upstream: string;
let commits: { initial: string; modified: string; moved: string };
let agent: Agent;

beforeAll(() => {
  upstream = mkdtempSync(join(tmpdir(), 'devguide-github-upstream-'));
  const files = Object.fromEntries(
    [...linked, ...unrelated].map((path) => [path, readFileSync(join(corpus.communityDir, path))]),
  );
  const [initial] = buildRepo(upstream, [{ message: 'the guide and its targets', write: files }]) as [string];
  const modified = commitStep(upstream, {
    message: 'development guide: a new section',
    write: {
      [development]: `${readFileSync(join(corpus.communityDir, development), 'utf8')}\n## Building offline\n\nUse the vendored modules.\n`,
    },
  });
  // Upstream moves one target and deletes another, and the guide keeps its old links.
  const moved = commitStep(upstream, {
    message: 'move flaky tests, drop automation',
    rename: { [flaky]: flakes },
    remove: [automation],
  });
  commits = { initial, modified, moved };
  agent = new Agent({ keepAliveTimeout: 10 });
});
afterAll(async () => {
  await agent.close();
  rmSync(upstream, { recursive: true, force: true });
});

let cwd: string;
let server: FakeGitHub;
beforeEach(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'devguide-sync-github-'));
  mkdirSync(join(cwd, 'content'));
  copyFileSync(join(committedContent, 'devguide.yaml'), join(cwd, 'content/devguide.yaml'));
  server = await startFakeGitHub({ repo: upstream, repository });
});
afterEach(async () => {
  await server.close();
  removeWorkspace(cwd);
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

const slept: number[] = [];
async function devguide(args: string[], env: Record<string, string> = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  };
  let now = Date.parse('2026-01-01T00:00:00Z');
  const clock = { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) };
  const code = await run(['sync', '--api-url', server.url, ...args], io, {
    sync: { dispatcher: agent, clock, backoff: [1, 1, 1], maxRateLimitWait: 60_000 },
  });
  return { code, stdout, stderr };
}

const requests = () => server.requests.length;
const blobRequests = () => server.requests.filter((request) => request.path.includes('/git/blobs/')).length;
const readContent = (file: string) => readFileSync(join(cwd, 'content', file), 'utf8');
const lockOf = () =>
  JSON.parse(readContent('devguide.lock.json')) as {
    upstream: { commit: string; ref: string };
    files: Array<{ path: string; sha: string }>;
    missing: string[];
  };

/** Points `main` of the served repository at a commit. */
function pointMainAt(commit: string) {
  execFileSync('git', ['-C', upstream, 'update-ref', 'refs/heads/main', commit]);
}

describe('devguide sync over the GitHub API', () => {
  it('cold: one commit request, one tree, one blob per markdown file of the guide set; the same lock as a sync from the git repository', async () => {
    pointMainAt(commits.initial);
    const result = await devguide([]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `from GitHub ${repository} at ${commits.initial.slice(0, 12)} (commit ${commits.initial})`,
    );
    expect(blobRequests()).toBe(linked.length);
    expect(requests()).toBe(2 + linked.length);
    expect(result.stdout).toMatch(
      new RegExp(`^github: ${2 + linked.length} request\\(s\\), ${linked.length} blob\\(s\\) downloaded, `, 'm'),
    );
    const viaApi = readContent('devguide.lock.json');
    expect(lockOf().upstream.commit).toBe(commits.initial);

    // The same commit read by git itself gives the same lock, upstream copy and README byte for byte.
    const other = mkdtempSync(join(tmpdir(), 'devguide-sync-git-'));
    try {
      mkdirSync(join(other, 'content'));
      copyFileSync(join(committedContent, 'devguide.yaml'), join(other, 'content/devguide.yaml'));
      const io: CliIo = { cwd: other, env: {}, stdout: { write: () => true }, stderr: { write: () => true } };
      expect(await run(['sync', '--from', upstream, '--rev', 'main'], io)).toBe(0);
      for (const file of ['devguide.lock.json', 'README.md', `upstream/${guide}`]) {
        expect(readFileSync(join(other, 'content', file), 'utf8'), file).toBe(readContent(file));
      }
      expect(viaApi).toBe(readFileSync(join(other, 'content/devguide.lock.json'), 'utf8'));
    } finally {
      removeWorkspace(other);
    }
  });

  it('no change: one request (304), no blob, nothing written', async () => {
    pointMainAt(commits.initial);
    expect((await devguide([])).code).toBe(0);
    const before = snapshotTree(cwd);
    const start = requests();
    const result = await devguide([]);
    expect(result.code).toBe(0);
    expect(requests() - start).toBe(1);
    expect(server.requests.at(-1)).toMatchObject({ status: 304 });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(`"${commits.initial}"`);
    expect(result.stdout).toBe(
      `upstream: ${repository} main is still at ${commits.initial}: nothing to sync (1 request(s), 0 blob(s) downloaded, 0 B received)\nwrote 0 file(s)\n`,
    );
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('one changed file: only that blob is downloaded; its anchors are recomputed, the others kept', async () => {
    pointMainAt(commits.initial);
    expect((await devguide([])).code).toBe(0);
    pointMainAt(commits.modified);
    const start = server.requests.length;
    const result = await devguide([]);
    expect(result.code).toBe(0);
    const fetched = server.requests
      .slice(start)
      .map((request) => request.path.replace(/\?.*/, '').split('/').slice(4).join('/'));
    const changedSha = lockOf().files.find((file) => file.path === development)!.sha;
    expect(fetched).toEqual([`commits/main`, `git/trees/${commits.modified}`, `git/blobs/${changedSha}`]);
    expect(result.stdout).toContain(`moved: ${commits.initial} -> ${commits.modified}`);
    expect(JSON.stringify(lockOf().files.find((file) => file.path === development))).toContain('building-offline');
  });

  it('reports a moved and a deleted target with the fix, and --fix writes it as a downstream edit', async () => {
    pointMainAt(commits.initial);
    expect((await devguide([])).code).toBe(0);
    pointMainAt(commits.moved);
    const dry = await devguide(['--dry-run']);
    expect(dry.stdout).toContain(`target moved: ${flaky} -> ${flakes} (same content)`);
    expect(dry.stdout).toMatch(
      /^content\/upstream\/contributors\/devel\/README\.md:32:\d+: link `sig-testing\/flaky-tests\.md` points at a moved target; fix: `sig-testing\/flakes\.md` \(run with --fix/m,
    );
    expect(dry.stdout).toContain(`target deleted upstream: ${automation} (linked from the guide)`);

    const before = readContent('devguide.yaml');
    const fixed = await devguide(['--fix']);
    expect(fixed.code).toBe(0);
    const config = readContent('devguide.yaml');
    expect(config.startsWith(before.trimEnd().split('\n').slice(0, 5).join('\n'))).toBe(true);
    expect(config).toContain(
      '- entry: Hunting flaky tests\n    set:\n      href: sig-testing/flakes.md\n    was:\n      href: sig-testing/flaky-tests.md',
    );
    expect(config).toContain(
      '- entry: Flaky tests\n    set:\n      href: sig-testing/flakes.md\n    was:\n      href: sig-testing/flaky-tests.md',
    );
    expect(readContent('README.md')).toContain('sig-testing/flakes.md');
    expect(readContent('README.md')).not.toContain('flaky-tests.md)');
    expect(lockOf().files.map((file) => file.path)).toContain(flakes);
  });

  it('--check: exit 0 with one request while current, exit 1 with the summary when upstream moved; writes nothing', async () => {
    pointMainAt(commits.initial);
    expect((await devguide([])).code).toBe(0);
    const blobsBefore = blobRequests();
    const before = snapshotTree(cwd);
    const current = await devguide(['--check']);
    expect(current).toMatchObject({ code: 0, stderr: '' });
    expect(current.stdout).toMatch(/nothing to sync \(1 request/);
    pointMainAt(commits.moved);
    const start = requests();
    const behind = await devguide(['--check']);
    expect(behind.code).toBe(1);
    // The commit, then the comparison with the locked commit: no tree, no blob.
    expect(server.requests.slice(start).map((request) => request.path.split('/').slice(4, 5).join())).toEqual([
      'commits',
      'compare',
    ]);
    expect(blobRequests()).toBe(blobsBefore);
    expect(behind.stdout).toContain(`moved: ${commits.initial} -> ${commits.moved}`);
    expect(behind.stdout).toContain(`target moved: ${flaky} -> ${flakes}`);
    expect(behind.stdout).toMatch(/^check: upstream moved past the lock; run `pnpm sync:upstream` to take it; /m);
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('--dry-run prints a unified diff of every file and writes nothing', async () => {
    pointMainAt(commits.initial);
    expect((await devguide([])).code).toBe(0);
    pointMainAt(commits.modified);
    const before = snapshotTree(cwd);
    const result = await devguide(['--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- a/content/devguide.lock.json\n+++ b/content/devguide.lock.json\n');
    expect(result.stdout).toMatch(/^\+ {8}"building-offline",$/m);
    expect(result.stdout).toMatch(new RegExp(`^-    "commit": "${commits.initial}",$`, 'm'));
    expect(result.stdout).toMatch(/dry run: would write 1 file\(s\): content\/devguide\.lock\.json; nothing written; /);
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('--ref takes a tag; --locked re-materialises exactly the locked commit', async () => {
    pointMainAt(commits.moved);
    execFileSync('git', ['-C', upstream, 'tag', '-f', 'v1', commits.initial]);
    expect((await devguide(['--ref', 'v1'])).code).toBe(0);
    expect(lockOf().upstream).toMatchObject({ commit: commits.initial, ref: 'v1' });
    const lock = readContent('devguide.lock.json');
    const readme = readContent('README.md');
    rmSync(join(cwd, 'content/upstream'), { recursive: true });
    writeFileSync(join(cwd, 'content/README.md'), 'damaged');
    const result = await devguide(['--locked']);
    expect(result.code).toBe(0);
    // The anchors come from the lock (the shas are unchanged): only the guide itself is downloaded.
    const guideSha = lockOf().files.find((file) => file.path === guide)!.sha;
    expect(server.requests.slice(-3).map((request) => request.path.replace(/\?.*/, ''))).toEqual([
      `/repos/${repository}/commits/${commits.initial}`,
      `/repos/${repository}/git/trees/${commits.initial}`,
      `/repos/${repository}/git/blobs/${guideSha}`,
    ]);
    expect(server.requests.at(-3)!.headers['if-none-match']).toBeUndefined();
    expect(readContent('devguide.lock.json')).toBe(lock);
    expect(readContent('README.md')).toBe(readme);
  });

  it('walks a truncated tree and reads base64 blobs to the same result', async () => {
    pointMainAt(commits.initial);
    await server.close();
    server = await startFakeGitHub({ repo: upstream, repository, truncateTreesAbove: 5, base64Blobs: true });
    expect((await devguide([])).code).toBe(0);
    const trees = server.requests.filter((request) => request.path.includes('/git/trees/'));
    expect(trees.length).toBeGreaterThan(2);
    // Only the directories on the guide's paths are listed, each once.
    expect(new Set(trees.map((request) => request.path)).size).toBe(trees.length);
    const directories = execFileSync('git', ['-C', upstream, 'ls-tree', '-r', '-d', '--name-only', commits.initial], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    const linkedDirectories = new Set(
      linked.flatMap((path) =>
        path
          .split('/')
          .slice(0, -1)
          .map((_, index, parts) => parts.slice(0, index + 1).join('/')),
      ),
    );
    const unlinked = directories.filter((directory) => !linkedDirectories.has(directory));
    expect(unlinked.length).toBeGreaterThan(0);
    for (const directory of unlinked) {
      const sha = execFileSync('git', ['-C', upstream, 'rev-parse', `${commits.initial}:${directory}`], {
        encoding: 'utf8',
      }).trim();
      expect(trees.some((request) => request.path.includes(sha))).toBe(false);
    }
    expect(trees.length).toBeLessThanOrEqual(linkedDirectories.size + 2);
    const viaTruncated = readContent('devguide.lock.json');
    rmSync(join(cwd, 'content/devguide.lock.json'));
    await server.close();
    server = await startFakeGitHub({ repo: upstream, repository });
    expect((await devguide([])).code).toBe(0);
    expect(readContent('devguide.lock.json')).toBe(viaTruncated);
  });
});

describe('a failing sync leaves content/ and the lock byte for byte as they were', () => {
  beforeEach(async () => {
    pointMainAt(commits.initial);
    expect((await devguide([])).code).toBe(0);
    pointMainAt(commits.moved);
  });

  it.each([
    [
      'a 403 primary rate limit that resets in an hour',
      {
        match: /git\/trees/,
        kind: 'status',
        status: 403,
        headers: {
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Date.parse('2026-01-01T01:00:00Z') / 1000),
        },
      },
      1,
      /^devguide: Unexpected GitHub API rate limit \(60 requests an hour\) reached, expected requests left; retry after 2026-01-01T01:00:00\.000Z$/m,
    ],
    [
      'a 429 asking for a wait of two hours',
      { match: /git\/blobs/, kind: 'status', status: 429, headers: { 'retry-after': '7200' } },
      1,
      /^devguide: Unexpected GitHub API rate limit \(60 requests an hour\) reached, expected requests left; retry after 2026-01-01T02:00:00\.000Z$/m,
    ],
    [
      '500 on every retry',
      { match: /git\/blobs/, kind: 'status', status: 500 },
      4,
      /^devguide: Unexpected HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/repos\/kubernetes\/community\/git\/blobs\/[0-9a-f]{40} after 4 attempt\(s\)/,
    ],
    [
      'a reset in the middle of every body',
      { match: /git\/blobs/, kind: 'reset-mid-body' },
      4,
      /^devguide: Unexpected network failure for http:\/\/127\.0\.0\.1:\d+\/repos\/kubernetes\/community\/git\/blobs\/[0-9a-f]{40}: /,
    ],
  ] as const)('%s', async (_name, fault, times, message) => {
    const before = snapshotTree(cwd);
    for (let i = 0; i < times; i++) server.faults.push({ ...fault } as never);
    const result = await devguide([], { GITHUB_TOKEN: token });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(snapshotTree(cwd)).toEqual(before);
    // The next run recovers.
    const again = await devguide([]);
    expect(again.code).toBe(0);
    expect(lockOf().upstream.commit).toBe(commits.moved);
  });

  it('short rate-limit waits and transient 5xx are sat out: the sync completes', async () => {
    slept.length = 0;
    server.faults.push(
      { match: /commits/, kind: 'status', status: 429, headers: { 'retry-after': '2' } },
      { match: /git\/trees/, kind: 'status', status: 502 },
      { match: /git\/blobs/, kind: 'reset-mid-body' },
    );
    const result = await devguide([]);
    expect(result.code).toBe(0);
    expect(slept).toEqual([2000, 1, 1]);
    expect(lockOf().upstream.commit).toBe(commits.moved);
  });

  it('refuses a guide that is a symbolic link upstream', async () => {
    const linkCommit = commitStep(upstream, { message: 'link', symlink: { [guide]: '../../README.md' } });
    pointMainAt(linkCommit);
    const before = snapshotTree(cwd);
    const result = await devguide([]);
    expect(result).toMatchObject({
      code: 2,
      stderr: `devguide: Unexpected symbolic link at upstream path \`${guide}\`, expected a regular file\n`,
    });
    expect(snapshotTree(cwd)).toEqual(before);
    pointMainAt(commits.moved);
  });

  it('sends the token to the API only, and never shows it', async () => {
    server.faults.push({
      match: /commits/,
      kind: 'status',
      status: 401,
      body: JSON.stringify({ message: 'Bad credentials' }),
    });
    const before = snapshotTree(cwd);
    const result = await devguide([], { GITHUB_TOKEN: token });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^devguide: Unexpected HTTP 401 .*GITHUB_TOKEN was refused/);
    expect(server.requests.at(-1)!.headers['authorization']).toBe(`Bearer ${token}`);
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(snapshotTree(cwd)).toEqual(before);
  });
});

describe('devguide sync over the GitHub API: recovery, progress, refused entries', () => {
  it('finishes the writes of a run killed after its plan was committed', async () => {
    pointMainAt(commits.initial);
    expect((await devguide([])).code).toBe(0);
    const files = ['devguide.lock.json', 'README.md', `upstream/${guide}`];
    const old = Object.fromEntries(files.map((file) => [file, readContent(file)]));
    pointMainAt(commits.modified);
    expect((await devguide([])).code).toBe(0);
    const target = Object.fromEntries(files.map((file) => [file, readContent(file)]));
    expect(target['devguide.lock.json']).not.toBe(old['devguide.lock.json']);
    // What a kill between the renames leaves: the plan committed, the lock still staged, the old lock in place.
    for (const [file, text] of Object.entries(old)) writeFileSync(join(cwd, 'content', file), text);
    const staging = join(cwd, 'content', '.devguide-staging');
    mkdirSync(join(staging, 'files'), { recursive: true });
    writeFileSync(join(staging, 'files/0'), target['devguide.lock.json']!);
    writeFileSync(
      join(staging, 'plan.json'),
      JSON.stringify({ version: 1, moves: [{ staged: 'files/0', path: 'devguide.lock.json' }] }),
    );
    const start = requests();
    const result = await devguide([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^recovered: finished the writes of an interrupted sync\nupstream: kubernetes\/community main is still at /,
    );
    expect(requests() - start).toBe(1);
    for (const file of files) expect(readContent(file), file).toBe(target[file]);
  });

  it('shows progress (files and bytes) on a terminal, nothing in CI', async () => {
    pointMainAt(commits.initial);
    const tty = async (env: Record<string, string>) => {
      let stderr = '';
      const io: CliIo = {
        cwd,
        env,
        stdout: { write: () => true },
        stderr: { write: (chunk: string) => (stderr += chunk), isTTY: true },
      };
      rmSync(join(cwd, 'content/devguide.lock.json'), { force: true });
      expect(await run(['sync', '--api-url', server.url], io, { sync: { dispatcher: agent, backoff: [1] } })).toBe(0);
      return stderr;
    };
    const shown = await tty({});
    expect(shown.startsWith('\r\u001b[Ksync: ')).toBe(true);
    expect(shown).toMatch(/sync: \d+ file\(s\), [\d.]+ (B|KiB)/);
    expect(shown.endsWith('\r\x1b[K')).toBe(true);
    expect(await tty({ CI: 'true' })).toBe('');
  });

  it('records a submodule the guide links to without reading it, and refuses a guide below a symbolic link', async () => {
    const faq = 'sig-storage/volume-plugin-faq.md';
    execFileSync('git', ['-C', upstream, 'checkout', '-q', '-f', '--detach', commits.initial]);
    execFileSync('git', ['-C', upstream, 'rm', '-q', '--cached', faq]);
    execFileSync('git', ['-C', upstream, 'update-index', '--add', '--cacheinfo', `160000,${commits.initial},${faq}`]);
    execFileSync('git', [
      '-C',
      upstream,
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.invalid',
      'commit',
      '-q',
      '-m',
      'submodule',
    ]);
    const withSubmodule = execFileSync('git', ['-C', upstream, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    execFileSync('git', ['-C', upstream, 'checkout', '-q', '-f', '--detach', commits.initial]);
    pointMainAt(withSubmodule);
    const result = await devguide([]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lockOf().files.find((file) => file.path === faq)).toEqual({
      path: faq,
      type: 'submodule',
      sha: commits.initial,
      size: null,
    });
    expect(
      server.requests.filter((request) => request.path.endsWith(commits.initial) && request.path.includes('/blobs/')),
    ).toEqual([]);

    execFileSync('git', ['-C', upstream, 'rm', '-r', '-q', 'contributors']);
    const linkCommit = commitStep(upstream, {
      message: 'contributors is a link',
      symlink: { contributors: 'elsewhere' },
    });
    pointMainAt(linkCommit);
    const before = snapshotTree(cwd);
    const refused = await devguide([]);
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'devguide: Unexpected symbolic link at upstream path `contributors`, expected a regular file\n',
    });
    expect(snapshotTree(cwd)).toEqual(before);
  });
});
