import { identityOfMessage, type FindingIdentity } from '../baseline/fingerprint.js';
import {
  isFixable,
  placesUnder,
  relatedOf,
  severityOf,
  spanOf,
  unknownPath,
  type Message,
  type PlaceOf,
  type Severity,
} from './findings.js';
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

/** A message's `cause` as JSON, when it has one (the related place the other reporters show). */
function causeOf(cause: unknown, filePath: string, placeOf: PlaceOf): JsonCause | undefined {
  const related = relatedOf(cause, filePath, placeOf);
  return related
    ? {
        filePath: related.path,
        line: related.start?.line ?? 0,
        column: related.start?.column ?? 0,
        message: related.reason,
      }
    : undefined;
}

/**
 * One message as JSON, made from the vfile message directly: a run has thousands, and each
 * intermediate object lives until the whole report is serialised.
 */
function jsonMessage(message: Message, filePath: string, text: string, placeOf: PlaceOf): JsonMessage {
  const { start, end } = spanOf(message.place, message.line, message.column);
  const line = start?.line ?? 0;
  const column = start?.column ?? 0;
  const fixable = isFixable(message);
  const result: JsonMessage = {
    ruleId: message.ruleId ?? null,
    severity: severityNumber[severityOf(message)],
    message: message.reason,
    line,
    column,
    endLine: end?.line ?? line,
    endColumn: end?.column ?? column,
    url: message.url ?? null,
    fixable,
  };
  const cause = causeOf(message.cause, filePath, placeOf);
  if (cause) result.cause = cause;
  const identity = identityOfMessage(message);
  if (identity) result.identity = identity;
  if (fixable) {
    // A message merged from shards carries the replaced text; the engine's has the file's text.
    result.edits = ((message as { fix?: unknown }).fix as (Omit<JsonEdit, 'replaced'> & { replaced?: string })[]).map(
      (edit) => ({
        start: edit.start,
        end: edit.end,
        replaced: edit.replaced ?? text.slice(edit.start, edit.end),
        text: edit.text,
      }),
    );
  }
  return result;
}

/** One entry per linted file (clean ones too), in ESLint's JSON formatter's shape. */
export function jsonResults(files: Parameters<Reporter>[0], options: Parameters<Reporter>[1]): JsonResult[] {
  const placeOf = placesUnder(options.cwd);
  const results: JsonResult[] = [];
  for (let index = 0; index < files.length; index++) results.push(jsonResult(files[index]!, options, placeOf));
  return results;
}

function jsonResult(
  file: Parameters<Reporter>[0][number],
  options: Parameters<Reporter>[1],
  placeOf: PlaceOf,
): JsonResult {
  const { path, absolute } = placeOf((file.path as string | undefined) || unknownPath);
  const text = String(file.value ?? '');
  const messages: JsonMessage[] = [];
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (let index = 0; index < file.messages.length; index++) {
    const message = jsonMessage(file.messages[index]!, absolute, text, placeOf);
    messages.push(message);
    if (message.severity === 2) {
      errorCount++;
      if (message.fixable) fixableErrorCount++;
    } else if (message.severity === 1) {
      warningCount++;
      if (message.fixable) fixableWarningCount++;
    }
  }
  // By place, messages without one first; Array#sort is stable, so messages at one place keep their order.
  if (messages.length > 1) messages.sort(byPlace);
  const result: JsonResult = {
    filePath: path,
    messages,
    errorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
  };
  if (options.groupOf) result.group = options.groupOf(displayPath(absolute, options.root ?? options.cwd));
  return result;
}

function byPlace(a: JsonMessage, b: JsonMessage): number {
  return a.line - b.line || a.column - b.column;
}

/** An array shaped like ESLint's JSON formatter's, one entry per linted file (clean ones too). */
export const json: Reporter = (files, options) => `${JSON.stringify(jsonResults(files, options), null, 2)}\n`;
