import { renderReadme, settleStaged, stagingDirName, type GuideStore } from '@devguide/content';
import {
  allRules,
  baselineOf,
  configFileName,
  isFixable,
  lint,
  matchBaseline,
  reporters,
  SharedCaches,
  tuneLintRuntime,
} from '@devguide/lint';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { unifiedDiff } from '../diff.js';
import { colourEnabled, exitCodes, type CliIo } from '../io.js';
import { formatEditResults } from '../report-edits.js';
import { checkoutTree, treeAt } from '../changed-since.js';
import { materialise, readStagedIndex, runGit, snapshotIndex, type Snapshot, type StagedIndex } from '../staged.js';
import { hookCacheDir } from '../cache-location.js';
import { UsageError } from '../usage-error.js';
import { version } from '../version.js';

export interface HookValues {
  hook: string | undefined;
  /**
   * Staged files to lint fully (the pre-commit framework passes the staged markdown files, or every
   * file with `--all-files`); none: every staged markdown file.
   */
  paths?: readonly string[];
  /** How the printed fix commands call devguide. */
  command: string;
  /** The content directory, when not the lint configuration's. */
  content?: string;
  /** The index, already being read (the hook's own entry starts that before its bundle compiles). */
  staged?: Promise<StagedIndex>;
}

const hooks = ['pre-commit'];
const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/.devguide-cache/**'];
const isMarkdown = (path: string) => /\.(md|markdown)$/i.test(path);

/** A git hook: checks what is about to be committed, read from the index, offline. */
export async function hookCommand(io: CliIo, values: HookValues): Promise<number> {
  if (values.hook === undefined || !hooks.includes(values.hook)) {
    throw new UsageError(
      `Unexpected ${values.hook === undefined ? 'missing hook name' : `hook \`${values.hook}\``}, expected \`pre-commit\``,
      'run `devguide hook pre-commit` from the git hook',
    );
  }
  // The commit waits on a short lint: V8's tier-up tuned for one (a third of the hook's CPU).
  tuneLintRuntime();
  const index = await (values.staged ?? readStagedIndex(io, io.cwd));
  const snapshot = await snapshotIndex(io, index);
  try {
    return await preCommit(io, index, snapshot, values);
  } finally {
    await snapshot.remove();
  }
}

