import { git } from '@devguide/testkit';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devguide, repositoryOfCorpusFolder } from '../test/cli.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateBaseline = ajv.compile(
  JSON.parse(readFileSync(join(root, 'docs/schema/devguide-baseline.schema.json'), 'utf8')) as object,
);
const dir = 'contributors/devel/sig-testing';
let cwd: string;

/** A repository of the corpus's sig-testing pages (tens of files, with findings today), one commit. */
beforeAll(() => {
  cwd = repositoryOfCorpusFolder(dir, 'devguide-baseline-');
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const lint = (...args: string[]) => devguide(cwd, 'lint', '--no-config', '--no-cache', ...args);

interface SarifResult {
  ruleId: string;
  baselineState?: string;
  partialFingerprints: Record<string, string>;
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
}
const resultsOf = (text: string) => (JSON.parse(text) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;

describe('devguide lint --baseline', () => {
  it('records today’s findings sorted, valid against its schema, with the fingerprints SARIF carries', () => {
    const written = lint('--write-baseline', 'baseline.json', '--format', 'sarif');
    expect(written.code).toBe(1);
    const text = readFileSync(join(cwd, 'baseline.json'), 'utf8');
    const baseline = JSON.parse(text) as { findings: { path: string; fingerprint: string }[] };
    expect(validateBaseline(baseline), JSON.stringify(validateBaseline.errors)).toBe(true);
    expect(baseline.findings.length).toBeGreaterThan(20);
    const paths = baseline.findings.map((entry) => entry.path);
    expect(paths).toEqual([...paths].sort());
    const results = resultsOf(written.stdout);
    expect(new Set(results.map((result) => Object.values(result.partialFingerprints)[0]))).toEqual(
      new Set(baseline.findings.map((entry) => entry.fingerprint)),
    );
    // The same run twice writes the same bytes.
    lint('--write-baseline', 'again.json');
    expect(readFileSync(join(cwd, 'again.json'), 'utf8')).toBe(text);
  });

  it('reports nothing new when 500 lines are inserted above the findings and the file is reformatted', () => {
    lint('--write-baseline', 'baseline.json');
    const path = join(cwd, dir, 'e2e-tests.md');
    const before = readFileSync(path, 'utf8');
    try {
      const filler = Array.from({ length: 500 }, (_, at) => `Filler line ${at + 1}.\n`).join('');
      // Reformatted: trailing spaces and doubled blank lines change no finding's identity.
      writeFileSync(path, `${filler}\n${before.replace(/\n\n/g, '\n\n\n').replace(/\n/g, '  \n')}`);
      const result = lint('--baseline', 'baseline.json');
      expect(result.stderr).toMatch(/baseline baseline\.json: 0 new, \d+ unchanged, 0 fixed/);
      expect(result.stdout).toContain('no new problems');
      expect(result.code).toBe(0);
    } finally {
      writeFileSync(path, before);
    }
  });

  it('reports only a new broken link, exits 1 for it, counts and prunes the fixed ones', () => {
    lint('--write-baseline', 'baseline.json');
    const path = join(cwd, dir, 'testing.md');
    const before = readFileSync(path, 'utf8');
    try {
      // One baseline finding fixed, one new one added.
      writeFileSync(path, `${before.replace('../development.md', 'testing.md')}\nSee [the gone page](gone-page.md).\n`);
      const result = lint('--baseline', 'baseline.json', '--format', 'json');
      expect(result.code).toBe(1);
      const messages = (JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap(
        (file) => file.messages,
      );
      expect(messages).toEqual([expect.objectContaining({ ruleId: 'no-missing-file' })]);
      expect(messages[0]!.message).toContain('gone-page.md');
      expect(result.stderr).toMatch(/1 new, \d+ unchanged, 1 fixed \(--prune-baseline drops them\)/);

      const sarif = lint('--baseline', 'baseline.json', '--format', 'sarif');
      const states = resultsOf(sarif.stdout).map((result) => result.baselineState);
      expect(states.filter((state) => state === 'new')).toHaveLength(1);
      expect(states.filter((state) => state === 'absent')).toHaveLength(1);
      expect(states.every((state) => state !== undefined)).toBe(true);

      // The markdown report shows every finding marked new or unchanged, and counts the fixed one.
      const report = lint('--baseline', 'baseline.json', '--format', 'markdown');
      expect(report.code).toBe(1);
      const unchanged = states.filter((state) => state === 'unchanged').length;
      expect(report.stdout).toContain(`; 1 new, ${unchanged} unchanged, 1 fixed against the baseline.`);
      expect(report.stdout).toMatch(
        /\n\| new \| contributors\/devel\/sig-testing\/testing\.md:\d+ \| no-missing-file \| error \| [^\n]*gone-page\.md/,
      );
      expect(report.stdout).toContain(
        '### Fixed since the baseline\n\n1 finding(s) of the baseline no longer reported.',
      );
      expect(report.stdout).toContain('| contributors/devel/sig-testing/testing.md | no-missing-file | ');

      const count = (JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')) as { findings: unknown[] }).findings
        .length;
      const pruned = lint('--baseline', 'baseline.json', '--prune-baseline');
      expect(pruned.code).toBe(1);
      const after = JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')) as { findings: unknown[] };
      expect(validateBaseline(after)).toBe(true);
      expect(after.findings).toHaveLength(count - 1);
      expect(lint('--baseline', 'baseline.json').stderr).toMatch(/1 new, \d+ unchanged, 0 fixed\n/);
    } finally {
      writeFileSync(path, before);
    }
  });

  it('keeps the identity of a renamed file’s findings (git rename detection): they stay unchanged', () => {
    lint('--write-baseline', 'baseline.json');
    git(cwd, ['mv', `${dir}/monitoring.md`, `${dir}/monitoring-guide.md`]);
    git(cwd, ['commit', '-qm', 'rename']);
    try {
      const sarif = lint('--baseline', 'baseline.json', '--format', 'sarif');
      const moved = resultsOf(sarif.stdout).filter((result) =>
        result.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('monitoring-guide.md'),
      );
      expect(moved.length).toBeGreaterThan(5);
      expect(moved.map((result) => result.baselineState)).toEqual(moved.map(() => 'unchanged'));
      expect(resultsOf(sarif.stdout).filter((result) => result.baselineState === 'absent')).toEqual([]);
    } finally {
      git(cwd, ['mv', `${dir}/monitoring-guide.md`, `${dir}/monitoring.md`]);
      git(cwd, ['commit', '-qm', 'back']);
    }
  });

  it('refuses a malformed baseline with one line naming it and the fix, exit 2', () => {
    writeFileSync(join(cwd, 'bad.json'), '{"version": 1, "findings": [{"ruleId": "x"}]}\n');
    const result = lint('--baseline', 'bad.json');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('bad.json');
    expect(result.stderr).toContain('--write-baseline');
  });
});
