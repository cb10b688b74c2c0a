import { collectFindings, type Finding, type Severity } from './findings.js';
import type { Reporter } from './types.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message the way the Actions runner unescapes it. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function annotation(path: string, finding: Finding): string {
  const properties: [string, string | number][] = [['file', path]];
  if (finding.start) properties.push(['line', finding.start.line], ['col', finding.start.column]);
  if (finding.start && finding.end) properties.push(['endLine', finding.end.line], ['endColumn', finding.end.column]);
  if (finding.ruleId) properties.push(['title', finding.ruleId]);
  let message = finding.reason;
  const cause = finding.cause;
  if (cause)
    message += ` — see ${cause.start ? `${cause.path}:${cause.start.line}:${cause.start.column}` : cause.path}`;
  if (finding.ruleId) message += ` (${finding.ruleId})`;
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${command[finding.severity]} ${props}::${escapeData(message)}`;
}

/** GitHub Actions workflow commands, one annotation per message. Empty when there is nothing to report. */
export const github: Reporter = (files, options) => {
  const lines = collectFindings(files, options.cwd).flatMap((file) =>
    file.findings.map((finding) => annotation(file.path, finding)),
  );
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
