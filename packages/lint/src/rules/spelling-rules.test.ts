import { parseMarkdown, resolveLink, targetKey, type ResolveContext } from '@devguide/markdown';
import { corpus } from '@devguide/testkit';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lint } from '../engine/run-lint.js';
import { collectFacts } from '../../test/collect-facts-oracle.js';
import { allRules } from './index.js';
import { spellingRules } from './spelling-rules.js';

const guidePath = 'contributors/devel/README.md';
const spellingIds = new Set(spellingRules.map((rule) => rule.meta.id));
const site = { origin: 'https://kubernetes.io', paths: ['/docs/'] };
const resolveContext: ResolveContext = {
  repository: 'kubernetes/community',
  documentPath: guidePath,
  shortlinks: { 'git.k8s.io': 'kubernetes' },
  site,
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Setup {
  guide: string;
  /** Real upstream files copied into the tree, so the index has them. */
  copy?: readonly string[];
  treeListing?: string;
}

/** A temporary tree with the guide at `contributors/devel/README.md`, only the spelling rules on. */
function setUp({ guide, copy = [], treeListing }: Setup): string {
  const dir = mkdtempSync(join(tmpdir(), 'devguide-spelling-'));
  dirs.push(dir);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(guidePath, guide);
  for (const path of copy) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(join(corpus.communityDir, path), join(dir, path));
  }
  const config = {
    repository: 'kubernetes/community',
    defaultBranch: 'main',
    include: [guidePath],
    guides: [guidePath],
    httpsHosts: ['kubernetes.io'],
    site,
    ...(treeListing ? { treeListing } : {}),
    rules: Object.fromEntries(
      allRules.filter((rule) => !spellingIds.has(rule.meta.id)).map((rule) => [rule.meta.id, 'off']),
    ),
  };
  write('.devguide-lint.yaml', stringify(config));
  return dir;
}

interface Found {
  rule: string;
  line: number;
  endLine: number;
  reason: string;
}

async function findings(dir: string): Promise<Found[]> {
  const run = await lint({ rules: allRules, cwd: dir, cache: null, jobs: 0 });
  return run.files.flatMap((file) =>
    file.messages.map((message) => ({
      rule: message.ruleId ?? '',
      line: message.line ?? 0,
      endLine: message.place && 'end' in message.place ? message.place.end.line : (message.line ?? 0),
      reason: message.reason,
    })),
  );
}

/** `rule line` for each finding, sorted, for exact comparison. */
function summary(found: readonly Found[]): string[] {
  return found.map((finding) => `${finding.rule} ${finding.line}`).sort();
}

function linesOf(text: string): string[] {
  return text.split('\n');
}

