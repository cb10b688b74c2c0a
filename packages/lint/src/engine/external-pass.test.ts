import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { lint } from './run-lint.js';

let servers: Server[] = [];
const seen: string[] = [];
const seenHeaders: Array<{ address: string; authorization: string | undefined }> = [];
let a = '';
let b = '';
let dir = '';

async function serve(
  address: string,
  handler: (path: string) => { status: number; headers?: Record<string, string>; body?: string },
): Promise<string> {
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${address}${request.url}`);
    seenHeaders.push({ address, authorization: request.headers.authorization });
    const answer = handler(request.url ?? '');
    response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  servers.push(server);
  return `http://${address}:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  a = await serve('127.0.0.2', (path) =>
    path === '/gone'
      ? { status: 404 }
      : { status: 200, headers: { 'content-type': 'text/html' }, body: '<h2 id="setup">Setup</h2>' },
  );
  b = await serve('127.0.0.3', (path) =>
    path === '/old' ? { status: 301, headers: { location: `${b}/new` } } : { status: 200 },
  );
  dir = mkdtempSync(join(tmpdir(), 'devguide-external-'));
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

describe('lint --external', () => {
  it('sends nothing without --external, then reports every place of each URL checked once', async () => {
    writeFileSync(
      join(dir, 'one.md'),
      `# One\n\n[gone](${a}/gone) and [setup](${a}/page#setup)\n\n[old][ref]\n\n[ref]: ${b}/old#top\n`,
    );
    writeFileSync(
      join(dir, 'two.md'),
      `# Two\n\n<a href="${a}/gone">gone again</a> [missing](${a}/page#nope) <${b}/old>\n`,
    );
    const offline = await lint({ rules: allRules, cwd: dir, config: null, cache: null, jobs: 0 });
    expect(
      offline.files.flatMap((file) => file.messages).filter((message) => message.ruleId?.startsWith('external-')),
    ).toEqual([]);
    expect(offline.stats.external).toBeUndefined();
    expect(seen).toEqual([]);

    const agent = new Agent();
    const cache = join(dir, '.devguide-cache', 'links.json');
    const run = await lint({
      rules: allRules,
      cwd: dir,
      config: null,
      cache: null,
      jobs: 0,
      external: { dispatcher: agent, cache },
    });
    const found = run.files.flatMap((file) =>
      file.messages
        .filter((message) => message.ruleId?.startsWith('external-'))
        .map((message) => `${file.basename}:${message.line}:${message.column}: ${message.ruleId}`),
    );
    const two = readFileSync(join(dir, 'two.md'), 'utf8').split('\n')[2]!;
    const column = (needle: string) => two.indexOf(needle) + 1;
    expect(found).toEqual([
      'one.md:3:1: external-link-dead',
      'one.md:7:1: external-link-redirect',
      `two.md:3:${column(`${a}/gone`)}: external-link-dead`,
      `two.md:3:${column('[missing]')}: external-link-dead`,
      `two.md:3:${column(`<${b}`)}: external-link-redirect`,
    ]);
    expect(run.stats.external).toMatchObject({ urls: 3, byOutcome: { alive: 2, dead: 1 } });
    // Each URL once: HEAD /gone (then GET, as HEAD 404 is not trusted before the host is known), GET /page for its fragments, /old and its target.
    expect(seen.filter((line) => line.includes('/gone'))).toEqual([`HEAD 127.0.0.2/gone`, `GET 127.0.0.2/gone`]);
    expect(seen.filter((line) => line.includes('/page'))).toEqual([`GET 127.0.0.2/page`]);
    expect(seen.filter((line) => line.includes('127.0.0.3'))).toEqual([`HEAD 127.0.0.3/old`, `HEAD 127.0.0.3/new`]);

    const before = seen.length;
    const fixed = await lint({
      rules: allRules,
      cwd: dir,
      config: null,
      cache: null,
      jobs: 0,
      fix: true,
      external: { dispatcher: agent, cache },
    });
    expect(fixed.stats.fixed.sort()).toEqual(['one.md', 'two.md']);
    expect(readFileSync(join(dir, 'one.md'), 'utf8')).toContain(`[ref]: ${b}/new#top`);
    expect(readFileSync(join(dir, 'two.md'), 'utf8')).toContain(`<${b}/new>`);
    // The second run and the re-lint after the fix are answered from the cache.
    expect(seen.length).toBe(before);
    await agent.close();
  });

  it('refuses an exclusion that is not a regular expression, with its place', async () => {
    writeFileSync(join(dir, '.devguide-lint.yaml'), 'external:\n  exclude:\n    - "(unclosed"\n');
    await expect(
      lint({ rules: allRules, cwd: dir, cache: null, jobs: 0, external: { cache: null } }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('a JavaScript regular expression'),
    });
    rmSync(join(dir, '.devguide-lint.yaml'));
  });

  it('leaves out excluded URLs and sends configured headers, read from the environment, to their host only', async () => {
    writeFileSync(join(dir, 'one.md'), `# One\n\n[a](${a}/page) [skip](${a}/gone)\n`);
    writeFileSync(join(dir, 'two.md'), `# Two\n\n[b](${b}/new)\n`);
    const host = new URL(a).host;
    writeFileSync(
      join(dir, '.devguide-lint.yaml'),
      `external:\n  exclude: ['/gone$']\n  headers:\n    '${host}': { authorization: $SITE_TOKEN }\n`,
    );
    const agent = new Agent();
    const before = seenHeaders.length;
    const run = await lint({
      rules: allRules,
      cwd: dir,
      cache: null,
      jobs: 0,
      external: { dispatcher: agent, cache: null, env: { SITE_TOKEN: 'Bearer t0k' } },
    });
    await agent.close();
    rmSync(join(dir, '.devguide-lint.yaml'));
    expect(run.stats.external).toMatchObject({ urls: 2, byOutcome: { alive: 2, dead: 0 } });
    const sent = seenHeaders.slice(before);
    expect(sent.filter((entry) => entry.address === '127.0.0.2').map((entry) => entry.authorization)).toEqual([
      'Bearer t0k',
    ]);
    expect(sent.filter((entry) => entry.address === '127.0.0.3').map((entry) => entry.authorization)).toEqual([
      undefined,
    ]);
  });
});

