import type { CheckResult } from '@devguide/links';
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { ExternalPass, ExternalStats } from './external-pass.js';
import { fixLoop } from './fix-loop.js';
import type { FileOutcome } from './lint-file.js';
import { lintFiles, type Workers } from './lint-files.js';
import { IndexReads } from './project-index.js';
import { runProjectPass, viewsOf } from './project-pass.js';
import { lintSinceBase, type BaseTree, type SinceBase } from './since-base.js';
import { toVFiles, type LintPass } from './report-files.js';
import type { ExternalResults, Rule } from './rule.js';
import type { RuleMeta } from './rule-meta.js';
import { setupLint, type LintOptions, type LintSetup } from './setup-lint.js';
import { ownsUrl, shardProjectPass, shardReport, shardScope, type ShardScope } from './shard-scope.js';

export type { LintOptions } from './setup-lint.js';

export interface LintRun {
  files: VFile[];
  rules: readonly RuleMeta[];
  /**
   * Where repository paths start (absolute): findings' identities are relative to it. With the
   * repository and branch of the tree, it places each finding's line on GitHub in reports.
   */
  root: string;
  repository: string | null;
  defaultBranch: string;
  stats: {
    files: number;
    parsed: number;
    fromCache: number;
    /** Parsed files the fast fact producer handed to micromark. */
    handedBack: number;
    /** Parsed files it handed to micromark in part, and the bytes of those parts. */
    inPart: number;
    inPartBytes: number;
    fixed: string[];
    warnings: string[];
    external?: ExternalStats;
    /**
     * With `shard`: which shard, how many files of other shards it read for their facts, and how
     * many passes of the project rules that took.
     */
    shard?: { index: number; count: number; digest: string; context: number; passes: number };
  };
  /**
   * Writes the cache (when the run has one): called by the caller once the run's results are out,
   * so a run that fails after the lint leaves it untouched. Returns a warning when it could not be
   * written (a read-only directory): the lint stands, the cache is off.
   */
  saveCache(): Promise<string | null>;
  /** Files moved in the repository's history (old path → newest path); empty outside a clone. */
  moves(): ReadonlyMap<string, string>;
  /**
   * A value derived from inputs other than the linted files, kept in the run's cache by the content
   * hash of those inputs (`LintCache.derived`), written by `saveCache`; without a cache, `derive()`.
   */
  derived<T>(name: string, hash: string, derive: () => T): T;
  /**
   * Files besides the markdown that decide how it is linted (configuration, tree listing, the
   * content's configuration and lock), absolute: when one of them changed, a base is linted whole.
   */
  inputs: string[];
  /**
   * Pull-request mode (a run with `trackReads`): the findings the base does not have, linting
   * again only what the change touches.
   */
  sinceBase(base: BaseTree): Promise<SinceBase>;
}

/**
 * Lints a markdown tree with `options.rules`; the whole engine behind `devguide lint`: setup,
 * per-file lint, project pass, and with `fix` the fix loop.
 */