/** The text with every link destination (and white space between it and its parentheses) cut out: what a respelling must leave alone. */
function withoutDestinations(text: string): string {
  const facts = collectFacts(parseMarkdown(text), text);
  let out = '';
  let cursor = 0;
  for (const link of [...facts.links].sort((a, b) => (a.destination?.start ?? 0) - (b.destination?.start ?? 0))) {
    if (!link.destination) continue;
    let { start, end } = link.destination;
    while (link.kind !== 'definition' && /\s/.test(text[start - 1] ?? '')) start--;
    while (link.kind !== 'definition' && /\s/.test(text[end] ?? '') && /^\s*\)/.test(text.slice(end))) end++;
    out += text.slice(cursor, start);
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** Where each link lands (http upgraded to https, the branch ignored): what a respelling must keep. */
function targets(text: string): string[] {
  const facts = collectFacts(parseMarkdown(text), text);
  return facts.links.map((link) =>
    targetKey(resolveLink(link.url, resolveContext)).replace(/^url:http:\/\//, 'url:https://'),
  );
}

/** Fixes the tree and checks: the rules are satisfied, only the flagged lines changed, the links land where they did. */
async function fixAndCheck(dir: string, before: readonly Found[]): Promise<string> {
  const original = readFileSync(join(dir, guidePath), 'utf8');
  const run = await lint({ rules: allRules, cwd: dir, cache: null, jobs: 0, fix: true });
  expect(run.stats.fixed).toEqual([guidePath]);
  const fixed = readFileSync(join(dir, guidePath), 'utf8');
  expect(await findings(dir)).toEqual([]);

  expect(withoutDestinations(fixed)).toBe(withoutDestinations(original));
  expect(targets(fixed)).toEqual(targets(original));
  const flagged = new Set(
    before.flatMap((finding) =>
      Array.from({ length: finding.endLine - finding.line + 1 }, (_, index) => finding.line + index),
    ),
  );
  const a = linesOf(original);
  const b = linesOf(fixed);
  expect(b.length).toBe(a.length);
  const changed = a.flatMap((line, index) => (line === b[index] ? [] : [index + 1]));
  expect(changed.length).toBeGreaterThan(0);
  for (const line of changed) expect(flagged.has(line), `line ${line} changed without a finding`).toBe(true);
  return fixed;
}

describe('spelling rules on the site-form seed guide', () => {
  const seed = readFileSync(corpus.seedPath, 'utf8');
  const seedLines = linesOf(seed);

  // Each expected line, read from the seed: the finding's cause is on it.
  const expected: Array<[rule: string, line: number, mark: string]> = [
    ['prefer-https', 7, '(http://kubernetes.io/docs/user-guide/)'],
    ['prefer-https', 7, '[Cluster Admin'],
    ['prefer-https', 53, '(http://kubernetes.io/docs/reference/)'],
    ['prefer-https', 68, '(http://kubernetes.io/docs/admin/authentication/)'],
    ['prefer-https', 71, '(http://kubernetes.io/docs/admin/authorization/)'],
    ...[14, 16, 18, 20, 22, 27, 29, 31, 34, 36, 39, 42, 45, 48, 59, 75].map(
      (line) => ['default-branch', line, 'github.com/kubernetes/community/'] as [string, number, string],
    ),
    ['normalized-path', 42, 'contributors/devel/../guide/coding-conventions.md'],
    // `tree/` for files the upstream listing has; moved files (testing.md, logging.md…) are unknown and left to no-missing-file.
    ['github-view', 14, '/tree/master/contributors/guide/README.md'],
    ['github-view', 18, '/tree/master/contributors/guide/pull-requests.md'],
    ['github-view', 22, '/tree/master/contributors/devel/automation.md'],
    ['github-view', 27, '/tree/master/contributors/devel/development.md'],
    ['github-view', 42, '/tree/master/contributors/devel/../guide/coding-conventions.md'],
    ['github-view', 48, '/tree/master/contributors/devel/running-locally.md'],
    ['no-site-only-path', 62, '(/docs/reference/using-api/client-libraries/)'],
  ];

  it('has the expected marks on the expected lines', () => {
    expect(seed.startsWith('---\ntitle:')).toBe(true);
    for (const [rule, line, mark] of expected) expect(seedLines[line - 1], `${rule} at line ${line}`).toContain(mark);
    expect(seedLines[7]).toContain('Guide](http://kubernetes.io/docs/admin/)');
  });

  it('reports exactly the spelling findings of the real seed, against the full upstream listing', async () => {
    const dir = setUp({ guide: seed, treeListing: corpus.treeListingPath });
    const found = await findings(dir);
    expect(summary(found)).toEqual(expected.map(([rule, line]) => `${rule} ${line}`).sort());
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'default-branch',
        line: 14,
        reason: 'Unexpected branch `master` in a link to kubernetes/community, expected `main`, its default branch',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'normalized-path',
        line: 42,
        reason:
          'Unexpected `https://github.com/kubernetes/community/tree/master/contributors/devel/../guide/coding-conventions.md`, expected the normalised `https://github.com/kubernetes/community/tree/master/contributors/guide/coding-conventions.md`',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'github-view',
        line: 42,
        reason: 'Unexpected `tree/` view for the file `contributors/guide/coding-conventions.md`, expected `blob/`',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'no-site-only-path',
        line: 62,
        reason:
          'Unexpected site-only path `/docs/reference/using-api/client-libraries/`, expected a repository path or `https://kubernetes.io/docs/reference/using-api/client-libraries/`',
      }),
    );
    // The second link of line 7 spans lines 7–8.
    expect(
      found
        .filter((finding) => finding.rule === 'prefer-https' && finding.line === 7)
        .map((finding) => finding.endLine),
    ).toEqual([7, 8]);
  });

  it('fixes them without changing anything else', async () => {
    const dir = setUp({ guide: seed, treeListing: corpus.treeListingPath });
    const before = await findings(dir);
    const fixed = linesOf(await fixAndCheck(dir, before));
    expect(fixed[41]).toBe(
      '* **Coding Conventions** ([coding-conventions.md](https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md)):',
    );
    expect(fixed[13]).toBe(
      '  ([Please start here](https://github.com/kubernetes/community/blob/main/contributors/guide/README.md)) to learn about how to contribute to Kubernetes',
    );
    // A file the listing does not know keeps its view; only the branch changes.
    expect(fixed[19]).toContain(
      '(https://github.com/kubernetes/community/tree/main/contributors/devel/getting-builds.md)',
    );
    expect(fixed[61]).toContain(
      '([client-libraries](https://kubernetes.io/docs/reference/using-api/client-libraries/))',
    );
    expect(fixed[6]).toContain('[User Guide](https://kubernetes.io/docs/user-guide/)');
    expect(fixed[7]).toBe('Guide](https://kubernetes.io/docs/admin/).');
  });

  it('takes the directory-or-file answer from real files on disk as well', async () => {
    // Without the listing, only the copied targets are known: the view is checked for them alone.
    const copy = [
      'contributors/guide/README.md',
      'contributors/guide/pull-requests.md',
      'contributors/guide/coding-conventions.md',
    ];
    const dir = setUp({ guide: seed, copy });
    const found = await findings(dir);
    expect(summary(found.filter((finding) => finding.rule === 'github-view'))).toEqual([
      'github-view 14',
      'github-view 18',
      'github-view 42',
    ]);
  });
});

