import { identityOfMessage, type FindingIdentity } from '../baseline/fingerprint.js';
import { collectMessages, countFindings, type Finding, type Message, type Severity } from './findings.js';
import { displayPath } from './paths.js';
import type { Reporter } from './types.js';

export interface JsonCause {
  filePath: string;
  line: number;
  column: number;
  message: string;
}

export interface JsonMessage {
  ruleId: string | null;
  /** 2 error, 1 warning, 0 info, as in ESLint. */
  severity: 2 | 1 | 0;
  message: string;
  /** 0 when the message has no place. */
  line: number;
  column: number;
  /** The start again when the message names a point, not a range. */
  endLine: number;
  endColumn: number;
  url: string | null;
  fixable: boolean;
  cause?: JsonCause;
  /**
   * What the finding is apart from where (rule, file relative to the root, link or message,
   * occurrence): SARIF's fingerprints and baselines, for a report merged from shards.
   */
  identity?: FindingIdentity;
  /** The certain fix: UTF-16 offsets into the file, the text they replace, and the replacement. */
  edits?: JsonEdit[];
}

export interface JsonEdit {
  start: number;
  end: number;
  replaced: string;
  text: string;
}

export interface JsonResult {
  /** Relative to cwd, `/`-separated. */
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** With `--group-by`: the file's group. */
  group?: { key: string; label: string };
}

const severityNumber: Record<Severity, 2 | 1 | 0> = { error: 2, warning: 1, info: 0 };

function jsonMessage(finding: Finding, message: Message, text: string): JsonMessage {
  const identity = identityOfMessage(message);
  const fix = (message as { fix?: unknown }).fix;
  // A message merged from shards carries the replaced text; the engine's has the file's text.
  const edits = Array.isArray(fix)
    ? (fix as (Omit<JsonEdit, 'replaced'> & { replaced?: string })[]).map((edit) => ({
        start: edit.start,
        end: edit.end,
        replaced: edit.replaced ?? text.slice(edit.start, edit.end),
        text: edit.text,
      }))
    : [];
  const line = finding.start?.line ?? 0;
  const column = finding.start?.column ?? 0;
  return {
    ruleId: finding.ruleId ?? null,
    severity: severityNumber[finding.severity],
    message: finding.reason,
    line,
    column,
    endLine: finding.end?.line ?? line,
    endColumn: finding.end?.column ?? column,
    url: finding.url ?? null,
    fixable: finding.fixable,
    ...(finding.cause
      ? {
          cause: {
            filePath: finding.cause.path,
            line: finding.cause.start?.line ?? 0,
            column: finding.cause.start?.column ?? 0,
            message: finding.cause.reason,
          },
        }
      : {}),
    ...(identity ? { identity } : {}),
    ...(edits.length > 0 ? { edits } : {}),
  };
}

/** One entry per linted file (clean ones too), in ESLint's JSON formatter's shape. */
export function jsonResults(files: Parameters<Reporter>[0], options: Parameters<Reporter>[1]): JsonResult[] {
  return collectMessages(files, options.cwd).map((file) => {
    const counts = countFindings(file.findings.map(({ finding }) => finding));
    return {
      filePath: file.path,
      messages: file.findings.map(({ finding, message }) => jsonMessage(finding, message, file.text)),
      errorCount: counts.errors,
      warningCount: counts.warnings,
      fixableErrorCount: counts.fixableErrors,
      fixableWarningCount: counts.fixableWarnings,
      ...(options.groupOf ? { group: options.groupOf(displayPath(file.absolute, options.root ?? options.cwd)) } : {}),
    };
  });
}

/** An array shaped like ESLint's JSON formatter's, one entry per linted file (clean ones too). */
export const json: Reporter = (files, options) => `${JSON.stringify(jsonResults(files, options), null, 2)}\n`;
