import { applyEdits, parseGuide, renderGuide, type EditResult, type Guide } from '@devguide/markdown';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { parseConfig, type LoadedConfig } from './config.js';
import type { Config } from './config-schema.js';
import { contentFiles } from './layout.js';
import { parseLock } from './lock.js';
import type { Lock } from './lock-schema.js';
import { isDirectoryIn, resolveContextOf, siteOptionsOf } from './resolve-context.js';
import { settleStaged, stagingDirName } from './staged-commit.js';
import { readTextFile } from './text-file.js';

export interface Content {
  dir: string;
  /** Paths as shown to the user (relative to the working directory). */
  display: { config: string; lock: string; upstream: string; output: string };
  paths: { config: string; lock: string; upstream: string; output: string };
  loaded: LoadedConfig;
  lock: Lock;
  upstreamText: string;
}

const syncFix = 'run `pnpm sync:upstream` (or `devguide sync --from <dir>`) to write it, or restore it from git';

export function contentPaths(dir: string, config: Config | null, cwd: string) {
  const paths = {
    config: join(dir, contentFiles.config),
    lock: join(dir, contentFiles.lock),
    upstream: join(dir, contentFiles.upstreamDir, config?.upstream.readme ?? ''),
    output: join(dir, config?.output ?? 'README.md'),
  };
  const show = (path: string) => relative(cwd, path) || '.';
  return { paths, display: { config: show(paths.config), lock: show(paths.lock), upstream: show(paths.upstream), output: show(paths.output) } };
}

/** Reads and validates the configuration only (what sync needs before the first lock exists). */
export async function loadConfig(dir: string, cwd: string): Promise<LoadedConfig> {
  const { paths, display } = contentPaths(dir, null, cwd);
  const text = await readTextFile(paths.config, display.config, 'the devguide configuration (YAML)', 'create it as the README\'s configuration section shows');
  return parseConfig(text, display.config);
}

/**
 * Reads configuration, lock and the upstream guide copy. First, the writes of an interrupted
 * sync that were committed but not all put in place are finished (`finish`, the default) or
 * refused with one line naming `devguide sync` (`refuse`, for a command that must not write):
 * a half-written content directory is never read.
 */
export async function loadContent(
  dir: string,
  cwd: string,
  options: { staging?: 'finish' | 'refuse' } = {},
): Promise<Content> {
  await settleStaged(dir, options.staging ?? 'finish', relative(cwd, join(dir, stagingDirName)));
  const loaded = await loadConfig(dir, cwd);
  const { paths, display } = contentPaths(dir, loaded.config, cwd);
  const lockText = await readTextFile(paths.lock, display.lock, 'the devguide lock (JSON)', syncFix);
  const lock = parseLock(lockText, display.lock);
  const upstreamText = await readTextFile(paths.upstream, display.upstream, 'the upstream guide copy (markdown)', syncFix);
  return { dir, display, paths, loaded, lock, upstreamText };
}

export interface RenderedReadme {
  text: string;
  guide: Guide;
  editResults: EditResult[];
}

/**
 * A store of parsed guides by a hash of everything the parse reads (a content-hash cache): it
 * returns the guide stored under `hash`, else `parse()`'s. The guide must not be changed in place.
 */
export type GuideStore = (hash: string, parse: () => Guide) => Guide;

/**
 * The canonical README for the content: upstream guide, downstream edits, site form. Pure. With a
 * store, the upstream guide (pinned, so rarely changed) is parsed only when its text is new.
 */
export function renderReadme(
  loaded: LoadedConfig,
  lock: Lock | null,
  upstreamText: string,
  upstreamDisplay: string,
  store?: GuideStore,
): RenderedReadme {
  const { config } = loaded;
  const resolve = resolveContextOf(config);
  const options = { path: config.upstream.readme, file: upstreamDisplay, resolve, form: 'upstream' as const, requireSections: true };
  const parse = () => parseGuide(upstreamText, options);
  const guide = store ? store(createHash('sha256').update(JSON.stringify(options)).update('\0').update(upstreamText).digest('hex'), parse) : parse();
  const { guide: edited, results } = applyEdits(guide, loaded.edits, resolve);
  return { text: renderEditedReadme(config, lock, edited), guide: edited, editResults: results };
}

/** The canonical README from the upstream guide already parsed and edited (a sync has it at hand). */
export function renderEditedReadme(config: LoadedConfig['config'], lock: Lock | null, edited: Guide): string {
  return renderGuide(edited, {
    form: 'site',
    title: config.site.title ?? null,
    site: siteOptionsOf(config),
    isDirectory: isDirectoryIn(lock),
  });
}
