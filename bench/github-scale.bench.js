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
import { checkLinks } from '@devguide/links';
import { startFakeWorld } from '@devguide/github/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
