import { closest } from '@devguide/markdown';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { devguide } from '../test/cli.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const schemaOf = (name: string) =>
  JSON.parse(readFileSync(join(root, 'docs', 'schema', name), 'utf8')) as Record<string, unknown>;

/** Strict: an unknown keyword or format is an error, not ignored (what editors and CI validators do). */
function compile(name: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schemaOf(name));
}

describe('the JSON Schemas in docs/schema', () => {
  it('use only standard JSON Schema keywords and formats (strict ajv compiles them)', () => {
    expect(() => compile('devguide.schema.json')).not.toThrow();
    expect(() => compile('devguide-lint.schema.json')).not.toThrow();
    expect(() => compile('devguide-baseline.schema.json')).not.toThrow();
  });

  it("accept this repository's committed lint baseline", () => {
    const baseline = compile('devguide-baseline.schema.json');
    expect(
      baseline(JSON.parse(readFileSync(join(root, '.devguide-baseline.json'), 'utf8'))),
      JSON.stringify(baseline.errors),
    ).toBe(true);
  });

  it("accept the project's own configurations", () => {
    const content = compile('devguide.schema.json');
    expect(
      content(parse(readFileSync(join(root, 'content', 'devguide.yaml'), 'utf8'))),
      JSON.stringify(content.errors),
    ).toBe(true);
    const lint = compile('devguide-lint.schema.json');
    expect(lint(parse(readFileSync(join(root, '.devguide-lint.yaml'), 'utf8'))), JSON.stringify(lint.errors)).toBe(
      true,
    );
  });

  it('reject an unknown rule name; its closest rule name is the did-you-mean the CLI gives', () => {
    const validate = compile('devguide-lint.schema.json');
    expect(validate({ rules: { 'no-missing-fle': 'error' } })).toBe(false);
    const unknown = validate.errors!.find((error: ErrorObject) => error.keyword === 'additionalProperties')!;
    expect(unknown).toMatchObject({ instancePath: '/rules', params: { additionalProperty: 'no-missing-fle' } });
    const names = Object.keys(
      (schemaOf('devguide-lint.schema.json')['properties'] as Record<string, { properties: object }>)['rules']!
        .properties,
    );
    const suggestion = closest('no-missing-fle', names);
    expect(suggestion).toBe('no-missing-file');

    const cwd = mkdtempSync(join(tmpdir(), 'devguide-schema-'));
    try {
      mkdirSync(join(cwd, '.git'));
      writeFileSync(join(cwd, '.devguide-lint.yaml'), 'rules:\n  no-missing-fle: error\n');
      writeFileSync(join(cwd, 'a.md'), '# A\n');
      const result = devguide(cwd, 'lint');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`did you mean \`${suggestion}\``);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("check each rule's severity and options", () => {
    const validate = compile('devguide-lint.schema.json');
    expect(validate({ rules: { 'entry-shape': ['warn', { requireDescription: false }] } })).toBe(true);
    expect(validate({ rules: { 'entry-shape': ['warn', { requireDescriptions: false }] } })).toBe(false);
    expect(validate({ rules: { 'entry-shape': 'loud' } })).toBe(false);
    expect(validate({ rules: { 'entry-shape': ['warn', {}, 'extra'] } })).toBe(false);
  });
});
