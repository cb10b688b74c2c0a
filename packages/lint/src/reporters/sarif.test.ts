import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { cwd, options, rule, sampleFiles, sampleRules, vfile } from '../../test/fixtures/reporters/sample-files.js';
import { baselineOf, compareWithBaseline } from '../baseline/baseline.js';
import { ruleUrl } from '../engine/rule-meta.js';
import { lint } from '../engine/run-lint.js';
import { allRules } from '../rules/index.js';
import { escapeSarifText, fingerprintKey, fingerprintOf, informationUri, pascalCase, sarif } from './sarif.js';

// The SARIF 2.1.0 JSON Schema (rtm.5, the release text, JSON Schema draft-04) as Microsoft's
// jest-sarif package ships it: offline, from the npm registry.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
// The schema has a `pattern` that is only valid without the `u` flag.
const ajv = new Ajv.default({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function schemaErrors(log: unknown): ErrorObject[] {
  return validate(log) ? [] : (validate.errors ?? []);
}

interface Location {
  id?: number;
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string; index?: number };
    region?: Record<string, number>;
  };
  message?: { text: string };
}

interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          name: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          helpUri: string;
          defaultConfiguration: { level: string };
          properties: { tags: string[] };
        }[];
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    artifacts: { location: { uri: string; uriBaseId?: string }; roles?: string[] }[];
    results: {
      ruleId?: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: Location[];
      relatedLocations?: Location[];
      partialFingerprints: Record<string, string>;
    }[];
    columnKind: string;
  }[];
}

function log(output: string): Log {
  return JSON.parse(output) as Log;
}

