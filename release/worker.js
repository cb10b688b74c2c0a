import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  allRules,
  lintFileText
} from "./chunk-X2SBQCSZ.js";
import "./chunk-IFBKYDCQ.js";
import "./chunk-X4N2JY57.js";

// ../../packages/lint/dist/engine/worker.js
function batchLinter(setup) {
  const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));
  const rules = setup.rules.map(({ id, options }) => ({
    rule: byId.get(id),
    options
  }));
  return (batch) => batch.map(({ job, text }) => lintFileText(text, job, rules, setup.settings));
}
var lintBatch;
process.on("message", (message) => {
  if ("setup" in message)
    lintBatch = batchLinter(message.setup);
  else
    process.send(lintBatch(message.batch));
});
process.on("disconnect", () => process.exit(0));
