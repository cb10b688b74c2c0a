import { contentPaths, loadConfig, parseLock, readTextFile, renderReadme, resolveContextOf, serializeLock, writeAtomically, type Lock, type PendingWrite } from '@devguide/content';
import { diffEntries, parseGuide, type EntryChange } from '@devguide/markdown';
import { openSource, snapshotGuide } from '@devguide/upstream';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { unifiedDiff } from '../diff.js';
import { exitCodes, type CliIo } from '../io.js';
import { formatEditResults } from '../report-edits.js';
import { UsageError } from '../usage-error.js';

export interface SyncValues {
  content: string;
  from?: string;
  rev?: string;
  commit?: string;
  dryRun: boolean;
}

export async function syncCommand(io: CliIo, values: SyncValues): Promise<number> {
  if (!values.from) {
    throw new UsageError('Unexpected `devguide sync` without `--from`, expected an upstream directory or git repository', 'pass `--from <dir>`: a checkout or export of the upstream repository (with `--commit <sha>` for an export)');
  }
  if (values.commit !== undefined && !/^[0-9a-f]{40}$/.test(values.commit)) {
    throw new UsageError(`Unexpected \`--commit ${values.commit}\`, expected a 40-digit hex commit id`);
  }
  const dir = resolve(io.cwd, values.content);
  const loaded = await loadConfig(dir, io.cwd);
  const { config } = loaded;
  const { paths, display } = contentPaths(dir, config, io.cwd);
  const previousLock = existsSync(paths.lock) ? parseLock(await readTextFile(paths.lock, display.lock, 'the devguide lock (JSON)', 'restore it from git'), display.lock) : null;
  const previousUpstream = existsSync(paths.upstream) ? await readFile(paths.upstream, 'utf8') : null;

  const source = await openSource(resolve(io.cwd, values.from), { ...(values.rev ? { rev: values.rev } : {}), commit: values.commit ?? null });
  const resolveContext = resolveContextOf(config);
  const snapshot = await snapshotGuide(source, { guidePath: config.upstream.readme, resolve: resolveContext, edits: loaded.edits });

  const lock: Lock = {
    lockfileVersion: 1,
    upstream: { repository: config.upstream.repository, ref: values.rev ?? config.upstream.ref, commit: snapshot.commit, readme: config.upstream.readme },
    guide: { sha: snapshot.guide.sha, size: snapshot.guide.size },
    files: snapshot.files.map((file) => ({ path: file.path, type: file.type, sha: file.sha, size: file.size, ...(file.anchors ? { anchors: file.anchors } : {}) })),
    missing: snapshot.missing,
  };
  const readme = renderReadme(loaded, lock, snapshot.guide.text, display.upstream);
  const lockText = serializeLock(lock);
  const planned: Array<PendingWrite & { display: string }> = [
    { path: paths.upstream, display: display.upstream, content: snapshot.guide.text },
    { path: paths.output, display: display.output, content: readme.text },
    // Last, so that it never names content that is not yet in place.
    { path: paths.lock, display: display.lock, content: lockText },
  ];
  const writes: typeof planned = [];
  for (const write of planned) {
    const current = existsSync(write.path) ? await readFile(write.path, 'utf8') : null;
    if (current !== write.content) writes.push(write);
  }

  const out = (line: string) => io.stdout.write(`${line}\n`);
  out(`upstream: ${config.upstream.repository} ${config.upstream.readme} from ${source.label}${snapshot.commit ? ` (commit ${snapshot.commit})` : ''}`);
  if (previousLock?.upstream.commit && previousLock.upstream.commit !== snapshot.commit) out(`moved: ${previousLock.upstream.commit} -> ${snapshot.commit ?? '(unknown commit)'}`);
  if (previousUpstream !== null) {
    const before = safeParse(previousUpstream, config.upstream.readme, display.upstream, resolveContext);
    if (before) for (const change of diffEntries(before, snapshot.model)) out(describeChange(change, display.upstream));
  }
  for (const path of snapshot.missing) out(`missing upstream: ${path} (linked from the guide, absent at this commit)`);
  const edits = formatEditResults(snapshot.editResults, display.upstream);
  for (const line of edits.lines) io.stderr.write(`${line}\n`);

  if (values.dryRun) {
    for (const write of writes) {
      const current = existsSync(write.path) ? await readFile(write.path, 'utf8') : '';
      io.stdout.write(unifiedDiff(write.display, current, write.content, io));
    }
    out(`dry run: would write ${writes.length} file(s)${writes.length ? `: ${writes.map((write) => write.display).join(', ')}` : ''}; nothing written`);
    return edits.problems > 0 ? exitCodes.findings : exitCodes.ok;
  }
  await writeAtomically(writes);
  out(`${snapshot.files.length} linked upstream path(s) locked, ${snapshot.missing.length} missing; wrote ${writes.length} file(s)${writes.length ? `: ${writes.map((write) => write.display).join(', ')}` : ''}`);
  return edits.problems > 0 ? exitCodes.findings : exitCodes.ok;
}

function safeParse(text: string, path: string, file: string, resolveContext: ReturnType<typeof resolveContextOf>) {
  try {
    return parseGuide(text, { path, file, resolve: resolveContext, form: 'upstream' });
  } catch {
    return null;
  }
}

function describeChange(change: EntryChange, upstreamDisplay: string): string {
  const where = change.sections.length ? ` in ${change.sections.join(' > ')}` : '';
  const at = change.after?.position ?? change.before?.position;
  const position = at && change.kind !== 'removed' ? ` (${upstreamDisplay}:${at.start.line}:${at.start.column})` : '';
  const fields = change.fields ? ` (${change.fields.join(', ')})` : '';
  return `${change.kind}: entry \`${change.key}\`${where}${fields}${position}`;
}
