import { corpus, git, seededRandom } from '@devguide/testkit';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devguide } from '../test/cli.js';

/*
 * One repository of the whole corpus; each test adds one commit and checks that
 * `--changed-since HEAD~1` reports exactly (full lint at HEAD) − (full lint at HEAD~1), matched by
 * fingerprint with the commit's renames applied. Full lints share one warm cache.
 */
let cwd: string;
let lintArgs = ['lint', '--no-config', '--repository', 'kubernetes/community', '--cache-location', '../cache'];
let previous: Entry[];

interface Entry {
  ruleId: string;
  path: string;
  key: string;
  occurrence: number;
  fingerprint: string;
}

/** The first full lint of a repository parses the whole corpus: minutes on a loaded machine. */
const coldDevguide = devguide.withEnv({}, 280_000);

function fullLint(): Entry[] {
  const result = coldDevguide(cwd, ...lintArgs, '--write-baseline', '../full.json', '--output', '../report.txt');
  expect(result.code, result.stderr).toBe(1);
  return (JSON.parse(readFileSync(join(cwd, '../full.json'), 'utf8')) as { findings: Entry[] }).findings;
}

function commit(message: string): void {
  git(cwd, ['add', '-A']);
  git(cwd, ['commit', '-qm', message]);
}

/** (full lint at HEAD) − (full lint at HEAD~1), the files the commit renamed keeping their findings. */
function expectedNew(): Entry[] {
  const moves = new Map<string, string>();
  const diff = git(cwd, ['diff', '--name-status', '-M', 'HEAD~1..HEAD']);
  for (const line of diff.split('\n')) {
    const [status, from, to] = line.split('\t');
    if (status?.startsWith('R')) moves.set(from!, to!);
  }
  const identity = (entry: Entry, path = entry.path) =>
    JSON.stringify([entry.ruleId, path, entry.key, entry.occurrence]);
  const before = new Set(previous.map((entry) => identity(entry, moves.get(entry.path) ?? entry.path)));
  const now = fullLint();
  previous = now;
  return now.filter((entry) => !before.has(identity(entry)));
}

interface SarifResult {
  ruleId: string;
  message: { text: string };
  partialFingerprints: Record<string, string>;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
}

function prMode(...extra: string[]): { code: number | null; results: SarifResult[]; stderr: string } {
  const result = devguide(cwd, ...lintArgs, '--changed-since', 'HEAD~1', '--format', 'sarif', '--stats', ...extra);
  const log = JSON.parse(result.stdout) as { runs: { results: SarifResult[] }[] };
  return { code: result.code, results: log.runs[0]!.results, stderr: result.stderr };
}

const fingerprints = (results: readonly SarifResult[]) =>
  results.map((result) => Object.values(result.partialFingerprints)[0]!).sort();

function expectEquivalent(how: 'from git objects' | 'tree written out' = 'from git objects'): SarifResult[] {
  const pr = prMode();
  const expected = expectedNew();
  expect(fingerprints(pr.results)).toEqual(expected.map((entry) => entry.fingerprint).sort());
  expect(pr.code).toBe(expected.some((entry) => entry.ruleId.startsWith('no-missing')) ? 1 : pr.code);
  // Only the merge base's changed files are parsed again: the rest come from the cache.
  expect(Number(/at the merge base (\d+) file\(s\) parsed/.exec(pr.stderr)?.[1])).toBeLessThanOrEqual(2);
  // The base is read from git's objects, comparing only the files the change touches, unless the
  // lint's own configuration changed.
  const compared = /(\d+) file\(s\) compared with it/.exec(pr.stderr);
  if (how === 'tree written out') expect(pr.stderr).toContain('its tree written out');
  else expect(Number(compared?.[1]), pr.stderr).toBeLessThan(Number(/(\d+) file\(s\),/.exec(pr.stderr)?.[1]));
  return pr.results;
}

const scratch: string[] = [];

/** A repository of `dirs` of the corpus (all of it without), one commit, and its full lint. */
function repositoryOf(dirs: readonly string[] = [''], before?: () => void): void {
  const parent = mkdtempSync(join(tmpdir(), 'devguide-pr-'));
  scratch.push(parent);
  cwd = join(parent, 'repo');
  for (const dir of dirs)
    cpSync(join(corpus.communityDir, dir), join(cwd, dir), {
      recursive: true,
      filter: (path) => !/\/\.(PROVENANCE|MANIFEST\.tsv|TREE\.tsv)$/.test(path),
    });
  before?.();
  git(cwd, ['init', '-q']);
  commit('corpus');
  previous = fullLint();
}

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const testing = 'contributors/devel/sig-testing/testing.md';

