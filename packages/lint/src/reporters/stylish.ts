import { countFindings, findingOf, placedMessages, placesUnder, type Finding, type Severity } from './findings.js';
import { pluralize } from './pluralize.js';
import { painter, type Paint, type StyleFormat } from './style.js';
import { displayPath } from './paths.js';
import type { Reporter, ReporterOptions } from './types.js';
import type { VFile } from 'vfile';

const severityStyle: Record<Severity, StyleFormat | null> = { error: 'red', warning: 'yellow', info: null };

function position(finding: Pick<Finding, 'start'>): [line: string, column: string] {
  return [String(finding.start?.line ?? 0), String(finding.start?.column ?? 0)];
}

/**
 * A file's findings, made one at a time when asked for: a report of hundreds of thousands of
 * findings never holds a copy of each (only their order, four bytes a finding).
 */
interface FileView {
  path: string;
  absolute: string;
  count: number;
  finding(at: number): Finding;
}

/** Each file with messages, its messages in the order `collectFindings` gives them (stable, by place). */
function fileViews(files: readonly VFile[], cwd: string): FileView[] {
  const placeOf = placesUnder(cwd);
  const views: FileView[] = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    const { path, absolute, messages, order } = placedMessages(file, placeOf);
    views.push({
      path,
      absolute,
      count: messages.length,
      finding: (at) => findingOf(messages[order[at]!]!, absolute, cwd, placeOf),
    });
  }
  return views;
}

function causeLine(finding: Finding, paint: Paint): string {
  const cause = finding.cause;
  if (!cause) return '';
  const where = cause.start ? `${cause.path}:${cause.start.line}:${cause.start.column}` : cause.path;
  return `\n    ${paint('dim', `↳ ${where}:`)} ${cause.reason}`;
}

/**
 * A file's block, a line at a time (the first without, the others after, their line break): a
 * report of hundreds of thousands of findings is never held as lines and again as one text.
 */
function* fileBlock(file: FileView, paint: Paint): Generator<string> {
  let lineWidth = 0;
  let columnWidth = 0;
  let severityWidth = 0;
  let reasonWidth = 0;
  for (let at = 0; at < file.count; at++) {
    const finding = file.finding(at);
    const [line, column] = position(finding);
    lineWidth = Math.max(lineWidth, line.length);
    columnWidth = Math.max(columnWidth, column.length);
    severityWidth = Math.max(severityWidth, finding.severity.length);
    reasonWidth = Math.max(reasonWidth, finding.reason.length);
  }
  yield paint('underline', file.path);
  for (let at = 0; at < file.count; at++) {
    const finding = file.finding(at);
    const [line, column] = position(finding);
    const style = severityStyle[finding.severity];
    const cells = [
      paint('dim', `${line.padStart(lineWidth)}:${column}`) + ' '.repeat(columnWidth - column.length),
      (style ? paint(style, finding.severity) : finding.severity) + ' '.repeat(severityWidth - finding.severity.length),
      finding.reason + ' '.repeat(reasonWidth - finding.reason.length),
      paint('dim', finding.ruleId ?? ''),
    ];
    yield `\n${`  ${cells.join('  ')}`.trimEnd()}${causeLine(finding, paint)}`;
  }
}

/** File blocks, under a heading per group (most findings first) with `--group-by`. */
function* groupedBlocks(files: FileView[], options: ReporterOptions, paint: Paint): Generator<string> {
  const groupOf = options.groupOf;
  if (!groupOf) {
    for (const [at, file] of files.entries()) {
      if (at > 0) yield '\n\n';
      yield* fileBlock(file, paint);
    }
    return;
  }
  const root = options.root ?? options.cwd;
  const groups = new Map<string, { label: string; files: FileView[]; count: number }>();
  for (const file of files) {
    const { key, label } = groupOf(displayPath(file.absolute, root));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, files: [], count: 0 }));
    group.files.push(file);
    group.count += file.count;
  }
  const sorted = [...groups.entries()].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  for (const [at, [, group]] of sorted.entries()) {
    yield `${at > 0 ? '\n\n' : ''}${paint('bold', `${group.label}: ${pluralize(group.count, 'problem')}`)}\n\n`;
    for (const [index, file] of group.files.entries()) {
      if (index > 0) yield '\n\n';
      yield* fileBlock(file, paint);
    }
  }
}

/** Every finding of the files, made one at a time. */
function* allFindings(files: readonly FileView[]): Generator<Finding> {
  for (const file of files) for (let at = 0; at < file.count; at++) yield file.finding(at);
}

/**
 * The stylish report in pieces, in order: what `stylish` joins, for a writer that sends each piece
 * on as it comes. Nothing when there is nothing to report.
 */
export function* stylishPieces(files: readonly VFile[], options: ReporterOptions): Generator<string> {
  const paint = painter(options.color);
  const withFindings = fileViews(files, options.cwd);
  if (withFindings.length === 0) return;
  const counts = countFindings(allFindings(withFindings));
  const total = counts.errors + counts.warnings + counts.infos;
  const breakdown = [
    pluralize(counts.errors, 'error'),
    pluralize(counts.warnings, 'warning'),
    ...(counts.infos > 0 ? [pluralize(counts.infos, 'info')] : []),
  ];
  const summaryStyle: StyleFormat =
    counts.errors > 0 ? ['red', 'bold'] : counts.warnings > 0 ? ['yellow', 'bold'] : 'bold';
  const summary = [paint(summaryStyle, `✖ ${pluralize(total, 'problem')} (${breakdown.join(', ')})`)];
  const fixable = counts.fixableErrors + counts.fixableWarnings + counts.fixableInfos;
  if (fixable > 0)
    summary.push(paint(summaryStyle, `  ${pluralize(fixable, 'problem')} fixable with the --fix option`));
  yield* groupedBlocks(withFindings, options, paint);
  yield `\n\n${summary.join('\n')}\n`;
}

/**
 * Human-readable output in the manner of ESLint's `stylish`: findings grouped by file,
 * aligned columns, a summary line. Empty when there is nothing to report.
 */
export const stylish: Reporter = (files, options) => [...stylishPieces(files, options)].join('');
