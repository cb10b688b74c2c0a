import type { VFile } from 'vfile';
import type { BaselineEntry } from '../baseline/baseline.js';
import type { RuleMeta } from '../engine/rule-meta.js';
import type { Message } from './findings.js';
import type { ReportFinding } from './report-model.js';

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
  /** The report group of a repository path (`--group-by`); unset: no groups (stylish, json). */
  groupOf?: (path: string) => { key: string; label: string };
  /** What the groups are, for headings: `owner`, `sig` or `dir`. */
  groupBy?: string;
  /** Where repository paths start (absolute; default `cwd`), for groups and links. */
  root?: string;
  /** The repository (`owner/name`) and ref of the tree, for links to each finding's line. */
  repository?: string | null;
  ref?: string;
  /**
   * New or unchanged against a baseline; unset when no baseline was given. With `--baseline`, the
   * state `compareWithBaseline` put on each message (`baselineStateOf`).
   */
  statusOf?: (path: string, finding: ReportFinding, message: Message) => FindingStatus | undefined;
}

export type FindingStatus = 'new' | 'unchanged';

/** Turns the linted files and their messages into the text of one output format. */
export type Reporter = (files: readonly VFile[], options: ReporterOptions) => string;
