import type { Severity } from './findings.js';
import { buildReport, type ReportEntry, type ReportGroup, type ReportModel } from './report-model.js';
import type { Reporter, ReporterOptions } from './types.js';

/** GitHub cuts a job summary at 1 MiB; the report stays under this with room to spare. */
export const summaryLimit = 1024 * 1024 - 16 * 1024;

/**
 * Text from files and the network shown as text, never as markup: the characters that open
 * emphasis, code, links, HTML, entities, headings and table cells are backslash-escaped
 * (CommonMark allows it for every ASCII punctuation character), as are the `://` and `www.` that
 * GFM turns into links; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  // Most paths and rule ids need nothing: the common case allocates nothing.
  if (!/[\r\n\\`*_{}[\]()<>#!|~&$:wW]/.test(text)) return text;
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#!|~&$]/g, (character) => `\\${character}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`);
}

function link(text: string, url: string | null): string {
  // A URL we built: its path segments are percent-encoded, so only `(`, `)` and spaces need care.
  return url ? `[${text}](${url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})` : text;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: string[], rows: string[][]): string[] {
  return tableOf(header, rows.map(row));
}

function tableOf(header: string[], rows: readonly string[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows];
}

/** Each group's rows, escaped once: a report that must shrink is rendered several times. */
const rowsOf = new WeakMap<ReportGroup, { files: string[]; findings: string[] }>();

function groupRows(group: ReportGroup, model: ReportModel): { files: string[]; findings: string[] } {
  let rows = rowsOf.get(group);
  if (!rows) {
    rows = {
      files: group.files.map((file) =>
        row([link(escapeMarkdown(file.path), file.link), String(file.count), String(file.errors)]),
      ),
      findings: group.entries.map((entry: ReportEntry) =>
        row([
          ...(model.withStatus ? [entry.status ?? ''] : []),
          link(escapeMarkdown(`${entry.path}:${entry.finding.start?.line ?? 0}`), entry.link),
          escapeMarkdown(entry.finding.ruleId ?? ''),
          entry.finding.severity,
          escapeMarkdown(entry.finding.reason),
        ]),
      ),
    };
    rowsOf.set(group, rows);
  }
  return rows;
}

function more(rest: number, what: string): string[] {
  return rest > 0 ? ['', `… and ${rest} more ${what}.`] : [];
}

const total = (counts: Record<Severity, number>): number => counts.error + counts.warning + counts.info;

/** How many rows each table shows: everything, or the top of it when the report must shrink. */
interface Limits {
  findings: number;
  files: number;
}

function groupSection(group: ReportGroup, model: ReportModel, limits: Limits): string[] {
  const lines = [
    `### ${escapeMarkdown(group.label)}`,
    '',
    `${total(group.counts)} finding(s) in ${group.files.length} file(s): ${group.counts.error} error(s), ${group.counts.warning} warning(s), ${group.counts.info} info(s)${model.withStatus ? `, ${group.entries.filter((entry) => entry.status === 'new').length} new` : ''}.`,
    '',
  ];
  const rows = groupRows(group, model);
  const files = rows.files.slice(0, limits.files);
  lines.push(...tableOf(['file', 'findings', 'errors'], files), ...more(group.files.length - files.length, 'file(s)'));
  const findings = rows.findings.slice(0, limits.findings);
  if (findings.length > 0)
    lines.push(
      '',
      ...tableOf([...(model.withStatus ? ['status'] : []), 'where', 'rule', 'severity', 'message'], findings),
    );
  lines.push(...more(group.entries.length - findings.length, 'finding(s) in this group'), '');
  return lines;
}

function render(model: ReportModel, options: ReporterOptions, limits: Limits): string {
  const where = options.repository
    ? ` of ${escapeMarkdown(options.repository)}${options.ref ? `@${escapeMarkdown(options.ref)}` : ''}`
    : '';
  const lines = [
    `## devguide lint report${where}`,
    '',
    `${model.entries.length} finding(s) in ${model.files} file(s): ${model.counts.error} error(s), ${model.counts.warning} warning(s), ${model.counts.info} info(s)${model.withStatus ? `; ${model.fresh} new, ${model.entries.length - model.fresh} unchanged against the baseline` : ''}.`,
    '',
    '### Totals by rule',
    '',
    ...table(
      ['rule', 'errors', 'warnings', 'infos', 'total', ...(model.withStatus ? ['new'] : [])],
      model.byRule.map((rule) => [
        escapeMarkdown(rule.ruleId),
        String(rule.counts.error),
        String(rule.counts.warning),
        String(rule.counts.info),
        String(total(rule.counts)),
        ...(model.withStatus ? [String(rule.fresh)] : []),
      ]),
    ),
    '',
    `### By ${escapeMarkdown(options.groupBy ?? 'directory')}`,
    '',
    ...table(
      ['group', 'findings', 'errors', 'warnings', 'infos', 'files', ...(model.withStatus ? ['new'] : [])],
      model.groups.map((group) => [
        escapeMarkdown(group.label),
        String(group.entries.length),
        String(group.counts.error),
        String(group.counts.warning),
        String(group.counts.info),
        String(group.files.length),
        ...(model.withStatus ? [String(group.entries.filter((entry) => entry.status === 'new').length)] : []),
      ]),
    ),
    '',
  ];
  for (const group of model.groups) lines.push(...groupSection(group, model, limits));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Renders within `limit` bytes: whole tables, each cut to its top rows with a count of the rest. */
export function markdownReport(model: ReportModel, options: ReporterOptions, limit = summaryLimit): string {
  const fits = (text: string): boolean => Buffer.byteLength(text) <= limit;
  const most = Math.max(0, ...model.groups.map((group) => Math.max(group.entries.length, group.files.length)));
  let full = render(model, options, { findings: most, files: most });
  if (fits(full)) return full;
  // Fewer finding rows first: the most per group that fits, found on sizes added up from the rows
  // (each escaped and measured once) over the report without finding rows; that sum is never below
  // the real size (the `… and n more` lines it counts only shrink), so one render at the end fits.
  const base = Buffer.byteLength(render(model, options, { findings: 0, files: 10 }));
  const header = Buffer.byteLength(
    `\n${tableOf([...(model.withStatus ? ['status'] : []), 'where', 'rule', 'severity', 'message'], []).join('\n')}\n`,
  );
  const sums = model.groups.map((group) => {
    const prefix = [0];
    for (const line of groupRows(group, model).findings) prefix.push(prefix.at(-1)! + Buffer.byteLength(line) + 1);
    return prefix;
  });
  const estimate = (rows: number): number =>
    sums.reduce((sum, prefix) => {
      const shown = Math.min(rows, prefix.length - 1);
      return sum + (shown > 0 ? header + prefix[shown]! : 0);
    }, base);
  let low = 0;
  let high = most;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimate(mid) <= limit) low = mid;
    else high = mid - 1;
  }
  full = render(model, options, { findings: low, files: Math.min(low, 10) || 10 });
  if (fits(full)) return full;
  for (const files of [5, 1, 0]) {
    full = render(model, options, { findings: 0, files });
    if (fits(full)) return full;
  }
  return full;
}

/** A report for people and `$GITHUB_STEP_SUMMARY`: totals, a table per group, links to each line. */
export const markdown: Reporter = (files, options) => markdownReport(buildReport(files, options), options);
