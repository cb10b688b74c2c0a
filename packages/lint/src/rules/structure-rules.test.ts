import { corpus, historyVersions } from '@devguide/testkit';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lint } from '../engine/run-lint.js';
import { allRules } from './index.js';
import { structureRules } from './structure-rules.js';

// The structure rules on the real guide: the upstream README at the pinned
// commit, the canonical site-form seed, and every upstream version since 2014,
// all read from ../shared at test time.

const guidePath = 'contributors/devel/README.md';
const structureIds = structureRules.map((rule) => rule.meta.id);
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Found {
  ruleId: string;
  line: number;
  column: number;
  reason: string;
}

/** Writes `files` under a temporary root and lints them as guides with only `rules` switched on. */
async function lintGuides(
  files: Readonly<Record<string, string>>,
  rules: Readonly<Record<string, unknown>>,
  fix = false,
): Promise<{ dir: string; found: Map<string, Found[]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'devguide-structure-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const settings = Object.fromEntries(allRules.map((rule) => [rule.meta.id, rules[rule.meta.id] ?? 'off']));
  const config = {
    repository: 'kubernetes/community',
    include: Object.keys(files),
    guides: Object.keys(files),
    httpsHosts: ['kubernetes.io'],
    site: { origin: 'https://kubernetes.io', paths: ['/docs/'] },
    rules: settings,
  };
  writeFileSync(join(dir, '.devguide-lint.yaml'), stringify(config));
  const run = await lint({ rules: allRules, cwd: dir, cache: null, jobs: 0, fix });
  const found = new Map<string, Found[]>();
  for (const file of run.files) {
    const path = file.path.slice(dir.length + 1);
    found.set(
      path,
      file.messages.map((message) => ({
        ruleId: message.ruleId ?? '',
        line: message.line ?? 0,
        column: message.column ?? 0,
        reason: message.reason,
      })),
    );
  }
  return { dir, found };
}

const allStructure = Object.fromEntries(structureIds.map((id) => [id, 'warn']));