describe('spelling rules on the upstream-form corpus README', () => {
  const readme = readFileSync(join(corpus.communityDir, guidePath), 'utf8');
  const lines = linesOf(readme);
  const line =
    lines.findIndex((text) =>
      text.includes('[here]( https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md)'),
    ) + 1;

  it('has the spaced absolute link on line 103 and no front matter', () => {
    expect(line).toBe(103);
    expect(readme.startsWith('# ')).toBe(true);
  });

  it('reports the spaced, stale, absolute same-repository link and nothing else', async () => {
    const dir = setUp({
      guide: readme,
      copy: ['sig-storage/volume-plugin-faq.md'],
      treeListing: corpus.treeListingPath,
    });
    const found = await findings(dir);
    expect(summary(found)).toEqual(['default-branch 103', 'no-space-in-destination 103', 'same-repo-link-form 103']);
    expect(found.map((finding) => finding.reason).sort()).toEqual([
      'Unexpected absolute link to this repository, expected the relative `../../sig-storage/volume-plugin-faq.md`',
      'Unexpected branch `master` in a link to kubernetes/community, expected `main`, its default branch',
      'Unexpected whitespace in link destination `( https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md)`, expected `(https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md)`',
    ]);
  });

  it('fixes it to the relative spelling upstream uses elsewhere', async () => {
    const dir = setUp({
      guide: readme,
      copy: ['sig-storage/volume-plugin-faq.md'],
      treeListing: corpus.treeListingPath,
    });
    const before = await findings(dir);
    const fixed = linesOf(await fixAndCheck(dir, before));
    expect(fixed[102]).toBe(
      lines[102]!.replace(
        '( https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md)',
        '(../../sig-storage/volume-plugin-faq.md)',
      ),
    );
  });

  it('reads the same README as a site-form guide once it has front matter', async () => {
    // Front matter makes it the site form: its relative and root-relative repository links must be absolute.
    const dir = setUp({
      guide: `---\ntitle: Kubernetes Developer Guide\n---\n\n${readme}`,
      treeListing: corpus.treeListingPath,
    });
    const found = await findings(dir);
    const relative = lines.flatMap((text, index) =>
      /\]\((?!\s*(?:https?:|#))[^)]+\)/.test(text) ? [index + 1 + 4] : [],
    );
    const flagged = [
      ...new Set(found.filter((finding) => finding.rule === 'same-repo-link-form').map((finding) => finding.line)),
    ].sort((x, y) => x - y);
    expect(flagged).toEqual(relative);
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'same-repo-link-form',
        line: 12 + 4,
        reason:
          'Unexpected root-relative link to this repository, expected the absolute `https://github.com/kubernetes/community/blob/main/contributors/guide/README.md`',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'same-repo-link-form',
        line: 43 + 4,
        reason:
          'Unexpected relative link to this repository, expected the absolute `https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md`',
      }),
    );
  });
});
