import { forgetLinkChecks, pinnedQueries } from '../rules/link-check.js';
import type { FileOutcome } from './lint-file.js';
import { findingOf, type ExternalResults, type Finding, type ProjectFileView, type ProjectRule } from './rule.js';
import type { IndexedPath, IndexReads } from './project-index.js';
import type { LintSetup } from './setup-lint.js';

/** What the project rules see of linted files. */
export function viewsOf(
  setup: Pick<LintSetup, 'roles'>,
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
  indexOutcomes(setup, outcomes.values());
  const all = viewsOf(setup, outcomes.values(), texts);
  return runProjectRules(setup, own ? all.filter((view) => own.has(view.path)) : all, external, all);
}

/**
 * The linted files' anchors and line counts join the local index; `known` gives an entry already
 * made for an outcome (another index's), to share rather than build again.
 */
export function indexOutcomes(
  setup: Pick<LintSetup, 'local' | 'roles'>,
  outcomes: Iterable<FileOutcome>,
  known: (outcome: FileOutcome) => IndexedPath | undefined = () => undefined,
): void {
  const { local, roles } = setup;
  for (const outcome of outcomes) {
    const role = roles.get(outcome.path)!.role;
    // A file past a limit was not parsed: its anchors are unknown, and links into it are not held to any.
    const entry: IndexedPath =
      known(outcome) ??
      (outcome.facts.limit
        ? { type: 'file', source: 'local' }
        : {
            type: 'file',
            source: 'local',
            anchors: new Set(outcome.facts.anchors),
            lines: outcome.facts.lineCount,
          });
    local.add(outcome.path, entry);
    if (role.against === 'local' && role.repoPath !== outcome.path) local.add(role.repoPath, entry);
  }
}

/**
 * Every project rule over `views`, against the setup's indexes; the external rules see `all` (a
 * shard's URLs are reported wherever they are linked).
 */
export function runProjectRules(
  setup: Pick<LintSetup, 'local' | 'upstream' | 'loaded' | 'settings'>,
  views: ProjectFileView[],
  external: ExternalResults | null,
  all: ProjectFileView[] = views,
): Map<string, Finding[]> {
  const { local, upstream, loaded, settings } = setup;
  // Links pinned to commits or other refs are looked up in that ref's tree, all in one git process.
  local.refs?.prepare(pinnedQueries(views, settings.defaultBranch));
  const reads = local.reads;
  const findings = new Map<string, Finding[]>();
  for (const setting of loaded.rules) {
    if (setting.rule.kind !== 'project') continue;
    const rule = setting.rule as ProjectRule<unknown>;
    const seen = rule.meta.external ? all : views;
    const files = rule.meta.scope === 'guide' ? seen.filter((view) => view.role.guide) : seen;
    rule.check({
      files: reads ? attributed(files, reads) : files,
      index: { local, upstream },
      external,
      options: setting.options,
      settings,
      report: (path, finding) => {
        const list = findings.get(path) ?? [];
        list.push(findingOf(rule.meta.id, finding));
        findings.set(path, list);
      },
    });
  }
  forgetLinkChecks();
  return findings;
}

/**
 * The files as a rule walks them (`for … of`), each index lookup noted against the file being
 * walked. A lookup made any other way is noted as unattributed, which makes every file depend on
 * everything: slower, never wrong.
 */
function attributed(files: ProjectFileView[], reads: IndexReads): ProjectFileView[] {
  const walked = [...files];
  Object.defineProperty(walked, Symbol.iterator, {
    value: function* () {
      try {
        for (const file of files) {
          reads.current = file.path;
          yield file;
          reads.current = null;
        }
      } finally {
        reads.current = null;
      }
    },
  });
  return walked;
}
