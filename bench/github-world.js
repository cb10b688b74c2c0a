// The generated GitHub world of the GitHub benchmark: every unique github.com URL of the corpus
// (extracted by devguide's own facts and URL collection) and, for the repositories they name,
// trees holding the linked paths minus a labelled ~5% that are gone (paths, issues, commits,
// releases, owners, whole repositories); issues and pulls up to the highest number linked, ~2%
// transferred; ~2% of repositories renamed. Deterministic: labels come from hashes of the URLs.
import { collectFactsFromEvents } from '@devguide/lint';
import { collectExternalUrls, parseGithubUrl } from '@devguide/links';
import { corpus } from '@devguide/testkit';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const limit = Number(process.env.GHSCALE_URLS ?? Infinity);

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
export const inputs = markdownFiles(root).map((path) => ({
  path: relative(root, path),
  links: collectFactsFromEvents(readFileSync(path, 'utf8'))
    .links.filter((link) => /^https?:\/\//i.test(link.url))
    .map((link) => ({ url: link.url, position: link.position, destination: null })),
}));
export const all = collectExternalUrls(inputs);
export const github = all.filter((url) => parseGithubUrl(url.url)).slice(0, limit);
export const githubHosts = all.filter((url) => /(^|\.)github(usercontent)?\.com$/.test(url.host)).length;

// Labels: a URL is gone when its hash says so (1 in 20), the same in every run.
const h = (text) => createHash('sha1').update(text).digest().readUInt32BE(0);
const gone = (key) => h(`gone ${key}`) % 20 === 0;

const repos = new Map();
export const owners = new Set();
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
      labels: [],
      transferred: {},
      linked: new Set(),
    };
    repos.set(key, repo);
  }
  return repo;
};
export const labelled = new Set();
const ownerUrls = [];
const organisations = new Map();
for (const { url } of github) {
  const target = parseGithubUrl(url);
  if (target.kind === 'owner') {
    ownerUrls.push({ url, owner: target.owner });
    continue;
  }
  // Teams all exist: GitHub shows no team to a token without `read:org`, so a missing one is not
  // called dead, and none is labelled gone.
  if (target.kind === 'team') {
    const org = target.owner.toLowerCase();
    if (!organisations.has(org)) organisations.set(org, { login: target.owner, teams: [] });
    organisations.get(org).teams.push(target.slug);
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
    // Gone by number, however many URLs name it (`pull/N`, `pull/N/files`).
    if (gone(`${target.owner}/${target.repo}#${target.number}`.toLowerCase())) {
      repo.missingIssues.push(target.number);
      labelled.add(url);
    }
  } else if (target.kind === 'commit') {
    if (gone(url)) labelled.add(url);
    else repo.commits.push(target.sha.padEnd(40, '0'));
  } else if (target.kind === 'release') {
    if (gone(url)) labelled.add(url);
    else repo.releases.push(target.tag);
  } else if (target.kind === 'label') {
    if (gone(url)) labelled.add(url);
    else repo.labels.push(target.name);
  }
}
export const world = [];
export let renamed = 0;
export let transferred = 0;
export let missingRepos = 0;
export let branchesRenamed = 0;
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
  // About one repository in ten linked at `master` has renamed it `main` since: its pages redirect
  // (alive, reported with the fix); its raw files do not (labelled gone).
  const refNames = Object.keys(repo.refs);
  repo.defaultBranch = refNames.includes('master') ? 'master' : refNames.includes('main') ? 'main' : refNames[0];
  if (refNames.includes('master') && !refNames.includes('main') && h(`branch ${key}`) % 10 === 0) {
    repo.refs.main = repo.refs.master;
    delete repo.refs.master;
    repo.defaultBranch = 'main';
    branchesRenamed++;
    for (const { url } of github) {
      const target = parseGithubUrl(url);
      if (
        'path' in target &&
        target.rest[0] === 'master' &&
        new URL(url).hostname === 'raw.githubusercontent.com' &&
        `${target.owner}/${target.repo}`.toLowerCase() === key
      )
        labelled.add(url);
    }
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
// An owner is gone by its name (however a URL spells it), unless it owns a repository of the world.
const repoOwners = new Set(world.map((entry) => entry.owner.toLowerCase()));
for (const { url, owner } of ownerUrls) {
  if (gone(`owner ${owner.toLowerCase()}`) && !repoOwners.has(owner.toLowerCase())) labelled.add(url);
  else owners.add(owner);
}
// Transferred issues must exist where they went.
for (const entry of world)
  for (const [number, to] of Object.entries(entry.transferred)) {
    const there = world.find((other) => `${other.owner}/${other.name}`.toLowerCase() === to);
    if (there) there.issues = Math.max(there.issues, Number(number));
  }

export const orgs = [...organisations.values()];