describe('sarif: validity against the SARIF 2.1.0 schema', () => {
  it('validates the sample log', () => {
    expect(schemaErrors(JSON.parse(sarif(sampleFiles(), options())))).toEqual([]);
  });

  it('validates a log with zero results, with and without files and rules', () => {
    expect(schemaErrors(JSON.parse(sarif([], options())))).toEqual([]);
    expect(schemaErrors(JSON.parse(sarif([vfile('a.md')], options({ rules: [] }))))).toEqual([]);
    expect(log(sarif([], options())).runs[0]!.results).toEqual([]);
  });

  it('validates odd paths, files outside cwd, messages without place or rule, and markdown-ish reasons', () => {
    const files = [
      vfile(`${cwd}/docs/with space #1 ünï.md`, [
        {
          reason: 'Link [here](x) is broken \\ badly',
          ruleId: 'no-missing-file',
          severity: 'error',
          place: { line: 1, column: 1 },
          cause: { file: '/elsewhere/b.md', reason: 'Target' },
        },
        { reason: 'Cannot read file', severity: 'info' },
        { reason: 'Unknown rule', ruleId: 'not-in-rules', severity: 'warning', place: { line: 2, column: 1 } },
      ]),
      vfile('/outside/c.md', [
        { reason: 'x', ruleId: 'no-missing-file', severity: 'warning', place: { line: 1, column: 1 } },
      ]),
    ];
    const output = sarif(files, options());
    expect(schemaErrors(JSON.parse(output))).toEqual([]);
    const run = log(output).runs[0]!;
    expect(run.artifacts.map((artifact) => artifact.location)).toEqual([
      { uri: 'docs/with%20space%20%231%20%C3%BCn%C3%AF.md', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///outside/c.md' },
      { uri: 'file:///elsewhere/b.md' },
    ]);
    expect(run.results[0]!.message.text).toBe('Cannot read file');
    expect(run.results[1]!.message.text).toBe(
      'Link \\[here\\](x) is broken \\\\ badly — see [../../elsewhere/b.md](1)',
    );
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(run.results[0]!.ruleId).toBeUndefined();
    expect(run.results[2]!.ruleId).toBe('not-in-rules');
    expect(run.results[2]!.ruleIndex).toBeUndefined();
  });

  it('has a validator that does reject an invalid log', () => {
    const bad = JSON.parse(sarif(sampleFiles(), options())) as Log;
    bad.runs[0]!.results[0]!.level = 'fatal';
    expect(schemaErrors(bad).length).toBeGreaterThan(0);
    const noRegionStart = JSON.parse(sarif(sampleFiles(), options())) as Log;
    noRegionStart.runs[0]!.results[0]!.locations[0]!.physicalLocation.region = { startLine: 0 };
    expect(schemaErrors(noRegionStart).length).toBeGreaterThan(0);
    expect(schemaErrors({ version: '2.1.0' }).length).toBeGreaterThan(0);
    // Formats are checked too (ajv-formats): informationUri must be an absolute URI.
    const badUri = JSON.parse(sarif([], options())) as Log;
    badUri.runs[0]!.tool.driver.informationUri = 'not a uri';
    expect(schemaErrors(badUri).map((error) => error.keyword)).toContain('format');
  });
});

describe('sarif: content', () => {
  it('is a 2.1.0 log with one run of the devguide driver', () => {
    const output = log(sarif(sampleFiles(), options()));
    expect(output.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(output.version).toBe('2.1.0');
    expect(output.runs).toHaveLength(1);
    const run = output.runs[0]!;
    expect(run.tool.driver).toMatchObject({
      name: 'devguide',
      version: '1.2.3',
      informationUri: 'https://github.com/devguide/devguide',
    });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/repo/' } });
  });

  it('describes every rule given, with levels mapped from the default severity', () => {
    const rules = log(sarif([], options())).runs[0]!.tool.driver.rules;
    expect(rules.map((descriptor) => descriptor.id)).toEqual(sampleRules.map((meta) => meta.id));
    expect(rules.map((descriptor) => descriptor.defaultConfiguration.level)).toEqual([
      'error',
      'warning',
      'warning',
      'none',
    ]);
    expect(rules[1]).toEqual({
      id: 'no-unused-definition',
      name: 'NoUnusedDefinition',
      shortDescription: { text: 'Describe no-unused-definition.' },
      fullDescription: { text: 'Describe no-unused-definition.' },
      helpUri: ruleUrl('no-unused-definition'),
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['markdown', 'fixable'] },
    });
    expect(rules[0]!.properties.tags).toEqual(['markdown']);
  });

  it('lists a rule given twice once', () => {
    const rules = log(sarif([], options({ rules: [rule('a'), rule('b'), rule('a')] }))).runs[0]!.tool.driver.rules;
    expect(rules.map((descriptor) => descriptor.id)).toEqual(['a', 'b']);
  });

  it('makes one result per message, by file then place, pointing at its rule and artifact', () => {
    const run = log(sarif(sampleFiles(), options())).runs[0]!;
    expect(run.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['no-unused-definition', 'warning'],
      ['no-duplicate-heading', 'warning'],
      ['no-missing-file', 'error'],
      ['prefer-relative-links', 'note'],
      ['no-duplicate-heading', 'error'],
    ]);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      const { artifactLocation } = result.locations[0]!.physicalLocation;
      expect(run.artifacts[artifactLocation.index!]!.location).toEqual({
        uri: artifactLocation.uri,
        uriBaseId: artifactLocation.uriBaseId,
      });
    }
    expect(run.results[2]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/guide.md', uriBaseId: '%SRCROOT%', index: 0 },
      region: { startLine: 12, startColumn: 14, endLine: 12, endColumn: 30 },
    });
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 1 });
  });

  it('lists every linted file as an artifact, then the files causes point to', () => {
    const run = log(sarif(sampleFiles(), options())).runs[0]!;
    expect(run.artifacts).toEqual([
      { location: { uri: 'docs/guide.md', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'README.md', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'docs/sub/page.md', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'docs/intro.md', uriBaseId: '%SRCROOT%' } },
    ]);
  });

  it('turns a cause into a related location the message links to', () => {
    const result = log(sarif(sampleFiles(), options())).runs[0]!.results[1]!;
    expect(result.message.text).toBe('Heading `Setup` repeats an earlier heading — see [docs/intro.md:4:1](1)');
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'docs/intro.md', uriBaseId: '%SRCROOT%', index: 3 },
          region: { startLine: 4, startColumn: 1 },
        },
        message: { text: 'First `Setup` heading' },
      },
    ]);
    expect(log(sarif(sampleFiles(), options())).runs[0]!.results[0]!.relatedLocations).toBeUndefined();
  });

  it('makes paths relative to cwd', () => {
    const run = log(sarif(sampleFiles(), options({ cwd: '/srv' }))).runs[0]!;
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///srv/');
    expect(run.artifacts[0]!.location.uri).toBe('repo/docs/guide.md');
  });
});

