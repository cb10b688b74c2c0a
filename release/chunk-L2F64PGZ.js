import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubError
} from "./chunk-B4IP4LRT.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  GitSourceError,
  RefusedEntryError,
  UnsafePathError
} from "./chunk-QHSY6AU5.js";
import {
  GuideError,
  InputError
} from "./chunk-OWDE4W5F.js";

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
function describeError(error, cwd) {
  if (error instanceof GuideError)
    return error.format();
  if (error instanceof Error && error.name === "LintWorkerError")
    return `devguide: ${error.message}`;
  if (error instanceof UsageError || error instanceof InputError)
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

export {
  describeError
};
