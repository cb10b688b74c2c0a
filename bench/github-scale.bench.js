// GitHub links at GitHub's scale: every unique github.com URL of the corpus (extracted by
// devguide's own facts and URL collection), against a generated GitHub world on 127.0.0.1 that
// answers for the repositories those URLs name, 100 ms per answer. Per URL (one REST call each)
// against batched (GraphQL aliases, one tree per repository and ref): requests, GraphQL points,
// wall time, verdict agreement; then a second batched run on the cache.
// The world: each repository has a tree holding its linked paths, minus a labelled ~5% of the
// URLs that are gone (paths, issues, commits, releases, owners, whole repositories); issues and
// pulls up to the highest number linked, ~2% transferred; ~2% of repositories renamed.
// Primary quotas are set high and secondary limits are not scripted, so that both modes run to
// the end and their verdicts can be compared.
// Then linkinator and markdown-link-check, which fetch github.com pages, against a stand-in that
// rate-limits page fetches (see `peers`).
// `node bench/github-scale.bench.js` (GHSCALE_URLS=n takes the first n GitHub URLs;
// GHSCALE_PEER_SECONDS=s gives each peer s seconds, 0 leaves them out; default 90).
import { performance } from 'node:perf_hooks';
import { checkLinks } from '@devguide/links';
import { startFakeWorld } from '@devguide/github/testing';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { binDir, root } from './lib.js';
import {
  all,
  branchesRenamed,
  github,
  githubHosts,
  inputs,
  labelled,
  missingRepos,
  orgs,
  owners,
  renamed,
  transferred,
  world,
} from './github-world.js';

const latency = 100;
// The peers' part: GHSCALE_PEER_SECONDS=0 leaves it out.
const peerSeconds = Number(process.env.GHSCALE_PEER_SECONDS ?? 90);
const pageLimit = 100;
const node22 = join(root, 'bench', 'node_modules', 'node', 'bin', 'node');
const linkinatorCli = join(root, 'bench', 'node_modules', 'linkinator', 'build', 'src', 'cli.js');

console.log(
  `corpus: ${inputs.length} files, ${all.length} unique external URLs, ${githubHosts} on GitHub hosts; ` +
    `${github.length} answered by the GitHub API (the rest over HTTP, not measured here)`,
);
console.log(
  `world: ${world.length} repositories (${missingRepos} gone, ${renamed} renamed, ${branchesRenamed} with \`master\` renamed \`main\`), ` +
    `${owners.size} owners, ${orgs.length} organisations with teams, ` +
    `${transferred} issues transferred, ${labelled.size} URLs labelled gone; ${latency} ms per answer`,
);

async function run(mode, cache) {
  const fake = await startFakeWorld({
    repositories: world,
    users: [...owners],
    organisations: orgs,
    latency,
    rest: { limit: 1_000_000, remaining: 1_000_000, reset: 4102444800 },
    graphql: { limit: 1_000_000, remaining: 1_000_000, resetAt: 4102444800 },
  });
  const started = performance.now();
  const result = await checkLinks(github, {
    env: { GITHUB_API_URL: fake.url, GITHUB_TOKEN: 'bench-token' },
    github: { mode },
    cache,
  });
  const ms = performance.now() - started;
  await fake.close();
  const perRepo = new Map();
  for (const request of fake.requests) {
    const repo = /^\/repos\/([^/]+\/[^/?]+)/.exec(request.path)?.[1];
    if (repo) perRepo.set(repo.toLowerCase(), (perRepo.get(repo.toLowerCase()) ?? 0) + 1);
  }
  const count = (test) => fake.requests.filter(test).length;
  return {
    result,
    ms,
    requests: fake.requests.length,
    points: fake.points(),
    graphql: count((request) => request.method === 'POST'),
    trees: count((request) => request.path.includes('/git/trees/')),
    conditional: count((request) => request.headers['if-none-match'] !== undefined),
    notModified: count((request) => request.status === 304),
    mostPerRepo: Math.max(0, ...perRepo.values()),
    maxCost: Math.max(0, ...fake.requests.map((request) => request.cost ?? 0)),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'devguide-ghscale-'));
