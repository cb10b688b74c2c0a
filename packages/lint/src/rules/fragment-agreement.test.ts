import { lockView } from '@devguide/content';
import { startFakeWorld } from '@devguide/github/testing';
import { checkLinks, collectExternalUrls, markdownAnchors, type CheckLinksOptions } from '@devguide/links';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../engine/run-lint.js';
import { noMissingAnchor } from './no-missing-anchor.js';

// One page, and fragments into it: the offline lint and the external checker must agree on each.
const page = [
  '# Guide',
  '',
  '## Setting up',
  '',
  '<a id="Note-One" name="second-name"></a>',
  '',
  '<p id="para" name="para-name" class="x"><span name="inner"></span></p>',
  '',
  '## Testing',
  '',
].join('\n');

const cases: Array<[fragment: string, lands: boolean]> = [
  ['setting-up', true],
  ['user-content-setting-up', true],
  ['Setting-Up', true],
  ['USER-CONTENT-testing', true],
  ['top', true],
  ['TOP', true],
  ['Top', true],
  ['note-one', true],
  ['user-content-Note-One', true],
  ['second-name', true],
  ['para', true],
  ['para-name', true],
  ['inner', true],
  ['setting', false],
  ['user-content-', false],
  ['readme', false],
  ['class', false],
];

const commit = '0123456789abcdef0123456789abcdef01234567';
const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };

describe('a fragment lands offline exactly when it lands online', () => {
  let dir: string;
  let api: Server;
  let apiOrigin: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'devguide-fragments-'));
    writeFileSync(join(dir, 'other.md'), page);
    writeFileSync(join(dir, 'a.md'), cases.map(([fragment]) => `[x](other.md#${fragment})\n`).join('\n'));
    // The GitHub contents API as documented: a raw request is answered with the file's bytes.
    api = createServer((request, response) => {
      if (request.url === '/repos/o/r')
        return void response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ full_name: 'o/r', name: 'r', owner: { login: 'o' }, default_branch: 'main' }));
      // The batched verifier settles a (repository, ref) by its tree, then reads the file.
      if (request.url === '/repos/o/r/git/trees/main?recursive=1')
        return void response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            sha: commit,
            truncated: false,
            tree: [{ path: 'other.md', mode: '100644', type: 'blob', sha: commit, size: page.length }],
          }),
        );
      if (request.url === '/repos/o/r/contents/other.md?ref=main')
        return void response.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(page);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.7', resolve));
    apiOrigin = `http://127.0.0.7:${(api.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    api.closeAllConnections();
    await new Promise((resolve) => api.close(resolve));
  });

  async function offline(): Promise<Map<string, boolean>> {
    const run = await lint({ rules: [noMissingAnchor], cwd: dir, config: null, cache: null, jobs: 0 });
    const missing = new Set(
      run.files.flatMap((file) => file.messages.map((message) => /`#([^`]*)`/.exec(message.reason)![1]!)),
    );
    return new Map(cases.map(([fragment]) => [fragment, !missing.has(fragment)]));
  }

  async function online(base: string, options: CheckLinksOptions): Promise<Map<string, boolean>> {
    const url = `${base}/other.md`;
    const urls = collectExternalUrls([
      {
        path: 'a.md',
        links: cases.map(([fragment]) => ({ url: `${url}#${fragment}`, position, destination: null })),
      },
    ]);
    const agent = new Agent({ connect: { timeout: 2_000 } });
    try {
      const run = await checkLinks(urls, {
        dispatcher: agent,
        retry: { attempts: 1, baseDelay: 1, maxDelay: 1, maxWait: 1 },
        ...options,
      });
      const result = run.results.get(url)!;
      expect(result.outcome).toBe('alive');
      const missing = new Set(result.missingFragments);
      return new Map(cases.map(([fragment]) => [fragment, !missing.has(fragment)]));
    } finally {
      await agent.close();
    }
  }

  const expected = new Map(cases);

  it('offline: the lint engine', async () => {
    expect(await offline()).toEqual(expected);
  });

  it('online: the GitHub contents API, one URL at a time', async () => {
    expect(
      await online('https://github.com/o/r/blob/main', {
        env: { GITHUB_API_URL: apiOrigin },
        github: { mode: 'per-url' },
      }),
    ).toEqual(expected);
  });

  it('online: the GitHub contents API, in batches by repository and ref', async () => {
    expect(await online('https://github.com/o/r/blob/main', { env: { GITHUB_API_URL: apiOrigin } })).toEqual(expected);
  });

  it('online: GitHub GraphQL, the text of the file as a Blob in a batch of lookups', async () => {
    const world = await startFakeWorld({
      repositories: [{ owner: 'o', name: 'r', refs: { main: ['other.md'] }, texts: { 'other.md': page } }],
    });
    try {
      expect(
        await online('https://github.com/o/r/blob/main', { env: { GITHUB_API_URL: world.url, GITHUB_TOKEN: 'tok' } }),
      ).toEqual(expected);
      // One query: the repository, the ref's head and the file with its text.
      expect(world.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /graphql']);
    } finally {
      await world.close();
    }
  });

  it('online: the lock of a synced upstream', async () => {
    const lock = lockView({
      lockfileVersion: 1,
      upstream: { repository: 'o/r', ref: 'main', commit, readme: 'README.md' },
      guide: { sha: null, size: 0 },
      files: [{ path: 'other.md', type: 'blob', sha: null, size: page.length, anchors: [...markdownAnchors(page)] }],
      missing: [],
    });
    expect(await online(`https://github.com/o/r/blob/${commit}`, { lock, offline: true })).toEqual(expected);
  });
});
