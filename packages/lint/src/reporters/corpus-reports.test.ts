import { corpus } from '@devguide/testkit';
import type { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../engine/run-lint.js';
import { allRules } from '../rules/index.js';
import { collectMessages, type Finding, type Message } from './findings.js';
import { json, type JsonMessage, type JsonResult } from './json.js';
import { escapeMarkdown } from './markdown.js';
import { displayPath } from './paths.js';
import { topDirectory } from './report-model.js';
import type { ReporterOptions } from './types.js';

// The reports are written for speed; these are the plain readings they must equal, on every
// finding of the upstream repository.

/** The JSON of a message as read from the normalised finding (what the stylish and SARIF reporters read). */
function oracleMessage(finding: Finding, message: Message, text: string): JsonMessage {
  const identity = (message as { identity?: JsonMessage['identity'] }).identity;
  const fix = (message as { fix?: { start: number; end: number; text: string; replaced?: string }[] }).fix;
  const edits = Array.isArray(fix)
    ? fix.map((edit) => ({
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
    severity: finding.severity === 'error' ? 2 : finding.severity === 'warning' ? 1 : 0,
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

function oracleJson(files: readonly VFile[], options: ReporterOptions): string {
  const results: JsonResult[] = collectMessages(files, options.cwd).map((file) => {
    const findings = file.findings.map(({ finding }) => finding);
    const count = (severity: Finding['severity'], fixable = false) =>
      findings.filter((finding) => finding.severity === severity && (!fixable || finding.fixable)).length;
    return {
      filePath: file.path,
      messages: file.findings.map(({ finding, message }) => oracleMessage(finding, message, file.text)),
      errorCount: count('error'),
      warningCount: count('warning'),
      fixableErrorCount: count('error', true),
      fixableWarningCount: count('warning', true),
      ...(options.groupOf ? { group: options.groupOf(displayPath(file.absolute, options.root ?? options.cwd)) } : {}),
    };
  });
  return `${JSON.stringify(results, null, 2)}\n`;
}

/** The escaping as a single pattern with a function per match. */
function oracleEscape(text: string): string {
  return text.replace(/[\r\n]+|[\\`*_{}[\]()<>#!|~&$]|:\/\/|\bwww\./gi, (match) => {
    if (match.startsWith('\r') || match.startsWith('\n')) return ' ';
    if (match.length === 1) return `\\${match}`;
    return match === '://' ? '\\://' : `${match.slice(0, 3)}\\.`;
  });
}

describe('reports on the community repository', () => {
  let files: VFile[];
  beforeAll(async () => {
    const dir = corpus.communityDir;
    const run = await lint({ rules: allRules, cwd: dir, paths: [dir], root: dir, config: null, cache: null, jobs: 0 });
    files = run.files;
    expect(files.reduce((sum, file) => sum + file.messages.length, 0)).toBeGreaterThan(1000);
  }, 300_000);

  it('writes the JSON report as the plain reading of each finding, with and without groups', () => {
    const options: ReporterOptions = { cwd: corpus.communityDir, color: false, version: 'test', rules: [] };
    expect(json(files, options)).toBe(oracleJson(files, options));
    const grouped = { ...options, groupOf: topDirectory };
    expect(json(files, grouped)).toBe(oracleJson(files, grouped));
  });

  it('escapes every message and path for markdown as the single pattern does', () => {
    for (const file of files) {
      expect(escapeMarkdown(file.path)).toBe(oracleEscape(file.path));
      for (const message of file.messages) expect(escapeMarkdown(message.reason)).toBe(oracleEscape(message.reason));
    }
  });
});
