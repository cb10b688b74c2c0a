import { collectFindings, countFindings, type FileFindings, type Finding, type Severity } from './findings.js';
import { pluralize } from './pluralize.js';
import { painter, type Paint, type StyleFormat } from './style.js';
import type { Reporter } from './types.js';

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
  return `${withFindings.map((file) => fileBlock(file, paint)).join('\n\n')}\n\n${summary.join('\n')}\n`;
};