describe('devguide lint --changed-since', () => {
  beforeAll(() => repositoryOf(), 300_000);
  it('reports every link into a renamed file, in any file, and nothing else', () => {
    git(cwd, ['mv', testing, 'contributors/devel/sig-testing/testing-guide.md']);
    commit('rename testing.md');
    const results = expectEquivalent();
    expect(results.length).toBeGreaterThan(10);
    for (const result of results) expect(result.message.text).toContain(testing);
    expect(
      new Set(results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).size,
    ).toBeGreaterThan(5);
  }, 120_000);

  it('--fix repoints every link into the renamed file; nothing new is left', () => {
    const fixed = devguide(cwd, ...lintArgs, '--changed-since', 'HEAD~1', '--fix', '--output', '../fixed.txt');
    expect(fixed.stderr).toMatch(/fixed \d+ file\(s\)/);
    try {
      // Only the links the rename broke are rewritten, nothing else the full lint could fix.
      const changed = git(cwd, ['diff', '--name-only']).split('\n');
      expect(changed.length).toBeGreaterThan(5);
      const diff = git(cwd, ['diff', '-U0']);
      const removed = diff.split('\n').filter((line) => /^-[^-]/.test(line));
      expect(removed.length).toBeGreaterThan(5);
      for (const line of removed) expect(line).toContain('testing.md');
      expect(diff).toContain('testing-guide.md');
      const after = prMode();
      expect(after.results.filter((result) => result.message.text.includes(testing))).toEqual([]);
    } finally {
      git(cwd, ['checkout', '--', '.']);
      // The cache holds the fixed texts now: the restored ones go back in.
      devguide(cwd, ...lintArgs, '--output', '../report.txt');
    }
  }, 120_000);

  it('reports the links to a heading that was edited away', () => {
    const path = join(cwd, 'contributors/devel/sig-testing/e2e-tests.md');
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^#+ Kinds of Tests$/im);
    writeFileSync(path, text.replace(/^(#+) Kinds of Tests$/im, '$1 Kinds of Test Suites'));
    commit('edit a heading');
    const results = expectEquivalent();
    expect(results.length).toBeGreaterThan(2);
    for (const result of results) expect(result.ruleId).toBe('no-missing-anchor');
  }, 120_000);

  it('reports a new broken link and exits 1', () => {
    const path = join(cwd, 'contributors/devel/README.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nSee [the missing page](no-such-page.md).\n`);
    commit('add a broken link');
    const results = expectEquivalent();
    expect(results.map((result) => result.ruleId)).toEqual(['no-missing-file']);
    expect(prMode().code).toBe(1);
  }, 120_000);

  it('reports nothing when 500 lines are inserted above existing findings, and exits 0', () => {
    const path = join(cwd, 'contributors/devel/sig-testing/e2e-tests.md');
    const filler = Array.from({ length: 500 }, (_, at) => `Filler line ${at + 1}.\n`).join('');
    writeFileSync(path, `${filler}\n${readFileSync(path, 'utf8')}`);
    commit('insert 500 lines');
    expect(expectEquivalent()).toEqual([]);
    expect(prMode().code).toBe(0);
  }, 120_000);

  it('keeps a renamed file’s own findings: only what the rename breaks elsewhere is new', () => {
    const from = 'contributors/devel/sig-testing/monitoring.md';
    devguide(cwd, ...lintArgs, '--write-baseline', '../baseline.json', '--output', '../report.txt');
    git(cwd, ['mv', from, 'contributors/devel/sig-testing/monitoring-guide.md']);
    commit('rename monitoring.md');
    const results = expectEquivalent();
    expect(
      results.filter((result) =>
        result.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('monitoring-guide.md'),
      ),
    ).toEqual([]);
    const withBaseline = devguide(
      cwd,
      ...lintArgs,
      '--changed-since',
      'HEAD~1',
      '--baseline',
      '../baseline.json',
      '--format',
      'sarif',
    );
    const states = (JSON.parse(withBaseline.stdout) as { runs: { results: { baselineState: string }[] }[] }).runs[0]!
      .results;
    expect(states.filter((result) => result.baselineState === 'unchanged')).toEqual([]);
  }, 120_000);

  it('names the fix when the merge base is not in a shallow clone', () => {
    const shallow = join(cwd, '..', 'shallow');
    git(join(cwd, '..'), ['clone', '-q', '--depth', '1', `file://${cwd}`, shallow]);
    const result = devguide(shallow, ...lintArgs, '--changed-since', 'HEAD~1');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('fetch-depth: 0');
    expect(result.stderr).toContain('git fetch --deepen');
  }, 120_000);
});

describe('devguide lint --changed-since, over generated edits', () => {
  const dirs = ['contributors/devel/sig-testing', 'contributors/devel/sig-cli', 'contributors/devel/sig-node'];
  beforeAll(() => repositoryOf(dirs), 120_000);

  it('equals (full lint at HEAD) − (full lint at HEAD~1) after each of a sequence of renames, deletes, heading and link edits', () => {
    const next = seededRandom(14);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const files = () =>
      dirs.flatMap((dir) =>
        readdirSync(join(cwd, dir))
          .filter((name) => name.endsWith('.md'))
          .map((name) => `${dir}/${name}`),
      );
    const kinds: string[] = [];
    const reported: number[] = [];
    for (let step = 0; step < 8; step++) {
      const file = pick(files());
      const path = join(cwd, file);
      const text = readFileSync(path, 'utf8');
      const headings = [...text.matchAll(/^#{1,6} +(.+)$/gm)].map((match) => match[1]!);
      const kind = pick(['rename', 'delete', 'heading', 'link', 'link']);
      kinds.push(kind);
      if (kind === 'rename') git(cwd, ['mv', file, file.replace(/\.md$/, `-${step}.md`)]);
      else if (kind === 'delete') git(cwd, ['rm', '-q', file]);
      else if (kind === 'heading' && headings.length > 0) {
        const heading = pick(headings);
        writeFileSync(path, text.replace(heading, `${heading} (step ${step})`));
      } else {
        // A link to another file, to one of its headings (slug as GitHub makes it) or to nowhere.
        const target = pick(files());
        const slug = pick(
          [...readFileSync(join(cwd, target), 'utf8').matchAll(/^#{1,6} +([\w -]+)$/gm)]
            .map((match) => match[1]!.trim().toLowerCase().replace(/ /g, '-'))
            .concat(['no-such-heading']),
        );
        const relativeTarget = posix.relative(posix.dirname(file), target);
        const link = pick([`[see](${relativeTarget})`, `[see](${relativeTarget}#${slug})`, `[see](gone-${step}.md)`]);
        writeFileSync(path, `${text}\nStep ${step}: ${link}\n`);
      }
      commit(`step ${step}: ${kind} ${file}`);
      reported.push(expectEquivalent().length);
    }
    // Some steps broke links (else the equality would hold trivially), some broke none.
    expect(reported.some((count) => count > 0)).toBe(true);
    // The sequence is not all of one kind (the seed is fixed: this holds on every machine).
    expect(new Set(kinds).size, kinds.join(' ')).toBeGreaterThanOrEqual(3);
  }, 300_000);
});

describe('devguide lint --changed-since, through directories, symbolic links and configuration', () => {
  const dirs = ['contributors/devel/sig-testing', 'contributors/devel/sig-cli'];
  beforeAll(() => {
    lintArgs = ['lint', '--repository', 'kubernetes/community', '--cache-location', '../cache'];
    repositoryOf(dirs, () => {
      mkdirSync(join(cwd, 'notes/guide'), { recursive: true });
      mkdirSync(join(cwd, 'notes/tools'));
      writeFileSync(join(cwd, '.devguide-lint.yaml'), 'exclude: ["contributors/devel/sig-cli/**"]\n');
      writeFileSync(join(cwd, 'notes/guide/README.md'), '# Guide\n\n## Setup\n\nSee [usage](../tool.md#usage).\n');
      writeFileSync(join(cwd, 'notes/tools/tool-v1.md'), '# Tool\n\n## Usage\n');
      writeFileSync(join(cwd, 'notes/tools/tool-v2.md'), '# Tool, second version\n\n## Running\n');
      symlinkSync('tools/tool-v1.md', join(cwd, 'notes/tool.md'));
      writeFileSync(join(cwd, 'notes/links.md'), '# Links\n\n[Setup](guide/#setup) and [usage](tool.md#usage).\n');
    });
  }, 120_000);
  afterAll(() => {
    lintArgs = ['lint', '--no-config', '--repository', 'kubernetes/community', '--cache-location', '../cache'];
  });

  it('reports a link into a directory whose README moved away', () => {
    git(cwd, ['mv', 'notes/guide/README.md', 'notes/guide/index.md']);
    commit('README moved');
    const results = expectEquivalent();
    expect(
      results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri]),
    ).toEqual([['no-missing-anchor', 'notes/links.md']]);
  }, 120_000);

  it('reports a link through a symbolic link that now points elsewhere', () => {
    rmSync(join(cwd, 'notes/tool.md'));
    symlinkSync('tools/tool-v2.md', join(cwd, 'notes/tool.md'));
    commit('symbolic link repointed');
    const results = expectEquivalent();
    expect(results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri).sort()).toEqual([
      'notes/guide/index.md',
      'notes/links.md',
    ]);
  }, 120_000);

  it('--worktree: a staged rename not yet committed breaks the links to it', () => {
    git(cwd, ['mv', 'notes/tools/tool-v2.md', 'notes/tools/tool-2.md']);
    try {
      const result = devguide(
        cwd,
        ...lintArgs,
        '--changed-since',
        'HEAD',
        '--worktree',
        '--format',
        'sarif',
        '--stats',
      );
      const results = (JSON.parse(result.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;
      expect(result.stderr).toMatch(/\d+ file\(s\) compared with it/);
      expect(results.map((found) => [found.ruleId, found.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual(
        [
          ['no-missing-file', 'notes/guide/index.md'],
          ['no-missing-file', 'notes/links.md'],
        ],
      );
    } finally {
      git(cwd, ['mv', 'notes/tools/tool-2.md', 'notes/tools/tool-v2.md']);
    }
  }, 120_000);

  it('lints the whole base when the lint configuration changed', () => {
    writeFileSync(join(cwd, '.devguide-lint.yaml'), 'exclude: []\n');
    commit('lint sig-cli too');
    const results = expectEquivalent('tree written out');
    expect(
      results.some((result) => result.locations[0]!.physicalLocation.artifactLocation.uri.includes('sig-cli/')),
    ).toBe(true);
  }, 120_000);
});