function of(found: readonly Found[], ruleId: string): string[] {
  return found
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.line}:${finding.column}: ${finding.reason}`);
}

/** 1-based line and column of every occurrence of `needle` in `text`. */
function placesOf(text: string, needle: string): Array<{ line: number; column: number }> {
  const places: Array<{ line: number; column: number }> = [];
  text.split('\n').forEach((content, index) => {
    for (let at = content.indexOf(needle); at !== -1; at = content.indexOf(needle, at + 1))
      places.push({ line: index + 1, column: at + 1 });
  });
  return places;
}

/** The 1-based line of the first line satisfying `test`, searching from `from` (1-based). */
function lineWhere(text: string, test: (line: string) => boolean, from = 1): number {
  const lines = text.split('\n');
  for (let index = from - 1; index < lines.length; index++) if (test(lines[index]!)) return index + 1;
  throw new Error('no such line');
}

describe('structure rules on the upstream README', () => {
  const readme = readFileSync(join(corpus.communityDir, guidePath), 'utf8');

  it('finds the stale `instrumentation.md` link text where it is, and fixes it', async () => {
    const wrong = '[instrumentation.md](sig-instrumentation/metric-instrumentation.md)';
    const places = placesOf(readme, wrong);
    // The main section entry and the SIG Instrumentation entry both carry it.
    expect(places.length).toBe(2);
    const { found } = await lintGuides({ [guidePath]: readme }, { 'link-text-names-target': 'warn' });
    expect(of(found.get(guidePath)!, 'link-text-names-target')).toEqual(
      places.map(
        ({ line, column }) =>
          `${line}:${column}: Unexpected link text \`instrumentation.md\`, expected \`metric-instrumentation.md\`, the name of the file it links to`,
      ),
    );

    const fixed = await lintGuides({ [guidePath]: readme }, { 'link-text-names-target': 'warn' }, true);
    const after = readFileSync(join(fixed.dir, guidePath), 'utf8');
    expect(placesOf(after, wrong)).toEqual([]);
    expect(placesOf(after, '[metric-instrumentation.md](sig-instrumentation/metric-instrumentation.md)')).toEqual(
      places,
    );
    expect(after.length).toBe(readme.length + 2 * 'metric-'.length);
    expect(of(fixed.found.get(guidePath)!, 'link-text-names-target')).toEqual([]);
  });

  it('has a title, no empty section, no duplicate entry or target, one marker, and lists consistent within themselves', async () => {
    const { found } = await lintGuides({ [guidePath]: readme }, allStructure);
    const clean = [
      'guide-title',
      'single-h1',
      'heading-increment',
      'no-empty-section',
      'no-duplicate-entry',
      'no-duplicate-target',
      'list-marker-consistency',
      'list-spread-consistency',
    ];
    for (const id of clean) expect(of(found.get(guidePath)!, id), id).toEqual([]);
  });

  it('reports the tight `### SIG API Machinery` list among loose ones with `within: file`', async () => {
    const heading = lineWhere(readme, (line) => line === '### SIG API Machinery');
    const first = heading + 1;
    // Read, not guessed: the list starts right under the heading and its items follow each other without blank lines.
    expect(readme.split('\n')[first - 1]).toMatch(/^\* \*\*/);
    expect(readme.split('\n')[first]).toMatch(/^\* \*\*/);
    const { found } = await lintGuides(
      { [guidePath]: readme },
      { 'list-spread-consistency': ['warn', { within: 'file' }] },
    );
    expect(of(found.get(guidePath)!, 'list-spread-consistency')).toEqual([
      `${first}:1: Unexpected tight list, expected blank lines between its items as the other lists of this file have`,
    ]);
  });

  it("reports entries that break their section's layout and entries without a description", async () => {
    const { found } = await lintGuides({ [guidePath]: readme }, { 'entry-shape': 'warn' });
    const findings = of(found.get(guidePath)!, 'entry-shape');
    // The one prose entry of `## Developing against the Kubernetes API`, among `paren-colon` entries.
    const prose = lineWhere(readme, (line) => line.startsWith('* The [REST API documentation]'));
    expect(findings).toContain(
      `${prose}:1: Unexpected layout \`prose\`, expected \`paren-colon\` as the other entries of this section use`,
    );
    // The `**NOTE**` item of `### SIG Storage`, among `bare` entries.
    const note = lineWhere(readme, (line) => line.startsWith('* **NOTE**'));
    expect(findings).toContain(
      `${note}:1: Unexpected layout \`titled-prose\`, expected \`bare\` as the other entries of this section use`,
    );
    const admission = lineWhere(readme, (line) => line.startsWith('* **Admission Control Plugins**'));
    expect(findings).toContain(
      `${admission}:1: Unexpected entry \`Admission Control Plugins\` without a description, expected a sentence after its links saying what it covers`,
    );
    // Every finding is one of the two kinds, on an item line.
    for (const finding of findings)
      expect(finding).toMatch(
        /^\d+:1: Unexpected (layout `[a-z-]+`, expected `[a-z-]+` as the other entries of this section use|entry `[^`]+` without a description, expected a sentence after its links saying what it covers)$/,
      );

    const relaxed = await lintGuides(
      { [guidePath]: readme },
      { 'entry-shape': ['warn', { consistentLayout: false, requireDescription: false }] },
    );
    expect(of(relaxed.found.get(guidePath)!, 'entry-shape')).toEqual([]);
  });

  it('does not count the same document under a main section and a SIG subsection as a duplicate', async () => {
    // `sig-testing/testing.md` is linked from `## Setting up…` and from `### SIG Testing`.
    expect(placesOf(readme, '](sig-testing/testing.md)').length).toBeGreaterThanOrEqual(2);
    const { found } = await lintGuides(
      { [guidePath]: readme },
      { 'no-duplicate-target': 'warn', 'no-duplicate-entry': 'warn' },
    );
    expect(found.get(guidePath)).toEqual([]);
  });
});

