import { anchorsOf, applyEdits, guideLinks, parseGuide, type EditResult, type EntryEdit, type Guide, type ResolveContext } from '@devguide/markdown';
import { safeRepoPath, UnsafePathError } from './repo-path.js';
import { RefusedEntryError } from './source.js';
import type { UpstreamSource, UpstreamType } from './source.js';

export interface SnapshotFile {
  path: string;
  type: UpstreamType;
  sha: string | null;
  size: number | null;
  /** Fragments a link into this markdown file may use. */
  anchors?: string[];
}

export interface GuideSnapshot {
  commit: string | null;
  guide: { path: string; sha: string | null; size: number; text: string };
  /** The upstream guide, parsed. */
  model: Guide;
  /** After the downstream edits. */
  edited: Guide;
  editResults: EditResult[];
  /** Every repository path the guide links to that exists upstream, sorted. */
  files: SnapshotFile[];
  /** Linked repository paths that do not exist upstream, sorted. */
  missing: string[];
}

export interface SnapshotOptions {
  guidePath: string;
  resolve: Omit<ResolveContext, 'documentPath'>;
  edits: readonly EntryEdit[];
  /**
   * The files of the previous lock: a markdown file whose sha is unchanged keeps
   * its recorded anchors and is not read again.
   */
  previous?: readonly SnapshotFile[];
}

const markdownFile = /\.(md|markdown)$/i;

/** Reads the guide from an upstream tree and records what its links point at. */
export async function snapshotGuide(source: UpstreamSource, options: SnapshotOptions): Promise<GuideSnapshot> {
  const guidePath = safeRepoPath(options.guidePath);
  const guideEntry = await source.stat(guidePath);
  if (!guideEntry) throw Object.assign(new Error(`Unexpected missing guide \`${guidePath}\` in ${source.label}`), { code: 'ENOENT' });
  const bytes = await source.read(guidePath);
  const text = decodeUtf8(bytes, `${source.label}: ${guidePath}`);
  const model = parseGuide(text, { path: guidePath, file: guidePath, resolve: options.resolve, requireSections: true });
  const { guide: edited, results } = applyEdits(model, options.edits, options.resolve);

  const paths = new Set<string>([guidePath]);
  for (const link of [...guideLinks(model), ...guideLinks(edited)]) {
    if (link.target.kind === 'repo') paths.add(link.target.path);
  }
  const previous = new Map((options.previous ?? []).filter((file) => file.sha && file.anchors).map((file) => [file.path, file]));
  const files: SnapshotFile[] = [];
  const missing: string[] = [];
  for (const path of [...paths].sort()) {
    const entry = path === '' ? { path: '', type: 'tree' as const, sha: null, size: null } : await statLinked(source, path);
    if (!entry) {
      missing.push(path);
      continue;
    }
    const file: SnapshotFile = { path: entry.path, type: entry.type, sha: entry.sha, size: entry.size };
    const known = previous.get(entry.path);
    if (entry.type === 'blob' && markdownFile.test(path) && path !== guidePath && known && known.sha === entry.sha) {
      file.anchors = [...known.anchors!];
    } else if (entry.type === 'blob' && markdownFile.test(path)) {
      const content = path === guidePath ? text : decodeUtf8(await source.read(path), `${source.label}: ${path}`);
      file.anchors = [...new Set(anchorsOf(content))].sort();
    }
    files.push(file);
  }
  return {
    commit: source.commit,
    guide: { path: guidePath, sha: guideEntry.sha, size: bytes.byteLength, text },
    model,
    edited,
    editResults: results,
    files,
    missing,
  };
}

/** A linked path that is unsafe or behind a symbolic link counts as missing: nothing is read through it. */
async function statLinked(source: UpstreamSource, path: string) {
  try {
    return await source.stat(path);
  } catch (error) {
    if (error instanceof UnsafePathError || error instanceof RefusedEntryError) return null;
    throw error;
  }
}

// Keep a byte-order mark: the text must stay the bytes the lock's sha describes.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw Object.assign(new Error(`Unexpected binary content in ${name}, expected UTF-8 markdown`), { code: 'EBINARY' });
  try {
    return decoder.decode(bytes);
  } catch {
    throw Object.assign(new Error(`Unexpected non-UTF-8 content in ${name}, expected UTF-8 markdown`), { code: 'EENCODING' });
  }
}
