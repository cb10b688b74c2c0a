import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

let repositoryUrl: string | undefined;

/**
 * The project's repository on GitHub (`https://github.com/<owner>/<name>`), from `repository` in
 * the root package.json, the one place it is set: the nearest package.json above this module that
 * has the field (the sources, the build, the bundle and the release build all sit below it).
 */
export function projectRepositoryUrl(): string {
  if (repositoryUrl !== undefined) return repositoryUrl;
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { repository } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      repository?: string | { url?: string };
    };
    const url = typeof repository === 'string' ? repository : repository?.url;
    if (url === undefined) continue;
    const match =
      /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (!match) throw new Error(`${manifest}: \`repository\` is not a GitHub repository: ${url}`);
    return (repositoryUrl = `https://github.com/${match[1]}`);
  }
  throw new Error('no package.json with `repository` above the devguide lint package');
}

/** The URL of a rule's docs page, in the project's repository. */
export function ruleUrl(id: string): string {
  // One string per rule, not one per finding.
  let url = ruleUrls.get(id);
  if (url === undefined) ruleUrls.set(id, (url = `${projectRepositoryUrl()}/blob/main/docs/rules/${id}.md`));
  return url;
}

const ruleUrls = new Map<string, string>();
