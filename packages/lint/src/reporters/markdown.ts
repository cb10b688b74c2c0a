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
  // Replacement patterns, not a function called per match: reports escape every message, path and
  // link of a run, and a message has several backticks. None of the passes makes a match for a later
  // one (a backslash goes before a special character, never before `www`), so the result is that of
  // escaping each match of the original text.
  let escaped = markdownSpecial.test(text) ? text.replace(markdownSpecialAll, '\\$&') : text;
  if (escaped.includes('\n') || escaped.includes('\r')) escaped = escaped.replace(lineBreaks, ' ');
  if (escaped.includes('://')) escaped = escaped.replaceAll('://', '\\://');
  return wwwStart.test(escaped) ? escaped.replace(wwwStartAll, '$1\\.') : escaped;
}

const markdownSpecial = /[\\`*_{}[\]()<>#!|~&$]/;
const markdownSpecialAll = new RegExp(markdownSpecial.source, 'g');
const lineBreaks = /[\r\n]+/g;
const wwwStart = /\bwww\./i;
const wwwStartAll = /\b(www)\./gi;

/** A URL we built: its path segments are percent-encoded, so only `(`, `)` and spaces need care. */
function safeUrl(url: string): string {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function row(cells: readonly string[]): string {
  // Joined, the row is one flat string: measured and joined again without being copied first.
  return ['|', cells.join(' | '), '|'].join(' ');
}

function table(header: string[], rows: string[][]): string[] {
  return tableOf(header, rows.map(row));
}

function tableOf(header: string[], rows: readonly string[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows];
}

/** Each group's rows, escaped once: a report that must shrink is rendered several times. */
const rowsOf = new WeakMap<ReportGroup, { files: string[]; findings: string[] }>();

const findingHeader = (model: ReportModel): string[] => [
  ...(model.withStatus ? ['status'] : []),
  'where',
  'rule',
  'severity',
  'message',
];

function groupRows(group: ReportGroup, model: ReportModel): { files: string[]; findings: string[] } {
  let rows = rowsOf.get(group);
  if (!rows) {
    // Against a baseline the new findings come first: a table cut to its top rows keeps them.
    const entries = model.withStatus
      ? [
          ...group.entries.filter((entry) => entry.status === 'new'),
          ...group.entries.filter((entry) => entry.status !== 'new'),
        ]
      : group.entries;
    // A file's path and link are escaped once for all its findings, and a rule id once for the group.
    const where = new Map(
      group.files.map((file) => [file.path, { text: escapeMarkdown(file.path), url: file.link && safeUrl(file.link) }]),
    );
    const rules = new Map<string, string>();
    rows = {
      files: group.files.map((file) => {
        const place = where.get(file.path)!;
        return row([place.url ? `[${place.text}](${place.url})` : place.text, String(file.count), String(file.errors)]);
      }),
      findings: entries.map((entry: ReportEntry) => {
        const place = where.get(entry.path)!;
        const line = entry.finding.start?.line;
        const text = `${place.text}:${line ?? 0}`;
        const ruleId = entry.finding.ruleId ?? '';
        let rule = rules.get(ruleId);
        if (rule === undefined) rules.set(ruleId, (rule = escapeMarkdown(ruleId)));
        const at = place.url ? `[${text}](${place.url}${line ? `#L${line}` : ''})` : text;
        const cells = [at, rule, entry.finding.severity, escapeMarkdown(entry.finding.reason)];
        return row(model.withStatus ? [entry.status ?? '', ...cells] : cells);
      }),
    };
    rowsOf.set(group, rows);
  }
  return rows;
}

const fixedHeader = ['file', 'rule', 'was', 'group'];
const fixedRowsOf = new WeakMap<ReportModel, string[]>();

function fixedRows(model: ReportModel): string[] {
  let rows = fixedRowsOf.get(model);
  if (!rows) {
    rows = model.fixed.map((entry) =>
      row([
        escapeMarkdown(entry.path),
        escapeMarkdown(entry.ruleId),
        escapeMarkdown(entry.key),
        escapeMarkdown(entry.group.label),
      ]),
    );
    fixedRowsOf.set(model, rows);
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
    `${total(group.counts)} finding(s) in ${group.files.length} file(s): ${group.counts.error} error(s), ${group.counts.warning} warning(s), ${group.counts.info} info(s)${model.withStatus ? `; ${group.fresh} new, ${group.entries.length - group.fresh} unchanged, ${group.fixed} fixed` : ''}.`,
    '',
  ];
  const rows = groupRows(group, model);
  const files = rows.files.slice(0, limits.files);
  lines.push(...tableOf(['file', 'findings', 'errors'], files), ...more(group.files.length - files.length, 'file(s)'));
  const findings = rows.findings.slice(0, limits.findings);
  if (findings.length > 0) lines.push('', ...tableOf(findingHeader(model), findings));
  lines.push(...more(group.entries.length - findings.length, 'finding(s) in this group'), '');
  return lines;
}

/** The baseline's findings no longer reported, as many as the finding tables show. */
function fixedSection(model: ReportModel, limits: Limits): string[] {
  if (!model.withStatus) return [];
  const lines = [
    '### Fixed since the baseline',
    '',
    `${model.fixed.length} finding(s) of the baseline no longer reported.`,
  ];
  const rows = fixedRows(model).slice(0, limits.findings);
  if (rows.length > 0) lines.push('', ...tableOf(fixedHeader, rows));
  lines.push(...more(model.fixed.length - rows.length, 'fixed finding(s)'), '');
  return lines;
}

function render(model: ReportModel, options: ReporterOptions, limits: Limits): string {
  const where = options.repository
    ? ` of ${escapeMarkdown(options.repository)}${options.ref ? `@${escapeMarkdown(options.ref)}` : ''}`
    : '';
  const status = model.withStatus;
  const lines = [
    `## devguide lint report${where}`,
    '',
    `${model.entries.length} finding(s) in ${model.files} file(s): ${model.counts.error} error(s), ${model.counts.warning} warning(s), ${model.counts.info} info(s)${status ? `; ${model.fresh} new, ${model.unchanged} unchanged, ${model.fixed.length} fixed against the baseline` : ''}.`,
    '',
    '### Totals by rule',
    '',
    ...table(
      ['rule', 'errors', 'warnings', 'infos', 'total', ...(status ? ['new', 'fixed'] : [])],
      model.byRule.map((rule) => [
        escapeMarkdown(rule.ruleId),
        String(rule.counts.error),
        String(rule.counts.warning),
        String(rule.counts.info),
        String(total(rule.counts)),
        ...(status ? [String(rule.fresh), String(rule.fixed)] : []),
      ]),
    ),
    '',
    `### By ${escapeMarkdown(options.groupBy ?? 'directory')}`,
    '',
    ...table(
      ['group', 'findings', 'errors', 'warnings', 'infos', 'files', ...(status ? ['new', 'fixed'] : [])],
      model.groups.map((group) => [
        escapeMarkdown(group.label),
        String(group.entries.length),
        String(group.counts.error),
        String(group.counts.warning),
        String(group.counts.info),
        String(group.files.length),
        ...(status ? [String(group.fresh), String(group.fixed)] : []),
      ]),
    ),
    '',
  ];
  for (const group of model.groups) lines.push(...groupSection(group, model, limits));
  lines.push(...fixedSection(model, limits));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Renders within `limit` bytes: whole tables, each cut to its top rows with a count of the rest. */
