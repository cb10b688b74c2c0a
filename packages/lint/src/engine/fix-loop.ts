import { writeAtomically } from '@devguide/content';
import { join } from 'node:path';
import { applyEdits } from './apply-edits.js';
import { findingsOf, severityOf, type LintPass } from './report-files.js';
import type { TextEdit } from './rule.js';
import type { LintSetup } from './setup-lint.js';

/** Fix passes at most: a fix that keeps producing new fixes ends here. */
const maxFixPasses = 5;

/**
 * `--fix`: applies the fixable findings, lints the fixed text again, and repeats while fixes still
 * apply. Returns the last pass and the files written.
 */
export async function fixLoop(
  setup: LintSetup,
  first: LintPass,
  relint: () => Promise<LintPass>,
): Promise<{ pass: LintPass; fixed: string[] }> {
  let pass = first;
  const fixed = new Set<string>();
  for (let round = 0; round < maxFixPasses; round++) {
    const changed = await applyFixes(setup, pass);
    if (changed.length === 0) break;
    for (const path of changed) fixed.add(path);
    pass = await relint();
  }
  return { pass, fixed: [...fixed] };
}

/** Writes every file that has fixable findings, atomically; returns their paths. */
async function applyFixes(setup: LintSetup, pass: LintPass): Promise<string[]> {
  const rules = severityOf(setup.loaded);
  const writes: Array<{ path: string; content: string; rel: string }> = [];
  for (const [path, outcome] of pass.outcomes) {
    // Generated and synced files change only through their sources (content edits, sync); a file
    // that is not UTF-8 is never rewritten, which would turn its bytes into U+FFFD.
    if (setup.roles.get(path)?.role.generated || outcome.facts.encoding) continue;
    const edits: TextEdit[][] = [];
    for (const finding of findingsOf(path, outcome, pass.project)) {
      if (finding.fix && finding.fix.length > 0 && rules.get(finding.ruleId)?.meta.fixable) edits.push(finding.fix);
    }
    if (edits.length === 0) continue;
    const text = pass.texts.get(path)!;
    const next = applyEdits(text, edits);
    if (next !== text) writes.push({ path: join(setup.root, path), content: next, rel: path });
  }
  await writeAtomically(writes);
  return writes.map((write) => write.rel);
}
