import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintConfigSchema,
  parseBaseline,
  reportPiecesOf,
  reporters
} from "./chunk-7KPXATJA.js";
import {
  expectPath
} from "./chunk-HNCZ2Z5C.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  exitCodes,
  writePieces
} from "./chunk-KK36NZVP.js";
import {
  writeAtomically
} from "./chunk-D7WFT64B.js";
import {
  __toESM,
  require_dist
} from "./chunk-X4N2JY57.js";

// dist/baseline-options.js
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function baselineRequest(io, values) {
  if (values.pruneBaseline && values.baseline === void 0)
    throw new UsageError("Unexpected `--prune-baseline` without `--baseline <file>`, expected both");
  if (values.baseline !== void 0 && values.writeBaseline !== void 0)
    throw new UsageError("Unexpected `--baseline` with `--write-baseline`, expected one of them", "write `--baseline <file> --prune-baseline` to drop fixed findings from a baseline");
  if (values.baseline !== void 0)
    expectPath(io.cwd, values.baseline, "baseline", "file");
  if (values.writeBaseline !== void 0)
    expectPath(io.cwd, values.writeBaseline, "write-baseline", "output");
  if (values.baseline === void 0 && values.writeBaseline === void 0)
    return null;
  const path = values.baseline === void 0 ? null : resolve(io.cwd, values.baseline);
  return {
    format: values.format,
    ...path === null ? {} : {
      compare: {
        baseline: parseBaseline(await readFile(path, "utf8"), values.baseline),
        path,
        prune: values.pruneBaseline === true
      }
    },
    ...values.writeBaseline === void 0 ? {} : { write: resolve(io.cwd, values.writeBaseline) }
  };
}
function baselineSummary(plan, values) {
  const lines = [];
  if (values.writeBaseline !== void 0)
    lines.push(`wrote ${plan.writes[0].findings} finding(s) to the baseline ${values.writeBaseline}`);
  if (plan.states)
    lines.push(`baseline ${values.baseline}: ${plan.fresh} new, ${plan.unchanged} unchanged, ${plan.absent.length} fixed${plan.absent.length > 0 && !values.pruneBaseline ? " (--prune-baseline drops them)" : ""}`);
  return lines.map((line) => `devguide: ${line}
`).join("");
}

// ../../packages/owners/dist/load.js
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

// ../../packages/owners/dist/owners-file.js
var import_yaml = __toESM(require_dist(), 1);
function names(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function goPattern(source) {
  const insensitive = source.startsWith("(?i)");
  try {
    return new RegExp(insensitive ? source.slice(4) : source, insensitive ? "i" : "");
  } catch {
    return null;
  }
}
function parseOwnersFile(text, where) {
  let data;
  try {
    data = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected an OWNERS file (${error.message.split("\n")[0]})`);
  }
  const top = record(data);
  const filters = [];
  for (const [source, value] of Object.entries(record(top["filters"]))) {
    const pattern = goPattern(source);
    const filter = record(value);
    if (pattern)
      filters.push({ pattern, approvers: names(filter["approvers"]), reviewers: names(filter["reviewers"]) });
  }
  return {
    approvers: names(top["approvers"]),
    reviewers: names(top["reviewers"]),
    noParentOwners: record(top["options"])["no_parent_owners"] === true,
    filters
  };
}
function parseOwnersAliases(text, where) {
  let data;
  try {
    data = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected OWNERS_ALIASES (${error.message.split("\n")[0]})`);
  }
  return new Map(Object.entries(record(record(data)["aliases"])).map(([alias, members]) => [alias, names(members)]));
}

