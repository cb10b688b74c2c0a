import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubError,
  GitSourceError,
  RefusedEntryError,
  UnsafePathError
} from "./chunk-Q5K5MSOW.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  GuideError
} from "./chunk-222P4Q5V.js";

// dist/describe-error.js
function describeError(error) {
  if (error instanceof GuideError)
    return error.format();
  if (error instanceof UsageError)
    return `devguide: ${error.message}${error.fix ? `; ${error.fix}` : ""}`;
  if (error instanceof UnsafePathError || error instanceof RefusedEntryError || error instanceof GitSourceError || error instanceof GitHubError)
    return `devguide: ${error.message}`;
  const code = error?.code;
  if (code && ["ENOENT", "EACCES", "EBINARY", "EENCODING", "ENOSPC", "EROFS"].includes(code))
    return `devguide: ${error.message}`;
  return `devguide: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
}

export {
  describeError
};