try {
  const perUrl = await run('per-url', null);
  const cache = join(dir, 'links.json');
  const batched = await run('batched', cache);
  const second = await run('batched', cache);
  const verdict = (r, url) => r.result.results.get(url)?.outcome;
  let agree = 0;
  const disagree = [];
  for (const { url } of github) {
    if (verdict(perUrl, url) === verdict(batched, url)) agree++;
    else disagree.push(`${url}: per-URL ${verdict(perUrl, url)}, batched ${verdict(batched, url)}`);
  }
  const labelledDead = [...labelled].filter((url) => verdict(batched, url) === 'dead').length;
  const falseAlarms = github.filter(({ url }) => !labelled.has(url) && verdict(batched, url) === 'dead').length;
  const redirects = github.filter(({ url }) => batched.result.results.get(url)?.redirect).length;
  const line = (name, r) =>
    `${name.padEnd(16)} requests ${String(r.requests).padStart(6)}  GraphQL points ${String(r.points).padStart(5)}  ` +
    `wall ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${JSON.stringify(r.result.stats.byOutcome)}`;
  console.log(line('per URL', perUrl));
  console.log(line('batched', batched));
  console.log(line('batched, cached', second));
  console.log(
    `batched: ${batched.graphql} GraphQL queries (costliest ${batched.maxCost} points), ${batched.trees} trees, ` +
      `${batched.requests - batched.graphql - batched.trees} other REST; ` +
      `${(github.length / Math.max(1, batched.requests)).toFixed(0)} URLs per request; ` +
      `verdicts agree on ${agree} of ${github.length}; labelled gone found dead ${labelledDead} of ${labelled.size}; ` +
      `dead without a label ${falseAlarms}; redirects reported ${redirects}`,
  );
  console.log(
    `second run: ${second.requests} requests (${second.conditional} conditional, ${second.notModified} answered 304, ` +
      `${second.graphql} GraphQL) for ${world.length} repositories, at most ${second.mostPerRepo} for one repository`,
  );
  for (const text of disagree.slice(0, 10)) console.log(`  differs: ${text}`);
  for (const url of [...labelled].filter((url) => verdict(batched, url) !== 'dead').slice(0, 5))
    console.log(`  labelled, not dead: ${url} ${JSON.stringify(batched.result.results.get(url))}`);
  for (const { url } of github.filter(({ url }) => !labelled.has(url) && verdict(batched, url) === 'dead').slice(0, 5))
    console.log(`  dead, not labelled: ${url} ${batched.result.results.get(url)?.reason}`);
  for (const { url } of github.filter(({ url }) => second.result.results.get(url)?.source !== 'cache').slice(0, 5))
    console.log(`  second run asked: ${url} ${JSON.stringify(second.result.results.get(url))}`);
  if (peerSeconds > 0) await peers(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * linkinator and markdown-link-check fetch github.com pages. They are pointed at a stand-in on
 * 127.0.0.1 that answers each URL as the world does (a labelled URL 404, any other 200) and
 * limits page fetches as we assume github.com does (it publishes no figure): `pageLimit` a
 * minute per client, then 429 with `Retry-After` until the minute is over. Each peer gets
 * `peerSeconds`; what it was answered by then is counted at the stand-in.
 */
async function peers(dir) {
  const seen = new Map();
  let windowStart = performance.now();
  let inWindow = 0;
  const server = createServer((request, response) => {
    const now = performance.now();
    if (now - windowStart >= 60_000) {
      windowStart = now;
      inWindow = 0;
    }
    const url = originals.get(request.url) ?? null;
    const entry = seen.get(request.url) ?? { limited: 0, answered: null };
    seen.set(request.url, entry);
    if (++inWindow > pageLimit) {
      entry.limited++;
      const wait = Math.max(1, Math.ceil((60_000 - (now - windowStart)) / 1000));
      return void response
        .writeHead(429, { 'retry-after': String(wait), 'content-type': 'text/plain' })
        .end('Too many requests');
    }
    const status = url === null ? 404 : labelled.has(url) ? 404 : 200;
    entry.answered = status;
    setTimeout(
      () => response.writeHead(status, { 'content-type': 'text/html' }).end('<!doctype html><title>page</title>'),
      latency,
    );
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Each URL on the stand-in: `/github.com/…` and `/raw.githubusercontent.com/…`.
  const originals = new Map();
  const local = (url) => {
    const parsed = new URL(url);
    const path = `/${parsed.hostname}${parsed.pathname}${parsed.search}`;
    originals.set(path, url);
    return `${origin}${path}`;
  };
  const fixture = join(dir, 'peers');
  mkdirSync(fixture);
  const files = 30;
  const byFile = Array.from({ length: files }, () => []);
  github.forEach(({ url }, index) => byFile[index % files].push(`- [link ${index}](${local(url)})`));
  const paths = byFile.map((lines, n) => {
    const path = join(fixture, `doc-${String(n).padStart(2, '0')}.md`);
    writeFileSync(path, `# Links ${n}\n\n${lines.join('\n')}\n`);
    return path;
  });
  writeFileSync(join(dir, 'mlc.json'), JSON.stringify({ retryOn429: true, retryCount: 3, timeout: '20s' }));
  const tools = [
    [
      'linkinator 7.6.1 --markdown --retry',
      node22,
      [linkinatorCli, '**/*.md', '--markdown', '--retry', '--format', 'json'],
    ],
    [
      'markdown-link-check 3.14.2 (retryOn429)',
      join(binDir, 'markdown-link-check'),
      ['-c', join(dir, 'mlc.json'), '-q', ...paths],
    ],
  ];
  console.log(
    `peers: ${github.length} URLs on a github.com stand-in limiting page fetches to ${pageLimit} a minute per client ` +
      `(assumed; GitHub publishes no figure), 429 with Retry-After past it, ${latency} ms per answer; ${peerSeconds} s each`,
  );
  try {
    for (const [name, command, args] of tools) {
      seen.clear();
      windowStart = performance.now();
      inWindow = 0;
      const started = performance.now();
      const status = await new Promise((resolve) => {
        const child = spawn(command, args, { cwd: fixture, stdio: 'ignore', detached: true });
        const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), peerSeconds * 1000);
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          resolve(signal ? `stopped after ${peerSeconds} s` : `exit ${code}`);
        });
      });
      const ms = performance.now() - started;
      const entries = [...seen.values()];
      const requests = entries.reduce((sum, entry) => sum + entry.limited + (entry.answered === null ? 0 : 1), 0);
      const answered = entries.filter((entry) => entry.answered !== null).length;
      const limited = entries.reduce((sum, entry) => sum + entry.limited, 0);
      const dead = [...seen].filter(
        ([path, entry]) => entry.answered === 404 && labelled.has(originals.get(path)),
      ).length;
      console.log(
        `${name.padEnd(42)} ${status}, wall ${(ms / 1000).toFixed(1)} s: ${requests} requests, ${limited} answered 429; ` +
          `${answered} of ${github.length} URLs answered (${dead} of ${labelled.size} labelled dead among them); ` +
          `at ${pageLimit} a minute all ${github.length} take at least ${Math.ceil(github.length / pageLimit)} min`,
      );
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
