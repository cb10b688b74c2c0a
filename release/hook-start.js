// ../../packages/lint/dist/engine/runtime-flags.js
import { setFlagsFromString } from "node:v8";
var budget = "--interrupt-budget=1200000";
var measuredOn = /^11\./;
function lintRuntimeFlags() {
  return measuredOn.test(process.versions.v8) ? [budget] : [];
}
function tuneLintRuntime() {
  for (const flag of lintRuntimeFlags())
    setFlagsFromString(flag);
}

// dist/hook-start.js
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { dirname as dirname2, join as join3, resolve as resolve3 } from "node:path";
import { pathToFileURL } from "node:url";

// dist/cache-location.js
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
function defaultCacheLocation(io) {
  if (io.env["PRE_COMMIT"] !== "1")
    return ".devguide-cache/lint.v8";
  const home = io.env["PRE_COMMIT_HOME"] || join(io.env["XDG_CACHE_HOME"] || join(io.env["HOME"] || homedir(), ".cache"), "pre-commit");
  const repository = createHash("sha256").update(resolve(io.cwd)).digest("hex").slice(0, 16);
  return join(home, "devguide", repository, "lint.v8");
}
function hookCacheDir(io, gitDir) {
  return io.env["PRE_COMMIT"] === "1" ? resolve(io.cwd, defaultCacheLocation(io), "..") : join(gitDir, "devguide");
}

// dist/code-cache.js
import { isAscii } from "node:buffer";
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";
var magic = "devguide-code-cache 1\n";
function runCachedScript(file, options) {
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const globals = Object.entries(options.globals ?? {});
  const key = JSON.stringify([
    process.version,
    process.versions.v8,
    process.arch,
    options.flags,
    globals.map(([name]) => name),
    createHash2("sha256").update(bytes).digest("hex")
  ]);
  const { cacheFile } = options;
  let state = "miss";
  const cachedData = cacheFile === null ? void 0 : readCache(cacheFile, key);
  if (cachedData === null)
    state = "rejected";
  const wrapper = `(function (exports, require, module, __filename, __dirname${globals.map(([name]) => `, ${name}`).join("")}) {${source}
})`;
  const script = new Script(wrapper, { filename: file, ...cachedData ? { cachedData } : {} });
  if (cachedData)
    state = script.cachedDataRejected === true ? "rejected" : "hit";
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), ...globals.map(([, value]) => value));
  return {
    exports: module.exports,
    cache: state,
    save: () => {
      if (cacheFile === null || state === "hit")
        return;
      writeCache(cacheFile, key, script.createCachedData());
    }
  };
}
function readCache(cacheFile, key) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return void 0;
  }
  const headerEnd = bytes.indexOf(10, magic.length);
  if (bytes.toString("latin1", 0, magic.length) !== magic || headerEnd === -1)
    return null;
  let header;
  try {
    header = JSON.parse(bytes.toString("utf8", magic.length, headerEnd));
  } catch {
    return null;
  }
  if (header.key !== key)
    return void 0;
  const data = bytes.subarray(headerEnd + 1);
  return createHash2("sha256").update(data).digest("hex") === header.sha256 ? data : null;
}
function writeCache(cacheFile, key, data) {
  const header = JSON.stringify({ key, sha256: createHash2("sha256").update(data).digest("hex") });
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(temp, Buffer.concat([Buffer.from(`${magic}${header}
`), data]));
    renameSync(temp, cacheFile);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
  }
}

// dist/exit-codes.js
var exitCodes = { ok: 0, findings: 1, failure: 2 };

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

// dist/staged.js
import { spawn } from "node:child_process";
import { join as join2, resolve as resolve2 } from "node:path";

// dist/usage-error.js
var UsageError = class extends Error {
  fix;
  constructor(message, fix) {
    super(message);
    this.fix = fix;
    this.name = "UsageError";
  }
};

