import { isAbsolute, join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { addFindingMessage } from './finding-message.js';
import { identitiesOf, type FindingIdentity } from '../baseline/fingerprint.js';
import { isSuppressed } from '../facts/control-comments.js';
import type { LoadedLintConfig } from './lint-config.js';
import type { FileOutcome } from './lint-file.js';
import type { Finding } from './rule.js';
import { ruleUrl, type RuleMeta } from './rule-meta.js';

/** One lint pass over every file: file-rule outcomes, project findings and the texts they came from. */
export interface LintPass {
  outcomes: Map<string, FileOutcome>;
  project: Map<string, Finding[]>;
  texts: Map<string, string>;
}

export function severityOf(
  loaded: LoadedLintConfig,
): Map<string, { severity: 'warn' | 'error'; meta: RuleMeta<unknown> }> {
  return new Map(
    loaded.rules.map((setting) => [setting.rule.meta.id, { severity: setting.severity, meta: setting.rule.meta }]),
  );
}

/** A file's findings from both passes, less those its control comments turn off. */
export function findingsOf(path: string, outcome: FileOutcome, project: Map<string, Finding[]>): Finding[] {
  const all = [...outcome.findings, ...(project.get(path) ?? [])];
  return all.filter((finding) => !isSuppressed(outcome.facts.controls, finding.ruleId, finding.position.start.line));
}

/** A file's findings as reported (the configured rules', by position), with their identities. */
export function reportedFindings(
  path: string,
  outcome: FileOutcome,
  project: Map<string, Finding[]>,
  rules: ReadonlyMap<string, unknown>,
  identities = true,
): { findings: Finding[]; identities: FindingIdentity[] | null } {
  const findings = findingsOf(path, outcome, project)
    .sort(
      (a, b) =>
        a.position.start.line - b.position.start.line ||
        a.position.start.column - b.position.start.column ||
        a.ruleId.localeCompare(b.ruleId),
    )
    .filter((finding) => rules.has(finding.ruleId));
  return { findings, identities: identities ? identitiesOf(path, findings, outcome.facts.links) : null };
}

/**
 * The findings as vfile messages, files sorted by path and messages by position; with
 * `identities: false`, messages without their identity.
 */
export function toVFiles(
  pass: LintPass,
  loaded: LoadedLintConfig,
  root: string,
  cwd: string,
  options: { identities: boolean } = { identities: true },
): VFile[] {
  const { outcomes, project, texts } = pass;
  const rules = severityOf(loaded);
  const files: VFile[] = [];
  for (const path of [...outcomes.keys()].sort()) {
    const absolute = join(root, path);
    const file = new VFile({
      path: isAbsolute(absolute) ? absolute : resolve(cwd, absolute),
      cwd,
      value: texts.get(path) ?? '',
    });
    const { findings, identities } = reportedFindings(path, outcomes.get(path)!, project, rules, options.identities);
    for (const [at, finding] of findings.entries()) {
      const rule = rules.get(finding.ruleId)!;
      addFindingMessage(file, {
        reason: finding.reason,
        place: finding.position,
        ruleId: finding.ruleId,
        cause: finding.cause && {
          reason: finding.cause.reason,
          place: finding.cause.position,
          file: finding.cause.path === null ? file.path : join(root, finding.cause.path),
        },
        fatal: rule.severity === 'error',
        url: ruleUrl(finding.ruleId),
        identity: identities?.[at],
        fix: finding.fix && rule.meta.fixable ? finding.fix : undefined,
      });
    }
    files.push(file);
  }
  return files;
}
