import { collectFindings, countFindings, type FileFindings, type Finding, type Severity } from './findings.js';
import { pluralize } from './pluralize.js';
import { painter, type Paint, type StyleFormat } from './style.js';
import { displayPath } from './paths.js';
import type { Reporter, ReporterOptions } from './types.js';

const severityStyle: Record<Severity, StyleFormat | null> = { error: 'red', warning: 'yellow', info: null };

function position(finding: Pick<Finding, 'start'>): [line: string, column: string] {
  return [String(finding.start?.line ?? 0), String(finding.start?.column ?? 0)];
}

function widest(values: readonly string[]): number {
  // A loop, not `Math.max(...)`: a file with a hundred thousand findings would overflow the stack.
  let width = 0;
  for (const value of values) width = Math.max(width, value.length);
  return width;
}

function causeLine(finding: Finding, paint: Paint): string[] {
  const cause = finding.cause;
  if (!cause) return [];
  const where = cause.start ? `${cause.path}:${cause.start.line}:${cause.start.column}` : cause.path;
  return [`    ${paint('dim', `↳ ${where}:`)} ${cause.reason}`];
}

function fileBlock(file: FileFindings, paint: Paint): string {
  const rows = file.findings.map((finding) => ({ finding, position: position(finding) }));
  const lineWidth = widest(rows.map((row) => row.position[0]));
  const columnWidth = widest(rows.map((row) => row.position[1]));
  const severityWidth = widest(rows.map((row) => row.finding.severity));
  const reasonWidth = widest(rows.map((row) => row.finding.reason));
  const lines = [paint('underline', file.path)];
  for (const {
    finding,
    position: [line, column],
  } of rows) {
    const style = severityStyle[finding.severity];
    const cells = [
      paint('dim', `${line.padStart(lineWidth)}:${column}`) + ' '.repeat(columnWidth - column.length),
      (style ? paint(style, finding.severity) : finding.severity) + ' '.repeat(severityWidth - finding.severity.length),
      finding.reason + ' '.repeat(reasonWidth - finding.reason.length),
      paint('dim', finding.ruleId ?? ''),
    ];
    lines.push(`  ${cells.join('  ')}`.trimEnd(), ...causeLine(finding, paint));
  }
  return lines.join('\n');
}

/** File blocks, under a heading per group (most findings first) with `--group-by`. */
function groupedBlocks(files: FileFindings[], options: ReporterOptions, paint: Paint): string {
  const groupOf = options.groupOf;
  if (!groupOf) return files.map((file) => fileBlock(file, paint)).join('\n\n');
  const root = options.root ?? options.cwd;
  const groups = new Map<string, { label: string; files: FileFindings[]; count: number }>();
  for (const file of files) {
    const { key, label } = groupOf(displayPath(file.absolute, root));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, files: [], count: 0 }));
    group.files.push(file);
    group.count += file.findings.length;
  }
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
    .map(
      ([, group]) =>
        `${paint('bold', `${group.label}: ${pluralize(group.count, 'problem')}`)}\n\n${group.files.map((file) => fileBlock(file, paint)).join('\n\n')}`,
    )
    .join('\n\n');
}

/**
 * Human-readable output in the manner of ESLint's `stylish`: findings grouped by file,
 * aligned columns, a summary line. Empty when there is nothing to report.
 */
export const stylish: Reporter = (files, options) => {
  const paint = painter(options.color);
  const withFindings = collectFindings(files, options.cwd).filter((file) => file.findings.length > 0);
  if (withFindings.length === 0) return '';
  const counts = countFindings(withFindings.flatMap((file) => file.findings));
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
  return `${groupedBlocks(withFindings, options, paint)}\n\n${summary.join('\n')}\n`;
};
