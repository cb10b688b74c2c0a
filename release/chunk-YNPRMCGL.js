import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planLinkCacheMerge,
  renderLinkCacheMerge
} from "./chunk-QBBEYKLT.js";
import "./chunk-RB7S2H3Z.js";
import "./chunk-B4IP4LRT.js";
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
  writeAtomically
} from "./chunk-D7WFT64B.js";
import "./chunk-X4N2JY57.js";

// dist/commands/cache.js
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function cacheCommand(io, values) {
  const [action, ...caches] = values.positionals;
  if (action !== "merge")
    throw new UsageError(`Unexpected ${action === void 0 ? "no action" : `\`${action}\``} for \`devguide cache\`, expected \`merge\``, "write `devguide cache merge <caches...> --output <file>`");
  if (values.output === void 0)
    throw new UsageError("Unexpected `devguide cache merge` without `--output <file>`, expected where to write the merged cache", "write `devguide cache merge <caches...> --output .devguide-cache/links.v1.json`");
  for (const cache of caches)
    expectPath(io.cwd, cache, "", "file");
  expectPath(io.cwd, values.output, "output", "cache");
  const inputs = await Promise.all(caches.map(async (name) => ({ name, text: await readFile(resolve(io.cwd, name), "utf8") })));
  const merge = planLinkCacheMerge(inputs);
  await writeAtomically([{ path: resolve(io.cwd, values.output), content: renderLinkCacheMerge(merge) }]);
  io.stderr.write(`devguide: merged ${inputs.length} link cache(s) into ${values.output}: ${merge.entries.size} URL(s) (${merge.taken.map((input) => `${input.urls} from ${input.name}`).join(", ")})
`);
  return exitCodes.ok;
}
export {
  cacheCommand
};
