import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baselineRequest,
  baselineSummary,
  checkReportOptions,
  parseMaxWarnings,
  problemCounts,
  reportContext,
  reportExit,
  writeReport
} from "./chunk-VZRJ7ZED.js";
import {
  version
} from "./chunk-Q7OSMEB7.js";
import {
  applyBaseline,
  mergedFiles,
  movesOf,
  parseReport,
  planBaseline,
  planMerge
} from "./chunk-7KPXATJA.js";
import {
  allRules
} from "./chunk-X2SBQCSZ.js";
import "./chunk-IFBKYDCQ.js";
import {
  expectPath
} from "./chunk-HNCZ2Z5C.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  colourEnabled
} from "./chunk-KK36NZVP.js";
import "./chunk-D7WFT64B.js";
import "./chunk-X4N2JY57.js";

// dist/commands/merge.js
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function mergeCommand(io, values) {
  if (values.reports.length === 0)
    throw new UsageError("Unexpected no reports, expected the JSON reports of the shards", "write `devguide merge shard-1.json shard-2.json --format sarif`");
  checkReportOptions("merge", values);
  const maxWarnings = parseMaxWarnings(values.maxWarnings);
  for (const report of values.reports)
    expectPath(io.cwd, report, "", "file");
  if (values.output !== void 0)
    expectPath(io.cwd, values.output, "output", "output");
  if (values.root !== void 0)
    expectPath(io.cwd, values.root, "root", "directory");
  if (values.ownersDir !== void 0)
    expectPath(io.cwd, values.ownersDir, "owners-dir", "directory");
  if (values.sigs !== void 0)
    expectPath(io.cwd, values.sigs, "sigs", "file");
  const baselineAsked = await baselineRequest(io, values);
  const loaded = await Promise.all(values.reports.map(async (name) => parseReport(await readFile(resolve(io.cwd, name), "utf8"), name)));
  const plan = planMerge(loaded);
  const files = mergedFiles(plan, io.cwd);
  const tree = plan.context ? {
    root: resolve(io.cwd, plan.context.root),
    repository: plan.context.repository,
    defaultBranch: plan.context.defaultBranch
  } : {
    root: resolve(io.cwd, values.root ?? "."),
    repository: values.repository ?? null,
    defaultBranch: "main"
  };
  const baselinePlan = baselineAsked ? planBaseline(files, baselineAsked, () => movesOf(tree.root)) : null;
  const baseline = baselinePlan ? await applyBaseline(files, baselinePlan) : null;
  if (baselinePlan)
    io.stderr.write(baselineSummary(baselinePlan, values));
  const options = {
    cwd: io.cwd,
    color: values.output === void 0 && colourEnabled(io, "stdout"),
    version: version(),
    rules: allRules.map((rule) => rule.meta),
    ...reportContext(io, values, tree),
    ...baseline?.report
  };
  await writeReport(io, { format: values.format, output: values.output, files, options });
  const counts = problemCounts(files, baseline?.counted);
  io.stderr.write(`devguide: merged ${loaded.length} report(s)${plan.shards ? ` (${plan.shards} shards)` : ""}: ${files.length} file(s), ${counts.errors} error(s), ${counts.warnings} warning(s)
`);
  return reportExit(io, counts, maxWarnings);
}
export {
  mergeCommand
};
