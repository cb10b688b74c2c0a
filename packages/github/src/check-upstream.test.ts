import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkUpstream, type LockedUpstream } from './check-upstream.js';
import { GitHubClient } from './client.js';
import { parseComparison } from './compare.js';
import {
  buildRepo,
  commitStep,
  gitIn,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
} from './testing/index.js';

const repository = 'kubernetes/community';
const guide = 'contributors/devel/README.md';
let repo: string;
let agent: Agent;
let server: FakeGitHub | null = null;
const commits: Record<'base' | 'other' | 'guide' | 'renamed' | 'belowDir' | 'appears' | 'bulk', string> = {} as never;

/** The lock of the base commit, read from git as sync records it. */
function lockedAt(commit: string): LockedUpstream {
  const sha = (path: string) => gitIn(repo, ['rev-parse', `${commit}:${path}`]);
  return {
    repository,
    commit,
    guide: { path: guide, sha: sha(guide) },
    files: new Map([
      [guide, { type: 'file', sha: sha(guide) }],
      ['contributors/devel/development.md', { type: 'file', sha: sha('contributors/devel/development.md') }],
      ['contributors/devel/sig-testing', { type: 'dir', sha: sha('contributors/devel/sig-testing') }],
    ]),
    missing: new Set(['contributors/devel/release-notes.md']),
  };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'devguide-check-upstream-'));
  [commits.base] = buildRepo(repo, [
    {
      message: 'base',
      write: {
        [guide]: '# Guide\n\n[dev](development.md)\n',
        'contributors/devel/development.md': '# Development\n\nSet up the tools.\n',
        'contributors/devel/sig-testing/flaky-tests.md': '# Flakes\n\nA long enough text to be found as a rename.\n',
        'unrelated/notes.md': '# Notes\n',
      },
    },
  ]) as [string];
  commits.other = commitStep(repo, { message: 'elsewhere', write: { 'unrelated/notes.md': '# Notes, more\n' } });
  commits.guide = commitStep(repo, { message: 'guide', write: { [guide]: '# Guide\n\nNew entry.\n' } });
  commits.renamed = commitStep(repo, {
    message: 'rename',
    rename: { 'contributors/devel/development.md': 'contributors/devel/dev.md' },
  });
  commits.belowDir = commitStep(repo, {
    message: 'below a linked directory',
    write: { 'contributors/devel/sig-testing/new.md': '# New\n' },
  });
  commits.appears = commitStep(repo, {
    message: 'a missing target appears',
    write: { 'contributors/devel/release-notes.md': '# Release notes\n' },
  });
  commits.bulk = commitStep(repo, {
    message: 'more files than a comparison lists',
    write: Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`unrelated/bulk/${index}.md`, `${index}\n`])),
  });
  agent = new Agent({ keepAliveTimeout: 10 });
});
afterEach(async () => {
  await server?.close();
  server = null;
});
afterAll(async () => {
  await agent.close();
  rmSync(repo, { recursive: true, force: true });
});

async function check(base: string, head: string, options: Partial<FakeGitHubOptions> = {}) {
  gitIn(repo, ['update-ref', 'refs/heads/main', head]);
  server = await startFakeGitHub({ repo, repository, ...options });
  const client = new GitHubClient({ apiUrl: server.url, dispatcher: agent, backoff: [1] });
  const result = await checkUpstream(client, lockedAt(base), 'main');
  const paths = server.requests.map((request) => request.path.replace(`/repos/${repository}/`, ''));
  return { result, paths, blobs: client.counts.blobs };
}

