import { corpus, rejection } from '@devguide/testkit';
import { RefusedEntryError, UnsafePathError } from '@devguide/upstream';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubClient } from './client.js';
import { openGitHubSource } from './github-source.js';
import { buildRepo, gitIn, startFakeGitHub, type FakeGitHub } from './testing/index.js';

const repository = 'kubernetes/community';
const guide = 'contributors/devel/README.md';
let repo: string;
let head: string;
let server: FakeGitHub;
let agent: Agent;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'devguide-github-source-'));
  [head] = buildRepo(repo, [
    { message: 'guide', write: { [guide]: readFileSync(join(corpus.communityDir, guide)) } },
  ]) as [string];
  server = await startFakeGitHub({ repo, repository });
  agent = new Agent({ keepAliveTimeout: 10 });
});
afterAll(async () => {
  await server.close();
  await agent.close();
  rmSync(repo, { recursive: true, force: true });
});

const client = () => new GitHubClient({ apiUrl: server.url, dispatcher: agent, backoff: [1] });

describe('openGitHubSource', () => {
  it('answers unchanged after one request when the ref is still at the known commit', async () => {
    const github = client();
    expect(await openGitHubSource(github, { repository, ref: 'main', knownCommit: head })).toEqual({
      unchanged: true,
      commit: head,
    });
    expect(github.counts).toEqual({ requests: 1, bytes: 0, blobs: 0 });
  });

  it('never downloads a blob it has locally, nor one twice', async () => {
    const github = client();
    const opened = await openGitHubSource(github, { repository, ref: 'main', localBlob: () => null });
    if (opened.unchanged) throw new Error('expected a tree');
    const first = await opened.source.read(guide);
    await opened.source.read(guide);
    expect(github.counts.blobs).toBe(1);
    const offline = client();
    const local = await openGitHubSource(offline, {
      repository,
      ref: 'main',
      localBlob: (sha) => (sha === gitIn(repo, ['rev-parse', `${head}:${guide}`]) ? first : null),
    });
    if (local.unchanged) throw new Error('expected a tree');
    expect((await local.source.read(guide)).equals(first)).toBe(true);
    expect(offline.counts.blobs).toBe(0);
    expect(offline.counts.requests).toBe(2);
  });

  it('skips entries no safe path names, and refuses symbolic links, submodules and paths below them', async () => {
    const blob = gitIn(repo, ['rev-parse', `${head}:${guide}`]);
    const other = '1'.repeat(40);
    const tree = [
      { path: '../evil.md', mode: '100644', type: 'blob', sha: other, size: 1 },
      { path: '/abs.md', mode: '100644', type: 'blob', sha: other, size: 1 },
      { path: 'a/.git/config', mode: '100644', type: 'blob', sha: other, size: 1 },
      { path: 'docs', mode: '040000', type: 'tree', sha: '2'.repeat(40) },
      { path: 'docs/link.md', mode: '120000', type: 'blob', sha: '3'.repeat(40), size: 9 },
      { path: 'vendor', mode: '120000', type: 'blob', sha: '4'.repeat(40), size: 9 },
      { path: 'sub', mode: '160000', type: 'commit', sha: '5'.repeat(40) },
      { path: 'ok.md', mode: '100644', type: 'blob', sha: blob, size: 10 },
    ];
    server.faults.push({
      match: /git\/trees/,
      kind: 'status',
      status: 200,
      body: JSON.stringify({ sha: head, url: '', tree, truncated: false }),
    });
    const opened = await openGitHubSource(client(), { repository, ref: 'main' });
    if (opened.unchanged) throw new Error('expected a tree');
    const { source } = opened;
    expect(await source.listFiles()).toEqual(['ok.md']);
    expect(source.findBySha(other)).toEqual([]);
    expect(await rejection(source.stat('../evil.md'))).toBeInstanceOf(UnsafePathError);
    expect(await rejection(source.stat('/abs.md'))).toBeInstanceOf(UnsafePathError);
    expect(await source.stat('docs/link.md')).toMatchObject({ type: 'symlink' });
    expect((await rejection(source.read('docs/link.md'))).message).toBe(
      'Unexpected symbolic link at upstream path `docs/link.md`, expected a regular file',
    );
    expect(await rejection(source.stat('vendor/x.md'))).toBeInstanceOf(RefusedEntryError);
    expect(await source.stat('sub')).toMatchObject({ type: 'submodule' });
    expect(await rejection(source.read('sub'))).toBeInstanceOf(RefusedEntryError);
    expect(await rejection(source.stat('sub/README.md'))).toBeInstanceOf(RefusedEntryError);
    expect((await source.read('ok.md')).toString('utf8')).toBe(readFileSync(join(corpus.communityDir, guide), 'utf8'));
  });
});
