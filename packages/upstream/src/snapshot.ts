import {
  anchorsOf,
  applyEdits,
  guideLinks,
  parseGuide,
  type EditResult,
  type EntryEdit,
  type Guide,
  type ResolveContext,
} from '@devguide/markdown';
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
  if (!guideEntry)
    throw Object.assign(new Error(`Unexpected missing guide \`${guidePath}\` in ${source.label}`), { code: 'ENOENT' });
  const bytes = await source.read(guidePath);
  const text = decodeUtf8(bytes, `${source.label}: ${guidePath}`);
  const model = parseGuide(text, { path: guidePath, file: guidePath, resolve: options.resolve, requireSections: true });
  const { guide: edited, results } = applyEdits(model, options.edits, options.resolve);

  const paths = new Set<string>([guidePath]);
  for (const link of [...guideLinks(model), ...guideLinks(edited)]) {
    if (link.target.kind === 'repo') paths.add(link.target.path);
  }
  const previous = new Map(
    (options.previous ?? []).filter((file) => file.sha && file.anchors).map((file) => [file.path, file]),
  );
  const sorted = [...paths].sort();
  const entries = await Promise.all(
    sorted.map((path) =>
      path === '' ? { path: '', type: 'tree' as const, sha: null, size: null } : statLinked(source, path),
    ),
  );
  // Markdown whose sha the previous lock already describes keeps its anchors unread; the rest is
  // read a few at a time (over the network each read is a round trip).
  const toRead = entries.filter((entry): entry is NonNullable<typeof entry> => {
    if (!entry || entry.type !== 'blob' || !markdownFile.test(entry.path) || entry.path === guidePath) return false;
    const known = previous.get(entry.path);
    return !(known && known.sha === entry.sha);
  });
  const texts = new Map<string, string>([[guidePath, text]]);
  await eachLimited(toRead, 6, async (entry) => {
    texts.set(entry.path, decodeUtf8(await source.read(entry.path), `${source.label}: ${entry.path}`));
  });
  const files: SnapshotFile[] = [];
  const missing: string[] = [];
  sorted.forEach((path, index) => {
    const entry = entries[index];
    if (!entry) {
      missing.push(path);
      return;
    }
    const file: SnapshotFile = { path: entry.path, type: entry.type, sha: entry.sha, size: entry.size };
    if (entry.type === 'blob' && markdownFile.test(path)) {
      const content = texts.get(entry.path);
      file.anchors =
        content === undefined ? [...previous.get(entry.path)!.anchors!] : [...new Set(anchorsOf(content))].sort();
    }
    files.push(file);
  });
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

async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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
  if (bytes.includes(0))
    throw Object.assign(new Error(`Unexpected binary content in ${name}, expected UTF-8 markdown`), {
      code: 'EBINARY',
    });
  try {
    return decoder.decode(bytes);
  } catch {
    throw Object.assign(new Error(`Unexpected non-UTF-8 content in ${name}, expected UTF-8 markdown`), {
      code: 'EENCODING',
    });
  }
}
