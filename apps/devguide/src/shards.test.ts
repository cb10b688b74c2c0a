import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devguideInProcess } from '../test/cli.js';

/*
 * `lint --shard` through the CLI on a tree whose files link into each other with fragments and
 * share external URLs, served by two local servers (two hosts) that count every request.
 */
let cwd: string;
const servers: Server[] = [];
const origins: string[] = [];
/** Requests by `<origin><path>`, as the servers saw them. */
let requests: string[] = [];

const devguide = (...argv: string[]) => devguideInProcess(cwd, ...argv);

function answer(path: string): { status: number; location?: string } {
  if (path.startsWith('/gone')) return { status: 404 };
  if (path.startsWith('/moved')) return { status: 301, location: path.replace('/moved', '/ok/final') };
  return { status: 200 };
}

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'devguide-shards-'));
  mkdirSync(join(cwd, '.git'));
  for (const host of ['127.0.0.2', '127.0.0.3']) {
    const server = createServer((request, response) => {
      requests.push(`${origins[servers.indexOf(server)]}${request.url}`);
      const { status, location } = answer(request.url ?? '/');
      response.writeHead(status, location ? { location } : {}).end();
    });
    await new Promise<void>((resolve) => server.listen(0, host, resolve));
    servers.push(server);
    origins.push(`http://${host}:${(server.address() as AddressInfo).port}`);
  }
  // 16 files in 4 folders: each links the next file's headings (one of them missing), its own
  // folder's README, and URLs several files share.
  const names = Array.from({ length: 16 }, (_, at) => `part-${at % 4}/doc-${at}.md`);
  for (const [at, name] of names.entries()) {
    const next = names[(at + 1) % names.length]!;
    const target = `../${next}`;
    const origin = origins[at % 2]!;
    const lines = [
      `# Doc ${at}`,
      '',
      `## Section ${at}`,
      '',
      `See [the next](${target}#section-${(at + 1) % names.length}) and [a missing one](${target}#nowhere-${at}).`,
      `Shared: [ok](${origins[0]}/ok/shared), [gone](${origins[1]}/gone/shared), [moved](${origin}/moved/${at % 3}).`,
      `Own: [page](${origin}/ok/${at}) and [dead](${origin}/gone/${at}).`,
      '',
      `[unused-${at}]: ./doc-${at}.md`,
      '',
    ];
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), lines.join('\n'));
  }
  for (let part = 0; part < 4; part++) writeFileSync(join(cwd, `part-${part}/README.md`), `# Part ${part}\n`);
});

afterAll(() => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  rmSync(cwd, { recursive: true, force: true });
});

/** Runs `lint` with the arguments and returns the requests it sent. */
async function counted(...argv: string[]) {
  requests = [];
  const result = await devguide('lint', ...argv);
  return { ...result, requests: [...requests].sort() };
}