export async function lint(options: LintOptions): Promise<LintRun> {
  if (options.shard && options.fix) throw new TypeError('a shard reports only: `fix` needs the whole run');
  const setup = await setupLint(options);
  const scope: ShardScope | null = options.shard ? shardScope(setup, options.shard) : null;
  const workers: Workers = { pool: null };
  const external = new ExternalRun(setup, scope);
  let parsed = 0;
  let fromCache = 0;
  let handedBack = 0;
  let inPart = 0;
  let inPartBytes = 0;
  const lintPass = async (): Promise<LintPass> => {
    // A shard reads its own files; with `--external` every file, for the URLs it checks wherever they are linked.
    const paths = scope && !external.wanted ? setup.paths.filter((path) => scope.own.has(path)) : setup.paths;
    const files = await external.around((pass) =>
      lintFiles(
        setup,
        workers,
        (batch, texts) => pass?.feed(viewsOf(setup, batch, texts)),
        pass ? () => pass.saturated() : null,
        paths,
      ),
    );
    const results = await external.results(files);
    if (options.trackReads) setup.local.reads = new IndexReads();
    const project = scope
      ? await shardProjectPass(
          setup,
          scope,
          files,
          () => runProjectPass(setup, files.outcomes, files.texts, results, scope.own),
          (more) => lintFiles(setup, workers, () => undefined, null, more, true),
          setup.cache?.factsOnlyPaths(),
        )
      : runProjectPass(setup, files.outcomes, files.texts, results);
    parsed += files.parsed;
    fromCache += files.fromCache;
    handedBack += files.handedBack;
    inPart += files.inPart;
    inPartBytes += files.inPartBytes;
    return { outcomes: files.outcomes, texts: files.texts, project };
  };
  let pass: LintPass;
  let fixed: string[] = [];
  try {
    pass = await lintPass();
    if (options.fix) ({ pass, fixed } = await fixLoop(setup, pass, lintPass));
  } finally {
    workers.pool?.close();
  }
  const vfiles = toVFiles(scope ? shardReport(pass, scope.own) : pass, setup.loaded, setup.root, setup.cwd, {
    identities: options.identities !== false || options.trackReads === true,
  });
  const reads = setup.local.reads;
  // Only pull-request mode reads the pass again: otherwise its facts and findings go before the report is made.
  const since = reads ? { pass, reads } : null;
  const keepInCache = new Set(setup.paths);
  return {
    files: vfiles,
    rules: options.rules.map((rule: Rule) => rule.meta),
    root: setup.root,
    repository: setup.settings.repository,
    defaultBranch: setup.settings.defaultBranch,
    stats: {
      files: scope ? scope.own.size : setup.paths.length,
      parsed,
      fromCache,
      handedBack,
      inPart,
      inPartBytes,
      fixed,
      warnings: setup.warnings,
      ...(external.stats ? { external: external.stats } : {}),
      ...(scope
        ? { shard: { ...scope.shard, digest: scope.digest, context: scope.context, passes: scope.passes } }
        : {}),
    },
    moves: () => setup.local.refs?.renames ?? new Map(),
    derived: (name, hash, derive) => (setup.cache ? setup.cache.derived(name, hash, derive) : derive()),
    inputs: [
      setup.loaded.file,
      setup.listing,
      setup.content?.paths.config ?? null,
      setup.content?.paths.lock ?? null,
    ].flatMap((path) => (path === null ? [] : [resolve(setup.cwd, path)])),
    sinceBase: async (base) => {
      if (!since) throw new Error('sinceBase needs a run with `trackReads`');
      return lintSinceBase(setup, since.pass, vfiles, since.reads, base, keepInCache);
    },
    saveCache: async () => (setup.cache ? await setup.cache.save(keepInCache) : null),
  };
}

/**
 * `--external` across the passes of one run: each pass feeds its outcomes as they come, so that
 * requests go out while files are still being linted; after `--fix` only URLs not yet checked in
 * this run are sent.
 */
class ExternalRun {
  readonly #setup: LintSetup;
  readonly #scope: ShardScope | null;
  readonly #checked = new Map<string, CheckResult>();
  #current: ExternalPass | null = null;
  stats: ExternalStats | undefined;

  constructor(setup: LintSetup, scope: ShardScope | null) {
    this.#setup = setup;
    this.#scope = scope;
  }

  /** True when the run checks external URLs. */
  get wanted(): boolean {
    const { options, loaded } = this.#setup;
    return options.external !== undefined && loaded.rules.some((setting) => setting.rule.meta.external);
  }

  /** Starts this pass's external checks (when asked for) and runs `lintFiles` with them. */
  async around<T>(lintFiles: (pass: ExternalPass | null) => Promise<T>): Promise<T> {
    this.#current = await this.#start();
    try {
      return await lintFiles(this.#current);
    } catch (error) {
      await this.#current?.abandon();
      throw error;
    }
  }

  async results(files: {
    outcomes: Map<string, FileOutcome>;
    texts: Map<string, string>;
  }): Promise<ExternalResults | null> {
    const pass = this.#current;
    if (!pass) return null;
    // Sorted by path: the order URLs are reported in does not depend on which worker answered first.
    const sorted = [...files.outcomes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const done = await pass.finish(viewsOf(this.#setup, sorted, files.texts));
    const { warnings } = this.#setup;
    warnings.push(...done.warnings.filter((warning) => !warnings.includes(warning)));
    this.stats ??= done.stats;
    return done.external;
  }

  async #start(): Promise<ExternalPass | null> {
    const { options, loaded, cwd, content, local, settings } = this.#setup;
    if (!options.external || !this.wanted) return null;
    const cachePath =
      options.external.cache === undefined
        ? resolve(loaded.base, loaded.config.external.cache)
        : options.external.cache === null
          ? null
          : resolve(cwd, options.external.cache);
    // Loaded only with `--external`: the default lint never evaluates the HTTP client.
    const { startExternalPass } = await import('./external-pass.js');
    return startExternalPass(
      loaded.config.external,
      content,
      options.external,
      cachePath,
      this.#checked,
      local.refs?.gitDir ? null : { defaultBranch: settings.defaultBranch },
      this.#scope ? ownsUrl(this.#scope.shard) : null,
    );
  }
}
