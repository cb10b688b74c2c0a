import { location } from 'vfile-location';
import type { VFile } from 'vfile';
import { takenEdits } from '../engine/apply-edits.js';
import type { TextEdit } from '../engine/rule.js';
import { unifiedDiffOfEdits, type LineAnchor } from './unified-diff.js';
import { escapeMarkdown } from '../reporters/markdown.js';
import { absolutePath, displayPath } from '../reporters/paths.js';
import { githubLine, topDirectory } from '../reporters/report-model.js';

export interface PatchOptions {
  cwd: string;
  /** Where repository paths start (absolute): patch paths are relative to it, as `git apply` wants. */
  root: string;
  groupOf?: (path: string) => { key: string; label: string };
  /** At most this many fixes per patch; a group with more is split (a file's fixes stay in one patch). */
  maxPerPatch?: number;
  repository?: string | null;
  ref?: string;
}

/** One fix: the finding, where it is, and the text before and after. */
export interface PlannedFix {
  path: string;
  line: number;
  ruleId: string;
  reason: string;
  before: string;
  after: string;
}

/** A patch and its pull-request body, named by group (and part, when split). */
export interface PlannedPatch {
  name: string;
  group: { key: string; label: string };
  fixes: PlannedFix[];
  /** A unified diff with `a/` and `b/` prefixes, for `git apply` at the repository root. */
  patch: string;
  /** The pull-request body: each link fixed, before and after. */
  body: string;
}

interface FileFixes {
  path: string;
  diff: string;
  fixes: PlannedFix[];
}

type Fixable = {
  fix?: unknown;
  ruleId?: string | null | undefined;
  reason: string;
  line?: number | null | undefined;
  place?: unknown;
};

/** Where the finding of a fix starts, with the parser's line: the diff counts lines from there. */
function anchorOf(message: Fixable): LineAnchor | null {
  const place = message.place as { start?: Partial<LineAnchor> } | null | undefined;
  const start = place?.start;
  return start && typeof start.offset === 'number' && typeof start.line === 'number' && typeof start.column === 'number'
    ? { offset: start.offset, line: start.line, column: start.column }
    : null;
}

/** A file name for a group: `sig-apps`, `sig-apps-minutes-OWNERS`, `root` for the top directory. */
export function patchName(key: string): string {
  const name = key
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return name === '' ? 'root' : name;
}

function fileFixes(file: VFile, options: PatchOptions): FileFixes | null {
  // Each fix's edits are a group as they are, not copied: the message is found by the group.
  const messageOf = new Map<readonly TextEdit[], Fixable>();
  for (const message of file.messages as Fixable[]) {
    const fix = message.fix;
    if (Array.isArray(fix) && fix.length > 0 && !messageOf.has(fix as TextEdit[]))
      messageOf.set(fix as TextEdit[], message);
  }
  if (messageOf.size === 0) return null;
  const text = String(file.value ?? '');
  const taken = takenEdits([...messageOf.keys()]);
  // Fixes that would leave the file as it is make no patch (checked edit by edit: a run's fixed
  // files are megabytes, their edits a few bytes each).
  if (taken.every((group) => group.every((edit) => text.slice(edit.start, edit.end) === edit.text))) return null;
  const path = displayPath(absolutePath(String(file.path), options.cwd), options.root);
  const lines: Located = { text, place: null };
  const anchors: LineAnchor[] = [];
  const fixes: PlannedFix[] = [];
  for (let index = 0; index < taken.length; index++) {
    const group = taken[index]!;
    const message = messageOf.get(group)!;
    const anchor = anchorOf(message);
    if (anchor) anchors.push(anchor);
    fixes.push(plannedFix(group, message, path, lines));
  }
  return { path, diff: unifiedDiffOfEdits(path, text, taken.flat(), anchors), fixes };
}

/** A file's text, and its line table once a fix needs it. */
interface Located {
  text: string;
  place: ReturnType<typeof location> | null;
}

/**
 * One fix, its text before and after. A function of its own, as are the other steps per fix: the
 * loops over a run's thousands of fixes stay small where they are compiled hot.
 */
