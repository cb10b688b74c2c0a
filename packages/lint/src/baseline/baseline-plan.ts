import { writeAtomically } from '@devguide/content';
import type { VFile } from 'vfile';
import type { ReporterOptions } from '../reporters/types.js';
import { baselineStatus } from '../reporters/report-model.js';
import { baselineOf, entryOf, matchBaseline, renderBaseline, type Baseline, type BaselineEntry } from './baseline.js';
import { identityOfMessage } from './fingerprint.js';

/** What a run (or a merge of shard reports) was asked to do with a baseline. */
export interface BaselineRequest {
  /** `--baseline`: the baseline read, and where it lives (absolute), for `prune`. */
  compare?: { baseline: Baseline; path: string; prune: boolean };
  /** `--write-baseline`: where to write the findings as a baseline (absolute). */
  write?: string;
  /** The report's format: SARIF, markdown and HTML carry every finding with its state, others only the new ones. */
  format: string;
}

/** What the baseline makes of a run's findings, worked out before anything is changed or written. */
export interface BaselinePlan {
  /** Each finding's state against the baseline; null without `compare`. */
  states: ReadonlyMap<object, 'new' | 'unchanged'> | null;
  /** Findings not in the baseline, in it, and baseline entries no finding matches any more (fixed). */
  fresh: number;
  unchanged: number;
  absent: BaselineEntry[];
  /** Baselines to write: the run's findings (`write`), or the baseline less its fixed entries (`prune`). */
  writes: { path: string; content: string; findings: number }[];
  /** True when the report keeps unchanged findings, marked. */
  withStates: boolean;
}

/** Formats whose reports carry each finding's state (SARIF so that a viewer closes fixed alerts). */
const formatsWithStates = new Set(['sarif', 'markdown', 'html']);

/**
 * The baseline policy of a run, as a plan: which findings are new, which baselines to write. The
 * same plan serves `devguide lint` and `devguide merge`, so a merged sharded run and a single run
 * give the same answer. `moves` (old path → new path) is asked only when a baseline entry's file
 * has no finding.
 */
export function planBaseline(
  files: readonly VFile[],
  request: BaselineRequest,
  moves: () => ReadonlyMap<string, string>,
): BaselinePlan {
  const writes: BaselinePlan['writes'] = [];
  if (request.write !== undefined) {
    const written = baselineOf(files);
    writes.push({ path: request.write, content: renderBaseline(written), findings: written.findings.length });
  }
  const withStates = formatsWithStates.has(request.format);
  if (!request.compare) return { states: null, fresh: 0, unchanged: 0, absent: [], writes, withStates };
  const { states, absent } = matchBaseline(files, request.compare.baseline, moves);
  let fresh = 0;
  const kept: Baseline['findings'] = [];
  for (const [message, state] of states) {
    if (state === 'new') fresh++;
    else kept.push(entryOf(identityOfMessage(message)!));
  }
  if (request.compare.prune && absent.length > 0) {
    const pruned = renderBaseline({ version: 1, findings: kept });
    writes.push({ path: request.compare.path, content: pruned, findings: kept.length });
  }
  return { states, fresh, unchanged: states.size - fresh, absent, writes, withStates };
}

/** What the reporters and the exit code take from an applied plan. */
export interface AppliedBaseline {
  /** Reporter options: the fixed entries and each finding's state. */
  report: Pick<ReporterOptions, 'absent' | 'statusOf'>;
  /** Whether a finding counts towards the exit code: with a baseline, only new ones. */
  counted: (message: object) => boolean;
}

/**
 * Applies the plan: marks each finding with its state (what SARIF, the reports and the exit code
 * read), keeps only new findings in reports that do not show states, and writes the planned
 * baselines atomically.
 */
export async function applyBaseline(files: readonly VFile[], plan: BaselinePlan): Promise<AppliedBaseline> {
  await writeAtomically(plan.writes.map(({ path, content }) => ({ path, content })));
  const states = plan.states;
  if (!states) return { report: {}, counted: () => true };
  for (const [message, state] of states) Object.assign(message, { baselineState: state });
  // A finding the baseline cannot know (no identity) is not new: like an unchanged one, it neither fails the run nor shows.
  if (!plan.withStates)
    for (const file of files) file.messages = file.messages.filter((message) => states.get(message) === 'new');
  return {
    report: { absent: plan.absent, statusOf: baselineStatus },
    counted: (message) => states.get(message) === 'new',
  };
}