export function markdownReport(model: ReportModel, options: ReporterOptions, limit = summaryLimit): string {
  const fits = (text: string): boolean => Buffer.byteLength(text) <= limit;
  // Every table of finding rows (each group's, the fixed findings'), with its header's size and
  // the sizes of its rows added up (each escaped and measured once).
  const tables = [
    ...model.groups.map((group) => ({ header: findingHeader(model), rows: groupRows(group, model).findings })),
    ...(model.withStatus ? [{ header: fixedHeader, rows: fixedRows(model) }] : []),
  ].map(({ header, rows }) => {
    const prefix = [0];
    for (const line of rows) prefix.push(prefix.at(-1)! + Buffer.byteLength(line) + 1);
    return { header: Buffer.byteLength(`\n${tableOf(header, []).join('\n')}\n`), prefix };
  });
  const most = Math.max(
    0,
    ...model.groups.map((group) => Math.max(group.entries.length, group.files.length)),
    model.fixed.length,
  );
  // The size with `rows` finding rows per table, added up over the report without finding rows;
  // never below the real size (the `… and n more` lines it counts only shrink), and above it by no
  // more than those lines.
  const estimate = (base: { bytes: number; more: number }, rows: number): { high: number; low: number } => {
    let high = base.bytes;
    for (const table of tables) {
      const shown = Math.min(rows, table.prefix.length - 1);
      if (shown > 0) high += table.header + table.prefix[shown]!;
    }
    return { high, low: high - base.more };
  };
  const baseOf = (files: number): { bytes: number; more: number } => ({
    bytes: Buffer.byteLength(render(model, options, { findings: 0, files })),
    // The `… and n more` lines of tables without rows: each at most this long.
    more: tables.length * 64,
  });
  // The whole report, rendered only when it may fit.
  if (estimate(baseOf(most), most).low <= limit) {
    const full = render(model, options, { findings: most, files: most });
    if (fits(full)) return full;
  }
  // Fewer finding rows: the most per table whose size, added up, fits; one render at the end.
  const base = baseOf(10);
  let low = 0;
  let high = most;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimate(base, mid).high <= limit) low = mid;
    else high = mid - 1;
  }
  let cut = render(model, options, { findings: low, files: Math.min(low, 10) || 10 });
  if (fits(cut)) return cut;
  for (const files of [5, 1, 0]) {
    cut = render(model, options, { findings: 0, files });
    if (fits(cut)) return cut;
  }
  return cut;
}

/** A report for people and `$GITHUB_STEP_SUMMARY`: totals, a table per group, links to each line. */
export const markdown: Reporter = (files, options) => markdownReport(buildReport(files, options, false), options);