function plannedFix(group: readonly TextEdit[], message: Fixable, path: string, file: Located): PlannedFix {
  const text = file.text;
  let start = Infinity;
  let end = -Infinity;
  for (let index = 0; index < group.length; index++) {
    const edit = group[index]!;
    if (edit.start < start) start = edit.start;
    if (edit.end > end) end = edit.end;
  }
  // A taken group's edits do not overlap: in order, they are the fix loop's result for this span.
  const edits = group.length === 1 ? group : [...group].sort((a, b) => a.start - b.start || a.end - b.end);
  let after = '';
  let cursor = start;
  for (let index = 0; index < edits.length; index++) {
    const edit = edits[index]!;
    after += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  after += text.slice(cursor, end);
  return {
    path,
    // The finding's line, as the reports show it; else where the edit starts.
    line: message.line ?? (file.place ??= location(text)).toPoint(start)?.line ?? 1,
    ruleId: message.ruleId ?? '',
    reason: message.reason,
    before: text.slice(start, end),
    after,
  };
}

/**
 * Rule ids and messages as markdown, fix texts as code spans, each made once per run: most of a
 * run's fixes repeat a few findings and texts (a list marker, a branch name).
 */
interface Shown {
  rules: Map<string, string>;
  reasons: Map<string, string>;
  texts: Map<string, string>;
}

function body(patch: Omit<PlannedPatch, 'body'>, part: string, options: PatchOptions, shown: Shown): string {
  const lines = [
    `Fix ${patch.fixes.length} link(s) in ${escapeMarkdown(patch.group.label)}${part}`,
    '',
    'Each fix below is certain (a recorded rename, a permanent redirect, a moved target or a',
    'normalised form of the same link); found by `devguide lint`.',
    '',
  ];
  // A file's path and link are made once for all its fixes.
  const files = new Map<string, { path: string; url: string | null }>();
  for (let index = 0; index < patch.fixes.length; index++) {
    const fix = patch.fixes[index]!;
    let file = files.get(fix.path);
    if (!file)
      files.set(
        fix.path,
        (file = {
          path: escapeMarkdown(fix.path),
          url: options.repository ? githubLine(options.repository, options.ref ?? 'HEAD', fix.path, undefined) : null,
        }),
      );
    const where = `${file.path}:${fix.line}`;
    const link = file.url ? `[${where}](${file.url}${fix.line ? `#L${fix.line}` : ''})` : where;
    let rule = shown.rules.get(fix.ruleId);
    if (rule === undefined) shown.rules.set(fix.ruleId, (rule = escapeMarkdown(fix.ruleId)));
    let reason = shown.reasons.get(fix.reason);
    if (reason === undefined) shown.reasons.set(fix.reason, (reason = escapeMarkdown(fix.reason)));
    let was = shown.texts.get(fix.before);
    if (was === undefined) shown.texts.set(fix.before, (was = codeSpan(fix.before)));
    let is = shown.texts.get(fix.after);
    if (is === undefined) shown.texts.set(fix.after, (is = codeSpan(fix.after)));
    lines.push(`- ${link} (${rule}): ${reason}`, `  - before: ${was}`, `  - after: ${is}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Text from a file shown as it is, never as markup: a code span whose fence is longer than any run
 * of backticks in it (a line break becomes a space, as it would inside the span).
 */
export function codeSpan(text: string): string {
  const flat = text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n]+/g, ' ') : text;
  if (flat.trim() === '') return '(nothing)';
  let longest = 0;
  for (let index = flat.indexOf('`'); index !== -1;) {
    let end = index + 1;
    while (flat.charCodeAt(end) === 96) end++;
    longest = Math.max(longest, end - index);
    index = flat.indexOf('`', end);
  }
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick, or with a space at both ends, needs a space of padding.
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * The certain fixes of a run (the findings with a `fix`, which only fixable rules give) as one
 * patch per group, split at `maxPerPatch` fixes; pure: the caller writes them.
 */
export function planFixPatches(files: readonly VFile[], options: PatchOptions): PlannedPatch[] {
  const groupOf = options.groupOf ?? topDirectory;
  const byGroup = new Map<string, { group: { key: string; label: string }; files: FileFixes[] }>();
  for (const file of files) {
    const fixes = fileFixes(file, options);
    if (!fixes) continue;
    const group = groupOf(fixes.path);
    let entry = byGroup.get(group.key);
    if (!entry) byGroup.set(group.key, (entry = { group, files: [] }));
    entry.files.push(fixes);
  }
  const max = options.maxPerPatch ?? Infinity;
  const patches: PlannedPatch[] = [];
  const shown: Shown = { rules: new Map(), reasons: new Map(), texts: new Map() };
  for (const [key, { group, files: groupFiles }] of [...byGroup].sort(([a], [b]) => a.localeCompare(b))) {
    const parts: FileFixes[][] = [];
    let current: FileFixes[] = [];
    let count = 0;
    for (const file of groupFiles.sort((a, b) => a.path.localeCompare(b.path))) {
      if (current.length > 0 && count + file.fixes.length > max) {
        parts.push(current);
        current = [];
        count = 0;
      }
      current.push(file);
      count += file.fixes.length;
    }
    parts.push(current);
    parts.forEach((part, index) => {
      const suffix = parts.length > 1 ? `-${index + 1}` : '';
      const planned = {
        name: `${patchName(key)}${suffix}`,
        group,
        fixes: part.flatMap((file) => file.fixes),
        patch: part.map((file) => file.diff).join(''),
      };
      patches.push({
        ...planned,
        body: body(planned, parts.length > 1 ? ` (part ${index + 1} of ${parts.length})` : '', options, shown),
      });
    });
  }
  return patches;
}
