/** What kind of object a path is in the upstream tree. */
export type UpstreamType = 'blob' | 'tree' | 'symlink' | 'submodule';

/** The kind of object each git tree mode names (`git ls-tree`, GitHub's tree API). */
export const typeOfMode: Readonly<Record<string, UpstreamType>> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'symlink',
  '160000': 'submodule',
  '040000': 'tree',
};

export interface UpstreamEntry {
  path: string;
  type: UpstreamType;
  /** git object id (blob or tree sha); null where the source cannot tell (directories on disk). */
  sha: string | null;
  /** Bytes, for blobs. */
  size: number | null;
}

/** A readable upstream tree: a directory, a git revision, or (later) the GitHub API. */
export interface UpstreamSource {
  /** Human-readable name for messages. */
  readonly label: string;
  /** The commit this tree is, when known. */
  readonly commit: string | null;
  /** The entry at a repository path, or null when there is none. */
  stat(path: string): Promise<UpstreamEntry | null>;
  /** A blob's content; throws for anything that is not a regular file. */
  read(path: string): Promise<Buffer>;
  /** Every blob path, for finding where a missing file went. */
  listFiles(): Promise<string[]>;
  /** Paths whose object id is `sha`, where the source has the whole tree at hand. */
  findBySha?(sha: string): string[];
  /** Any blob of the repository by object id (an earlier version of a file), where the source can. */
  readBlob?(sha: string): Promise<Buffer>;
}

/** A path that the source has but that is not a regular file or directory. */
export class RefusedEntryError extends Error {
  constructor(
    readonly path: string,
    readonly type: UpstreamType,
  ) {
    super(
      `Unexpected ${type === 'symlink' ? 'symbolic link' : type} at upstream path \`${path}\`, expected a regular file`,
    );
    this.name = 'RefusedEntryError';
  }
}
