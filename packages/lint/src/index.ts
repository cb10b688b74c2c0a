export { isSuppressed, parseControlComment } from './facts/control-comments.js';
export type {
  ControlComment,
  DefinitionFact,
  FileFacts,
  HeadingFact,
  LinkFact,
  ReferenceFact,
} from './facts/file-facts.js';
export {
  baselineOf,
  baselineSchema,
  baselineStateOf,
  compareWithBaseline,
  matchBaseline,
  parseBaseline,
  renderBaseline,
  type Baseline,
  type BaselineComparison,
  type BaselineEntry,
  type BaselineState,
} from './baseline/baseline.js';
export {
  applyBaseline,
  planBaseline,
  type AppliedBaseline,
  type BaselinePlan,
  type BaselineRequest,
} from './baseline/baseline-plan.js';
export { fingerprintDigest, fingerprintKey, identityOfMessage, type FindingIdentity } from './baseline/fingerprint.js';
export { applyEdits } from './engine/apply-edits.js';
export { defineFileRule, defineProjectRule } from './engine/define-rule.js';
export {
  configFileName,
  findConfigFile,
  lintConfigSchema,
  loadLintConfig,
  type LintConfig,
} from './engine/lint-config.js';
export { lintFileText, type FileJob, type FileOutcome } from './engine/lint-file.js';
export { LintWorkerError } from './engine/pool.js';
export { ProjectIndex } from './engine/project-index.js';
export { movesOf } from './engine/ref-trees.js';
export { tuneLintRuntime } from './engine/runtime-flags.js';
export type {
  FileContext,
  FileRole,
  FileRule,
  Finding,
  LintSettings,
  ProjectContext,
  ProjectRule,
  Rule,
  TextEdit,
} from './engine/rule.js';
export { projectRepositoryUrl, ruleUrl, type Example, type RuleMeta } from './engine/rule-meta.js';
export { lint, type LintOptions, type LintRun } from './engine/run-lint.js';
export type { BaseEntry, BaseTree, SinceBase } from './engine/since-base.js';
export { allRules } from './rules/index.js';
export { renderRuleDoc, renderRulesIndex } from './docs/rule-docs.js';
export { identityFormats, reportPiecesOf, reporters, type Reporter, type ReporterOptions } from './reporters/index.js';
export { baselineStatus } from './reporters/report-model.js';
export { isFixable } from './reporters/findings.js';
export { collectFactsFast } from './facts/collect-facts-fast.js';
export { collectFactsFromEvents } from './facts/collect-facts-from-events.js';
export { planFixPatches, type PatchOptions, type PlannedFix, type PlannedPatch } from './patches/plan-patches.js';
export {
  maxShards,
  parseShard,
  planShards,
  shardOfUrl,
  type Shard,
  type ShardFile,
  type ShardPlan,
} from './shards/shard-plan.js';
export { renderShardReport, shardReportPieces, type ShardHeader, type ShardReport } from './shards/shard-report.js';
export { mergedFiles, parseReport, planMerge, type LoadedReport, type MergePlan } from './shards/merge-reports.js';
