import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  version
} from "./chunk-Q7OSMEB7.js";
import {
  baselineSchema,
  lintConfigSchema,
  renderRuleDoc,
  renderRulesIndex,
  ruleUrl
} from "./chunk-7KPXATJA.js";
import {
  allRules
} from "./chunk-X2SBQCSZ.js";
import "./chunk-IFBKYDCQ.js";
import {
  GitHubError
} from "./chunk-B4IP4LRT.js";
import {
  expectPath
} from "./chunk-HNCZ2Z5C.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  exitCodes
} from "./chunk-KK36NZVP.js";
import {
  GitSourceError,
  RefusedEntryError,
  UnsafePathError,
  configJsonSchema
} from "./chunk-D7WFT64B.js";
import {
  GuideError,
  InputError,
  closest,
  toJSONSchema
} from "./chunk-X4N2JY57.js";

// dist/describe-error.js
import { isAbsolute, relative } from "node:path";
var systemErrors = {
  ENOENT: { found: "missing path", expected: "an existing file or directory", fix: "check the path" },
  ENOTDIR: {
    found: "file where a directory belongs",
    expected: "a directory",
    fix: "name a directory, or remove the file in the way"
  },
  EISDIR: { found: "directory", expected: "a file", fix: "name a file, not a directory" },
  ELOOP: {
    found: "symbolic link loop",
    expected: "a link that ends at a file or directory",
    fix: "remove or repoint the symbolic link"
  },
  EACCES: { found: "permission denied", expected: "a path devguide may read and write", fix: "fix its permissions" },
  EPERM: {
    found: "operation not permitted",
    expected: "a path devguide may read and write",
    fix: "fix its permissions"
  },
  EROFS: { found: "read-only file system", expected: "a writable location", fix: "choose a writable location" },
  ENOSPC: { found: "full disk", expected: "space to write", fix: "free disk space and run again" },
  EDQUOT: { found: "exceeded disk quota", expected: "space to write", fix: "free disk space and run again" },
  EMFILE: { found: "too many open files", expected: "a free file descriptor", fix: "raise the limit (`ulimit -n`)" },
  ENFILE: { found: "too many open files", expected: "a free file descriptor", fix: "raise the limit (`ulimit -n`)" },
  ENAMETOOLONG: { found: "name too long", expected: "a shorter path", fix: "shorten the path" },
  EEXIST: { found: "existing path", expected: "a free path", fix: "move or remove what is in the way" },
  ENOTEMPTY: { found: "non-empty directory", expected: "an empty directory", fix: "move or remove its contents" },
  EBUSY: { found: "busy file", expected: "a file not in use", fix: "close what holds it and run again" },
  EXDEV: { found: "move across file systems", expected: "paths on one file system", fix: "keep them on one device" },
  EIO: { found: "input/output error", expected: "a readable device", fix: "check the disk" }
};
function isForeignUsageError(error) {
  return error instanceof Error && error.name === "UsageError" && !(error instanceof UsageError);
}
function describeError(error, cwd) {
  if (error instanceof GuideError)
    return error.format();
  if (error instanceof Error && error.name === "LintWorkerError")
    return `devguide: ${error.message}`;
  if (error instanceof UsageError || error instanceof InputError || isForeignUsageError(error))
    return `devguide: ${error.message}${error.fix ? `; ${error.fix}` : ""}`;
  if (error instanceof UnsafePathError || error instanceof RefusedEntryError || error instanceof GitSourceError || error instanceof GitHubError)
    return `devguide: ${error.message}`;
  const system = error;
  const code = typeof system?.code === "string" && /^E[A-Z0-9]+$/.test(system.code) ? system.code : void 0;
  if (code && system?.syscall === void 0)
    return `devguide: ${system.message}`;
  const known = code ? systemErrors[code] : void 0;
  if (code) {
    const path = system.path ?? system.dest;
    const where = path === void 0 ? "" : `${shown(path, cwd)}: `;
    const { found, expected, fix } = known ?? {
      found: `\`${code}\` from \`${system.syscall}\``,
      expected: "the operation to succeed",
      fix: "check the path and run again"
    };
    return `devguide: ${where}Unexpected ${found}, expected ${expected}; ${fix}`;
  }
  return `devguide: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
}
function shown(path, cwd) {
  if (!cwd || !isAbsolute(path))
    return path;
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

// dist/cli-schema.js
var globalOptions = [
  {
    name: "content",
    type: "string",
    valueName: "dir",
    description: "The content directory (configuration, lock, upstream copy, README).",
    default: "content"
  },
  { name: "help", type: "boolean", short: "h", description: "Show help for the command." }
];
var formatOption = {
  name: "format",
  type: "string",
  valueName: "name",
  description: "Report format: stylish, json, sarif, github, markdown (for a job summary: under 1 MiB, tables cut to their top rows) or html (one self-contained page; use with --output).",
  default: "stylish"
};
var outputOption = {
  name: "output",
  type: "string",
  valueName: "file",
  description: "Write the report to a file instead of stdout."
};
var maxWarningsOption = {
  name: "max-warnings",
  type: "string",
  valueName: "n",
  description: "Exit 1 when there are more than n warnings."
};
var groupByOption = {
  name: "group-by",
  type: "string",
  valueName: "owner|sig|dir",
  description: "Group findings by their nearest OWNERS file, their SIG, working group or committee (sigs.yaml), or their top directory; without OWNERS files, by directory (default for markdown and html: sig)."
};
var baselineOptions = [
  {
    name: "baseline",
    type: "string",
    valueName: "file",
    description: "Report only findings not in this baseline (exit 1 only for those; markdown, html and sarif show all, marked new or unchanged); say how many baseline findings are fixed."
  },
  {
    name: "write-baseline",
    type: "string",
    valueName: "file",
    description: "Record today's findings as the baseline (sorted JSON, docs/schema/devguide-baseline.schema.json)."
  },
  {
    name: "prune-baseline",
    type: "boolean",
    description: "With --baseline: rewrite the baseline without the findings that are fixed."
  }
];
var ownersDirOption = {
  name: "owners-dir",
  type: "string",
  valueName: "dir",
  description: "Where the OWNERS files and OWNERS_ALIASES of the tree are (default: the root)."
};
var sigsOption = {
  name: "sigs",
  type: "string",
  valueName: "file",
  description: "The sigs.yaml that maps directories to SIGs and subprojects (default: the root's sigs.yaml, if any)."
};
var refOption = {
  name: "ref",
  type: "string",
  valueName: "ref",
  description: "The commit or branch the report links each finding to on GitHub (default: the default branch)."
};
var commands = [
  {
    name: "readme",
    summary: "Regenerate the canonical README from content/ (offline, deterministic).",
    usage: "devguide readme [--check] [--content <dir>]",
    options: [
      {
        name: "check",
        type: "boolean",
        description: "Do not write: exit 1 with a unified diff when the README is out of date."
      }
    ]
  },
  {
    name: "sync",
    summary: "Bring the pinned upstream forward (GitHub API, or a directory or git repository), update the lock and regenerate.",
    usage: "devguide sync [--ref <ref>] [--check] [--dry-run] [--locked] [--fix] [--api-url <url>] | --from <dir> [--rev <rev>] [--commit <sha>]",
    options: [
      {
        name: "from",
        type: "string",
        valueName: "dir",
        description: "Offline: take the upstream from a directory (such as an export of the repository) or a local git repository instead of the GitHub API."
      },
      {
        name: "rev",
        type: "string",
        valueName: "rev",
        description: "With a git repository: the revision to take (default HEAD)."
      },
      {
        name: "commit",
        type: "string",
        valueName: "sha",
        description: "With a plain directory: the upstream commit it was exported from, recorded in the lock."
      },
      {
        name: "ref",
        type: "string",
        valueName: "ref",
        description: "With the GitHub API: the branch, tag or commit to take (default: `upstream.ref` of the configuration)."
      },
      {
        name: "api-url",
        type: "string",
        valueName: "url",
        description: "The GitHub API root (default: `GITHUB_API_URL`, else https://api.github.com). `GITHUB_TOKEN`, when set, is sent to it only."
      },
      {
        name: "check",
        type: "boolean",
        description: "Write nothing: print the summary and exit 1 when upstream moved past the lock (for a scheduled CI job)."
      },
      {
        name: "locked",
        type: "boolean",
        description: "Take exactly the locked commit again (re-materialise content/ from the lock)."
      },
      {
        name: "fix",
        type: "boolean",
        description: "Repoint guide links whose target moved upstream, as downstream edits in devguide.yaml."
      },
      {
        name: "dry-run",
        type: "boolean",
        description: "Print the plan and a unified diff of every file it would write; write nothing."
      }
    ]
  },
  {
    name: "lint",
    summary: "Lint markdown: guide structure rules and offline link checks (files, anchors, references).",
    usage: "devguide lint [paths...] [--fix] [--format <name>] [--root <dir>] [--config <file>]",
    positionals: {
      name: "paths",
      description: "Files or directories to lint (default: the configured include globs).",
      max: Infinity
    },
    options: [
      {
        name: "fix",
        type: "boolean",
        description: "Fix what fixable rules can fix with certainty, then lint the fixed text."
      },
      formatOption,
      outputOption,
      {
        name: "patch-dir",
        type: "string",
        valueName: "dir",
        description: "With --fix: leave the tree as it is and write the certain fixes as one `git apply`-able patch per group (--group-by), each with a `<group>.md` pull-request body listing every link fixed, before and after."
      },
      {
        name: "max-per-patch",
        type: "string",
        valueName: "n",
        description: "With --patch-dir: at most n fixes per patch; a larger group is split (a file's fixes stay together)."
      },
      groupByOption,
      ownersDirOption,
      sigsOption,
      refOption,
      maxWarningsOption,
      {
        name: "root",
        type: "string",
        valueName: "dir",
        description: "Where repository paths start (default: the configuration's root)."
      },
      {
        name: "config",
        type: "string",
        valueName: "file",
        description: "The lint configuration (default: the nearest .devguide-lint.yaml)."
      },
      { name: "no-config", type: "boolean", description: "Ignore any .devguide-lint.yaml: default rules." },
      {
        name: "repository",
        type: "string",
        valueName: "owner/name",
        description: "The GitHub repository of the tree: its absolute URLs are checked as local paths."
      },
      {
        name: "tree-listing",
        type: "string",
        valueName: "file",
        description: "A `git ls-tree -r -t --long` listing of the whole tree, for partial checkouts."
      },
      {
        name: "git-dir",
        type: "string",
        valueName: "dir",
        description: "A git repository of the tree: links pinned to a commit, tag or other branch are checked at that ref (default: the root, when it is a clone)."
      },
      {
        name: "allow-empty",
        type: "boolean",
        description: "Exit 0 when no file matches (by default linting nothing is a mistake: exit 2)."
      },
      { name: "no-cache", type: "boolean", description: "Do not read or write the cache." },
      {
        name: "cache-location",
        type: "string",
        valueName: "file",
        description: "The cache file.",
        default: ".devguide-cache/lint.v8"
      },
      {
        name: "jobs",
        type: "string",
        valueName: "n",
        description: "Worker processes (0: lint in one thread; default: one per core when there are 6 MB or more to parse)."
      },
      {
        name: "shard",
        type: "string",
        valueName: "i/n",
        description: "Lint shard i of n (a GitHub Actions matrix): files split by bytes, the same split on every machine and stable as files come and go; links into other shards checked against their facts (from the cache, else parsed); findings only in its own files. With --external each URL is checked by one shard. With --format json the report carries the shard, for `devguide merge`."
      },
      {
        name: "stats",
        type: "boolean",
        description: "Print how many files were parsed, how many came from the cache and how many the fast fact producer handed back to micromark, whole or in part (stderr)."
      },
      {
        name: "changed-since",
        type: "string",
        valueName: "rev",
        description: "Pull-request mode: report only findings the changes since the merge base with rev bring, in any file (links into renamed, deleted or re-headed files too)."
      },
      {
        name: "worktree",
        type: "boolean",
        description: "With --changed-since: count staged and working-tree changes too, not only commits."
      },
      ...baselineOptions,
      {
        name: "external",
        type: "boolean",
        description: "Also check external URLs over the network (dead, permanently redirected, inconclusive); off by default so the lint stays offline."
      },
      {
        name: "offline",
        type: "boolean",
        description: "With --external: send nothing; answer from the link cache and the lock only."
      },
      {
        name: "link-cache",
        type: "string",
        valueName: "file",
        description: "With --external: the link cache file (default: `external.cache` of the configuration, .devguide-cache/links.v1.json)."
      },
      { name: "list-rules", type: "boolean", description: "List the rules with their default severity, and exit." }
    ]
  },
  {
    name: "merge",
    summary: "Merge the JSON reports of `devguide lint --shard i/n --format json` into one report of any format, with the exit code of the whole run.",
    usage: "devguide merge <reports...> [--format <name>] [--output <file>] [--max-warnings <n>] [--group-by <how>] [--baseline <file>]",
    positionals: {
      name: "reports",
      description: "JSON reports: every shard of one run (checked: each shard once, the same files), or whole runs.",
      max: Infinity
    },
    options: [
      formatOption,
      outputOption,
      maxWarningsOption,
      groupByOption,
      ownersDirOption,
      sigsOption,
      refOption,
      ...baselineOptions,
      {
        name: "root",
        type: "string",
        valueName: "dir",
        description: "For reports without a shard header: where repository paths start (default: the current directory)."
      },
      {
        name: "repository",
        type: "string",
        valueName: "owner/name",
        description: "For reports without a shard header: the GitHub repository, for links to each line."
      }
    ]
  },
  {
    name: "cache",
    summary: "Merge link caches (`devguide cache merge <caches...> --output <file>`): the newest answer per URL wins.",
    usage: "devguide cache merge <caches...> --output <file>",
    positionals: { name: "caches", description: "`merge`, then the link cache files of the shards.", max: Infinity },
    options: [
      {
        name: "output",
        type: "string",
        valueName: "file",
        description: "The merged link cache to write (such as the `--link-cache` of the next run)."
      }
    ]
  },
  {
    name: "hook",
    summary: "The git pre-commit hook: lint the staged markdown and check the README against the staged content/, offline.",
    usage: "devguide hook pre-commit [files...] [--command <cmd>]",
    positionals: {
      name: "hook",
      description: "The git hook to run: `pre-commit`; then the staged files to lint fully (as the pre-commit framework passes them; default: every staged markdown file). Links the staged change breaks in other files are reported either way.",
      max: Infinity
    },
    options: [
      {
        name: "command",
        type: "string",
        valueName: "cmd",
        description: "How the printed fix commands call devguide.",
        default: "devguide"
      }
    ]
  }
];

// dist/help.js
function optionLines(options) {
  const labels = options.map((option) => `${option.short ? `-${option.short}, ` : "    "}--${option.name}${option.valueName ? ` <${option.valueName}>` : ""}`);
  const width = Math.max(...labels.map((label) => label.length));
  return options.map((option, index) => `  ${labels[index].padEnd(width)}  ${option.description}${option.default ? ` (default: ${option.default})` : ""}`);
}
function mainHelp(version2) {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `devguide ${version2}: keeps the Kubernetes Developer Guide correct and current.`,
    "",
    "Usage: devguide <command> [options]",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Options:",
    ...optionLines([
      ...globalOptions,
      { name: "version", type: "boolean", short: "v", description: "Print the version." }
    ]),
    "",
    "Exit codes: 0 ok, 1 findings, 2 usage, configuration or tool failure.",
    "Run `devguide <command> --help` for a command's options.",
    ""
  ].join("\n");
}
function commandHelp(command) {
  return [
    `${command.summary}`,
    "",
    `Usage: ${command.usage}`,
    "",
    "Options:",
    ...optionLines([...command.options, ...globalOptions]),
    ""
  ].join("\n");
}

// dist/parse-args.js
import { parseArgs } from "node:util";
function parseCommandLine(argv) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    const named = first === "help" ? commands.find((command2) => command2.name === rest[0]) : void 0;
    return named ? { help: true, command: named } : { help: true };
  }
  if (first === "--version" || first === "-v")
    return { version: true };
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    if (first.startsWith("-"))
      throw unknownOption(first, globalOptions);
    const suggestion = closest(first, commands.map((candidate) => candidate.name));
    throw new UsageError(`Unexpected command \`${first}\`, expected one of \`${commands.map((c) => c.name).join("`, `")}\`${suggestion ? `; did you mean \`${suggestion}\`` : ""}`, "run `devguide --help`");
  }
  const specs = [...command.options, ...globalOptions];
  const options = Object.fromEntries(specs.map((spec) => [spec.name, { type: spec.type, ...spec.short ? { short: spec.short } : {} }]));
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = error.code;
    const unknown = /'(-{1,2}[^']+)'/.exec(error.message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown)
      throw unknownOption(unknown, specs, command);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const message = error.message;
      const option = /'(--?[\w-]+)/.exec(message)?.[1];
      const spec = specs.find((candidate) => `--${candidate.name}` === option || `-${candidate.short}` === option);
      const value = spec?.valueName ? ` <${spec.valueName}>` : " <value>";
      if (option && message.includes("argument is ambiguous")) {
        throw new UsageError(`Unexpected value starting with \`-\` after \`${option}\`, expected \`${option}${value}\``, `write \`${option}=<value>\` for a value that starts with a dash`);
      }
      if (option && message.includes("argument missing")) {
        throw new UsageError(`Unexpected end of \`${option}\`, expected \`${option}${value}\``, `run \`devguide ${command.name} --help\``);
      }
      throw new UsageError(`Unexpected ${message.replace(/^Option /, "option ").split("\n")[0]}`, `run \`devguide ${command.name} --help\``);
    }
    throw new UsageError(error.message.split("\n")[0], `run \`devguide ${command.name} --help\``);
  }
  const max = command.positionals?.max ?? 0;
  if (parsed.positionals.length > max) {
    throw new UsageError(`Unexpected argument \`${parsed.positionals[max]}\`, expected ${max === 0 ? "only options" : `at most ${max}`}`, `run \`devguide ${command.name} --help\``);
  }
  if (parsed.values["help"])
    return { help: true, command };
  return {
    command,
    values: parsed.values,
    positionals: parsed.positionals
  };
}
function unknownOption(flag, specs, command) {
  const names = specs.map((spec) => `--${spec.name}`);
  const suggestion = closest(flag.split("=")[0], names);
  const where = command ? ` for \`devguide ${command.name}\`` : "";
  return new UsageError(`Unexpected option \`${flag}\`${where}${suggestion ? `; did you mean \`${suggestion}\`` : ""}`, `run \`devguide ${command ? `${command.name} ` : ""}--help\``);
}

