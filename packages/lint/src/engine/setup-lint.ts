import { loadContent, lockView, resolveContextOf, type Content } from '@devguide/content';
import type { ResolveContext } from '@devguide/markdown';
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { LintCache } from './cache.js';
import { checkNotEmpty, checkTargets, discoverFiles, indexTree, withoutSymlinks } from './discover.js';
import { gitDirOf, RefTrees } from './ref-trees.js';
import type { ExternalLintOptions } from './external-pass.js';
import { findConfigFile, loadLintConfig, type LoadedLintConfig } from './lint-config.js';
import type { ActiveFileRule } from './lint-file.js';
import { ProjectIndex } from './project-index.js';
import type { FileRole, FileRule, LintSettings, Rule } from './rule.js';
import { addTreeListing } from './tree-listing.js';
import type { Shard } from '../shards/shard-plan.js';

export interface LintOptions {
  cwd: string;
  /** The rules the configuration may turn on; the CLI passes `allRules`. */
  rules: readonly Rule[];
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
  /** Note which index paths each file's project findings look up, for `LintRun.sinceBase`. */
  trackReads?: boolean;
  /**
   * Whether each message carries its identity (read by the baseline, PR mode, and the JSON and SARIF
   * reports); default true. A run whose output reads none leaves it out: a file of 300,000 findings
   * then makes no key, count or identity per finding.
   */
  identities?: boolean;
  /**
   * Lint one shard of the files (`--shard i/n`): findings only in its own files, links into other
   * files checked against their facts, and with `external` only the URLs this shard owns.
   */
  shard?: Shard;
}

export interface RoleInfo {
  role: FileRole;
  resolve: ResolveContext;
}

/** Everything a lint run decides before it reads a file. */
export interface LintSetup {
  options: LintOptions;
  cwd: string;
  loaded: LoadedLintConfig;
  root: string;
  content: Content | null;
  settings: LintSettings;
  /** Files to lint, relative to `root`, in order. */
  paths: string[];
  roles: Map<string, RoleInfo>;
  /** What exists in the working tree (and the tree listing); lint outcomes add their anchors. */
  local: ProjectIndex;
  /** The pinned upstream, from the lock. */
  upstream: ProjectIndex | null;
  /** The file rules turned on, with their options. */
  active: ActiveFileRule[];
  cache: LintCache | null;
  /** The tree listing read into the index, absolute; null without one. */
  listing: string | null;
  warnings: string[];
}

/** Reads the configuration, finds the files, indexes the tree and opens the cache. */
export async function setupLint(options: LintOptions): Promise<LintSetup> {
  const cwd = options.cwd;
  const configFile =
    options.config === undefined ? findConfigFile(cwd) : options.config === null ? null : resolve(cwd, options.config);
  const loaded = loadLintConfig(
    configFile,
    configFile ? relative(cwd, configFile) || configFile : null,
    cwd,
    options.rules,
  );
  const root = resolve(options.root ? cwd : loaded.base, options.root ?? loaded.config.root);
  const repository = options.repository ?? loaded.config.repository ?? null;
  const content = loaded.config.content ? await loadContent(resolve(loaded.base, loaded.config.content), cwd) : null;
  const settings = settingsOf(loaded, repository, content);
  const warnings: string[] = [];

  await checkTargets(cwd, root, options.paths ?? []);
  const targets = (options.paths ?? []).map((path) => resolve(cwd, path));
  const local = new ProjectIndex();
  await indexTree(root, local);
  // A symbolic link to a markdown file is not rendered by GitHub: its target is linted, once.
  const paths = withoutSymlinks(
    await discoverFiles(root, targets, loaded.config.include, loaded.config.exclude),
    local,
  );
  if (!options.allowEmpty) checkNotEmpty(paths, options.paths ?? [], loaded.config.include);
  const roles = rolesOf(paths, root, loaded, repository, content);

  const listing =
    options.treeListing ?? (loaded.config.treeListing ? resolve(loaded.base, loaded.config.treeListing) : undefined);
  if (listing) await addTreeListing(local, resolve(cwd, listing), relative(cwd, resolve(cwd, listing)) || listing);
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
  local.refs = new RefTrees(
    options.gitDir ? resolve(cwd, options.gitDir) : gitDirOf(root),
    cache ? (name, hash, derive) => cache.derived(name, hash, derive) : undefined,
  );

  const active: ActiveFileRule[] = fileRules.map((setting) => ({
    rule: setting.rule as FileRule<unknown>,
    options: setting.options,
  }));
  return {
    options,
    cwd,
    loaded,
    root,
    content,
    settings,
    paths,
    roles,
    local,
    upstream,
    active,
    cache: opened?.cache ?? null,
    listing: listing ? resolve(cwd, listing) : null,
    warnings,
  };
}

export function roleKey(info: RoleInfo): string {
  return JSON.stringify([info.role, info.resolve]);
}

export function rolesOf(
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
