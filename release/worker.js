import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  allRules,
  lintFileText
} from "./chunk-H3TBQNAR.js";
import "./chunk-DCXGBTOY.js";
import "./chunk-CB6ZGOYD.js";

// ../../packages/lint/dist/engine/worker.js
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));
var rules = setup.rules.map(({ id, options }) => ({ rule: byId.get(id), options }));
parentPort.on("message", (batch) => {
  parentPort.postMessage(batch.map(({ job, text }) => lintFileText(text, job, rules, setup.settings)));
});