// dist/run.js
async function run(argv, io, services = {}) {
  try {
    const parsed = parseCommandLine(argv);
    if ("version" in parsed) {
      io.stdout.write(`${version()}
`);
      return exitCodes.ok;
    }
    if ("help" in parsed) {
      io.stdout.write(parsed.command ? commandHelp(parsed.command) : mainHelp(version()));
      return exitCodes.ok;
    }
    const { command, values } = parsed;
    const content = typeof values["content"] === "string" ? values["content"] : "content";
    if (typeof values["content"] === "string")
      expectPath(io.cwd, content, "content", "directory?");
    switch (command.name) {
      case "readme": {
        const { readmeCommand } = await import("./chunk-ZZYXCJ36.js");
        return await readmeCommand(io, { content, check: values["check"] === true });
      }
      case "sync": {
        const { syncCommand } = await import("./chunk-LJ6H4MAG.js");
        return await syncCommand(io, {
          content,
          dryRun: values["dry-run"] === true,
          check: values["check"] === true,
          locked: values["locked"] === true,
          fix: values["fix"] === true,
          ...typeof values["ref"] === "string" ? { ref: values["ref"] } : {},
          ...typeof values["api-url"] === "string" ? { apiUrl: values["api-url"] } : {},
          ...typeof values["from"] === "string" ? { from: values["from"] } : {},
          ...typeof values["rev"] === "string" ? { rev: values["rev"] } : {},
          ...typeof values["commit"] === "string" ? { commit: values["commit"] } : {}
        }, services.sync);
      }
      case "lint": {
        const { lintCommand } = await import("./chunk-IXLC6AJV.js");
        const text = (name) => typeof values[name] === "string" ? values[name] : void 0;
        const flag = (name) => values[name] === true;
        return await lintCommand(io, {
          paths: parsed.positionals,
          fix: flag("fix"),
          format: text("format") ?? "stylish",
          noConfig: flag("no-config"),
          noCache: flag("no-cache"),
          ...text("cache-location") !== void 0 ? { cacheLocation: text("cache-location") } : {},
          listRules: flag("list-rules"),
          stats: flag("stats"),
          external: flag("external"),
          offline: flag("offline"),
          ...text("link-cache") !== void 0 ? { linkCache: text("link-cache") } : {},
          ...Object.fromEntries(["output", "root", "config", "repository", "jobs"].flatMap((name) => text(name) === void 0 ? [] : [[name, text(name)]])),
          ...text("max-warnings") !== void 0 ? { maxWarnings: text("max-warnings") } : {},
          ...text("tree-listing") !== void 0 ? { treeListing: text("tree-listing") } : {},
          ...text("git-dir") !== void 0 ? { gitDir: text("git-dir") } : {},
          ...text("group-by") !== void 0 ? { groupBy: text("group-by") } : {},
          ...text("owners-dir") !== void 0 ? { ownersDir: text("owners-dir") } : {},
          ...text("sigs") !== void 0 ? { sigs: text("sigs") } : {},
          ...text("ref") !== void 0 ? { ref: text("ref") } : {},
          ...text("patch-dir") !== void 0 ? { patchDir: text("patch-dir") } : {},
          ...text("max-per-patch") !== void 0 ? { maxPerPatch: text("max-per-patch") } : {},
          allowEmpty: flag("allow-empty"),
          ...text("baseline") !== void 0 ? { baseline: text("baseline") } : {},
          ...text("write-baseline") !== void 0 ? { writeBaseline: text("write-baseline") } : {},
          pruneBaseline: flag("prune-baseline"),
          ...text("changed-since") !== void 0 ? { changedSince: text("changed-since") } : {},
          worktree: flag("worktree"),
          ...text("shard") !== void 0 ? { shard: text("shard") } : {}
        });
      }
      case "merge": {
        const { mergeCommand } = await import("./chunk-RPHGKZ3D.js");
        const text = (name) => typeof values[name] === "string" ? values[name] : void 0;
        return await mergeCommand(io, {
          reports: parsed.positionals,
          format: text("format") ?? "stylish",
          ...Object.fromEntries([
            ["output", "output"],
            ["maxWarnings", "max-warnings"],
            ["groupBy", "group-by"],
            ["ownersDir", "owners-dir"],
            ["sigs", "sigs"],
            ["ref", "ref"],
            ["root", "root"],
            ["repository", "repository"],
            ["baseline", "baseline"],
            ["writeBaseline", "write-baseline"]
          ].flatMap(([key, name]) => text(name) === void 0 ? [] : [[key, text(name)]])),
          pruneBaseline: values["prune-baseline"] === true
        });
      }
      case "cache": {
        const { cacheCommand } = await import("./chunk-YNPRMCGL.js");
        return await cacheCommand(io, {
          positionals: parsed.positionals,
          ...typeof values["output"] === "string" ? { output: values["output"] } : {}
        });
      }
      case "hook": {
        const { hookCommand } = await import("./chunk-HLU7DYOG.js");
        return await hookCommand(io, {
          hook: parsed.positionals[0],
          paths: parsed.positionals.slice(1),
          command: typeof values["command"] === "string" ? values["command"] : "devguide",
          ...typeof values["content"] === "string" ? { content: values["content"] } : {}
        });
      }
      default:
        throw new UsageError(`Unexpected command \`${command.name}\``);
    }
  } catch (error) {
    io.stderr.write(`${describeError(error, io.cwd)}
`);
    return exitCodes.failure;
  }
}

