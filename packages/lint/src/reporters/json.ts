import { collectFindings, countFindings, type Finding, type Severity } from './findings.js';
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

function jsonMessage(finding: Finding): JsonMessage {
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
  };
}

/** An array shaped like ESLint's JSON formatter's, one entry per linted file (clean ones too). */
export const json: Reporter = (files, options) => {
  const results: JsonResult[] = collectFindings(files, options.cwd).map((file) => {
    const counts = countFindings(file.findings);
    return {
      filePath: file.path,
      messages: file.findings.map(jsonMessage),
      errorCount: counts.errors,
      warningCount: counts.warnings,
      fixableErrorCount: counts.fixableErrors,
      fixableWarningCount: counts.fixableWarnings,
      ...(options.groupOf ? { group: options.groupOf(displayPath(file.absolute, options.root ?? options.cwd)) } : {}),
    };
  });
  return `${JSON.stringify(results, null, 2)}\n`;
};