async function preCommit(io: CliIo, index: StagedIndex, snapshot: Snapshot, values: HookValues): Promise<number> {
  const { command } = values;
  const hasConfig = index.entries.has(configFileName);
  if (hasConfig) await materialise(io, index, snapshot, [configFileName]);
  const configFile = hasConfig ? join(snapshot.dir, configFileName) : null;
  // The lint runs below read the configuration and content through these caches, once.
  const caches = new SharedCaches();
  const loaded = caches.lintConfig(configFile, configFileName, snapshot.dir, allRules);
  const { config } = loaded;

  const rootRel = toPosix(relative(snapshot.dir, resolve(snapshot.dir, config.root)));
  const underRoot = (path: string) =>
    rootRel === '' ? path : path.startsWith(`${rootRel}/`) ? path.slice(rootRel.length + 1) : null;
  const isIncluded = picomatch([...config.include], { dot: false });
  const isExcluded = picomatch([...alwaysIgnored, ...config.exclude], { dot: true });
  const linted = (path: string) => {
    const rel = underRoot(path);
    // A symbolic link is committed as its target path, not as markdown.
    const mode = index.entries.get(path)?.mode;
    return (
      rel !== null &&
      (mode === '100644' || mode === '100755') &&
      isMarkdown(path) &&
      isIncluded(rel) &&
      !isExcluded(rel)
    );
  };
  const contentRel =
    values.content !== undefined
      ? toPosix(relative(snapshot.dir, resolve(snapshot.dir, values.content)))
      : config.content !== undefined
        ? toPosix(relative(snapshot.dir, resolve(snapshot.dir, config.content)))
        : index.entries.has('content/devguide.yaml')
          ? 'content'
          : null;
  // The working tree's content/ half written by an interrupted sync must not be committed: refuse, write nothing.
  if (contentRel !== null) {
    const working = join(index.top, contentRel);
    await settleStaged(working, 'refuse', relative(io.cwd, join(working, stagingDirName)));
  }
  const inContent = (path: string) => contentRel !== null && path.startsWith(`${contentRel}/`);

  const configChanged = index.changed.includes(configFileName);
  const contentChanged = index.changed.some(inContent);
  // A deleted file can break links in files the commit does not touch.
  const deletes = async () =>
    (await runGit(io, index.top, ['diff', '--cached', '--name-only', '--diff-filter=D', '-z'])) !== '';
  const given = (values.paths ?? []).map((path) => toPosix(relative(index.top, resolve(io.cwd, path))));
  const relevant =
    given.length > 0 || configChanged || contentChanged || index.changed.some(linted) || (await deletes());
  if (!relevant) return exitCodes.ok;

  // A changed configuration can change any file's findings: lint everything it covers.
  const targets = new Set([...given, ...(configChanged ? [...index.entries.keys()] : index.changed)].filter(linted));
  const contentFiles = contentRel === null ? [] : [...index.entries.keys()].filter(inContent);
  const extra =
    config.treeListing !== undefined
      ? [toPosix(relative(snapshot.dir, resolve(snapshot.dir, config.treeListing)))]
      : [];
  await materialise(io, index, snapshot, [...targets, ...contentFiles, ...extra]);
  const hasContent = contentRel !== null && existsSync(join(snapshot.dir, contentRel, 'devguide.yaml'));
  const content =
    hasContent && (contentChanged || configChanged)
      ? await caches.content(join(snapshot.dir, contentRel), snapshot.dir)
      : null;
  const generated = new Set(content ? [content.display.output, content.display.upstream].map(toPosix) : []);
  // The guide is linted whenever its sources change, when the configuration covers it.
  if (content && (contentChanged || configChanged) && linted(toPosix(content.display.output)))
    targets.add(toPosix(content.display.output));

  // Link checks see every path of the index, not just the files written out.
  let listing = snapshot.listing;
  if (extra[0] !== undefined && existsSync(join(snapshot.dir, extra[0]))) {
    listing = `${snapshot.listing}.all`;
    await writeFile(
      listing,
      (await readFile(snapshot.listing, 'utf8')) + (await readFile(join(snapshot.dir, extra[0]), 'utf8')),
    );
  }

  // One cache for the process: what the staged files' lint parsed, the staged tree's lint below takes from it.
  const cache = { location: join(hookCacheDir(io, index.gitDir), 'lint.v8'), caches };
  const problems: string[] = [];
  const fixes: string[] = [];
  let store: GuideStore | undefined;
  if (targets.size > 0) {
    const run = await lint({
      rules: allRules,
      cwd: snapshot.dir,
      paths: [...targets],
      config: configFile,
      fix: false,
      cache: cache.location,
      caches: cache.caches,
      // Staged files the configuration does not cover were filtered out above: none left is fine here.
      allowEmpty: true,
      treeListing: listing,
      // The snapshot is no clone: pinned links are looked up in the repository being committed to.
      gitDir: join(index.top, '.git'),
      version: version(),
    });
    for (const warning of run.stats.warnings) io.stderr.write(`devguide: warning: ${warning}\n`);
    // The pinned upstream guide is parsed again only when its text changed (saved with the cache below).
    store = (hash, parse) => run.derived('upstream-guide', hash, parse);
    const report = reporters.stylish(run.files, {
      cwd: snapshot.dir,
      color: colourEnabled(io, 'stdout'),
      version: version(),
      rules: run.rules,
    });
    const byHand = new Set<string>();
    const fixable = new Set<string>();
    let errors = 0;
    for (const file of run.files) {
      const path = toPosix(relative(snapshot.dir, file.path));
      for (const message of file.messages) {
        if (message.fatal !== true) continue;
        errors++;
        if (generated.has(path)) continue;
        if (isFixable(message)) fixable.add(path);
        else byHand.add(path);
      }
    }
    if (errors > 0 || run.files.some((file) => file.messages.length > 0)) io.stdout.write(report);
    if (errors > 0) {
      problems.push(`${errors} lint error(s)`);
      const generatedErrors = run.files.some(
        (file) =>
          generated.has(toPosix(relative(snapshot.dir, file.path))) &&
          file.messages.some((message) => message.fatal === true),
      );
      if (fixable.size > 0)
        fixes.push(`${command} lint --fix ${quote([...fixable])} && git add ${quote([...fixable])}`);
      if (byHand.size > 0) fixes.push(`edit the places above by hand, then git add ${quote([...byHand])}`);
      if (generatedErrors && content)
        fixes.push(
          `correct the generated README through ${content.display.config}, then ${command} readme && git add ${content.display.output}`,
        );
    }
  }

  // The README renders from content/ alone: only a commit that changes content/ can make it stale.
  // Rendered before the cache is saved (it keeps the upstream parse); a failure is reported where it was.
  const render =
    content && contentChanged
      ? attempt(() => renderReadme(content.loaded, content.lock, content.upstreamText, content.display.upstream, store))
      : null;

  // A rename, a delete or a heading edit breaks links in files that did not change: the same
  // question as `lint --changed-since`, asked of the staged tree against HEAD's.
  const broken = await linksBrokenElsewhere(
    io,
    index,
    snapshot,
    configFile,
    listing,
    cache,
    targets,
    linted,
    // What decides how HEAD's tree is linted changed: HEAD's is written out and linted whole.
    configChanged || contentChanged || config.treeListing !== undefined,
  );
  if (broken.length > 0) {
    for (const line of broken) io.stdout.write(`${line}\n`);
    problems.push(`${broken.length} link(s) in other files broken by this change`);
    fixes.push('repoint the links above (or keep the file or heading they name), then git add the files');
  }

  if (content && render) {
    if (!render.ok) throw render.error;
    const rendered = render.value;
    for (const line of formatEditResults(rendered.editResults, content.display.upstream).lines)
      io.stderr.write(`${line}\n`);
    const staged = await readFile(content.paths.output, 'utf8').catch(() => null);
    if (staged !== rendered.text) {
      io.stdout.write(unifiedDiff(content.display.output, staged ?? '', rendered.text, io));
      problems.push(`${content.display.output} ${staged === null ? 'missing' : 'out of date'}`);
      // Regenerating replaces the generated README, whatever was found in it.
      const regenerate = `${command} readme && git add ${content.display.output}`;
      fixes.splice(0, fixes.length, ...fixes.filter((fix) => !fix.endsWith(regenerate)), regenerate);
    }
  }

  if (problems.length === 0) return exitCodes.ok;
  io.stderr.write(`devguide: commit refused (staged content checked): ${problems.join(', ')}\n`);
  for (const fix of [...new Set(fixes)]) io.stderr.write(`devguide: fix: ${fix}\n`);
  io.stderr.write('devguide: to commit anyway: git commit --no-verify\n');
  return exitCodes.findings;
}

