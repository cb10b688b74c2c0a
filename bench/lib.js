// Shared helpers for the benchmarks: timing whole processes, peak memory, the corpus copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const shared = resolve(process.env.DEVGUIDE_SHARED ?? join(root, '..', 'shared'));
export const corpusDir = join(shared, 'corpus', 'kubernetes-community');
export const treeListing = join(shared, 'corpus', 'kubernetes-community.TREE.tsv');
export const devguideBin = join(root, 'apps', 'devguide', 'bin', 'devguide.js');
/** The built CLI's module (`run`, `processIo`), for several command lines in one process. */
export const devguideBundle = new URL('../apps/devguide/dist/bundle/devguide.js', import.meta.url).href;
export const binDir = join(root, 'bench', 'node_modules', '.bin');

/** A writable copy of the corpus (the shared one is read-only), so every tool reads the same files. */
export function corpusCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'devguide-bench-'));
  const copy = join(dir, 'kubernetes-community');
  cpSync(corpusDir, copy, { recursive: true });
  // remark-validate-links reads the repository from the git remote, as in a real clone (nothing is fetched).
  spawnSync('git', ['init', '-q'], { cwd: copy });
  spawnSync('git', ['remote', 'add', 'origin', 'https://github.com/kubernetes/community.git'], { cwd: copy });
  return copy;
}

/** Peer plugins and reporters by absolute path, so they load whatever the working directory. */
export const peer = (name) => join(root, 'bench', 'node_modules', name, 'index.js');

/** remark-cli with what GitHub renders (front matter, GFM) and remark-validate-links, reporting only. */
export const remarkValidateLinks = () => [
  '--use',
  peer('remark-frontmatter'),
  '--use',
  peer('remark-gfm'),
  '--use',
  peer('remark-validate-links'),
  '--quiet',
  '--no-stdout',
];

/**
 * Runs a command; wall time in ms, CPU time (user + system, its children included) in ms and peak
 * RSS in MiB (GNU time), stdout, exit status. On a loaded machine the CPU time is the steadier figure.
 */
export function measure(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const [user, system, rss] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return {
    ms,
    cpuMs: (user + system) * 1000,
    rssMiB: rss / 1024,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

export function markdownFiles() {
  return readFileSync(join(shared, 'corpus', 'kubernetes-community.MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0])
    .filter((path) => path.endsWith('.md'));
}

export function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** The arguments of `devguide lint` on a copy of the corpus with its tree listing, then `extra`. */
export function corpusLintBaseArgs(dir, extra = []) {
  return [
    devguideBin,
    'lint',
    dir,
    '--root',
    dir,
    '--no-config',
    '--repository',
    'kubernetes/community',
    '--tree-listing',
    treeListing,
    ...extra,
  ];
}

/** The arguments of `devguide lint` on a copy of the corpus with its tree listing, a JSON report into `output`. */
export function corpusLintArgs(dir, output, extra = []) {
  return corpusLintBaseArgs(dir, ['--format', 'json', '--output', output, ...extra]);
}

/** `devguide lint --format json` of a fresh copy of the corpus with its tree listing: the report's text. */
export function lintCorpusJson(extra = []) {
  const dir = corpusCopy();
  const output = join(dir, '..', 'report.json');
  const run = measure(process.execPath, corpusLintArgs(dir, output, ['--no-cache', ...extra]));
  if (run.status !== 0 && run.status !== 1) throw new Error(`devguide lint failed (${run.status}): ${run.stderr}`);
  const report = readFileSync(output, 'utf8');
  rmSync(join(dir, '..'), { recursive: true, force: true });
  return report;
}

/** Git for benchmark repositories: no user or system configuration, a fixed identity. */
export const benchGitEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_'))),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
};
