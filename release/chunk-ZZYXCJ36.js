import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatEditResults,
  unifiedDiff
} from "./chunk-RVTQ7CDU.js";
import {
  tuneLintRuntime
} from "./chunk-7KPXATJA.js";
import "./chunk-X2SBQCSZ.js";
import "./chunk-IFBKYDCQ.js";
import {
  exitCodes
} from "./chunk-KK36NZVP.js";
import {
  loadContent,
  renderReadme,
  writeAtomically
} from "./chunk-D7WFT64B.js";
import "./chunk-X4N2JY57.js";

// dist/commands/readme.js
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function readmeCommand(io, values) {
  tuneLintRuntime();
  const content = await loadContent(resolve(io.cwd, values.content), io.cwd, {
    staging: values.check ? "refuse" : "finish"
  });
  const rendered = renderReadme(content.loaded, content.lock, content.upstreamText, content.display.upstream);
  for (const line of formatEditResults(rendered.editResults, content.display.upstream).lines)
    io.stderr.write(`${line}
`);
  const current = await readFile(content.paths.output, "utf8").catch((error) => {
    if (error.code === "ENOENT")
      return null;
    throw error;
  });
  if (values.check) {
    if (current === rendered.text) {
      io.stdout.write(`${content.display.output} is up to date
`);
      return exitCodes.ok;
    }
    io.stdout.write(unifiedDiff(content.display.output, current ?? "", rendered.text, io));
    io.stderr.write(`${content.display.output}: ${current === null ? "missing" : "out of date"}; run \`pnpm generate:readme\` (devguide readme) to regenerate it
`);
    return exitCodes.findings;
  }
  if (current === rendered.text) {
    io.stdout.write(`${content.display.output} is up to date
`);
    return exitCodes.ok;
  }
  await writeAtomically([{ path: content.paths.output, content: rendered.text }]);
  io.stdout.write(`wrote ${content.display.output}
`);
  return exitCodes.ok;
}
export {
  readmeCommand
};
