import {
  inspectText,
  loadContent,
  lockView,
  resolveContextOf,
  writeAtomically,
  type Content,
  type TextProblem,
} from '@devguide/content';
import type { ResolveContext } from '@devguide/markdown';
import type { CheckResult } from '@devguide/links';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { isSuppressed } from '../facts/control-comments.js';
import type { EncodingFact } from '../facts/file-facts.js';
import { allRules } from '../rules/index.js';
import { applyEdits } from './apply-edits.js';
import { LintCache } from './cache.js';
import type { ExternalLintOptions, ExternalPass, ExternalStats } from './external-pass.js';
import { checkNotEmpty, checkTargets, discoverFiles, indexTree, withoutSymlinks } from './discover.js';
import { findConfigFile, loadLintConfig, type LoadedLintConfig } from './lint-config.js';
import { limitsOf, lintFileText, outcomeHash, type ActiveFileRule, type FileOutcome } from './lint-file.js';
import { LintPool, type PoolTask } from './pool.js';
import { ProjectIndex } from './project-index.js';
import type {
  ExternalResults,
  FileRole,
  FileRule,
  Finding,
  LintSettings,
  ProjectFileView,
  ProjectRule,
  Rule,
  TextEdit,
} from './rule.js';
import { ruleUrl, type RuleMeta } from './rule-meta.js';
import { addTreeListing } from './tree-listing.js';
import { gitDirOf, RefTrees } from './ref-trees.js';
import { pinnedQueries } from '../rules/link-check.js';

export interface LintOptions {
  cwd: string;
  /** Files or directories to lint; none means the configured include globs under the root. */
  paths?: readonly string[];
  /** A configuration file; null for none; undefined to discover `.devguide-lint.yaml`. */
  config?: string | null;
  root?: string;
  repository?: string;
  treeListing?: string;
  /** A git repository whose commits pinned links are checked at (default: the lint root, when it is a clone). */
  gitDir?: string;
  fix?: boolean;
  /** Lint nothing without an error when no file matches (by default that is an InputError). */
  allowEmpty?: boolean;
  /** Cache file location; null disables the cache. */
  cache?: string | null;
  /** Worker processes; 0 lints in this thread. Default: one per core when there are 6 MB or more to parse. */
  jobs?: number;
  /** Version string mixed into the cache key. */
  version?: string;
  /** Check external URLs over the network (`--external`); without it the lint sends nothing. */
  external?: ExternalLintOptions;
}

export interface LintRun {
  files: VFile[];
  rules: readonly RuleMeta[];
  stats: {
    files: number;
    parsed: number;
    fromCache: number;
    /** Parsed files the fast fact producer handed to micromark. */
    handedBack: number;
    fixed: string[];
    warnings: string[];
    external?: ExternalStats;
  };
  /**
   * Writes the cache (when the run has one): called by the caller once the run's results are out,
   * so a run that fails after the lint leaves it untouched. Returns a warning when it could not be
   * written (a read-only directory): the lint stands, the cache is off.
   */
  saveCache(): Promise<string | null>;
}

