import type { VFile } from 'vfile';
import { baselineStateOf } from '../baseline/baseline.js';
import { severityOf, spanOf, type Finding, type Severity } from './findings.js';
import { absolutePath, displayPath } from './paths.js';
import type { FindingStatus, ReporterOptions } from './types.js';

/** What the markdown and HTML reports show of a finding (no related place, no rule URL). */
export type ReportFinding = Pick<Finding, 'severity' | 'ruleId' | 'reason' | 'start'>;

/** One finding with what the markdown and HTML reports show beside it. */
export interface ReportEntry {
  /** Repository path (relative to the root), `/`-separated. */
  path: string;
  finding: ReportFinding;
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
  /** Against a baseline: findings not in it, and its findings no longer reported in this group. */
  fresh: number;
  fixed: number;
  /** Files by number of findings, most first. */
  files: { path: string; count: number; errors: number; link: string | null }[];
}

/** A baseline finding no longer reported: fixed, or its file deleted (so no link to it). */
export interface FixedEntry {
  path: string;
  ruleId: string;
  /** What the finding was about: its link as `[text](destination)`, or its message. */
  key: string;
  group: { key: string; label: string };
}

export interface RuleTotals {
  ruleId: string;
  counts: Record<Severity, number>;
  fresh: number;
  fixed: number;
}

export interface ReportModel {
  entries: ReportEntry[];
  /** By number of findings, most first, then by key; groups with only fixed findings are left out. */
  groups: ReportGroup[];
  byRule: RuleTotals[];
  counts: Record<Severity, number>;
  files: number;
  /** True when a baseline was given (`absent` set) or any finding has a status. */
  withStatus: boolean;
  fresh: number;
  unchanged: number;
  /** The baseline's findings no longer reported, by path. */
  fixed: FixedEntry[];
}

/**
 * `statusOf` for a run compared with a baseline: the state `compareWithBaseline` put on each
 * message (`--baseline`).
 */
export const baselineStatus: NonNullable<ReporterOptions['statusOf']> = (_path, _finding, message) =>
  baselineStateOf(message);

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
  return `https://github.com/${repository}/blob/${encodeSegments(ref)}/${encodeSegments(path)}${line ? `#L${line}` : ''}`;
}

/** Each `/`-separated segment percent-encoded; most paths have nothing to encode and are returned as they are. */
function encodeSegments(path: string): string {
  return /^[\w.~/-]*$/.test(path) ? path : path.split('/').map(encodeURIComponent).join('/');
}

/** A certain fix as `before → after` (the replaced text of the file, then the replacement). */
function fixText(message: object, file: VFile): string | null {
  const fix: unknown = (message as { fix?: unknown }).fix;
  if (!Array.isArray(fix) || fix.length === 0) return null;
  const text = String(file.value ?? '');
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

const lineOf = (item: { finding: ReportFinding }): number => item.finding.start?.line ?? 0;

/**
 * Every finding of the run with its group and baseline status, and with `details` (what only the
 * HTML report shows) its link, suggestion and fix; without, those are null.
 */
export function buildReport(files: readonly VFile[], options: ReporterOptions, details = true): ReportModel {
  const root = options.root ?? options.cwd;
  const groupOf = options.groupOf ?? topDirectory;
  const entries: ReportEntry[] = [];
  const fileLinks = new Map<string, string | null>();
  let fileCount = 0;
  for (const file of files) {
    fileCount++;
    if (file.messages.length === 0) continue;
    const path = displayPath(absolutePath((file.path as string | undefined) || '<unknown>', options.cwd), root);
    const group = groupOf(path);
    const fileLink = options.repository ? githubLine(options.repository, options.ref ?? 'HEAD', path, undefined) : null;
    fileLinks.set(path, fileLink);
    const findings = file.messages.map((message) => ({
      message,
      finding: {
        severity: severityOf(message),
        ruleId: message.ruleId ?? undefined,
        reason: message.reason,
        start: spanOf(message.place, message.line, message.column).start,
      },
    }));
    // The engine gives them in order; others may not.
    if (findings.some((item, at) => at > 0 && lineOf(item) < lineOf(findings[at - 1]!)))
      findings.sort((a, b) => lineOf(a) - lineOf(b));
    for (const { message, finding } of findings) {
      entries.push({
        path,
        finding,
        group,
        status: options.statusOf?.(path, finding, message),
        suggestion:
          details && finding.reason.includes('; did you mean `')
            ? (suggestionPattern.exec(finding.reason)?.[1] ?? null)
            : null,
        fix: details ? fixText(message, file) : null,
        link: details && fileLink && finding.start ? `${fileLink}#L${finding.start.line}` : details ? fileLink : null,
      });
    }
  }
  const groups = new Map<string, ReportGroup>();
  const rules = new Map<string, RuleTotals>();
  const ruleOf = (ruleId: string): RuleTotals => {
    let rule = rules.get(ruleId);
    if (!rule) rules.set(ruleId, (rule = { ruleId, counts: zero(), fresh: 0, fixed: 0 }));
    return rule;
  };
  const counts = zero();
  let fresh = 0;
  let unchanged = 0;
  for (const entry of entries) {
    let group = groups.get(entry.group.key);
    if (!group)
      groups.set(
        entry.group.key,
        (group = { ...entry.group, entries: [], counts: zero(), fresh: 0, fixed: 0, files: [] }),
      );
    group.entries.push(entry);
    group.counts[entry.finding.severity]++;
    const rule = ruleOf(entry.finding.ruleId ?? '(none)');
    rule.counts[entry.finding.severity]++;
    counts[entry.finding.severity]++;
    if (entry.status === 'new') {
      rule.fresh++;
      group.fresh++;
      fresh++;
    } else if (entry.status === 'unchanged') unchanged++;
  }
  const fixed: FixedEntry[] = (options.absent ?? [])
    .map((entry) => {
      const group = groupOf(entry.path);
      ruleOf(entry.ruleId).fixed++;
      const existing = groups.get(group.key);
      if (existing) existing.fixed++;
      return { path: entry.path, ruleId: entry.ruleId, key: entry.key, group };
    })
    .sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0,
    );
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
            link: fileLinks.get(entry.path) ?? null,
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
    withStatus: options.absent !== undefined || entries.some((entry) => entry.status !== undefined),
    fresh,
    unchanged,
    fixed,
  };
}