describe('sarif: determinism and fingerprints', () => {
  it('gives the same output for the same input', () => {
    expect(sarif(sampleFiles(), options())).toBe(sarif(sampleFiles(), options()));
  });

  it('keeps a fingerprint when the finding moves to another line, and changes it when the finding changes', () => {
    const at = (line: number, reason = 'Broken link', path = 'a.md') =>
      log(
        sarif(
          [vfile(path, [{ reason, ruleId: 'no-missing-file', severity: 'error', place: { line, column: 1 } }])],
          options(),
        ),
      ).runs[0]!.results[0]!.partialFingerprints[fingerprintKey];
    expect(at(3)).toMatch(/^[0-9a-f]{32}:1$/);
    expect(at(40)).toBe(at(3));
    expect(at(3, 'Other link')).not.toBe(at(3));
    expect(at(3, 'Broken link', 'b.md')).not.toBe(at(3));
  });

  it('numbers identical findings in one file so each keeps its own alert', () => {
    const file = vfile('a.md', [
      { reason: 'Same', ruleId: 'r', severity: 'error', place: { line: 1, column: 1 } },
      { reason: 'Same', ruleId: 'r', severity: 'error', place: { line: 9, column: 1 } },
    ]);
    const [first, second] = log(sarif([file], options())).runs[0]!.results.map(
      (result) => result.partialFingerprints[fingerprintKey],
    );
    const hash = fingerprintOf('r', 'a.md', 'Same');
    expect([first, second]).toEqual([`${hash}:1`, `${hash}:2`]);
  });
});

describe('sarif helpers', () => {
  it('pascal-cases rule ids', () => {
    expect(pascalCase('no-missing-file')).toBe('NoMissingFile');
    expect(pascalCase('md040')).toBe('Md040');
    expect(pascalCase('a--b_c')).toBe('ABC');
  });

  it('escapes brackets and backslashes in message text', () => {
    expect(escapeSarifText('see [x](y) \\ z')).toBe('see \\[x\\](y) \\\\ z');
  });

  it('names the project page that rule docs live under', () => {
    expect(ruleUrl('no-missing-file').startsWith(`${informationUri}/`)).toBe(true);
  });
});

describe('sarif: fingerprints and baseline states of an engine run', () => {
  it('carries the baseline fingerprint on every result and marks new, unchanged and absent, valid against the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devguide-sarif-baseline-'));
    try {
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'a.md'), '# A\n\n[one](gone.md) and [two](gone.md) and [three](#nowhere)\n');
      const run = await lint({ rules: allRules, cwd: dir, config: null, cache: null });
      const baseline = baselineOf(run.files);
      expect(baseline.findings.map((entry) => [entry.key, entry.occurrence])).toEqual([
        ['[three](#nowhere)', 1],
        ['[one](gone.md)', 1],
        ['[two](gone.md)', 1],
      ]);
      const kept = baseline.findings.slice(1);
      const stale = { ...baseline.findings[0]!, key: '[four](old.md)', fingerprint: 'f'.repeat(32) };
      const comparison = compareWithBaseline(run.files, { version: 1, findings: [...kept, stale] }, new Map());
      expect(comparison).toMatchObject({ fresh: 1, unchanged: 2, absent: [stale] });
      const output = log(sarif(run.files, options({ cwd: dir, rules: run.rules, absent: comparison.absent })));
      expect(schemaErrors(output)).toEqual([]);
      const results = output.runs[0]!.results as unknown as {
        baselineState: string;
        partialFingerprints: Record<string, string>;
      }[];
      expect(results.map((result) => [result.baselineState, result.partialFingerprints[fingerprintKey]])).toEqual([
        ['unchanged', kept[0]!.fingerprint],
        ['unchanged', kept[1]!.fingerprint],
        ['new', baseline.findings[0]!.fingerprint],
        ['absent', stale.fingerprint],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
