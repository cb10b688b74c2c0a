import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkReportOptions,
  parseMaxWarnings,
  problemCounts,
  reportContext,
  reportExit
} from "./chunk-DG45DW4I.js";
import {
  mergedFiles,
  parseReport,
  planMerge,
  reporters,
  version
} from "./chunk-GS2DENEV.js";
import {
  expectPath
} from "./chunk-HNCZ2Z5C.js";
import {
  allRules
} from "./chunk-HW33HBPZ.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  colourEnabled
} from "./chunk-J4RVS54M.js";
import "./chunk-35WB2BM5.js";
import {
  writeAtomically
} from "./chunk-MM5EA2ZR.js";
import "./chunk-YUKB664O.js";

// dist/commands/merge.js
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function mergeCommand(io, values) {
  if (values.reports.length === 0)
    throw new UsageError("Unexpected no reports, expected the JSON reports of the shards", "write `devguide merge shard-1.json shard-2.json --format sarif`");
  checkReportOptions("merge", values);
  const maxWarnings = parseMaxWarnings(values.maxWarnings);
  for (const report2 of values.reports)
    expectPath(io.cwd, report2, "", "file");
  if (values.output !== void 0)
    expectPath(io.cwd, values.output, "output", "output");
  if (values.root !== void 0)
    expectPath(io.cwd, values.root, "root", "directory");
  if (values.ownersDir !== void 0)
    expectPath(io.cwd, values.ownersDir, "owners-dir", "directory");
  if (values.sigs !== void 0)
    expectPath(io.cwd, values.sigs, "sigs", "file");
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
  const report = reporters[values.format](files, {
    cwd: io.cwd,
    color: values.output === void 0 && colourEnabled(io, "stdout"),
    version: version(),
    rules: allRules.map((rule) => rule.meta),
    ...reportContext(io, values, tree)
  });
  if (values.output)
    await writeAtomically([{ path: resolve(io.cwd, values.output), content: report }]);
  else
    io.stdout.write(report);
  const counts = problemCounts(files);
  io.stderr.write(`devguide: merged ${loaded.length} report(s)${plan.shards ? ` (${plan.shards} shards)` : ""}: ${files.length} file(s), ${counts.errors} error(s), ${counts.warnings} warning(s)
`);
  return reportExit(io, counts, maxWarnings);
}
export {
  mergeCommand
};
