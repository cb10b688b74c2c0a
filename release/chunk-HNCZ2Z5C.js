import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";

// dist/expect-path.js
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
function expectPath(cwd, value, option, kind) {
  const path = resolve(cwd, value);
  const named = option ? `\`--${option} ${value}\`` : `\`${value}\``;
  const found = statOf(path, named);
  if (kind === "file") {
    if (!found)
      throw new UsageError(`${named}: Unexpected missing file, expected an existing file`, "check the path");
    if (found.isDirectory())
      throw new UsageError(`${named}: Unexpected directory, expected a file`, "name the file inside it");
  } else if (kind === "directory" || kind === "directory?") {
    if (!found && kind === "directory")
      throw new UsageError(`${named}: Unexpected missing directory, expected an existing directory`, "check the path");
    if (found && !found.isDirectory())
      throw new UsageError(`${named}: Unexpected file, expected a directory`, "name the directory that holds it");
  } else {
    if (found?.isDirectory())
      throw new UsageError(`${named}: Unexpected directory, expected a file to write`, "name a file, such as one inside that directory");
    const parent = statOf(dirname(path), named);
    if (parent ? !parent.isDirectory() : kind === "output")
      throw new UsageError(`${named}: Unexpected ${parent ? "file" : "missing directory"} \`${dirname(value)}\`, expected the directory the file goes in`, parent ? "check the path" : "create it first");
  }
  return path;
}
function statOf(path, named) {
  try {
    return statSync(path);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT")
      return void 0;
    if (code === "ELOOP")
      throw new UsageError(`${named}: Unexpected symbolic link loop, expected a link that ends at a file or directory`, "remove or repoint the symbolic link");
    if (code === "ENOTDIR")
      throw new UsageError(`${named}: Unexpected file in the path, expected directories above it`, "check the path");
    throw error;
  }
}

export {
  expectPath
};