// ../../packages/owners/dist/ownership.js
import { posix } from "node:path";
var groupByValues = ["owner", "sig", "dir"];
function ancestors(path) {
  const dirs = [];
  let dir = posix.dirname(path);
  for (; ; ) {
    dirs.push(dir === "." ? "" : dir);
    if (dir === "." || dir === "/")
      return dirs;
    dir = posix.dirname(dir);
  }
}
var Ownership = class {
  #data;
  /** Group and subproject directories, longest first; a subproject before its group at equal length. */
  #places;
  /** The first of `#places` for each directory: a path's place is that of its deepest directory listed. */
  #placeByDir = /* @__PURE__ */ new Map();
  constructor(data) {
    this.#data = data;
    this.#places = data.groups.flatMap((group) => [
      { dir: group.dir, group, subproject: null },
      ...group.subprojects.flatMap((subproject) => subproject.dirs.map((dir) => ({ dir, group, subproject: subproject.name })))
    ]).sort((a, b) => b.dir.length - a.dir.length || Number(b.subproject !== null) - Number(a.subproject !== null));
    for (const place of this.#places)
      if (!this.#placeByDir.has(place.dir))
        this.#placeByDir.set(place.dir, place);
  }
  /** True when the tree has any OWNERS file; without them reports group by directory. */
  get hasOwners() {
    return this.#data.owners.size > 0;
  }
  #expand(logins) {
    const out = /* @__PURE__ */ new Set();
    for (const login of logins)
      for (const member of this.#data.aliases.get(login) ?? [login])
        out.add(member);
    return [...out].sort();
  }
  /** The owners of a repository path (`/`-separated, relative to the repository root). */
  ownersOf(path) {
    const name = posix.basename(path);
    let file = null;
    let approvers = [];
    let reviewers = [];
    const inherited = [];
    for (const dir of ancestors(path)) {
      const owners = this.#data.owners.get(dir);
      if (!owners)
        continue;
      const filters = owners.filters.filter((filter) => filter.pattern.test(name));
      const fileApprovers = [...owners.approvers, ...filters.flatMap((filter) => filter.approvers)];
      if (file === null) {
        file = dir === "" ? "OWNERS" : `${dir}/OWNERS`;
        approvers = this.#expand(fileApprovers);
        reviewers = this.#expand([...owners.reviewers, ...filters.flatMap((filter) => filter.reviewers)]);
      }
      inherited.push(...fileApprovers);
      if (owners.noParentOwners)
        break;
    }
    const place = this.placeOf(path);
    return {
      file,
      approvers,
      reviewers,
      inheritedApprovers: this.#expand(inherited),
      group: place?.group ?? null,
      subproject: place?.subproject ?? null
    };
  }
  /** The group, and subproject, whose directory holds the path: the longest directory wins. */
  placeOf(path) {
    let place = this.#placeByDir.get(path);
    for (let dir = posix.dirname(path); !place; dir = posix.dirname(dir)) {
      place = this.#placeByDir.get(dir === "." ? "" : dir);
      if (dir === "." || dir === "/")
        break;
    }
    return place ? { group: place.group, subproject: place.subproject } : null;
  }
  /** The report group of a path: its OWNERS file, its SIG or its top directory. */
  groupOf(path, by) {
    const owners = by === "owner" ? this.ownersOf(path) : null;
    if (owners?.file)
      return { key: owners.file, label: `${owners.file} (${owners.approvers.join(", ") || "no approvers"})` };
    const group = by === "sig" ? this.placeOf(path)?.group : void 0;
    if (group)
      return { key: group.dir, label: group.name === group.dir ? group.dir : `${group.dir} (${group.name})` };
    const top = path.includes("/") ? path.slice(0, path.indexOf("/")) : ".";
    return { key: top === "." ? "." : `${top}/`, label: top === "." ? "(root)" : `${top}/` };
  }
};

