import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// dist/version.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function version() {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest))
      continue;
    const parsed = JSON.parse(readFileSync(manifest, "utf8"));
    if (parsed.name === "devguide" && parsed.version)
      return parsed.version;
  }
  return "0.0.0";
}

export {
  version
};
