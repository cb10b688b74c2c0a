import { describe, expect, it } from 'vitest';
import { runExample } from '../../test/run-example.js';
import { allRules } from './index.js';

describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  it('documents itself', () => {
    expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.rationale.length).toBeGreaterThan(20);
    expect(rule.meta.ok.length).toBeGreaterThan(0);
    expect(rule.meta.notOk.length).toBeGreaterThan(0);
  });

  it.each(rule.meta.ok.map((example, index) => [index, example] as const))(
    'ok example %i has no finding',
    async (_index, example) => {
      expect((await runExample(rule, example)).findings).toEqual([]);
    },
  );

  it.each(rule.meta.notOk.map((example, index) => [index, example] as const))(
    'not-ok example %i has exactly its findings',
    async (_index, example) => {
      const result = await runExample(rule, example);
      expect(result.findings).toEqual(example.findings ?? []);
      if (rule.meta.fixable && example.fixed !== undefined) {
        expect(result.fixed).toBe(example.fixed);
        expect(result.afterFix).toEqual([]);
      }
    },
  );
});
