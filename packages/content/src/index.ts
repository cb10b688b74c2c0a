export { writeAtomically, type PendingWrite } from './atomic-write.js';
export { evenPieces, pieceLength } from './text-pieces.js';
export {
  commitStaged,
  recoverStaged,
  settleStaged,
  stagingDirName,
  type StagedOptions,
  type StagedStep,
} from './staged-commit.js';
export { applyLinkFixes, type LinkFix } from './config-link-fixes.js';
export { parseConfig, parseYamlWithSchema, type LoadedConfig } from './config.js';
export { configJsonSchema, configSchema, type Config, type ConfigEdit } from './config-schema.js';
export { contentPaths, loadConfig, loadContent, renderEditedReadme, renderReadme, type Content, type RenderedReadme } from './content.js';
export { contentFiles } from './layout.js';
export { parseLock, serializeLock } from './lock.js';
export { lockSchema, unsafeLockPath, type Lock, type LockFile } from './lock-schema.js';
export { lockFromSnapshot, lockView, type LockedPath, type LockSnapshot, type LockView } from './lock-view.js';
export { linkFixes, movedLinks, respell, type MovedLink } from './link-moves.js';
export {
  applySyncPlan,
  planRegenerate,
  planSync,
  readSyncState,
  stagingDisplay,
  type PlannedWrite,
  type PlanSyncOptions,
  type SyncPlan,
  type SyncState,
} from './sync-plan.js';
export { positionAt } from './positions.js';
export { describeIssue, issuePath } from './zod-issue.js';
export { isDirectoryIn, resolveContextOf, siteOptionsOf } from './resolve-context.js';
export { decodeText, inspectText, readTextFile, type TextProblem } from './text-file.js';