// dist/staged.js
function runGit(io, cwd, args, options = {}) {
  const { input, status = [0] } = options;
  return new Promise((resolve4, reject) => {
    const child = spawn("git", args, {
      cwd,
      env: io.env,
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new UsageError(`Unexpected failure to run git (${error.message}), expected git on the PATH`, "install git")));
    child.on("close", (code) => {
      if (code !== null && status.includes(code))
        resolve4(Buffer.concat(out).toString("utf8"));
      else
        reject(new UsageError(`Unexpected failure of \`git ${args[0]}\`: ${Buffer.concat(err).toString("utf8").trim().split("\n")[0] ?? ""}`, "run the hook from inside a git working tree"));
    });
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function readStagedIndex(io, cwd) {
  const read = (dir) => Promise.all([
    runGit(io, dir, ["diff", "--cached", "--name-status", "-M", "-z"]),
    runGit(io, dir, ["ls-files", "--stage", "-z"])
  ]);
  const early = read(cwd);
  early.catch(() => void 0);
  const [top = "", gitDir = "", head] = (await runGit(io, cwd, ["rev-parse", "--show-toplevel", "--absolute-git-dir", "--verify", "-q", "HEAD^{commit}"], {
    status: [0, 1]
  })).trim().split("\n");
  const [diff, listing] = await (top === resolve2(cwd) ? early : read(top));
  const entries = /* @__PURE__ */ new Map();
  for (const record of listing.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1)
      continue;
    const [mode, sha, stage] = record.slice(0, tab).split(" ");
    if (stage !== "0" || !mode || !sha)
      continue;
    const path = record.slice(tab + 1);
    entries.set(path, { mode, sha, path });
  }
  const changes = parseNameStatus(diff);
  const changed = changes.flatMap((change) => "ACMR".includes(change.status) && entries.has(change.path) ? [change.path] : []);
  return { top, gitDir, changed, changes, hasHead: head !== void 0, entries };
}
function parseNameStatus(text) {
  const fields = text.split("\0");
  const changes = [];
  for (let at = 0; at < fields.length; ) {
    const code = fields[at];
    if (code === "") {
      at++;
      continue;
    }
    const status = code[0];
    if (status === "R" || status === "C") {
      changes.push({ status, from: fields[at + 1], path: fields[at + 2] });
      at += 3;
    } else {
      changes.push({ status, path: fields[at + 1] });
      at += 2;
    }
  }
  return changes;
}

// dist/hook-start.js
async function startPreCommit(io, command, bundleDir, paths = []) {
  const staged = readStagedIndex(io, io.cwd);
  staged.catch(() => void 0);
  tuneLintRuntime();
  const gitDir = findGitDir(io.cwd, io.env);
  const script = runCachedScript(join3(bundleDir, "hook.cjs"), {
    cacheFile: gitDir === null ? null : join3(hookCacheDir(io, gitDir), "hook-code.v8"),
    flags: [...process.execArgv, io.env["NODE_OPTIONS"] ?? "", ...lintRuntimeFlags()],
    // The URL the bundle's modules take for their own: a built `.js` in the bundle directory, where
    // they find the lint worker (started only from a build) and, above it, package.json.
    globals: { __hookModuleUrl: pathToFileURL(join3(bundleDir, "hook.js")).href }
  });
  const code = await script.exports.runPreCommit(io, command, staged, paths);
  if (code !== exitCodes.failure)
    script.save();
  return code;
}
function preCommitPaths(argv) {
  if (argv[0] !== "hook" || argv[1] !== "pre-commit")
    return null;
  const paths = argv.slice(2);
  return paths.some((path) => path.startsWith("-")) ? null : paths;
}
function findGitDir(cwd, env) {
  if (env["GIT_DIR"])
    return resolve3(cwd, env["GIT_DIR"]);
  for (let dir = resolve3(cwd); ; dir = dirname2(dir)) {
    const dotGit = join3(dir, ".git");
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    if (stat?.isDirectory())
      return dotGit;
    if (stat?.isFile()) {
      const pointer = /^gitdir: (.+)$/m.exec(readFileSync2(dotGit, "utf8"));
      return pointer ? resolve3(dir, pointer[1].trim()) : null;
    }
    if (dirname2(dir) === dir)
      return null;
  }
}
export {
  findGitDir,
  preCommitPaths,
  processIo,
  startPreCommit
};
