import { parentPort, workerData } from 'node:worker_threads';
import { allRules } from '../rules/index.js';
import type { ActiveFileRule, FileJob } from './lint-file.js';
import { lintFileText } from './lint-file.js';
import type { FileRule, LintSettings } from './rule.js';

interface WorkerSetup {
  rules: Array<{ id: string; options: unknown }>;
  settings: LintSettings;
}

const setup = workerData as WorkerSetup;
const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));
const rules: ActiveFileRule[] = setup.rules.map(({ id, options }) => ({ rule: byId.get(id) as FileRule<unknown>, options }));

parentPort!.on('message', (batch: Array<{ job: FileJob; text: string }>) => {
  parentPort!.postMessage(batch.map(({ job, text }) => lintFileText(text, job, rules, setup.settings)));
});
