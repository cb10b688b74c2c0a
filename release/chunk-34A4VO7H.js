import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  expectPath
} from "./chunk-UCXYXY2Q.js";
import {
  statusLine
} from "./chunk-M7S2CVM5.js";
import {
  lint,
  lintConfigSchema,
  reporters,
  version
} from "./chunk-UTHRG5DO.js";
import {
  allRules
} from "./chunk-5MZ6OWOT.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  colourEnabled,
  exitCodes
} from "./chunk-J4RVS54M.js";
import "./chunk-S3UA74RQ.js";
import {
  writeAtomically
} from "./chunk-TCROWKN3.js";
import "./chunk-63NCDCBI.js";

// dist/commands/lint.js
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
var formats = Object.keys(reporters);
async function lintCommand(io, values) {
  if (values.listRules) {
    const width = Math.max(...allRules.map((rule) => rule.meta.id.length));
    for (const rule of allRules) {
      io.stdout.write(`${rule.meta.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(5)}  ${rule.meta.scope === "guide" ? "guide" : "any  "}  ${rule.meta.fixable ? "fix" : "   "}  ${rule.meta.description}
`);
    }
    return exitCodes.ok;
  }
  if (!formats.includes(values.format)) {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of \`${formats.join("`, `")}\``, "run `devguide lint --help`");
  }
  const maxWarnings = values.maxWarnings === void 0 ? void 0 : Number(values.maxWarnings);
  if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`Unexpected \`--max-warnings ${values.maxWarnings}\`, expected a whole number`, "write `--max-warnings 0` to fail on any warning");
  }
  const jobs = values.jobs === void 0 ? void 0 : Number(values.jobs);
  if (jobs !== void 0 && (!Number.isInteger(jobs) || jobs < 0))
    throw new UsageError(`Unexpected \`--jobs ${values.jobs}\`, expected a whole number`, "write `--jobs 0` to lint in one thread");
  if (values.offline && !values.external)
    throw new UsageError("Unexpected `--offline` without `--external`, expected both (the lint is offline without `--external`)");
  if (values.linkCache !== void 0 && !values.external)
    throw new UsageError("Unexpected `--link-cache` without `--external`, expected both");
  if (values.config !== void 0 && !values.noConfig)
    expectPath(io.cwd, values.config, "config", "file");
  if (values.root !== void 0)
    expectPath(io.cwd, values.root, "root", "directory");
  if (values.treeListing !== void 0)
    expectPath(io.cwd, values.treeListing, "tree-listing", "file");
  if (values.output !== void 0)
    expectPath(io.cwd, values.output, "output", "output");
  if (!values.noCache && values.cacheLocation !== void 0)
    expectPath(io.cwd, values.cacheLocation, "cache-location", "cache");
  if (values.linkCache !== void 0)
    expectPath(io.cwd, values.linkCache, "link-cache", "cache");
  if (values.repository !== void 0 && !lintConfigSchema.shape.repository.safeParse(values.repository).success)
    throw new UsageError(`Unexpected \`--repository ${values.repository}\`, expected \`owner/name\``, "write it as GitHub does, such as `kubernetes/community`");
  const progress = progressBar(io);
  const run = await lint({
    rules: allRules,
    cwd: io.cwd,
    paths: values.paths,
    ...values.noConfig ? { config: null } : values.config ? { config: values.config } : {},
    ...values.root ? { root: values.root } : {},
    ...values.repository ? { repository: values.repository } : {},
    ...values.treeListing ? { treeListing: values.treeListing } : {},
    ...values.gitDir ? { gitDir: values.gitDir } : {},
    fix: values.fix,
    allowEmpty: values.allowEmpty === true,
    cache: values.noCache ? null : values.cacheLocation ?? defaultCacheLocation(io),
    ...jobs !== void 0 ? { jobs } : {},
    version: version(),
    ...values.external ? {
      external: {
        offline: values.offline === true,
        env: io.env,
        ...values.linkCache !== void 0 ? { cache: resolve(io.cwd, values.linkCache) } : {},
        ...progress ? { onProgress: progress.update } : {}
      }
    } : {}
  });
  progress?.done();
  if (run.stats.external)
    io.stderr.write(externalSummary(run.stats.external));
  for (const warning of run.stats.warnings)
    io.stderr.write(`devguide: warning: ${warning}
`);
  if (values.stats)
    io.stderr.write(`devguide: ${run.stats.files} file(s), ${run.stats.parsed} parsed, ${run.stats.fromCache} from the cache, ${run.stats.handedBack} handed back to micromark
`);
  const report = reporters[values.format](run.files, {
    cwd: io.cwd,
    color: values.output === void 0 && colourEnabled(io, "stdout"),
    version: version(),
    rules: run.rules
  });
  if (values.output)
    await writeAtomically([{ path: resolve(io.cwd, values.output), content: report }]);
  else
    io.stdout.write(report);
  const cacheWarning = await run.saveCache();
  if (cacheWarning)
    io.stderr.write(`devguide: warning: ${cacheWarning}
`);
  if (values.fix && run.stats.fixed.length > 0)
    io.stderr.write(`fixed ${run.stats.fixed.length} file(s): ${run.stats.fixed.join(", ")}
`);
  let errors = 0;
  let warnings = 0;
  for (const file of run.files) {
    for (const message of file.messages) {
      if (message.fatal === true)
        errors++;
      else if (message.fatal === false)
        warnings++;
    }
  }
  if (values.format === "stylish" && errors + warnings === 0 && !values.output)
    io.stdout.write(`${run.stats.files} file(s) linted, no problems
`);
  if (errors > 0)
    return exitCodes.findings;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr.write(`devguide: ${warnings} warning(s), more than --max-warnings ${maxWarnings}
`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}
function defaultCacheLocation(io) {
  if (io.env["PRE_COMMIT"] !== "1")
    return ".devguide-cache/lint.v8";
  const home = io.env["PRE_COMMIT_HOME"] || join(io.env["XDG_CACHE_HOME"] || join(io.env["HOME"] || homedir(), ".cache"), "pre-commit");
  const repository = createHash("sha256").update(resolve(io.cwd)).digest("hex").slice(0, 16);
  return join(home, "devguide", repository, "lint.v8");
}
function externalSummary(stats) {
  const { alive, dead, inconclusive, unchecked } = stats.byOutcome;
  const lines = [
    `devguide: external links: ${stats.urls} URL(s): ${alive} alive, ${dead} dead, ${inconclusive} inconclusive${unchecked ? `, ${unchecked} not checked (offline)` : ""}; ${stats.fromCache} from the cache, ${stats.fromLock} from the lock, ${stats.requests} request(s), ${(stats.ms / 1e3).toFixed(1)} s`
  ];
  const hosts = [...stats.byHost].filter(([, host]) => host.dead + host.inconclusive > 0).sort(([a, x], [b, y]) => y.dead + y.inconclusive - (x.dead + x.inconclusive) || a.localeCompare(b));
  for (const [host, counts] of hosts.slice(0, 20))
    lines.push(`devguide:   ${host}: ${counts.alive} alive, ${counts.dead} dead, ${counts.inconclusive} inconclusive`);
  if (hosts.length > 20)
    lines.push(`devguide:   and ${hosts.length - 20} more host(s) with problems`);
  return lines.map((line) => `${line}
`).join("");
}
function progressBar(io) {
  const line = statusLine(io);
  if (!line)
    return null;
  const width = 30;
  return {
    update(done, total) {
      const filled = Math.round(done / Math.max(total, 1) * width);
      line.show(`[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} URLs`, done === total);
    },
    done: () => line.done()
  };
}
export {
  defaultCacheLocation,
  lintCommand
};
