import { identityOfMessage, type FindingIdentity } from '../baseline/fingerprint.js';
import {
  countedOf,
  countFindings,
  inPlaceOrder,
  isFixable,
  placedMessages,
  placesUnder,
  relatedOf,
  severityOf,
  spanOf,
  type Message,
  type PlaceOf,
  type Severity,
} from './findings.js';
import { itemsMarker, jsonPieces, wholeItem } from './json-pieces.js';
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

/**
 * `JSON.stringify(results, null, 2)` of one entry per linted file (clean ones too), in ESLint's JSON
 * formatter's shape, a piece at a time: no finding is held as a JSON object past its own piece.
 * `skeleton` holds the results' place (`itemsMarker`) when the report is more than the results.
 */
export function* jsonResultPieces(
  files: Parameters<Reporter>[0],
  options: Parameters<Reporter>[1],
  skeleton: unknown = itemsMarker,
): Generator<string> {
  const placeOf = placesUnder(options.cwd);
  yield* jsonPieces(skeleton, files, (file, indent) => resultPieces(file, options, placeOf, indent));
}

function resultPieces(
  file: Parameters<Reporter>[0][number],
  options: Parameters<Reporter>[1],
  placeOf: PlaceOf,
  indent: string,
): Generator<string> {
  const placed = placedMessages(file, placeOf);
  const { path, absolute } = placed;
  const text = String(file.value ?? '');
  const counts = countFindings(countedOf(placed.messages));
  const skeleton: Omit<JsonResult, 'messages'> & { messages: string } = {
    filePath: path,
    messages: itemsMarker,
    errorCount: counts.errors,
    warningCount: counts.warnings,
    fixableErrorCount: counts.fixableErrors,
    fixableWarningCount: counts.fixableWarnings,
  };
  if (options.groupOf) skeleton.group = options.groupOf(displayPath(absolute, options.root ?? options.cwd));
  // By place, messages without one first; the order is stable, so messages at one place keep theirs.
  return jsonPieces(
    skeleton,
    inPlaceOrder(placed),
    (message, itemIndent) => wholeItem(jsonMessage(message, absolute, text, placeOf), itemIndent),
    indent,
  );
}

/** The JSON report (`json`) a piece at a time. */
export function* jsonReportPieces(files: Parameters<Reporter>[0], options: Parameters<Reporter>[1]): Generator<string> {
  yield* jsonResultPieces(files, options);
  yield '\n';
}

/** An array shaped like ESLint's JSON formatter's, one entry per linted file (clean ones too). */
export const json: Reporter = (files, options) => [...jsonReportPieces(files, options)].join('');
