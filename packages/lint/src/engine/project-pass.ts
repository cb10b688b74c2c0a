import { pinnedQueries } from '../rules/link-check.js';
import type { FileOutcome } from './lint-file.js';
import type { ExternalResults, Finding, ProjectFileView, ProjectRule } from './rule.js';
import type { LintSetup } from './setup-lint.js';

/** What the project rules see of linted files. */
export function viewsOf(
  setup: LintSetup,
  outcomes: Iterable<FileOutcome>,
  texts: ReadonlyMap<string, string>,
): ProjectFileView[] {
  return [...outcomes].map((outcome) => {
    const role = setup.roles.get(outcome.path)!;
    return {
      path: outcome.path,
      text: texts.get(outcome.path) ?? null,
      facts: outcome.facts,
      role: role.role,
      resolve: role.resolve,
    };
  });
}

/**
 * The project pass: the linted files' anchors join the index, then every project rule runs over
 * all files at once. Findings are keyed by file path. In a shard, `own` names the files the
 * offline rules report on (the others' facts only answer for link targets); the external rules
 * see every file, since the URLs the shard checks are reported wherever they are linked.
 */
export function runProjectPass(
  setup: LintSetup,
  outcomes: ReadonlyMap<string, FileOutcome>,
  texts: ReadonlyMap<string, string>,
  external: ExternalResults | null,
  own: ReadonlySet<string> | null = null,
): Map<string, Finding[]> {
  const { local, upstream, roles, loaded, settings } = setup;
  for (const [path, outcome] of outcomes) {
    const role = roles.get(path)!.role;
    // A file past a limit was not parsed: its anchors are unknown, and links into it are not held to any.
    const entry = outcome.facts.limit
      ? ({ type: 'file', source: 'local' } as const)
      : ({
          type: 'file',
          source: 'local',
          anchors: new Set(outcome.facts.anchors),
          lines: outcome.facts.lineCount,
        } as const);
    local.add(path, entry);
    if (role.against === 'local' && role.repoPath !== path) local.add(role.repoPath, entry);
  }
  const all = viewsOf(setup, outcomes.values(), texts);
  const views = own ? all.filter((view) => own.has(view.path)) : all;
  // Links pinned to commits or other refs are looked up in that ref's tree, all in one git process.
  local.refs?.prepare(pinnedQueries(views, settings.defaultBranch));
  const findings = new Map<string, Finding[]>();
  for (const setting of loaded.rules) {
    if (setting.rule.kind !== 'project') continue;
    const rule = setting.rule as ProjectRule<unknown>;
    const seen = rule.meta.external ? all : views;
    rule.check({
      files: rule.meta.scope === 'guide' ? seen.filter((view) => view.role.guide) : seen,
      index: { local, upstream },
      external,
      options: setting.options,
      settings,
      report: (path, finding) => {
        const list = findings.get(path) ?? [];
        list.push({ ruleId: rule.meta.id, ...finding });
        findings.set(path, list);
      },
    });
  }
  return findings;
}