/** Lints a markdown tree; the whole engine behind `devguide lint`. */
export async function lint(options: LintOptions): Promise<LintRun> {
  const cwd = options.cwd;
  const configFile =
    options.config === undefined ? findConfigFile(cwd) : options.config === null ? null : resolve(cwd, options.config);
  const loaded = loadLintConfig(configFile, configFile ? relative(cwd, configFile) || configFile : null, cwd, allRules);
  const root = resolve(options.root ? cwd : loaded.base, options.root ?? loaded.config.root);
  const repository = options.repository ?? loaded.config.repository ?? null;
  const content = loaded.config.content ? await loadContent(resolve(loaded.base, loaded.config.content), cwd) : null;
  const settings = settingsOf(loaded, repository, content);
  const warnings: string[] = [];

  await checkTargets(cwd, root, options.paths ?? []);
  const targets = (options.paths ?? []).map((path) => resolve(cwd, path));
  const local = new ProjectIndex();
  await indexTree(root, local);
  const paths = withoutSymlinks(
    await discoverFiles(root, targets, loaded.config.include, loaded.config.exclude),
    local,
  );
  if (!options.allowEmpty) checkNotEmpty(paths, options.paths ?? [], loaded.config.include);
  const roles = rolesOf(paths, root, loaded, repository, content);

  const listing =
    options.treeListing ?? (loaded.config.treeListing ? resolve(loaded.base, loaded.config.treeListing) : undefined);
  if (listing) await addTreeListing(local, resolve(cwd, listing), relative(cwd, resolve(cwd, listing)) || listing);
  local.refs = new RefTrees(options.gitDir ? resolve(cwd, options.gitDir) : gitDirOf(root));
  const upstream = content ? upstreamIndex(content) : null;

  const fileRules = loaded.rules.filter((setting) => setting.rule.kind === 'file');
  const key = createHash('sha1')
    .update(
      JSON.stringify([
        options.version ?? '',
        fileRules.map((setting) => [setting.rule.meta.id, setting.options]),
        settings,
      ]),
    )
    .digest('hex');
  const opened =
    options.cache === null ? null : await LintCache.open(resolve(cwd, options.cache ?? '.devguide-cache/lint.v8'), key);
  if (opened?.warning) warnings.push(opened.warning);
  const cache = opened?.cache ?? null;

  const active: ActiveFileRule[] = fileRules.map((setting) => ({
    rule: setting.rule as FileRule<unknown>,
    options: setting.options,
  }));
  const limits = limitsOf(active);
  const setup = {
    rules: fileRules.map((setting) => ({ id: setting.rule.meta.id, options: setting.options })),
    settings,
  };
  let pool: LintPool | null = null;
  const fixed: string[] = [];
  let parsed = 0;
  let fromCache = 0;
  let handedBack = 0;
  const checked = new Map<string, CheckResult>();
  let externalStats: ExternalStats | undefined;
  let run: Awaited<ReturnType<typeof lintOnce>>;
  try {
    run = await lintOnce();
    if (options.fix) {
      // Fix, re-lint the fixed text, repeat while fixes still apply (bounded).
      for (let pass = 0; pass < 5; pass++) {
        const changed = await applyFixes(run.outcomes, run.project, run.texts, loaded, root, roles);
        if (changed.length === 0) break;
        fixed.push(...changed.filter((path) => !fixed.includes(path)));
        run = await lintOnce();
      }
    }
  } finally {
    (pool as LintPool | null)?.close();
  }

  const files = toVFiles(run.outcomes, run.project, run.texts, loaded, root, cwd);
  return {
    files,
    rules: allRules.map((rule) => rule.meta),
    stats: {
      files: paths.length,
      parsed,
      fromCache,
      handedBack,
      fixed,
      warnings,
      ...(externalStats ? { external: externalStats } : {}),
    },
    saveCache: async () => (cache ? await cache.save(new Set(paths)) : null),
  };

  async function lintOnce() {
    const texts = new Map<string, string>();
    const outcomes = new Map<string, FileOutcome>();
    const pending: PoolTask[] = [];
    const external = await startExternal();
    // Outcomes reach the external pass as they come, so its requests go out while files are still being linted.
    const arrived = (batch: readonly FileOutcome[]) => external?.feed(viewsOf(batch, texts));
    let pendingBytes = 0;
    function received(batch: FileOutcome[]): void {
      for (const outcome of batch) {
        if (outcome.handedBack) handedBack++;
        outcomes.set(outcome.path, outcome);
        // A file skipped for its size has no text to key the cache by.
        if (!outcome.facts.limit || outcome.facts.limit.rule !== 'max-file-size')
          cache?.set(outcome.path, roleKey(roles.get(outcome.path)!), outcome);
      }
      arrived(batch);
    }
    for (const path of paths) {
      // A file over `max-file-size` is not even read: its rule reports it, in this thread.
      const size = statSync(join(root, path)).size;
      if (size > limits.bytes) {
        const role = roles.get(path)!;
        texts.set(path, '');
        received([
          lintFileText('', { path, role: role.role, resolve: role.resolve, oversize: size }, active, settings),
        ]);
        continue;
      }
      // A file that is not UTF-8 text is linted as GitHub shows it; the `utf8-text` rule reports it.
      const { text, problem } = inspectText(readFileSync(join(root, path)));
      const encoding = problem ? encodingFact(problem) : undefined;
      texts.set(path, text);
      const role = roles.get(path)!;
      const hit = cache?.get(path, outcomeHash(text, encoding), roleKey(role)) ?? null;
      if (hit) {
        outcomes.set(path, hit);
        arrived([hit]);
        fromCache++;
      } else {
        pending.push({
          job: { path, role: role.role, resolve: role.resolve, ...(encoding ? { encoding } : {}) },
          text,
        });
        pendingBytes += text.length;
        // Worker processes start as soon as the run is known to need them, and boot while the rest is read.
        if (!pool && workersWanted(pendingBytes)) pool = LintPool.start(setup, options.jobs);
      }
    }
    parsed += pending.length;
    try {
      if (pool) {
        await pool.lint(pending, received);
      } else {
        for (const { job, text } of pending) {
          received([lintFileText(text, job, active, settings)]);
          // Let the external pass's requests go out between files.
          if (external) await new Promise((resolve) => setImmediate(resolve));
        }
      }
    } catch (error) {
      await external?.abandon();
      throw error;
    }
    for (const [path, outcome] of outcomes) {
      const role = roles.get(path)!.role;
      // A file past a limit was not parsed: its anchors are unknown, and links into it are not held to any.
      const entry = outcome.facts.limit
        ? ({ type: 'file', source: 'local' } as const)
        : ({
            type: 'file',
            source: 'local',
            anchors: new Set(outcome.facts.anchors),
            lines: outcome.facts.lineCount,
          } as const);
      local.add(path, entry);
      if (role.against === 'local' && role.repoPath !== path) local.add(role.repoPath, entry);
    }
    // Links pinned to commits or other refs are looked up in that ref's tree, all in one git process.
    local.refs?.prepare(pinnedQueries(viewsOf(outcomes.values(), texts), settings.defaultBranch));
    const project = runProjectRules(outcomes, texts, await externalResults(external, outcomes, texts));
    return { outcomes, texts, project };
  }

  function workersWanted(bytes: number): boolean {
    // Tests run the sources, which a worker process cannot load.
    if (options.jobs === 0 || !import.meta.url.endsWith('.js')) return false;
    return options.jobs !== undefined || bytes >= bytesForWorkers;
  }

  async function startExternal(): Promise<ExternalPass | null> {
    if (!options.external || !loaded.rules.some((setting) => setting.rule.meta.external)) return null;
    const cachePath =
      options.external.cache === undefined
        ? resolve(loaded.base, loaded.config.external.cache)
        : options.external.cache === null
          ? null
          : resolve(cwd, options.external.cache);
    // Loaded only with `--external`: the default lint never evaluates the HTTP client.
    const { startExternalPass } = await import('./external-pass.js');
    // After `--fix` only URLs not yet checked in this run are sent.
    return startExternalPass(
      loaded.config.external,
      content,
      options.external,
      cachePath,
      checked,
      local.refs?.gitDir ? null : { defaultBranch: settings.defaultBranch },
    );
  }

  async function externalResults(
    external: ExternalPass | null,
    outcomes: Map<string, FileOutcome>,
    texts: Map<string, string>,
  ): Promise<ExternalResults | null> {
    if (!external) return null;
    // Sorted by path: the order URLs are reported in does not depend on which worker answered first.
    const pass = await external.finish(
      viewsOf(
        [...outcomes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
        texts,
      ),
    );
    warnings.push(...pass.warnings.filter((warning) => !warnings.includes(warning)));
    externalStats ??= pass.stats;
    return pass.external;
  }

  function viewsOf(outcomes: Iterable<FileOutcome>, texts: Map<string, string>): ProjectFileView[] {
    return [...outcomes].map((outcome) => {
      const role = roles.get(outcome.path)!;
      return {
        path: outcome.path,
        text: texts.get(outcome.path) ?? null,
        facts: outcome.facts,
        role: role.role,
        resolve: role.resolve,
      };
    });
  }

  function runProjectRules(
    outcomes: Map<string, FileOutcome>,
    texts: Map<string, string>,
    external: ExternalResults | null,
  ): Map<string, Finding[]> {
    const views = viewsOf(outcomes.values(), texts);
    const findings = new Map<string, Finding[]>();
    for (const setting of loaded.rules) {
      if (setting.rule.kind !== 'project') continue;
      const rule = setting.rule as ProjectRule<unknown>;
      rule.check({
        files: rule.meta.scope === 'guide' ? views.filter((view) => view.role.guide) : views,
        index: { local, upstream },
        external,
        options: setting.options,
        settings,
        report: (path, finding) => {
          const list = findings.get(path) ?? [];
          list.push({ ruleId: rule.meta.id, ...finding });
          findings.set(path, list);
        },
      });
    }
    return findings;
  }
}

/*
 * Below this much text to parse, one thread is faster than worker processes. Linting in this
 * thread already keeps about a core and a third busy (V8 collects garbage and compiles on
 * helper threads), while each worker pays its own start-up and warms the parser up from cold.
 * Measured on two cores: 1.3 MB 2.3 s in this thread against 2.5-3.0 s in two workers, 5.7 MB
 * 10.3 s against 9.7 s, the 10 MB corpus 14.3 s against 12.2 s (docs/benchmarks.md).
 */
const bytesForWorkers = 6 * 1024 * 1024;

interface RoleInfo {
  role: FileRole;
  resolve: ResolveContext;
}

function roleKey(info: RoleInfo): string {
  return JSON.stringify([info.role, info.resolve]);
}

function rolesOf(
  paths: readonly string[],
  root: string,
  loaded: LoadedLintConfig,
  repository: string | null,
  content: Content | null,
): Map<string, RoleInfo> {
  const roles = new Map<string, RoleInfo>();
  const shortlinks = loaded.config.shortlinks;
  const site = loaded.config.site ?? null;
  const guides = new Set(loaded.config.guides);
  const contentRoles = new Map<string, RoleInfo>();
  if (content) {
    const { config } = content.loaded;
    const resolveContext = { ...resolveContextOf(config), documentPath: config.upstream.readme };
    const rel = (path: string) => relative(root, path).split(sep).join('/');
    contentRoles.set(rel(content.paths.output), {
      role: { repoPath: config.upstream.readme, guide: true, form: 'site', against: 'upstream', generated: true },
      resolve: resolveContext,
    });
    contentRoles.set(rel(content.paths.upstream), {
      role: { repoPath: config.upstream.readme, guide: true, form: 'upstream', against: 'upstream', generated: true },
      resolve: resolveContext,
    });
  }
  for (const path of paths) {
    const fromContent = contentRoles.get(path);
    if (fromContent) {
      roles.set(path, fromContent);
      continue;
    }
    roles.set(path, {
      role: { repoPath: path, guide: guides.has(path), form: null, against: 'local' },
      resolve: { repository: repository ?? '', documentPath: path, shortlinks, site },
    });
  }
  return roles;
}

function upstreamIndex(content: Content): ProjectIndex {
  const index = new ProjectIndex();
  for (const [path, file] of lockView(content.lock).files) {
    index.add(path, { type: file.type, source: 'lock', ...(file.anchors ? { anchors: new Set(file.anchors) } : {}) });
  }
  return index;
}

function settingsOf(loaded: LoadedLintConfig, repository: string | null, content: Content | null): LintSettings {
  const contentConfig = content?.loaded.config;
  return {
    repository,
    defaultBranch: loaded.config.defaultBranch,
    siteRef: contentConfig?.site.ref ?? null,
    httpsHosts: [...new Set([...loaded.config.httpsHosts, ...(contentConfig?.site.httpsHosts ?? [])])],
    site:
      loaded.config.site ??
      (contentConfig?.site.origin ? { origin: contentConfig.site.origin, paths: contentConfig.site.paths } : null),
    linkBase: contentConfig?.site.linkBase ?? (repository ? `https://github.com/${repository}` : null),
    renames: loaded.config.renames,
  };
}

function severityOf(loaded: LoadedLintConfig): Map<string, { severity: 'warn' | 'error'; meta: RuleMeta<unknown> }> {
  return new Map(
    loaded.rules.map((setting) => [setting.rule.meta.id, { severity: setting.severity, meta: setting.rule.meta }]),
  );
}

function findingsOf(path: string, outcome: FileOutcome, project: Map<string, Finding[]>): Finding[] {
  const all = [...outcome.findings, ...(project.get(path) ?? [])];
  return all.filter((finding) => !isSuppressed(outcome.facts.controls, finding.ruleId, finding.position.start.line));
}

function encodingFact(problem: TextProblem): EncodingFact {
  const at = { line: problem.line, column: problem.column, offset: problem.offset };
  return {
    reason: problem.what,
    binary: problem.binary,
    position: { start: at, end: { ...at, column: at.column + 1, offset: at.offset + 1 } },
  };
}

async function applyFixes(
  outcomes: Map<string, FileOutcome>,
  project: Map<string, Finding[]>,
  texts: Map<string, string>,
  loaded: LoadedLintConfig,
  root: string,
  roles: Map<string, RoleInfo>,
): Promise<string[]> {
  const rules = severityOf(loaded);
  const writes: Array<{ path: string; content: string; rel: string }> = [];
  for (const [path, outcome] of outcomes) {
    // Generated and synced files change only through their sources (content edits, sync); a file
    // that is not UTF-8 is never rewritten, which would turn its bytes into U+FFFD.
    if (roles.get(path)?.role.generated || outcome.facts.encoding) continue;
    const edits: TextEdit[][] = [];
    for (const finding of findingsOf(path, outcome, project)) {
      if (finding.fix && finding.fix.length > 0 && rules.get(finding.ruleId)?.meta.fixable) edits.push(finding.fix);
    }
    if (edits.length === 0) continue;
    const text = texts.get(path)!;
    const next = applyEdits(text, edits);
    if (next !== text) writes.push({ path: join(root, path), content: next, rel: path });
  }
  await writeAtomically(writes);
  return writes.map((write) => write.rel);
}

function toVFiles(
  outcomes: Map<string, FileOutcome>,
  project: Map<string, Finding[]>,
  texts: Map<string, string>,
  loaded: LoadedLintConfig,
  root: string,
  cwd: string,
): VFile[] {
  const rules = severityOf(loaded);
  const files: VFile[] = [];
  for (const path of [...outcomes.keys()].sort()) {
    const absolute = join(root, path);
    const file = new VFile({
      path: isAbsolute(absolute) ? absolute : resolve(cwd, absolute),
      cwd,
      value: texts.get(path) ?? '',
    });
    const findings = findingsOf(path, outcomes.get(path)!, project).sort(
      (a, b) =>
        a.position.start.line - b.position.start.line ||
        a.position.start.column - b.position.start.column ||
        a.ruleId.localeCompare(b.ruleId),
    );
    for (const finding of findings) {
      const rule = rules.get(finding.ruleId);
      if (!rule) continue;
      const cause = finding.cause
        ? Object.assign(
            new VFileMessage(finding.cause.reason, {
              place: finding.cause.position,
              ruleId: finding.ruleId,
              source: 'devguide',
            }),
            { file: finding.cause.path === null ? file.path : join(root, finding.cause.path) },
          )
        : undefined;
      const message = file.message(finding.reason, {
        place: finding.position,
        ruleId: finding.ruleId,
        source: 'devguide',
        ...(cause ? { cause } : {}),
      });
      message.fatal = rule.severity === 'error';
      message.url = ruleUrl(finding.ruleId);
      if (finding.fix && rule.meta.fixable) Object.assign(message, { fix: finding.fix });
    }
    files.push(file);
  }
  return files;
}

export type { Rule };
