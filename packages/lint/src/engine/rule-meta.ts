import type { z } from 'zod';

/** Where a rule applies: to the guide only, or to any markdown file. */
export type RuleScope = 'guide' | 'any';

export type SeveritySetting = 'off' | 'warn' | 'error';

/** What a rule declares about itself; feeds config validation, help and its docs page. */
export interface RuleMeta<Options = unknown> {
  /** Kebab-case id, e.g. `no-missing-file`. */
  id: string;
  /** One sentence, imperative, for listings and SARIF `shortDescription`. */
  description: string;
  /** Why the rule exists, for the docs page. */
  rationale: string;
  scope: RuleScope;
  /** Severity when the configuration does not name the rule. */
  defaultSeverity: SeveritySetting;
  /** True when `--fix` can repair every finding of the rule with certainty. */
  fixable: boolean;
  /** True for rules that need the network: they report only with `devguide lint --external`. */
  external?: boolean;
  /** Options schema; `z.strictObject({})` when the rule takes none. */
  options: z.ZodType<Options>;
  /** Markdown that passes the rule (also a test). */
  ok: readonly Example[];
  /** Markdown that fails it, with the findings expected (also a test). */
  notOk: readonly Example[];
}

export interface Example {
  /** Markdown source. */
  source: string;
  /** Repository path the example stands at, e.g. `contributors/devel/README.md`. */
  path?: string;
  /** Rule options for this example. */
  options?: unknown;
  /** Other files of the example's tree, repository path to content (targets of its links). */
  tree?: Readonly<Record<string, string>>;
  /** Symbolic links of the example's tree, repository path to link text (relative to the link's folder). */
  symlinks?: Readonly<Record<string, string>>;
  /** Written in this encoding instead of UTF-8 (for examples of bytes that are not UTF-8). */
  encoding?: 'latin1';
  /** For not-ok examples: `line:column: reason` for each finding, in order. */
  findings?: readonly string[];
  /** For fixable rules: the source after `--fix`. */
  fixed?: string;
  /** For external rules: how the example's web server answers each URL. */
  responses?: Readonly<Record<string, { status: number; location?: string; body?: string }>>;
}

/** The URL of a rule's docs page. */
export function ruleUrl(id: string): string {
  return `https://github.com/devguide/devguide/blob/main/docs/rules/${id}.md`;
}
