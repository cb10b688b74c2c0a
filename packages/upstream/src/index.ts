export { openDirectorySource } from './directory-source.js';
export { gitBlobSha } from './git-blob-sha.js';
export { GitSourceError, openGitSource, type GitEnvironment } from './git-source.js';
export {
  detectMoves,
  lineSimilarity,
  renameThreshold,
  type Move,
  type MoveReport,
  type PreviousFile,
} from './moves.js';
export { openSource } from './open-source.js';
export { safeRepoPath, UnsafePathError } from './repo-path.js';
export { RefusedEntryError, typeOfMode, type UpstreamEntry, type UpstreamSource, type UpstreamType } from './source.js';
export { snapshotGuide, type GuideSnapshot, type SnapshotFile, type SnapshotOptions } from './snapshot.js';