describe('checkUpstream', () => {
  it('one request (304) while the ref is at the locked commit', async () => {
    const { result, paths } = await check(commits.base, commits.base);
    expect(result).toEqual({ moved: false, commit: commits.base });
    expect(paths).toEqual(['commits/main']);
  });

  it('two requests and no blob when upstream moved elsewhere: nothing the guide reads changed', async () => {
    const { result, paths, blobs } = await check(commits.base, commits.other);
    expect(result).toEqual({ moved: true, commit: commits.other, touched: [], renames: [], via: 'compare' });
    expect(paths).toEqual(['commits/main', `compare/${commits.base}...${commits.other}`]);
    expect(blobs).toBe(0);
  });

  it('names the guide, a renamed linked file (both names), a file below a linked directory and a missing target that appears', async () => {
    const { result, paths } = await check(commits.base, commits.appears);
    expect(result).toEqual({
      moved: true,
      commit: commits.appears,
      touched: [
        guide,
        'contributors/devel/development.md',
        'contributors/devel/release-notes.md',
        'contributors/devel/sig-testing',
      ],
      renames: [{ from: 'contributors/devel/development.md', to: 'contributors/devel/dev.md' }],
      via: 'compare',
    });
    expect(paths).toHaveLength(2);
  });

  it('reads the new tree (three requests, no blob) when the comparison leaves its file list out', async () => {
    const { result, paths, blobs } = await check(commits.base, commits.guide, { compareFiles: 'omitted' });
    expect(result).toMatchObject({ moved: true, touched: [guide], via: 'tree' });
    expect(paths).toEqual([
      'commits/main',
      `compare/${commits.base}...${commits.guide}`,
      `git/trees/${commits.guide}?recursive=1`,
    ]);
    expect(blobs).toBe(0);
  });

  it('reads the new tree when the file list is cut at 300 files', async () => {
    const { result, paths } = await check(commits.base, commits.bulk);
    expect(result).toMatchObject({ moved: true, via: 'tree' });
    // Without rename detection the old name is gone and the directory's tree sha changed.
    expect((result as { touched: string[] }).touched).toEqual([
      guide,
      'contributors/devel/development.md',
      'contributors/devel/release-notes.md',
      'contributors/devel/sig-testing',
    ]);
    expect(paths).toHaveLength(3);
  });

  it('reads the new tree when the ref went back (a three-dot comparison would list nothing)', async () => {
    const { result, paths } = await check(commits.guide, commits.base);
    expect(result).toMatchObject({ moved: true, touched: [guide], via: 'tree' });
    expect(paths[1]).toBe(`compare/${commits.guide}...${commits.base}`);
    expect(paths).toHaveLength(3);
  });

  it('reads the new tree when GitHub no longer knows the locked commit (404)', async () => {
    const gone = 'f'.repeat(40);
    gitIn(repo, ['update-ref', 'refs/heads/main', commits.guide]);
    server = await startFakeGitHub({ repo, repository });
    const client = new GitHubClient({ apiUrl: server.url, dispatcher: agent, backoff: [1] });
    const result = await checkUpstream(client, { ...lockedAt(commits.base), commit: gone }, 'main');
    expect(result).toMatchObject({ moved: true, touched: [guide], via: 'tree' });
    expect(server.requests).toHaveLength(3);
  });
});

describe('parseComparison', () => {
  it('takes the documented variants: renamed with previous_filename, files left out, 300 files', () => {
    expect(
      parseComparison(
        { status: 'ahead', files: [{ filename: 'b.md', status: 'renamed', previous_filename: 'a.md' }] },
        'x',
      ),
    ).toEqual({ status: 'ahead', files: [{ filename: 'b.md', status: 'renamed', previousFilename: 'a.md' }] });
    expect(parseComparison({ status: 'diverged' }, 'x')).toEqual({ status: 'diverged', files: null });
    const many = Array.from({ length: 300 }, (_, index) => ({ filename: `f${index}.md`, status: 'added' }));
    expect(parseComparison({ status: 'ahead', files: many }, 'x').files).toBeNull();
    expect(() => parseComparison({ status: 'sideways', files: [] }, 'x')).toThrow(/expected ahead, behind/);
    expect(() => parseComparison({ status: 'ahead', files: [{ status: 'added' }] }, 'x')).toThrow(/without filename/);
  });
});