describe('devguide lint --shard and devguide merge', () => {
  let single: { code: number; json: string; sarif: string; stylish: string; requests: string[] };

  beforeAll(async () => {
    const run = await counted(
      '--no-cache',
      '--external',
      '--link-cache',
      'single-links.json',
      '--format',
      'json',
      '--output',
      'single.json',
    );
    expect(run.stderr).not.toMatch(/Unexpected/);
    const sarif = await devguide('merge', 'single.json', '--format', 'sarif');
    const stylish = await devguide('merge', 'single.json');
    single = {
      code: run.code,
      json: readFileSync(join(cwd, 'single.json'), 'utf8'),
      sarif: sarif.stdout,
      stylish: stylish.stdout,
      requests: run.requests,
    };
  });

  it('the single run finds cross-file anchors, dead and moved URLs', () => {
    expect(single.code).toBe(1);
    expect(single.json).toContain('Unexpected missing anchor `#nowhere-3` in `part-0/doc-4.md`');
    expect(single.json).toContain('external-link-dead');
    expect(single.json).toContain('external-link-redirect');
  });

  it('n = 1..8 shards merge into the single run, each URL asked by exactly one shard', async () => {
    for (let count = 1; count <= 8; count++) {
      const reports: string[] = [];
      const caches: string[] = [];
      const bySorted: string[] = [];
      const askedBy = new Map<string, number>();
      for (let index = 1; index <= count; index++) {
        const report = `shard-${index}-of-${count}.json`;
        const cache = `links-${index}-of-${count}.json`;
        const run = await counted(
          '--no-cache',
          '--external',
          '--link-cache',
          cache,
          '--shard',
          `${index}/${count}`,
          '--format',
          'json',
          '--output',
          report,
        );
        expect(run.code, run.stderr).toBeLessThan(2);
        for (const url of run.requests) {
          expect(askedBy.get(url) ?? index, `${url} asked by two shards of ${count}`).toBe(index);
          askedBy.set(url, index);
        }
        bySorted.push(...run.requests);
        reports.push(report);
        caches.push(cache);
      }
      // Every URL the single run asked, and no other, each by one shard. (A shard learns on its own
      // that a host refuses HEAD, so it may send one HEAD more per host than the single run.)
      expect([...new Set(bySorted)].sort(), `${count} shards`).toEqual([...new Set(single.requests)].sort());
      expect(bySorted.length).toBeLessThanOrEqual(single.requests.length + (count - 1) * origins.length);
      const merged = await devguide('merge', ...reports, '--format', 'json', '--output', `merged-${count}.json`);
      expect(merged.code, merged.stderr).toBe(single.code);
      expect(readFileSync(join(cwd, `merged-${count}.json`), 'utf8'), `${count} shards`).toBe(single.json);
      expect((await devguide('merge', ...reports.reverse(), '--format', 'sarif')).stdout).toBe(single.sarif);
      expect((await devguide('merge', ...reports)).stdout).toBe(single.stylish);

      // The shards' link caches as one: the next run answers every URL from it.
      const cacheMerge = await devguide('cache', 'merge', ...caches, '--output', `merged-links-${count}.json`);
      expect(cacheMerge.code, cacheMerge.stderr).toBe(0);
      const offline = await counted(
        '--no-cache',
        '--external',
        '--offline',
        '--link-cache',
        `merged-links-${count}.json`,
        '--format',
        'json',
      );
      expect(offline.requests).toEqual([]);
      expect(offline.stderr).toMatch(/external links: \d+ URL\(s\):.* 0 request\(s\)/);
      expect(offline.stderr).not.toContain('not checked (offline)');
    }
  }, 240_000);

  it('merges into every format', async () => {
    for (let index = 1; index <= 2; index++)
      await devguide(
        'lint',
        '--no-cache',
        '--shard',
        `${index}/2`,
        '--format',
        'json',
        '--output',
        `two-${index}.json`,
      );
    for (const format of ['github', 'markdown', 'html']) {
      const whole = await devguide('lint', '--no-cache', '--format', format);
      const merged = await devguide('merge', 'two-1.json', 'two-2.json', '--format', format);
      expect(merged.code).toBe(whole.code);
      expect(merged.stdout, format).toBe(whole.stdout);
    }
  });

  it('refuses an incomplete or mixed set of shard reports, naming what is missing', async () => {
    for (let index = 1; index <= 3; index++)
      await devguide(
        'lint',
        '--no-cache',
        '--shard',
        `${index}/3`,
        '--format',
        'json',
        '--output',
        `three-${index}.json`,
      );
    const missing = await devguide('merge', 'three-1.json', 'three-3.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'devguide: Unexpected missing shard report 2/3, expected all 3 shards of the run; run the missing shards, or merge after every shard has written its report\n',
    );
    expect(missing.stdout).toBe('');
    const twice = await devguide('merge', 'three-1.json', 'three-2.json', 'three-2.json', 'three-3.json');
    expect(twice.stderr).toMatch(/^devguide: Unexpected shard 2\/3 twice/);
    const mixed = await devguide('merge', 'three-1.json', 'two-2.json');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^devguide: Unexpected shard report `two-2\.json` of another run/);
    writeFileSync(join(cwd, 'garbage.json'), '{"shard": 1}');
    const garbage = await devguide('merge', 'garbage.json');
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/^devguide: Unexpected report `garbage\.json` at `(shard|\(top\))`/);
  });

  it('refuses a malformed --shard and the options that need the whole run', async () => {
    for (const [argv, message] of [
      [['--shard', '3/2'], /Unexpected `--shard 3\/2`, expected `i\/n` with 1 ≤ i ≤ n ≤ 256/],
      [['--shard', '0/2'], /Unexpected `--shard 0\/2`/],
      [['--shard', 'a'], /Unexpected `--shard a`/],
      [['--shard', '1/2', '--fix'], /Unexpected `--fix` with `--shard`/],
      [['--shard', '1/2', '--write-baseline', 'b.json'], /Unexpected `--write-baseline` with `--shard`/],
    ] as const) {
      const result = await devguide('lint', '--no-cache', ...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n')).toHaveLength(2);
    }
    expect((await devguide('cache', 'merge', 'links-1-of-1.json')).stderr).toMatch(/without `--output <file>`/);
    expect((await devguide('cache', 'merge', 'single.json', '--output', 'x.json')).stderr).toBe(
      'devguide: Unexpected link cache `single.json`, expected a devguide link cache (version 1); give the files `devguide lint --external --link-cache <file>` wrote\n',
    );
    expect((await devguide('cache', 'split')).code).toBe(2);
  });
});
