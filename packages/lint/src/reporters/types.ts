import type { VFile } from 'vfile';
import type { BaselineEntry } from '../baseline/baseline.js';
import type { RuleMeta } from '../engine/rule-meta.js';

export interface ReporterOptions {
  /** Directory that reported paths are relative to. */
  cwd: string;
  /** Whether to style the output with ANSI escapes (only the stylish reporter has any). */
  color: boolean;
  /** The devguide version, for machine-readable logs. */
  version: string;
  /** Every rule of the run, for SARIF's rule metadata. */
  rules: readonly RuleMeta[];
  /** With `--baseline`: baseline findings no longer reported (SARIF lists them as `absent`). */
  absent?: readonly BaselineEntry[];
}

/** Turns the linted files and their messages into the text of one output format. */
export type Reporter = (files: readonly VFile[], options: ReporterOptions) => string;
