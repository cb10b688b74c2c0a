import { InputError } from '@devguide/markdown';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import * as z from 'zod';
import { addFindingMessage } from '../engine/finding-message.js';
import type { JsonMessage, JsonResult } from '../reporters/json.js';
import { shardHeaderSchema, type ShardHeader } from './shard-report.js';

/** One report given to the merge: a shard's (with its header) or a whole run's `--format json`. */
export interface LoadedReport {
  name: string;
  shard: ShardHeader | null;
  results: JsonResult[];
}

const spotSchema = { line: z.number().int().min(0), column: z.number().int().min(0) };
const messageSchema = z.object({
  ruleId: z.string().nullable(),
  severity: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  message: z.string(),
  ...spotSchema,
  endLine: z.number().int().min(0),
  endColumn: z.number().int().min(0),
  url: z.string().nullable(),
  fixable: z.boolean(),
  cause: z.object({ filePath: z.string(), ...spotSchema, message: z.string() }).optional(),
  identity: z
    .object({ ruleId: z.string(), path: z.string(), key: z.string(), occurrence: z.number().int().min(1) })
    .optional(),
  edits: z
    .array(
      z.object({
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        replaced: z.string(),
        text: z.string(),
      }),
    )
    .optional(),
});
const resultSchema = z.object({
  filePath: z.string().min(1),
  messages: z.array(messageSchema),
  errorCount: z.number().int().min(0),
  warningCount: z.number().int().min(0),
  fixableErrorCount: z.number().int().min(0),
  fixableWarningCount: z.number().int().min(0),
  group: z.object({ key: z.string(), label: z.string() }).optional(),
});
const reportSchema = z.union([
  z.array(resultSchema),
  z.strictObject({ shard: shardHeaderSchema, results: z.array(resultSchema) }),
]);

const rewrite = 'write it again with `devguide lint --shard <i>/<n> --format json --output <file>`';

/** Reads one report; anything but a devguide JSON report is one line naming the file and where. */
export function parseReport(text: string, name: string): LoadedReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`Unexpected text in report \`${name}\` (${(error as Error).message}), expected JSON`, rewrite);
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(
      `Unexpected report \`${name}\` at \`${issue.path.join('.') || '(top)'}\`: ${issue.message}, expected a report of \`devguide lint --format json\``,
      rewrite,
    );
  }
  const report = parsed.data;
  return Array.isArray(report)
    ? { name, shard: null, results: report as JsonResult[] }
    : { name, shard: report.shard, results: report.results as JsonResult[] };
}

/** The reports as one: every file once, in path order, with the run's root and repository. */
export interface MergePlan {
  results: JsonResult[];
  /** From the shards' headers; null for plain reports (the caller knows the tree). */
  context: Pick<ShardHeader, 'root' | 'repository' | 'defaultBranch'> | null;
  /** How many shards the reports were, 0 for plain reports only. */
  shards: number;
}

/**
 * Plans the merge. Shard reports must be one whole run: every shard of the same plan once, so a
 * lost or stale shard is an error, never a report with part of the findings missing. Plain
 * reports (`--format json` of whole runs) are taken as they are.
 */
export function planMerge(reports: readonly LoadedReport[]): MergePlan {
  if (reports.length === 0)
    throw new InputError('Unexpected no reports, expected at least one', 'write `devguide merge <report.json>...`');
  const sharded = reports.filter((report) => report.shard !== null);
  const first = sharded[0]?.shard ?? null;
  if (first) {
    for (const report of sharded) {
      const header = report.shard!;
      if (header.plan !== first.plan || header.count !== first.count || header.root !== first.root)
        throw new InputError(
          `Unexpected shard report \`${report.name}\` of another run (shard ${header.index}/${header.count}, files ${header.plan}), expected the shards of one run (${first.count} shards, files ${first.plan})`,
          'merge the reports of one commit and one `--shard` count',
        );
    }
    const seen = new Map<number, string>();
    for (const report of sharded) {
      const again = seen.get(report.shard!.index);
      if (again !== undefined)
        throw new InputError(
          `Unexpected shard ${report.shard!.index}/${first.count} twice (\`${again}\` and \`${report.name}\`), expected each shard once`,
          'give each shard report once',
        );
      seen.set(report.shard!.index, report.name);
    }
    const missing = Array.from({ length: first.count }, (_, at) => at + 1).filter((index) => !seen.has(index));
    if (missing.length > 0)
      throw new InputError(
        `Unexpected missing shard report${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${first.count}`).join(', ')}, expected all ${first.count} shards of the run`,
        'run the missing shards, or merge after every shard has written its report',
      );
  }
  // Shards first, in shard order: a file's findings keep the order the whole run gives them.
  const ordered = [
    ...sharded.sort((a, b) => a.shard!.index - b.shard!.index),
    ...reports.filter((report) => report.shard === null),
  ];
  const byPath = new Map<string, { result: JsonResult; messages: JsonMessage[] }>();
  for (const report of ordered)
    for (const result of report.results) {
      const entry = byPath.get(result.filePath);
      if (entry) {
        entry.messages.push(...result.messages);
        entry.result.group ??= result.group;
      } else byPath.set(result.filePath, { result: { ...result }, messages: [...result.messages] });
    }
  const results = [...byPath.keys()].sort().map((path) => {
    const { result, messages } = byPath.get(path)!;
    // As the engine orders a file's findings: by line, column, then rule (a stable sort).
    messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
    return { ...result, messages, ...counts(messages) };
  });
  return {
    results,
    context: first ? { root: first.root, repository: first.repository, defaultBranch: first.defaultBranch } : null,
    shards: first?.count ?? 0,
  };
}

function counts(messages: readonly JsonMessage[]) {
  const fixable = (message: JsonMessage) => message.fixable;
  const errors = messages.filter((message) => message.severity === 2);
  const warnings = messages.filter((message) => message.severity === 1);
  return {
    errorCount: errors.length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter(fixable).length,
    fixableWarningCount: warnings.filter(fixable).length,
  };
}

/** The merged results as vfile messages for the reporters, as the engine makes them. */
export function mergedFiles(plan: MergePlan, cwd: string): VFile[] {
  return plan.results.map((result) => {
    const file = new VFile({ path: resolve(cwd, result.filePath), cwd, value: '' });
    for (const entry of result.messages)
      addFindingMessage(file, {
        reason: entry.message,
        place:
          entry.line > 0
            ? {
                start: { line: entry.line, column: entry.column },
                end: { line: entry.endLine, column: entry.endColumn },
              }
            : undefined,
        ruleId: entry.ruleId ?? undefined,
        cause: entry.cause && {
          reason: entry.cause.message,
          place: entry.cause.line > 0 ? { line: entry.cause.line, column: entry.cause.column } : undefined,
          file: resolve(cwd, entry.cause.filePath),
        },
        fatal: entry.severity === 2 ? true : entry.severity === 1 ? false : undefined,
        url: entry.url ?? undefined,
        identity: entry.identity ?? undefined,
        fix: entry.edits ?? undefined,
      });
    return file;
  });
}
