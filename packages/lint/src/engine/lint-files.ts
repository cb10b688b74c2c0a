import { inspectText, type TextProblem } from '@devguide/content';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EncodingFact } from '../facts/file-facts.js';
import { allRules } from '../rules/index.js';
import { limitsOf, lintFileText, outcomeHash, type FileOutcome } from './lint-file.js';
import { LintPool, type PoolTask } from './pool.js';
import { roleKey, type LintSetup } from './setup-lint.js';

/** Every file of one lint pass: its text as read and its outcome (facts and file-rule findings). */
export interface LintedFiles {
  texts: Map<string, string>;
  outcomes: Map<string, FileOutcome>;
  /** Files parsed in this pass, and files answered from the cache. */
  parsed: number;
  fromCache: number;
  /** Parsed files the fast fact producer handed to micromark. */
  handedBack: number;
  /** Parsed files it handed to micromark in part, and the bytes of those parts. */
  inPart: number;
  inPartBytes: number;
}

/** Worker processes, started by the first pass that needs them and kept for the fix passes. */
export interface Workers {
  pool: LintPool | null;
}

/*
 * Below this much text to parse, one thread is faster than worker processes. Linting in this
 * thread already keeps about a core and a third busy (V8 collects garbage and compiles on
 * helper threads), while each worker pays its own start-up and warms the parser up from cold.
 * Measured on two cores: 1.3 MB 2.3 s in this thread against 2.5-3.0 s in two workers, 5.7 MB
 * 10.3 s against 9.7 s, the 10 MB corpus 14.3 s against 12.2 s (docs/benchmarks.md).
 */
const bytesForWorkers = 6 * 1024 * 1024;

/** The input-limit rules: a file past a limit has no anchors, so even a facts-only read applies them. */
const limitRules = new Set(['max-file-size', 'max-nesting']);

/**
 * Reads and lints every file of the setup (or the given ones) with the file rules, from the cache
 * where it can. `arrived` gets outcomes as they come, so that a consumer (the external pass) can
 * start early; with `saturated`, the event loop turns between files (`between`). `factsOnly` reads
 * other files for their facts: only the input-limit rules run, no worker starts, and the cache keeps
 * what is read as facts only (it answers a later read for facts, never a lint of the file).
 */
export async function lintFiles(
  setup: LintSetup,
  workers: Workers,
  arrived: (batch: readonly FileOutcome[], texts: Map<string, string>) => void,
  saturated: (() => boolean) | null,
  paths: readonly string[] = setup.paths,
  factsOnly = false,
): Promise<LintedFiles> {
  const { cache, roles, root } = setup;
  const texts = new Map<string, string>();
  const outcomes = new Map<string, FileOutcome>();
  const pending: PoolTask[] = [];
  let pendingBytes = 0;
  let fromCache = 0;
  let handedBack = 0;
  let inPart = 0;
  let inPartBytes = 0;
  const rules = factsOnly ? setup.active.filter(({ rule }) => limitRules.has(rule.meta.id)) : setup.active;
  const limits = limitsOf(rules);
  const received = (batch: FileOutcome[]) => {
    for (const outcome of batch) {
      if (outcome.handedBack) handedBack++;
      if (outcome.handedBackBytes) {
        inPart++;
        inPartBytes += outcome.handedBackBytes;
      }
      outcomes.set(outcome.path, outcome);
      // A file skipped for its size has no text to key the cache by. A file read for its facts
      // is kept as such: the next run of this shard finds its link targets there.
      if (outcome.facts.limit?.rule !== 'max-file-size')
        cache?.set(outcome.path, roleKey(roles.get(outcome.path)!), outcome, factsOnly);
    }
    arrived(batch, texts);
  };
  for (const path of paths) {
    // A file over `max-file-size` is not even read: its rule reports it, in this thread.
    const size = statSync(join(root, path)).size;
    if (size > limits.bytes) {
      const role = roles.get(path)!;
      texts.set(path, '');
      received([
        lintFileText('', { path, role: role.role, resolve: role.resolve, oversize: size }, rules, setup.settings),
      ]);
      continue;
    }
    // A file that is not UTF-8 text is linted as GitHub shows it; the `utf8-text` rule reports it.
    const { text, problem } = inspectText(readFileSync(join(root, path)));
    const encoding = problem ? encodingFact(problem) : undefined;
    texts.set(path, text);
    const role = roles.get(path)!;
    const hit = cache?.get(path, outcomeHash(text, encoding), roleKey(role), factsOnly) ?? null;
    if (hit) {
      outcomes.set(path, hit);
      arrived([hit], texts);
      fromCache++;
    } else {
      pending.push({
        job: { path, role: role.role, resolve: role.resolve, ...(encoding ? { encoding } : {}) },
        text,
      });
      pendingBytes += text.length;
      // Worker processes start as soon as the run is known to need them, and boot while the rest is read.
      if (!factsOnly && !workers.pool && workersWanted(setup, pendingBytes))
        workers.pool = LintPool.start(workerSetup(setup), setup.options.jobs);
    }
  }
  if (workers.pool && !factsOnly) {
    await workers.pool.lint(pending, received);
  } else {
    for (const { job, text } of pending) {
      received([lintFileText(text, job, rules, setup.settings)]);
      if (saturated) await between(saturated);
    }
  }
  return { texts, outcomes, parsed: pending.length, fromCache, handedBack, inPart, inPartBytes };
}

/*
 * Between two files of a run with `--external`, one turn of the event loop: the new URLs' requests
 * go out, and the answers that came in are handled. While every request slot is taken, the URLs of
 * the next file would only wait for one, so answers go first for as long as they keep coming (a
 * turn that spent a millisecond or more on them), up to a bound per file: parsing a file takes tens
 * of milliseconds, and answers held up behind it start their `Retry-After` waits and free their
 * slots that much later. The parse then runs in the gaps, while answers are awaited and during the
 * waits. With free slots the next file is parsed at once, for the hosts it may bring.
 */
const answersFirstBound = 250;

async function between(saturated: () => boolean): Promise<void> {
  const start = performance.now();
  for (;;) {
    const turn = performance.now();
    await new Promise((resolve) => setImmediate(resolve));
    const now = performance.now();
    if (!saturated() || now - turn < 1 || now - start >= answersFirstBound) return;
  }
}

function workersWanted(setup: LintSetup, bytes: number): boolean {
  const { jobs } = setup.options;
  // Tests run the sources, which a worker process cannot load.
  if (jobs === 0 || !import.meta.url.endsWith('.js')) return false;
  // A worker process finds its rules by id among the default set; other rules run in this thread.
  if (!setup.active.every(({ rule }) => defaultRules.has(rule))) return false;
  return jobs !== undefined || bytes >= bytesForWorkers;
}

const defaultRules = new Set<unknown>(allRules);

function workerSetup(setup: LintSetup) {
  return {
    rules: setup.active.map(({ rule, options }) => ({ id: rule.meta.id, options })),
    settings: setup.settings,
  };
}

export function encodingFact(problem: TextProblem): EncodingFact {
  const at = { line: problem.line, column: problem.column, offset: problem.offset };
  return {
    reason: problem.what,
    binary: problem.binary,
    position: { start: at, end: { ...at, column: at.column + 1, offset: at.offset + 1 } },
  };
}