// dist/process-io.js
function processIo() {
  for (const stream of [process.stdout, process.stderr]) {
    let closed = false;
    stream.on("error", (error) => {
      if (error.code === "EPIPE")
        closed = true;
      if (!closed)
        throw error;
    });
  }
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

// dist/generated-docs.js
function generatedDocs() {
  const files = /* @__PURE__ */ new Map();
  for (const rule of allRules) {
    files.set(`docs/rules/${rule.meta.id}.md`, renderRuleDoc(rule.meta, toJSONSchema(rule.meta.options, { io: "input", unrepresentable: "any" })));
  }
  files.set("docs/rules/README.md", renderRulesIndex(allRules.map((rule) => rule.meta)));
  const contentSchema = standardKeywordsOnly(configJsonSchema());
  const lintReference = standardKeywordsOnly(toJSONSchema(lintConfigSchema, { io: "input", unrepresentable: "any" }));
  const lintSchema = withRuleNames(lintReference);
  files.set("docs/schema/devguide.schema.json", `${JSON.stringify({ ...contentSchema, title: "devguide content configuration" }, null, 2)}
`);
  files.set("docs/schema/devguide-lint.schema.json", `${JSON.stringify({ ...lintSchema, title: "devguide lint configuration" }, null, 2)}
`);
  files.set("docs/schema/devguide-baseline.schema.json", `${JSON.stringify({ ...standardKeywordsOnly(toJSONSchema(baselineSchema, { io: "input" })), title: "devguide lint baseline" }, null, 2)}
`);
  files.set("docs/configuration.md", configurationReference(contentSchema, lintReference));
  files.set("docs/cli.md", cliReference());
  return files;
}
var standardFormats = /* @__PURE__ */ new Set([
  "date-time",
  "date",
  "time",
  "duration",
  "email",
  "idn-email",
  "hostname",
  "idn-hostname",
  "ipv4",
  "ipv6",
  "uri",
  "uri-reference",
  "iri",
  "iri-reference",
  "uuid",
  "uri-template",
  "json-pointer",
  "relative-json-pointer",
  "regex"
]);
function standardKeywordsOnly(schema) {
  if (Array.isArray(schema))
    return schema.map((item) => standardKeywordsOnly(item));
  if (schema === null || typeof schema !== "object")
    return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "format" && typeof value === "string" && !standardFormats.has(value))
      continue;
    out[key] = standardKeywordsOnly(value);
  }
  return out;
}
function withRuleNames(schema) {
  const properties = schema["properties"];
  const severity = { type: "string", enum: ["off", "warn", "error"] };
  const byRule = Object.fromEntries(allRules.map((rule) => {
    const options = standardKeywordsOnly(toJSONSchema(rule.meta.options, { io: "input", unrepresentable: "any" }));
    delete options["$schema"];
    return [
      rule.meta.id,
      {
        description: `${rule.meta.description} Default: \`${rule.meta.defaultSeverity}\`. ${ruleUrl(rule.meta.id)}`,
        anyOf: [
          severity,
          { type: "array", prefixItems: [severity], items: false, minItems: 1, maxItems: 1 },
          { type: "array", prefixItems: [severity, options], items: false, minItems: 2, maxItems: 2 }
        ]
      }
    ];
  }));
  const rules = { ...properties["rules"] };
  delete rules["additionalProperties"];
  delete rules["propertyNames"];
  return {
    ...schema,
    properties: {
      ...properties,
      rules: { ...rules, properties: byRule, additionalProperties: false }
    }
  };
}
function rows(schema, prefix = "") {
  const out = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const key = `${prefix}${name}`;
    const required = schema.required?.includes(name) && property.default === void 0;
    const type = property.enum ? property.enum.map((value) => JSON.stringify(value)).join(" \\| ") : Array.isArray(property.type) ? property.type.join(" \\| ") : property.type ?? (property.anyOf ? "one of several shapes" : "value");
    const fallback = property.default === void 0 ? required ? "(required)" : "" : `\`${JSON.stringify(property.default)}\``;
    out.push(`| \`${key}\` | ${type} | ${fallback} | ${(property.description ?? "").replace(/\|/g, "\\|")} |`);
    if (property.type === "object" && property.properties)
      out.push(...rows(property, `${key}.`));
  }
  return out;
}
function configurationReference(content, lint) {
  return [
    "# Configuration reference",
    "",
    "<!-- Generated from the schemas by `pnpm docs:generate`; do not edit. -->",
    "",
    "Both files are validated on load: an unknown key, a wrong type or an unknown rule is an error",
    "naming the file, line and column. For completion in editors, point the YAML language server at",
    "the JSON Schemas in `docs/schema/`:",
    "",
    "```yaml",
    "# yaml-language-server: $schema=../docs/schema/devguide.schema.json",
    "```",
    "",
    "## `content/devguide.yaml`",
    "",
    content.description ?? "",
    "",
    "| key | type | default | meaning |",
    "| --- | --- | --- | --- |",
    ...rows(content),
    "",
    "Each entry of `edits` is one of: `{entry, section?, link?, set, was?}` (change fields),",
    "`{entry, section?, remove: true}` (drop the entry) or `{after, section?, insert}` (add an entry).",
    "",
    "## `.devguide-lint.yaml`",
    "",
    "Discovered from the working directory upwards (up to the repository root).",
    "",
    "| key | type | default | meaning |",
    "| --- | --- | --- | --- |",
    ...rows(lint),
    "",
    "Rules: see [rules/README.md](rules/README.md).",
    ""
  ].join("\n");
}
function cliReference() {
  const table = (options) => [
    "| option | meaning | default |",
    "| --- | --- | --- |",
    ...options.map((option) => `| \`${option.short ? `-${option.short}, ` : ""}--${option.name}${option.valueName ? ` <${option.valueName}>` : ""}\` | ${option.description.replace(/\|/g, "\\|")} | ${option.default ? `\`${option.default}\`` : ""} |`)
  ];
  return [
    "# Command line",
    "",
    "<!-- Generated from the option schema by `pnpm docs:generate`; do not edit. -->",
    "",
    ...commands.flatMap((command) => [
      `## \`devguide ${command.name}\``,
      "",
      command.summary,
      "",
      "```",
      command.usage,
      "```",
      "",
      ...table(command.options),
      ""
    ]),
    "## Every command",
    "",
    ...table(globalOptions),
    "",
    "Exit codes: 0 ok, 1 findings, 2 usage, configuration or tool failure.",
    ""
  ].join("\n");
}
export {
  generatedDocs,
  processIo,
  run
};
