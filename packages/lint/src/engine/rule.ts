import type { CheckResult, ExternalUrl } from '@devguide/links';
import type { Guide, ResolveContext } from '@devguide/markdown';
import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { FileFacts } from '../facts/file-facts.js';
import type { ProjectIndex } from './project-index.js';
import { flatString } from './flat-string.js';
import type { RuleMeta } from './rule-meta.js';

/** A replacement of `[start, end)` in the file's text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A place in another file (or this one) that explains a finding. */
export interface RelatedPlace {
  /** Path relative to the lint root; null for this file. */
  path: string | null;
  position: Position;
  reason: string;
}

/** A finding as plain data, so it can cross a worker boundary and sit in the cache. */
export interface Finding {
  ruleId: string;
  reason: string;
  position: Position;
  cause?: RelatedPlace;
  fix?: TextEdit[];
}

/**
 * A rule's report as a finding. Its fields are written one by one: a spread puts them in a
 * separate property store, 40 more bytes for each of what can be hundreds of thousands.
 */
export function findingOf(ruleId: string, reported: Omit<Finding, 'ruleId'>): Finding {
  const finding: Finding = { ruleId, reason: flatString(reported.reason), position: reported.position };
  if (reported.cause) finding.cause = reported.cause;
  if (reported.fix) finding.fix = reported.fix;
  return finding;
}

/** How the lint resolves links in this file, when it is a guide or inside a repository. */
export interface FileRole {
  /** Repository path of the file. */
  repoPath: string;
  /** True when the guide rules apply. */
  guide: boolean;
  form: 'upstream' | 'site' | null;
  /** Which tree its repository links are checked against: the local one, or the locked upstream. */
  against: 'local' | 'upstream';
  /** Generated or synced (the content README, the upstream copy): reported, never rewritten by `--fix`. */
  generated?: boolean;
}

export interface FileContext<Options> {
  path: string;
  text: string;
  /** The mdast, parsed on first use: most files need only the facts. */
  tree(): Root;
  facts: FileFacts;
  options: Options;
  role: FileRole;
  resolve: ResolveContext;
  settings: LintSettings;
  /** The guide model, for guide rules (parsed from the same tree, once). */
  guide(): Guide | null;
  report(finding: Omit<Finding, 'ruleId'>): void;
}

export interface ProjectFileView {
  path: string;
  text: string | null;
  facts: FileFacts;
  role: FileRole;
  resolve: ResolveContext;
}

export interface ProjectIndexes {
  local: ProjectIndex;
  /** The locked upstream listing, when a content directory is linted. */
  upstream: ProjectIndex | null;
}

/** What the external pass found: every external URL (with its places) and its check result. */
export interface ExternalResults {
  urls: readonly ExternalUrl[];
  results: ReadonlyMap<string, CheckResult>;
}

export interface ProjectContext<Options> {
  files: readonly ProjectFileView[];
  index: ProjectIndexes;
  /** Only with `--external`: the checked external URLs; null otherwise. */
  external: ExternalResults | null;
  options: Options;
  settings: LintSettings;
  report(path: string, finding: Omit<Finding, 'ruleId'>): void;
}

/** Settings every rule may read, from the lint configuration. */
export interface LintSettings {
  repository: string | null;
  defaultBranch: string;
  httpsHosts: readonly string[];
  site: { origin: string; paths: readonly string[] } | null;
  linkBase: string | null;
  /** The ref the site form names in absolute links (from the content configuration). */
  siteRef: string | null;
  /** Known moves, old repository path to new. */
  renames: Readonly<Record<string, string>>;
}

/** The tree a file's repository links land in. */
export function indexFor(indexes: ProjectIndexes, role: FileRole): ProjectIndex {
  return role.against === 'upstream' && indexes.upstream ? indexes.upstream : indexes.local;
}

/** A rule that looks at one file at a time (runs where the file is parsed). */
export interface FileRule<Options = Record<string, never>> {
  meta: RuleMeta<Options>;
  kind: 'file';
  check(context: FileContext<Options>): void;
}

/**
 * A rule that needs every file (link targets, anchors across files). It judges each file by that
 * file's own view and what it looks up in the index, walking `files` with `for … of`: pull-request
 * mode relies on it to lint again only the files whose lookups answer differently at the base.
 */
export interface ProjectRule<Options = Record<string, never>> {
  meta: RuleMeta<Options>;
  kind: 'project';
  check(context: ProjectContext<Options>): void;
}

export type Rule = FileRule<unknown> | ProjectRule<unknown>;
