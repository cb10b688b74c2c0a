import type { VFile } from 'vfile';
import { absolutePath, displayPath } from './paths.js';

/** A vfile message: `fatal` true is an error, false a warning, null or undefined an info. */
export type Message = VFile['messages'][number];

export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line and column (columns count UTF-16 code units, as vfile's do). */
export interface Spot {
  line: number;
  column: number;
}

/** The related place a message's `cause` names, e.g. the first of two duplicates. */
export interface Related {
  /** Relative to cwd, `/`-separated. */
  path: string;
  absolute: string;
  start: Spot | undefined;
  reason: string;
}

/** One message, normalised for the reporters. */
export interface Finding {
  severity: Severity;
  ruleId: string | undefined;
  reason: string;
  url: string | undefined;
  fixable: boolean;
  start: Spot | undefined;
  /** Present only when the message has a range (unist `Position`); exclusive, like unist's. */
  end: Spot | undefined;
  cause: Related | undefined;
}

export interface FileFindings {
  /** Relative to cwd, `/`-separated. */
  path: string;
  absolute: string;
  /** Sorted by line, then column; messages without a place come first. */
  findings: Finding[];
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  fixableInfos: number;
}

const unknownPath = '<unknown>';

export function severityOf(message: Pick<Message, 'fatal'>): Severity {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

/** True when the message carries edits for `--fix` (the engine's `fix` property). */
export function isFixable(message: object): boolean {
  const fix: unknown = (message as { fix?: unknown }).fix;
  return Array.isArray(fix) && fix.length > 0;
}

function spotOf(value: unknown): Spot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { line, column } = value as { line?: unknown; column?: unknown };
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) return undefined;
  return { line, column: typeof column === 'number' && Number.isInteger(column) && column >= 1 ? column : 1 };
}

/** Start and (for a range) end of a unist `Point` or `Position`, else of `line`/`column`. */
export function spanOf(
  place: unknown,
  line?: number | null,
  column?: number | null,
): { start: Spot | undefined; end: Spot | undefined } {
  if (typeof place === 'object' && place !== null && 'start' in place) {
    const start = spotOf(place.start);
    return { start, end: start && 'end' in place ? spotOf(place.end) : undefined };
  }
  const start = spotOf(place) ?? spotOf({ line, column });
  return { start, end: undefined };
}

/** A path as the reports show it: relative to cwd, `/`-separated, and absolute. */
export type PlaceOf = (path: string) => { path: string; absolute: string };

/**
 * `PlaceOf` for one report: each distinct path resolved once (a report names the same few files
 * in thousands of causes).
 */
export function placesUnder(cwd: string): PlaceOf {
  const known = new Map<string, { path: string; absolute: string }>();
  return (path) => {
    let place = known.get(path);
    if (!place) {
      const absolute = path === unknownPath ? path : absolutePath(path, cwd);
      known.set(path, (place = { path: path === unknownPath ? path : displayPath(absolute, cwd), absolute }));
    }
    return place;
  };
}

/** The related place a message's `cause` names, its path through `placeOf`. */
export function relatedOf(cause: unknown, filePath: string, placeOf: PlaceOf): Related | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const { reason, file, place, line, column } = cause as {
    reason?: unknown;
    file?: unknown;
    place?: unknown;
    line?: unknown;
    column?: unknown;
  };
  if (typeof reason !== 'string') return undefined;
  const related = placeOf(typeof file === 'string' && file !== '' ? file : filePath);
  return {
    path: related.path,
    absolute: related.absolute,
    start: spanOf(place, typeof line === 'number' ? line : undefined, typeof column === 'number' ? column : undefined)
      .start,
    reason,
  };
}

/** `placeOf` resolves the paths of causes: `placesUnder(cwd)`, shared by the findings of one report. */
export function findingOf(message: Message, filePath: string, cwd: string, placeOf = placesUnder(cwd)): Finding {
  const { start, end } = spanOf(message.place, message.line, message.column);
  return {
    severity: severityOf(message),
    ruleId: message.ruleId ?? undefined,
    reason: message.reason,
    url: message.url ?? undefined,
    fixable: isFixable(message),
    start,
    end,
    cause: relatedOf(message.cause, filePath, placeOf),
  };
}

function byPlace(a: Finding, b: Finding): number {
  return (a.start?.line ?? 0) - (b.start?.line ?? 0) || (a.start?.column ?? 0) - (b.start?.column ?? 0);
}

/**
 * The order `collectFindings` gives a file's messages (a stable sort by place, messages without
 * one first), as indexes: four bytes a message, where a sorted copy of findings held one object each.
 */
function placeOrder(messages: readonly Message[]): Uint32Array {
  const lines = new Int32Array(messages.length);
  const columns = new Int32Array(messages.length);
  for (let at = 0; at < messages.length; at++) {
    const message = messages[at]!;
    const { start } = spanOf(message.place, message.line, message.column);
    lines[at] = start?.line ?? 0;
    columns[at] = start?.column ?? 0;
  }
  const order = new Uint32Array(messages.length).map((_, at) => at);
  return order.sort((a, b) => lines[a]! - lines[b]! || columns[a]! - columns[b]! || a - b);
}

/** A file's place and its messages in the order `collectFindings` gives them (`placeOrder`). */
export interface PlacedMessages {
  path: string;
  absolute: string;
  messages: readonly Message[];
  order: Uint32Array;
}

export function placedMessages(file: VFile, placeOf: PlaceOf): PlacedMessages {
  const { path, absolute } = placeOf((file.path as string | undefined) || unknownPath);
  return { path, absolute, messages: file.messages, order: placeOrder(file.messages) };
}

/** The messages of `placed` in their order. */
export function* inPlaceOrder(placed: PlacedMessages): Generator<Message> {
  for (const at of placed.order) yield placed.messages[at]!;
}

/** What `countFindings` reads of each message, without making the rest of its finding. */
export function* countedOf(messages: readonly Message[]): Generator<Pick<Finding, 'severity' | 'fixable'>> {
  for (const message of messages) yield { severity: severityOf(message), fixable: isFixable(message) };
}

/** Every file in the given order, each with its findings sorted by place. */
export function collectFindings(files: readonly VFile[], cwd: string): FileFindings[] {
  return collectMessages(files, cwd).map(({ path, absolute, findings }) => ({
    path,
    absolute,
    findings: findings.map((pair) => pair.finding),
  }));
}

/** As `collectFindings`, each finding with the message it came from (and the file's text). */
export function collectMessages(
  files: readonly VFile[],
  cwd: string,
): { path: string; absolute: string; text: string; findings: { finding: Finding; message: Message }[] }[] {
  const placeOf = placesUnder(cwd);
  return files.map((file) => {
    const { path, absolute } = placeOf((file.path as string | undefined) || unknownPath);
    return {
      path,
      absolute,
      text: String(file.value ?? ''),
      // Array#sort is stable, so messages at the same place keep their order.
      findings: file.messages
        .map((message) => ({ finding: findingOf(message, absolute, cwd, placeOf), message }))
        .sort((a, b) => byPlace(a.finding, b.finding)),
    };
  });
}

export function countFindings(findings: Iterable<Pick<Finding, 'severity' | 'fixable'>>): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fixableInfos: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') {
      counts.errors++;
      if (finding.fixable) counts.fixableErrors++;
    } else if (finding.severity === 'warning') {
      counts.warnings++;
      if (finding.fixable) counts.fixableWarnings++;
    } else {
      counts.infos++;
      if (finding.fixable) counts.fixableInfos++;
    }
  }
  return counts;
}
