import { InputError } from '@devguide/markdown';
import type { VFile } from 'vfile';
import * as z from 'zod';
import { fingerprintDigest, identityOfMessage, type FindingIdentity } from './fingerprint.js';

/** The committed baseline: today's findings, one entry each, sorted so that a change diffs by line. */
export const baselineSchema = z
  .strictObject({
    version: z.literal(1).describe('The format version of this file.'),
    findings: z
      .array(
        z.strictObject({
          ruleId: z.string().min(1).describe('The rule that reported the finding.'),
          path: z.string().min(1).describe('The file, relative to the lint root, `/`-separated.'),
          key: z
            .string()
            .describe(
              'What the finding is about: the link as `[text](destination)`, or for a finding on no link its message with positions taken out.',
            ),
          occurrence: z
            .int()
            .min(1)
            .describe('Which of the findings with the same rule and key in the file (1-based).'),
          fingerprint: z
            .string()
            .regex(/^[0-9a-f]{32}$/)
            .describe("The digest SARIF's `partialFingerprints` carries."),
        }),
      )
      .describe('Sorted by path, rule, key and occurrence.'),
  })
  .describe('devguide lint baseline: findings that are known and not reported as new (`--baseline`).');

export type Baseline = z.infer<typeof baselineSchema>;
export type BaselineEntry = Baseline['findings'][number];
export type BaselineState = 'new' | 'unchanged' | 'absent';

function compareEntries(a: FindingIdentity, b: FindingIdentity): number {
  return (
    compareText(a.path, b.path) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.key, b.key) ||
    a.occurrence - b.occurrence
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function entryOf(identity: FindingIdentity): BaselineEntry {
  const { ruleId, path, key, occurrence } = identity;
  return { ruleId, path, key, occurrence, fingerprint: fingerprintDigest(identity) };
}

/** The baseline of a run's findings (every message the engine gave an identity). */
export function baselineOf(files: readonly VFile[]): Baseline {
  const findings: BaselineEntry[] = [];
  for (const file of files)
    for (const message of file.messages) {
      const identity = identityOfMessage(message);
      if (identity) findings.push(entryOf(identity));
    }
  return { version: 1, findings: findings.sort(compareEntries) };
}

export function renderBaseline(baseline: Baseline): string {
  const sorted = { version: baseline.version, findings: [...baseline.findings].sort(compareEntries) };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Reads a baseline file's text; anything else is one line naming the file and the fix. */
export function parseBaseline(text: string, name: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `Unexpected text in baseline \`${name}\` (${(error as Error).message}), expected JSON`,
      'write it again with `devguide lint --write-baseline <file>`',
    );
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(
      `Unexpected baseline \`${name}\` at \`${issue.path.join('.') || '(top)'}\`: ${issue.message}, expected the shape of docs/schema/devguide-baseline.schema.json`,
      'write it again with `devguide lint --write-baseline <file>`',
    );
  }
  return parsed.data;
}

export interface BaselineComparison {
  /** Findings not in the baseline (the run fails on these). */
  fresh: number;
  unchanged: number;
  /** Baseline entries no finding matches any more: fixed. */
  absent: BaselineEntry[];
}

/**
 * Which findings the baseline holds: each message with an identity is `new` or `unchanged`; a
 * baseline entry of a file that has moved (`moves`: old path → new path, from git's rename
 * detection) stands for the same finding at the new path. Entries no message matches are absent.
 * `moves` may be given as a function: it is called only when an entry's file has no finding.
 */
export function matchBaseline(
  files: readonly VFile[],
  baseline: Baseline,
  moves: ReadonlyMap<string, string> | (() => ReadonlyMap<string, string>),
): { states: Map<object, 'new' | 'unchanged'>; absent: BaselineEntry[] } {
  const current = new Set<string>();
  for (const file of files)
    for (const message of file.messages) {
      const identity = identityOfMessage(message);
      if (identity) current.add(identity.path);
    }
  let moved: ReadonlyMap<string, string> | null = typeof moves === 'function' ? null : moves;
  const known = new Map<string, BaselineEntry>();
  for (const entry of baseline.findings) {
    const movedTo = current.has(entry.path)
      ? undefined
      : (moved ??= (moves as () => ReadonlyMap<string, string>)()).get(entry.path);
    known.set(identityKey(movedTo ? { ...entry, path: movedTo } : entry), entry);
  }
  const states = new Map<object, 'new' | 'unchanged'>();
  for (const file of files)
    for (const message of file.messages) {
      const identity = identityOfMessage(message);
      if (identity) states.set(message, known.delete(identityKey(identity)) ? 'unchanged' : 'new');
    }
  return { states, absent: [...known.values()] };
}

/** `matchBaseline`, with each message marked by its `baselineState` (what SARIF and the exit code read). */
export function compareWithBaseline(
  files: readonly VFile[],
  baseline: Baseline,
  moves: ReadonlyMap<string, string> | (() => ReadonlyMap<string, string>),
): BaselineComparison {
  const { states, absent } = matchBaseline(files, baseline, moves);
  let fresh = 0;
  for (const [message, state] of states) {
    if (state === 'new') fresh++;
    Object.assign(message, { baselineState: state });
  }
  return { fresh, unchanged: states.size - fresh, absent };
}

function identityKey(identity: FindingIdentity): string {
  return JSON.stringify([identity.ruleId, identity.path, identity.key, identity.occurrence]);
}

export function baselineStateOf(message: object): Exclude<BaselineState, 'absent'> | undefined {
  const state = (message as { baselineState?: unknown }).baselineState;
  return state === 'new' || state === 'unchanged' ? state : undefined;
}
