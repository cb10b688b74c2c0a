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
// `node bench/github-scale.bench.js` (GHSCALE_URLS=n takes the first n GitHub URLs).
import { performance } from 'node:perf_hooks';
import { collectFactsFromEvents } from '@devguide/lint';
import { checkLinks, collectExternalUrls, parseGithubUrl } from '@devguide/links';
import { startFakeWorld } from '@devguide/github/testing';
import { corpus } from '@devguide/testkit';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const latency = 100;
const limit = Number(process.env.GHSCALE_URLS ?? Infinity);

function markdownFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (/\.md$/i.test(entry.name)) out.push(path);
  }
  return out;
}

const root = corpus.communityDir;
const inputs = markdownFiles(root).map((path) => ({
  path: relative(root, path),
  links: collectFactsFromEvents(readFileSync(path, 'utf8'))
    .links.filter((link) => /^https?:\/\//i.test(link.url))
    .map((link) => ({ url: link.url, position: link.position, destination: null })),
}));
const all = collectExternalUrls(inputs);
const github = all.filter((url) => parseGithubUrl(url.url)).slice(0, limit);
const githubHosts = all.filter((url) => /(^|\.)github(usercontent)?\.com$/.test(url.host)).length;

// Labels: a URL is gone when its hash says so (1 in 20), the same in every run.
const h = (text) => createHash('sha1').update(text).digest().readUInt32BE(0);
const gone = (key) => h(`gone ${key}`) % 20 === 0;

const repos = new Map();
const owners = new Set();
const repoOf = (target) => {
  const key = `${target.owner}/${target.repo}`.toLowerCase();
  let repo = repos.get(key);
  if (!repo) {
    repo = {
      owner: target.owner,
      name: target.repo,
      refs: {},
      issues: 0,
      missingIssues: [],
      pulls: [],
      releases: [],
      commits: [],
      transferred: {},
      linked: new Set(),
    };
    repos.set(key, repo);
  }
  return repo;
};
const labelled = new Set();
for (const { url } of github) {
  const target = parseGithubUrl(url);
  if (target.kind === 'owner') {
    if (gone(url)) labelled.add(url);
    else owners.add(target.owner);
    continue;
  }
  const repo = repoOf(target);
  if ('path' in target) {
    const ref = target.rest[0];
    const path = target.rest.slice(1).join('/');
    repo.refs[ref] ??= [];
    // Gone by path, whichever URL names it; a directory goes with all under it (labelled below).
    if (path && !gone(`${target.owner}/${target.repo}@${ref}:${path}`.toLowerCase()))
      repo.refs[ref].push(target.kind === 'tree' ? `${path}/.keep` : path);
  } else if (target.kind === 'issue' || target.kind === 'pull') {
    repo.issues = Math.max(repo.issues, target.number);
    repo.linked.add(target.number);
    if (target.kind === 'pull') repo.pulls.push(target.number);
    if (gone(url)) {
      repo.missingIssues.push(target.number);
      labelled.add(url);
    }
  } else if (target.kind === 'commit') {
    if (gone(url)) labelled.add(url);
    else repo.commits.push(target.sha.padEnd(40, '0'));
  } else if (target.kind === 'release') {
    if (gone(url)) labelled.add(url);
    else repo.releases.push(target.tag);
  }
}
const world = [];
let renamed = 0;
let transferred = 0;
let missingRepos = 0;
const keys = [...repos.keys()];
for (const [key, repo] of repos) {
  if (h(`repo ${key}`) % 33 === 0) {
    missingRepos++;
    for (const { url } of github) {
      const target = parseGithubUrl(url);
      if (target.kind !== 'owner' && `${target.owner}/${target.repo}`.toLowerCase() === key) labelled.add(url);
    }
    continue;
  }
  // A file linked both as a file and under a directory cannot be both: the directory wins.
  for (const [ref, files] of Object.entries(repo.refs)) {
    const dirs = new Set(
      files.flatMap((file) =>
        file
          .split('/')
          .slice(0, -1)
          .map((_, n, parts) => parts.slice(0, n + 1).join('/')),
      ),
    );
    repo.refs[ref] = [...new Set(files.filter((file) => !dirs.has(file))), 'README.md'];
  }
  if (Object.keys(repo.refs).length === 0) repo.refs.main = ['README.md'];
  for (const { url } of github) {
    const target = parseGithubUrl(url);
    if (!('path' in target) || `${target.owner}/${target.repo}`.toLowerCase() !== key || !target.rest[1]) continue;
    const path = target.rest.slice(1).join('/');
    const files = repo.refs[target.rest[0]] ?? [];
    if (!files.some((file) => file === path || file.startsWith(`${path}/`))) labelled.add(url);
  }
  const { linked, ...entry } = repo;
  if (h(`rename ${key}`) % 50 === 0) {
    renamed++;
    entry.name = `${repo.name}-renamed`;
    entry.formerNames = [`${repo.owner}/${repo.name}`];
  }
  for (const number of linked)
    if (
      h(`transfer ${key} ${number}`) % 50 === 0 &&
      !repo.missingIssues.includes(number) &&
      !repo.pulls.includes(number)
    ) {
      const to = keys[h(`to ${key} ${number}`) % keys.length];
      if (to !== key && h(`repo ${to}`) % 33 !== 0 && h(`rename ${to}`) % 50 !== 0) {
        entry.transferred[number] = to;
        transferred++;
      }
    }
  world.push(entry);
}
// Transferred issues must exist where they went.
for (const entry of world)
  for (const [number, to] of Object.entries(entry.transferred)) {
    const there = world.find((other) => `${other.owner}/${other.name}`.toLowerCase() === to);
    if (there) there.issues = Math.max(there.issues, Number(number));
  }

console.log(
  `corpus: ${inputs.length} files, ${all.length} unique external URLs, ${githubHosts} on GitHub hosts; ` +
    `${github.length} answered by the GitHub API (the rest over HTTP, not measured here)`,
);
console.log(
  `world: ${world.length} repositories (${missingRepos} gone, ${renamed} renamed), ${owners.size} owners, ` +
    `${transferred} issues transferred, ${labelled.size} URLs labelled gone; ${latency} ms per answer`,
);

async function run(mode, cache) {
  const fake = await startFakeWorld({
    repositories: world,
    users: [...owners],
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
  return { result, ms, requests: fake.requests.length, points: fake.points() };
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
    `batched: ${(github.length / Math.max(1, batched.requests)).toFixed(0)} URLs per request; ` +
      `verdicts agree on ${agree} of ${github.length}; labelled gone found dead ${labelledDead} of ${labelled.size}; ` +
      `dead without a label ${falseAlarms}; redirects reported ${redirects}; second run ${second.requests} requests for ${world.length} repositories`,
  );
  for (const text of disagree.slice(0, 10)) console.log(`  differs: ${text}`);
  for (const url of [...labelled].filter((url) => verdict(batched, url) !== 'dead').slice(0, 5))
    console.log(`  labelled, not dead: ${url} ${JSON.stringify(batched.result.results.get(url))}`);
  for (const { url } of github.filter(({ url }) => !labelled.has(url) && verdict(batched, url) === 'dead').slice(0, 5))
    console.log(`  dead, not labelled: ${url} ${batched.result.results.get(url)?.reason}`);
  for (const { url } of github.filter(({ url }) => second.result.results.get(url)?.source !== 'cache').slice(0, 5))
    console.log(`  second run asked: ${url} ${JSON.stringify(second.result.results.get(url))}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
