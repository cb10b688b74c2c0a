import { corpus } from '@devguide/testkit';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { lintFiles } from './lint-files.js';
import { setupLint } from './setup-lint.js';

/*
 * A shard reads the link targets that lie in other shards for their anchors only (`factsOnly`):
 * what the link rules read of them (anchors, line count, a limit) must be what the full lint of
 * the same file gives, on every corpus file, and with limits that some files exceed.
 */
const noop = () => undefined;
const linkFacts = (files: Awaited<ReturnType<typeof lintFiles>>) =>
  new Map(
    [...files.outcomes].map(([path, { facts }]) => [
      path,
      { anchors: facts.anchors, lineCount: facts.lineCount, limit: facts.limit ?? null },
    ]),
  );

describe('lintFiles with factsOnly (link targets in other shards)', () => {
  it('gives every corpus file the anchors, line count and limit of its full lint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devguide-facts-only-'));
    try {
      // Limits that some corpus files exceed: a file past one has no anchors in either read.
      const config = join(dir, 'lint.yaml');
      writeFileSync(
        config,
        `root: ${JSON.stringify(corpus.communityDir)}\nrules:\n  max-file-size: [error, { bytes: 150000 }]\n  max-nesting: [error, { depth: 4 }]\n`,
      );
      const setup = await setupLint({ cwd: dir, rules: allRules, config, cache: null, jobs: 0 });
      expect(setup.paths.length).toBeGreaterThan(900);
      const full = await lintFiles(setup, { pool: null }, noop, null);
      const anchors = await lintFiles(setup, { pool: null }, noop, null, setup.paths, true);
      expect(anchors.outcomes.size).toBe(full.outcomes.size);
      expect(linkFacts(anchors)).toEqual(linkFacts(full));
      const outcomes = [...full.outcomes.values()];
      expect(new Set(outcomes.flatMap((outcome) => outcome.facts.limit?.rule ?? []))).toEqual(
        new Set(['max-file-size', 'max-nesting']),
      );
      expect(outcomes.filter((outcome) => outcome.facts.anchors.length > 0).length).toBeGreaterThan(700);
      // Nothing else ran: the file rules' findings are the full lint's alone.
      expect(outcomes.some((outcome) => outcome.findings.some((finding) => !finding.ruleId.startsWith('max-')))).toBe(
        true,
      );
      for (const outcome of anchors.outcomes.values())
        expect(outcome.findings.every((finding) => finding.ruleId.startsWith('max-'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