describe('structure rules on the site-form seed', () => {
  const seed = readFileSync(corpus.seedPath, 'utf8');

  it('passes guide-title, single-h1, heading-increment and no-empty-section', async () => {
    expect(seed.startsWith('---\n')).toBe(true);
    const { found } = await lintGuides(
      { [guidePath]: seed },
      { 'guide-title': 'error', 'single-h1': 'error', 'heading-increment': 'error', 'no-empty-section': 'error' },
    );
    expect(found.get(guidePath)).toEqual([]);
  });

  it('finds link text naming a file the link does not point at', async () => {
    const places = placesOf(seed, '[issues-triage.md](');
    expect(places.length).toBe(1);
    const { found } = await lintGuides({ [guidePath]: seed }, { 'link-text-names-target': 'warn' });
    expect(of(found.get(guidePath)!, 'link-text-names-target')).toEqual([
      `${places[0]!.line}:${places[0]!.column}: Unexpected link text \`issues-triage.md\`, expected \`issue-triage.md\`, the name of the file it links to`,
    ]);
  });

  it('reports an H1 added to it, pointing at the front matter', async () => {
    const withH1 = seed.replace(/^(---\n[\s\S]*?\n---\n)/, '$1\n# Kubernetes Developer Guide\n');
    const line = lineWhere(withH1, (content) => content === '# Kubernetes Developer Guide');
    const { found } = await lintGuides({ [guidePath]: withH1 }, { 'guide-title': 'error' });
    expect(of(found.get(guidePath)!, 'guide-title')).toEqual([
      `${line}:1: Unexpected H1 \`Kubernetes Developer Guide\` in a site-form guide, expected the title in the front matter`,
    ]);
  });
});

describe('structure rules on the upstream history', () => {
  const versions = historyVersions();
  const pathOf = (order: string) => `history/${order}/${guidePath}`;
  // Parsing dominates: every version is linted once, with every rule the tests below look at.
  let history: Promise<Map<string, Found[]>> | null = null;
  const lintHistory = () => {
    history ??= lintGuides(
      Object.fromEntries(versions.map((version) => [pathOf(version.order), version.text])),
      Object.fromEntries(
        [
          'guide-title',
          'single-h1',
          'heading-increment',
          'no-empty-section',
          'no-duplicate-entry',
          'no-duplicate-target',
          'list-marker-consistency',
          'list-spread-consistency',
        ].map((id) => [id, 'warn']),
      ),
    ).then(({ found }) => found);
    return history;
  };

  it('passes guide-title on every upstream-form version (H1 title, no front matter)', async () => {
    const upstream = versions.filter((version) => !version.text.startsWith('---\n'));
    expect(upstream.length).toBeGreaterThan(80);
    const found = await lintHistory();
    for (const version of upstream) {
      expect(version.text).toMatch(/^# /m);
      expect(of(found.get(pathOf(version.order))!, 'guide-title'), version.file).toEqual([]);
    }
  });

  it('reports the 2018 front matter that spelt `Title` and kept the H1', async () => {
    const fronted = versions.filter((version) => version.text.startsWith('---\n'));
    expect(fronted.length).toBeGreaterThan(0);
    const found = await lintHistory();
    for (const version of fronted) {
      const h1 = lineWhere(version.text, (line) => line.startsWith('# '));
      const title = version.text.split('\n')[h1 - 1]!.slice(2).trim();
      const key = /^(\w+):/m.exec(version.text.slice(4))![1]!;
      expect(key.toLowerCase()).toBe('title');
      expect(of(found.get(pathOf(version.order))!, 'guide-title'), version.file).toEqual([
        ...(key === 'title' ? [] : [`1:1: Unexpected front matter key \`${key}\`, expected \`title\``]),
        `${h1}:1: Unexpected H1 \`${title}\` in a site-form guide, expected the title in the front matter`,
      ]);
    }
  });

  it('finds no heading jumps, extra H1s, empty sections, duplicates or mixed list styles in any version', async () => {
    const found = await lintHistory();
    expect(found.size).toBe(versions.length);
    for (const [path, findings] of found)
      expect(
        findings.filter((finding) => finding.ruleId !== 'guide-title'),
        path,
      ).toEqual([]);
  });
});
