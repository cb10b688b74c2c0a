import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { singleH1 } from '../rules/single-h1.js';
import { defineFileRule, defineProjectRule } from './define-rule.js';
import { lint } from './run-lint.js';
import { testRuleMeta } from '../../test/test-rule.js';
import { identityOfMessage } from '../baseline/fingerprint.js';
import { identityFormats, reporters } from '../reporters/index.js';
import { allRules } from '../rules/index.js';

const noTodo = defineFileRule({
  meta: testRuleMeta('no-todo', 'No TODO left in the text.', { severity: 'error', fixable: true }),
  check({ text, report }) {
    for (const match of text.matchAll(/TODO/g)) {
      const offset = match.index;
      const line = text.slice(0, offset).split('\n').length;
      const column = offset - text.lastIndexOf('\n', offset - 1);
      report({
        reason: 'Unexpected `TODO`, expected finished text',
        position: { start: { line, column, offset }, end: { line, column: column + 4, offset: offset + 4 } },
        fix: [{ start: offset, end: offset + 4, text: 'done' }],
      });
    }
  },
});

const fileCount = defineProjectRule({
  meta: testRuleMeta('file-count', 'Counts the files.'),
  check({ files, report }) {
    const first = files.map((file) => file.path).sort()[0];
    if (first)
      report(first, {
        reason: `Unexpected ${files.length} files`,
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
      });
  },
});

describe('lint(options) runs the rules it is given', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'devguide-run-lint-'));
    writeFileSync(join(dir, 'a.md'), '# A\n\nTODO one\n\n# Second\n');
    writeFileSync(join(dir, 'b.md'), '# B\n\nTODO\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs file and project rules from the argument, and only those', async () => {
    const run = await lint({ rules: [noTodo, fileCount], cwd: dir, config: null, cache: null, jobs: 0 });
    expect(run.rules.map((rule) => rule.id)).toEqual(['no-todo', 'file-count']);
    const found = run.files.flatMap((file) =>
      file.messages.map((message) => `${file.basename}:${message.line}:${message.column} ${message.ruleId}`),
    );
    expect(found).toEqual(['a.md:1:1 file-count', 'a.md:3:1 no-todo', 'b.md:3:1 no-todo']);
  });

  it('leaves out a default rule that is not passed', async () => {
    const withH1 = await lint({ rules: [singleH1], cwd: dir, config: null, cache: null, jobs: 0 });
    expect(withH1.files.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual(['single-h1']);
    const without = await lint({ rules: [noTodo], cwd: dir, config: null, cache: null, jobs: 0 });
    expect(without.files.flatMap((file) => file.messages.map((message) => message.ruleId))).not.toContain('single-h1');
  });

  it('runs the fix loop with the given rules', async () => {
    const run = await lint({ rules: [noTodo], cwd: dir, config: null, cache: null, jobs: 0, fix: true });
    expect(run.stats.fixed.sort()).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('# A\n\ndone one\n\n# Second\n');
    expect(run.files.flatMap((file) => file.messages)).toEqual([]);
  });
});

describe('derived values in the lint cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'devguide-run-lint-'));
    writeFileSync(join(dir, 'a.md'), '# A\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = () => lint({ rules: [noTodo], cwd: dir, config: null, cache: join(dir, 'cache.v8'), jobs: 0 });

  it('keeps a value by the hash of its inputs across runs, and derives it again when the hash changes', async () => {
    const first = await run();
    expect(first.derived('index', 'h1', () => new Map([['a', /x/i]]))).toEqual(new Map([['a', /x/i]]));
    await first.saveCache();
    let derivations = 0;
    const second = await run();
    const stored = second.derived('index', 'h1', () => (derivations++, new Map()));
    expect(derivations).toBe(0);
    expect(stored.get('a')).toEqual(/x/i);
    expect(second.derived('index', 'h2', () => (derivations++, 'changed'))).toBe('changed');
    expect(derivations).toBe(1);
    await second.saveCache();
    // One value per name: the replaced one is gone.
    const third = await run();
    expect(third.derived('index', 'h1', () => 'derived again')).toBe('derived again');
  });

  it('derives every time without a cache', async () => {
    const uncached = await lint({ rules: [noTodo], cwd: dir, config: null, cache: null, jobs: 0 });
    expect(uncached.derived('index', 'h', () => 1)).toBe(1);
    expect(uncached.derived('index', 'h', () => 2)).toBe(2);
  });
});

describe('lint(options) without identities', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'devguide-run-lint-'));
    writeFileSync(join(dir, 'a.md'), '# A\n\n[x](#nowhere) [y](b.md#nowhere) [x](#nowhere)\n\n# A\n');
    writeFileSync(join(dir, 'b.md'), '# B\n\n[gone](missing.md) ![img](missing.png)\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports every format that reads no identity exactly as with them', async () => {
    const options = { rules: allRules, cwd: dir, config: null, cache: null, jobs: 0 };
    const full = await lint(options);
    const lean = await lint({ ...options, identities: false });
    expect(full.files.flatMap((file) => file.messages).length).toBeGreaterThan(3);
    expect(
      lean.files.flatMap((file) => file.messages).every((message) => identityOfMessage(message) === undefined),
    ).toBe(true);
    const reportOptions = {
      cwd: dir,
      color: false,
      version: 'test',
      rules: full.rules,
      repository: 'o/r',
      ref: 'main',
    };
    for (const [name, reporter] of Object.entries(reporters)) {
      if (identityFormats.has(name))
        // The formats that read identities are what make this comparison able to fail.
        expect(reporter(lean.files, reportOptions), name).not.toBe(reporter(full.files, reportOptions));
      else expect(reporter(lean.files, reportOptions), name).toBe(reporter(full.files, reportOptions));
    }
  });
});
