import { createHash } from 'node:crypto';
import { parseGuide, parseMarkdown, type Guide, type ResolveContext } from '@devguide/markdown';
import { collectFacts } from '../facts/collect-facts.js';
import type { FileFacts } from '../facts/file-facts.js';
import type { FileRole, FileRule, Finding, LintSettings } from './rule.js';

export interface FileJob {
  path: string;
  role: FileRole;
  resolve: ResolveContext;
}

export interface ActiveFileRule {
  rule: FileRule<unknown>;
  options: unknown;
}

export interface FileOutcome {
  path: string;
  hash: string;
  facts: FileFacts;
  /** Findings of the file rules, before control comments are applied. */
  findings: Finding[];
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Parses one file once and runs every file rule over the shared tree and facts. */
export function lintFileText(text: string, job: FileJob, rules: readonly ActiveFileRule[], settings: LintSettings): FileOutcome {
  const tree = parseMarkdown(text);
  const facts = collectFacts(tree, text);
  const findings: Finding[] = [];
  let guide: Guide | null | undefined;
  const guideOf = (): Guide | null => {
    if (guide !== undefined) return guide;
    if (!job.role.guide) return (guide = null);
    try {
      guide = parseGuide(text, { tree, path: job.role.repoPath, resolve: job.resolve, ...(job.role.form ? { form: job.role.form } : {}) });
    } catch {
      guide = null;
    }
    return guide;
  };
  for (const { rule, options } of rules) {
    if (rule.meta.scope === 'guide' && !job.role.guide) continue;
    rule.check({
      path: job.path,
      text,
      tree,
      facts,
      options,
      role: job.role,
      resolve: job.resolve,
      settings,
      guide: guideOf,
      report: (finding) => findings.push({ ruleId: rule.meta.id, ...finding }),
    });
  }
  return { path: job.path, hash: contentHash(text), facts, findings };
}
