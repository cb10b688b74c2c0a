import type { Point, Position } from 'unist';
import { stringifyPosition } from 'unist-util-stringify-position';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/** What a reported finding carries, from a lint pass or from a shard's JSON report. */
export interface FindingMessage {
  reason: string;
  place?: Point | Position | undefined;
  ruleId?: string | undefined;
  /** Where the finding comes from (the anchor a link misses, ...), in `file`. */
  cause?: { reason: string; place?: Point | Position | undefined; file: string } | undefined;
  fatal: boolean | undefined;
  url?: string | undefined;
  /** What the finding is, apart from where: the baseline and SARIF's fingerprints. */
  identity?: unknown;
  fix?: unknown;
}

/**
 * A vfile message that holds only what differs between findings; what follows from it (`line`,
 * `column`, `name`, `message`) is read from its place and reason when asked for, and the rest is
 * VFileMessage's defaults. A run of 300,000 findings holds 300,000 of these until the report is
 * out: a full VFileMessage, with its own copy of each field and its position as text, cost about
 * a third of such a run's memory. It reads as a VFileMessage to every reader (`instanceof` too);
 * `line`, `column`, `name` and `message` cannot be assigned.
 */
class LeanMessage {
  reason: string;
  place: Point | Position | undefined;
  ruleId: string | undefined;
  fatal: boolean | undefined;
  file: string;
  url: string | undefined;
  cause: LeanMessage | undefined;
  identity: unknown;
  fix: unknown;

  constructor(
    reason: string,
    place: Point | Position | undefined,
    ruleId: string | undefined,
    fatal: boolean | undefined,
    file: string,
    url: string | undefined,
    cause: LeanMessage | undefined,
    identity: unknown,
    fix: unknown,
  ) {
    this.reason = reason;
    this.place = place;
    this.ruleId = ruleId;
    this.fatal = fatal;
    this.file = file;
    this.url = url;
    this.cause = cause;
    this.identity = identity;
    this.fix = fix;
  }

  get message(): string {
    return this.reason;
  }

  get line(): number | undefined {
    return startOf(this.place)?.line;
  }

  get column(): number | undefined {
    return startOf(this.place)?.column;
  }

  /** As `VFile#message` names a message: `path:line:column` (or a range). */
  get name(): string {
    const place = stringifyPosition(this.place) || '1:1';
    return this.file ? `${this.file}:${place}` : place;
  }

  get source(): string {
    return 'devguide';
  }
}
Object.setPrototypeOf(LeanMessage.prototype, VFileMessage.prototype);

/** A finding's cause: a message made apart from its file and given one, so its name is its place alone. */
class LeanCause extends LeanMessage {
  override get name(): string {
    return stringifyPosition(this.place) || '1:1';
  }
}

/**
 * A place's point, kept by the message in place of the one the rule reported. The parser's points
 * share their shape with every `{line, column, offset}` made anywhere, and V8 stores their numbers
 * boxed (16 bytes each) once any of them held a non-integer; a class of its own, given integers,
 * keeps them in the object: 24 bytes a point instead of 80, a third of what a finding's place cost.
 */
class PlacePoint implements Point {
  line: number;
  column: number;
  offset: number | undefined;

  constructor(point: Point) {
    // `| 0` makes the number a small integer when it arrives boxed.
    this.line = point.line | 0;
    this.column = point.column | 0;
    this.offset = point.offset === undefined ? undefined : point.offset | 0;
  }
}

class PlaceSpan implements Position {
  start: Point;
  end: Point;

  constructor(position: Position) {
    this.start = new PlacePoint(position.start);
    this.end = new PlacePoint(position.end);
  }
}

const isInteger = (value: unknown): boolean => typeof value === 'number' && (value | 0) === value;

const isWholePoint = (point: Point | undefined): boolean =>
  point !== undefined &&
  isInteger(point.line) &&
  isInteger(point.column) &&
  (point.offset === undefined || isInteger(point.offset));

/** `place` as the message keeps it: its own compact copy when it holds whole numbers only, else as given. */
function compactPlace(place: Point | Position | undefined): Point | Position | undefined {
  if (!place) return place;
  if ('start' in place) return isWholePoint(place.start) && isWholePoint(place.end) ? new PlaceSpan(place) : place;
  return isWholePoint(place) ? new PlacePoint(place) : place;
}

function startOf(place: Point | Position | undefined): Point | undefined {
  return place && 'start' in place ? place.start : place;
}

/** `finding` as a vfile message of `file`, the one shape every reporter reads. */
export function addFindingMessage(file: VFile, finding: FindingMessage): VFileMessage {
  const cause = finding.cause
    ? new LeanCause(
        finding.cause.reason,
        compactPlace(finding.cause.place),
        finding.ruleId || undefined,
        undefined,
        finding.cause.file,
        undefined,
        undefined,
        undefined,
        undefined,
      )
    : undefined;
  const message = new LeanMessage(
    finding.reason,
    compactPlace(finding.place),
    finding.ruleId || undefined,
    finding.fatal,
    file.path || '',
    finding.url,
    cause,
    finding.identity,
    finding.fix,
  );
  file.messages.push(message as unknown as VFileMessage);
  return message as unknown as VFileMessage;
}