describe('lint --external on links pinned to another ref of this repository', () => {
  const sha = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567';
  const json = (value: unknown) => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(value),
  });
  // GitHub's answers for the repository at that commit: one file there, `old/notes.md`.
  const answer = (path: string) => {
    if (path === '/repos/kubernetes/community')
      return json({ full_name: 'kubernetes/community', name: 'community', default_branch: 'main' });
    if (path === `/repos/kubernetes/community/git/trees/${sha}?recursive=1`)
      return json({
        sha,
        truncated: false,
        tree: [
          { path: 'old', mode: '040000', type: 'tree', sha },
          { path: 'old/notes.md', mode: '100644', type: 'blob', sha, size: 6 },
        ],
      });
    if (path === `/repos/kubernetes/community/contents/old/notes.md?ref=${sha}`) return { status: 200 };
    return { status: 404 };
  };

  it.each([
    ['one URL at a time', 'per-url' as const, `/contents/never.md?ref=${sha}`],
    ['in batches by repository and ref', undefined, `/git/trees/${sha}?recursive=1`],
  ])('asks the GitHub API at that ref when no git repository can answer, %s', async (_, mode, question) => {
    const asked: string[] = [];
    const api = await serve('127.0.0.4', (path) => {
      asked.push(path);
      return answer(path);
    });
    const pinned = mkdtempSync(join(tmpdir(), 'devguide-pinned-'));
    try {
      const url = (path: string) => `https://github.com/kubernetes/community/blob/${sha}/${path}`;
      writeFileSync(join(pinned, '.devguide-lint.yaml'), 'repository: kubernetes/community\n');
      writeFileSync(join(pinned, 'a.md'), `[old](${url('old/notes.md')})\n\n[never](${url('never.md')})\n`);
      const agent = new Agent();
      const run = await lint({
        rules: allRules,
        cwd: pinned,
        cache: null,
        jobs: 0,
        external: {
          dispatcher: agent,
          cache: null,
          env: { GITHUB_API_URL: api },
          ...(mode ? { github: { mode } } : {}),
        },
      });
      const found = run.files.flatMap((file) =>
        file.messages
          .filter((message) => message.ruleId === 'external-link-dead' || message.ruleId === 'no-missing-file')
          .map((message) => `${message.line}:${message.column}: ${message.ruleId}`),
      );
      expect(found).toEqual(['3:1: external-link-dead']);
      expect(asked).toEqual(expect.arrayContaining([`/repos/kubernetes/community${question}`]));
      await agent.close();
    } finally {
      rmSync(pinned, { recursive: true, force: true });
    }
  });
});
