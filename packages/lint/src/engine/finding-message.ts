import type { Point, Position } from 'unist';
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

/** `finding` as a vfile message of `file`, the one shape every reporter reads. */
export function addFindingMessage(file: VFile, finding: FindingMessage): VFileMessage {
  const cause = finding.cause
    ? Object.assign(
        new VFileMessage(finding.cause.reason, {
          ...(finding.cause.place ? { place: finding.cause.place } : {}),
          ...(finding.ruleId ? { ruleId: finding.ruleId } : {}),
          source: 'devguide',
        }),
        { file: finding.cause.file },
      )
    : undefined;
  const message = file.message(finding.reason, {
    ...(finding.place ? { place: finding.place } : {}),
    ...(finding.ruleId ? { ruleId: finding.ruleId } : {}),
    source: 'devguide',
    ...(cause ? { cause } : {}),
  });
  message.fatal = finding.fatal;
  if (finding.url !== undefined) message.url = finding.url;
  if (finding.identity !== undefined) Object.assign(message, { identity: finding.identity });
  if (finding.fix !== undefined) Object.assign(message, { fix: finding.fix });
  return message;
}

/**
 * `make()` without capturing stack traces: a vfile message is an Error, and a stack for each of
 * thousands of findings costs more than the rest of the message (a tenth of a warm lint of
 * kubernetes/community).
 */
export function withoutStackTraces<T>(make: () => T): T {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}
