import { allRules } from '../rules/index.js';
import type { ActiveFileRule, FileJob, FileOutcome } from './lint-file.js';
import { lintFileText } from './lint-file.js';
import type { FileRule, LintSettings } from './rule.js';

export interface WorkerSetup {
  rules: Array<{ id: string; options: unknown }>;
  settings: LintSettings;
}

export type WorkerBatch = Array<{ job: FileJob; text: string }>;

/** From the parent: the setup once, then batches; each batch is answered with its outcomes. */
export type WorkerMessage = { setup: WorkerSetup } | { batch: WorkerBatch };

function batchLinter(setup: WorkerSetup): (batch: WorkerBatch) => FileOutcome[] {
  const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));
  const rules: ActiveFileRule[] = setup.rules.map(({ id, options }) => ({
    rule: byId.get(id) as FileRule<unknown>,
    options,
  }));
  return (batch) => batch.map(({ job, text }) => lintFileText(text, job, rules, setup.settings));
}

// A child process of the lint pool (a process, so that it can have V8 flags of its own).
let lintBatch: ((batch: WorkerBatch) => FileOutcome[]) | undefined;
process.on('message', (message: WorkerMessage) => {
  if ('setup' in message) lintBatch = batchLinter(message.setup);
  else process.send!(lintBatch!(message.batch));
});
process.on('disconnect', () => process.exit(0));