const linkRules = new Set(['no-missing-file', 'no-missing-anchor']);

/**
 * The links, in files the commit does not lint itself, that the staged change breaks: the staged
 * tree is linted whole (unchanged files from the cache) and HEAD's findings are taken from git's
 * objects, linting again only the files the change touches (`LintRun.sinceBase`); when the lint
 * configuration, content or tree listing changed, HEAD's tree is written out and linted whole.
 * Nothing to do unless the change renames, deletes or edits markdown.
 */
async function linksBrokenElsewhere(
  io: CliIo,
  index: StagedIndex,
  snapshot: Snapshot,
  configFile: string | null,
  listing: string,
  cache: { location: string; caches: SharedCaches },
  targets: ReadonlySet<string>,
  linted: (path: string) => boolean,
  wholeHead: boolean,
): Promise<string[]> {
  if (!index.hasHead) return [];
  const { changes } = index;
  if (!changes.some((change) => change.status === 'D' || change.status === 'R' || isMarkdown(change.path))) return [];
  await materialise(io, index, snapshot, [...index.entries.keys()].filter(linted));
  const common = { rules: allRules, fix: false, allowEmpty: true, cache: cache.location, version: version() };
  const moves = new Map(changes.flatMap((change) => (change.status === 'R' ? [[change.from!, change.path]] : [])));
  const staged = await lint({
    ...common,
    caches: cache.caches,
    cwd: snapshot.dir,
    config: configFile,
    treeListing: listing,
    gitDir: join(index.top, '.git'),
    trackReads: true,
  });
  let fresh: ReadonlySet<object>;
  // A deleted configuration is no staged change of it, but HEAD is linted with it.
  if (!wholeHead && !changes.some((change) => change.from === configFileName || change.path === configFileName)) {
    const prefix = toPosix(relative(snapshot.dir, staged.root));
    // The listing is the staged index's: HEAD's tree is what git's objects hold.
    const head = await treeAt(io, index.top, 'HEAD', prefix, 'index', moves);
    fresh = (await staged.sinceBase({ ...head, listing: false })).fresh;
  } else {
    const head = await checkoutTree(io, index.top, 'HEAD');
    try {
      const before = await lint({
        ...common,
        cwd: head.dir,
        config: existsSync(join(head.dir, configFileName)) ? join(head.dir, configFileName) : null,
        gitDir: join(index.top, '.git'),
      });
      const { states } = matchBaseline(staged.files, baselineOf(before.files), moves);
      fresh = new Set([...states].flatMap(([message, state]) => (state === 'new' ? [message] : [])));
    } finally {
      await head.remove();
    }
  }
  // Its unchanged files answer the next commit's check from the cache.
  await staged.saveCache();
  const lines: string[] = [];
  for (const file of staged.files) {
    const path = toPosix(relative(snapshot.dir, file.path));
    if (targets.has(path)) continue;
    for (const message of file.messages) {
      if (!fresh.has(message) || !message.ruleId || !linkRules.has(message.ruleId)) continue;
      lines.push(`${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason} (${message.ruleId})`);
    }
  }
  return lines;
}

function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

function toPosix(path: string): string {
  return path.split(sep).join(posix.sep);
}

function quote(paths: string[]): string {
  return paths.map((path) => (/^[\w./@+-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`)).join(' ');
}