// ../../packages/owners/dist/sigs.js
var import_yaml2 = __toESM(require_dist(), 1);
var sections = [
  ["sigs", "sig"],
  ["workinggroups", "workinggroup"],
  ["usergroups", "usergroup"],
  ["committees", "committee"]
];
function list(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "object" && item !== null) : [];
}
function ownersUrlDir(url, repository) {
  const prefixes = [`https://raw.githubusercontent.com/${repository}/`, `https://github.com/${repository}/blob/`];
  const prefix = prefixes.find((candidate) => url.toLowerCase().startsWith(candidate.toLowerCase()));
  if (!prefix)
    return null;
  const rest = url.slice(prefix.length).split("/").slice(1);
  if (rest.at(-1) !== "OWNERS")
    return null;
  return rest.slice(0, -1).join("/");
}
function parseSigsYaml(text, where, repository) {
  let data;
  try {
    data = (0, import_yaml2.parse)(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected sigs.yaml (${error.message.split("\n")[0]})`);
  }
  const top = typeof data === "object" && data !== null ? data : {};
  const groups = [];
  for (const [section, kind] of sections) {
    for (const entry of list(top[section])) {
      if (typeof entry["dir"] !== "string" || entry["dir"] === "")
        continue;
      const subprojects = list(entry["subprojects"]).map((subproject) => ({
        name: typeof subproject["name"] === "string" ? subproject["name"] : "",
        dirs: (Array.isArray(subproject["owners"]) ? subproject["owners"] : []).filter((url) => typeof url === "string").map((url) => ownersUrlDir(url, repository)).filter((dir) => dir !== null)
      }));
      groups.push({
        kind,
        dir: entry["dir"],
        name: typeof entry["name"] === "string" ? entry["name"] : entry["dir"],
        subprojects: subprojects.filter((subproject) => subproject.dirs.length > 0)
      });
    }
  }
  return groups;
}

// ../../packages/owners/dist/load.js
var skipped = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function ownersFilesUnder(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !skipped.has(entry.name))
        walk(join(dir, entry.name));
      else if (entry.isFile() && entry.name === "OWNERS")
        found.push(join(dir, entry.name));
    }
  };
  walk(root);
  return found;
}
function readOwnershipSources(options) {
  const hash = createHash("sha256").update(`ownership/1\0${options.repository ?? ""}\0`);
  const owners = /* @__PURE__ */ new Map();
  for (const path of ownersFilesUnder(options.ownersDir).sort()) {
    const dir = relative(options.ownersDir, join(path, "..")).split(sep).join("/");
    const text = readFileSync(path, "utf8");
    owners.set(dir, { text, path });
    hash.update(`OWNERS\0${dir}\0${text.length}\0${text}\0`);
  }
  const aliasesPath = join(options.ownersDir, "OWNERS_ALIASES");
  const aliases = existsSync(aliasesPath) ? { text: readFileSync(aliasesPath, "utf8"), path: aliasesPath } : null;
  const sigs = options.sigsYaml ? { text: readFileSync(options.sigsYaml, "utf8"), path: options.sigsYaml } : null;
  hash.update(`OWNERS_ALIASES\0${aliases ? `${aliases.text.length}\0${aliases.text}` : "-"}\0`);
  hash.update(`sigs.yaml\0${sigs ? `${sigs.text.length}\0${sigs.text}` : "-"}\0`);
  return { owners, aliases, sigs, repository: options.repository ?? "", hash: hash.digest("hex") };
}
function parseOwnershipSources(sources) {
  const owners = /* @__PURE__ */ new Map();
  for (const [dir, file] of sources.owners)
    owners.set(dir, parseOwnersFile(file.text, file.path));
  const aliases = sources.aliases ? parseOwnersAliases(sources.aliases.text, sources.aliases.path) : /* @__PURE__ */ new Map();
  const groups = sources.sigs ? parseSigsYaml(sources.sigs.text, sources.sigs.path, sources.repository) : [];
  return { owners, aliases, groups };
}
function loadOwnership(options, store) {
  const sources = readOwnershipSources(options);
  const parse3 = () => parseOwnershipSources(sources);
  return new Ownership(store ? store("ownership", sources.hash, parse3) : parse3());
}

// dist/report-context.js
import { existsSync as existsSync2 } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
function reportContext(io, values, run) {
  const grouped = values.format === "markdown" || values.format === "html";
  const by = values.groupBy ?? (grouped ? "sig" : void 0);
  const context = {
    root: run.root,
    repository: run.repository,
    ref: values.ref ?? run.defaultBranch
  };
  if (!by)
    return context;
  const sigsYaml = values.sigs !== void 0 ? resolve2(io.cwd, values.sigs) : join2(run.root, "sigs.yaml");
  let ownership;
  try {
    ownership = loadOwnership({
      ownersDir: values.ownersDir !== void 0 ? resolve2(io.cwd, values.ownersDir) : run.root,
      sigsYaml: by === "sig" && existsSync2(sigsYaml) ? sigsYaml : null,
      repository: run.repository
    }, run.derived);
  } catch (error) {
    throw new UsageError(error.message, "fix the file, or group with `--group-by dir`");
  }
  return {
    ...context,
    groupBy: ownership.hasOwners || by === "dir" ? by : "dir",
    groupOf: (path) => ownership.groupOf(path, by)
  };
}

// dist/report-exit.js
function problemCounts(files, counted = () => true) {
  let errors = 0;
  let warnings = 0;
  for (const file of files)
    for (const message of file.messages) {
      if (!counted(message))
        continue;
      if (message.fatal === true)
        errors++;
      else if (message.fatal === false)
        warnings++;
    }
  return { errors, warnings };
}
function reportExit(io, counts, maxWarnings) {
  if (counts.errors > 0)
    return exitCodes.findings;
  if (maxWarnings !== void 0 && counts.warnings > maxWarnings) {
    io.stderr.write(`devguide: ${counts.warnings} warning(s), more than --max-warnings ${maxWarnings}
`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}

// dist/report-options.js
var formats = Object.keys(reporters);
function checkReportOptions(command, values) {
  if (!formats.includes(values.format))
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of \`${formats.join("`, `")}\``, `run \`devguide ${command} --help\``);
  if (values.groupBy !== void 0 && !groupByValues.includes(values.groupBy))
    throw new UsageError(`Unexpected \`--group-by ${values.groupBy}\`, expected one of \`${groupByValues.join("`, `")}\``, "write `--group-by sig` to group by SIG or working group");
  if (values.repository !== void 0 && !lintConfigSchema.shape.repository.safeParse(values.repository).success)
    throw new UsageError(`Unexpected \`--repository ${values.repository}\`, expected \`owner/name\``, "write it as GitHub does, such as `kubernetes/community`");
}
function parseMaxWarnings(text) {
  const maxWarnings = text === void 0 ? void 0 : Number(text);
  if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`Unexpected \`--max-warnings ${text}\`, expected a whole number`, "write `--max-warnings 0` to fail on any warning");
  }
  return maxWarnings;
}

// dist/write-report.js
import { resolve as resolve3 } from "node:path";
async function writeReport(io, report, pieces = () => reportPiecesOf(report.format, report.files, report.options)) {
  if (report.output !== void 0)
    await writeAtomically([{ path: resolve3(io.cwd, report.output), content: pieces() }]);
  else
    await writePieces(io.stdout, pieces());
}

export {
  baselineRequest,
  baselineSummary,
  reportContext,
  problemCounts,
  reportExit,
  checkReportOptions,
  parseMaxWarnings,
  writeReport
};
