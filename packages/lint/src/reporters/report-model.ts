import type { VFile } from 'vfile';
import { absolutePath, displayPath } from './paths.js';
import { findingOf, type Finding, type Severity } from './findings.js';
import type { FindingStatus, ReporterOptions } from './types.js';

/** One finding with what the markdown and HTML reports show beside it. */
export interface ReportEntry {
  /** Repository path (relative to the root), `/`-separated. */
  path: string;
  finding: Finding;
  group: { key: string; label: string };
  status: FindingStatus | undefined;
  /** The `did you mean` of the message, when it has one. */
  suggestion: string | null;
  /** A certain fix, `before → after`, when the finding has one. */
  fix: string | null;
  /** The finding's line on GitHub, when the repository is known. */
  link: string | null;
}

export interface ReportGroup {
  key: string;
  label: string;
  entries: ReportEntry[];
  counts: Record<Severity, number>;
  /** Files by number of findings, most first. */
  files: { path: string; count: number; errors: number; link: string | null }[];
}

export interface ReportModel {
  entries: ReportEntry[];
  /** By number of findings, most first, then by key. */
  groups: ReportGroup[];
  byRule: { ruleId: string; counts: Record<Severity, number>; fresh: number }[];
  counts: Record<Severity, number>;
  files: number;
  withStatus: boolean;
  fresh: number;
}

const suggestionPattern = /; did you mean `([^`]*)`/;

/** The top directory of a repository path: the grouping of a tree without owners. */
export function topDirectory(path: string): { key: string; label: string } {
  const slash = path.indexOf('/');
  return slash === -1
    ? { key: '.', label: '(root)' }
    : { key: path.slice(0, slash + 1), label: path.slice(0, slash + 1) };
}

/** `https://github.com/<repository>/blob/<ref>/<path>#L<line>`, each path segment encoded. */
export function githubLine(repository: string, ref: string, path: string, line: number | undefined): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `https://github.com/${repository}/blob/${ref.split('/').map(encodeURIComponent).join('/')}/${encoded}${line ? `#L${line}` : ''}`;
}

/** A certain fix as `before → after` (the replaced text of the file, then the replacement). */
function fixText(message: object, text: string): string | null {
  const fix: unknown = (message as { fix?: unknown }).fix;
  if (!Array.isArray(fix) || fix.length === 0) return null;
  const edits = fix.filter(
    (edit: unknown): edit is { start: number; end: number; text: string } =>
      typeof edit === 'object' &&
      edit !== null &&
      typeof (edit as { start?: unknown }).start === 'number' &&
      typeof (edit as { end?: unknown }).end === 'number' &&
      typeof (edit as { text?: unknown }).text === 'string',
  );
  if (edits.length === 0) return null;
  // A report merged from shards has no file text: its edits carry the text they replace.
  const replaced = (edit: object & { start: number; end: number }) => {
    const carried = (edit as { replaced?: unknown }).replaced;
    return typeof carried === 'string' ? carried : text.slice(edit.start, edit.end);
  };
  return edits.map((edit) => `${replaced(edit)} → ${edit.text}`).join('; ');
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

/** Every finding of the run with its group, link, suggestion, fix and baseline status. */
export function buildReport(files: readonly VFile[], options: ReporterOptions): ReportModel {
  const root = options.root ?? options.cwd;
  const groupOf = options.groupOf ?? topDirectory;
  const entries: ReportEntry[] = [];
  let fileCount = 0;
  for (const file of files) {
    fileCount++;
    if (file.messages.length === 0) continue;
    const absolute = absolutePath((file.path as string | undefined) || '<unknown>', options.cwd);
    const path = displayPath(absolute, root);
    const group = groupOf(path);
    const text = String(file.value ?? '');
    const fileLink = options.repository ? githubLine(options.repository, options.ref ?? 'HEAD', path, undefined) : null;
    const findings = file.messages
      .map((message) => ({ message, finding: findingOf(message, absolute, options.cwd) }))
      .sort((a, b) => (a.finding.start?.line ?? 0) - (b.finding.start?.line ?? 0));
    for (const { message, finding } of findings) {
      entries.push({
        path,
        finding,
        group,
        status: options.statusOf?.(path, finding),
        suggestion: suggestionPattern.exec(finding.reason)?.[1] ?? null,
        fix: fixText(message, text),
        link: fileLink && finding.start ? `${fileLink}#L${finding.start.line}` : fileLink,
      });
    }
  }
  const groups = new Map<string, ReportGroup>();
  const rules = new Map<string, { ruleId: string; counts: Record<Severity, number>; fresh: number }>();
  const counts = zero();
  let fresh = 0;
  for (const entry of entries) {
    let group = groups.get(entry.group.key);
    if (!group) groups.set(entry.group.key, (group = { ...entry.group, entries: [], counts: zero(), files: [] }));
    group.entries.push(entry);
    group.counts[entry.finding.severity]++;
    const ruleId = entry.finding.ruleId ?? '(none)';
    let rule = rules.get(ruleId);
    if (!rule) rules.set(ruleId, (rule = { ruleId, counts: zero(), fresh: 0 }));
    rule.counts[entry.finding.severity]++;
    counts[entry.finding.severity]++;
    if (entry.status === 'new') {
      rule.fresh++;
      fresh++;
    }
  }
  for (const group of groups.values()) {
    const byFile = new Map<string, ReportGroup['files'][number]>();
    for (const entry of group.entries) {
      let file = byFile.get(entry.path);
      if (!file)
        byFile.set(
          entry.path,
          (file = {
            path: entry.path,
            count: 0,
            errors: 0,
            link: options.repository
              ? githubLine(options.repository, options.ref ?? 'HEAD', entry.path, undefined)
              : null,
          }),
        );
      file.count++;
      if (entry.finding.severity === 'error') file.errors++;
    }
    group.files = [...byFile.values()].sort((a, b) => b.count - a.count || a.path.localeCompare(b.path));
  }
  const total = (c: Record<Severity, number>): number => c.error + c.warning + c.info;
  return {
    entries,
    groups: [...groups.values()].sort((a, b) => b.entries.length - a.entries.length || a.key.localeCompare(b.key)),
    byRule: [...rules.values()].sort((a, b) => total(b.counts) - total(a.counts) || a.ruleId.localeCompare(b.ruleId)),
    counts,
    files: fileCount,
    withStatus: entries.some((entry) => entry.status !== undefined),
    fresh,
  };
}
