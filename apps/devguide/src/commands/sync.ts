import { applySyncPlan, planRegenerate, planSync, readSyncState, type StagedStep } from '@devguide/content';
import { resolve } from 'node:path';
import { exitCodes, type CliIo } from '../io.js';
import { reportDryRun, reportPlan, written } from '../sync/report.js';
import { checkGitHub, connectGitHub, openUpstream, type SyncServices } from '../sync/upstream.js';
import { lockedUpstream, validateSync, type SyncValues } from '../sync/values.js';

export type { SyncServices } from '../sync/upstream.js';
export type { SyncValues } from '../sync/values.js';

export async function syncCommand(io: CliIo, values: SyncValues, services: SyncServices = {}): Promise<number> {
  validateSync(values);
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const state = await readSyncState(resolve(io.cwd, values.content), io.cwd, !values.dryRun && !values.check);
  if (state.recovered === 'completed') out('recovered: finished the writes of an interrupted sync');
  const { config } = state.loaded;
  const locked = lockedUpstream(values, state);
  const ref = locked?.commit ?? values.ref ?? config.upstream.ref;
  const github = values.from ? null : connectGitHub(io, values.apiUrl, services);
  try {
    if (github && values.check) return await checkGitHub(io, state, github, ref);
    const opened = await openUpstream(io, state, { ...values, ref, rev: locked?.commit ?? values.rev }, github);
    const plan = opened.unchanged
      ? await planRegenerate(state)
      : await planSync(state, opened.source, {
          ref: locked?.ref ?? values.ref ?? values.rev ?? config.upstream.ref,
          fix: values.fix,
        });
    github?.progress.done();
    if (opened.unchanged)
      out(
        `upstream: ${config.upstream.repository} ${ref} is still at ${opened.commit}: nothing to sync (${github!.summary()})`,
      );
    const problems = reportPlan(io, state, plan, values.fix);
    const stats = github && !opened.unchanged ? `; ${github.summary()}` : '';
    if (values.check) {
      const behind = plan.commitMoved || state.lock === null || plan.writes.some((w) => w.path === state.paths.lock);
      out(
        behind
          ? `check: upstream moved past the lock; run \`pnpm sync:upstream\` to take it${stats}`
          : `check: the lock is current${stats}`,
      );
      return behind ? exitCodes.findings : exitCodes.ok;
    }
    if (values.dryRun) reportDryRun(io, plan, stats);
    else {
      await applySyncPlan(plan, { onStep: stopAt(io.env['DEVGUIDE_TEST_STOP_AT']) });
      if (opened.unchanged) out(`wrote ${written(plan)}`);
      else
        out(
          `${plan.lock.files.length} linked upstream path(s) locked, ${plan.lock.missing.length} missing; wrote ${written(plan)}`,
        );
      if (github && !opened.unchanged) out(`github: ${github.summary()}`);
    }
    return problems > 0 ? exitCodes.findings : exitCodes.ok;
  } finally {
    await github?.close();
  }
}

/** A test seam: `DEVGUIDE_TEST_STOP_AT=rename:1` kills the process there, as `kill -9` would. */
function stopAt(step: string | undefined): ((at: StagedStep) => void) | undefined {
  return step ? (at) => void (at === step && process.kill(process.pid, 'SIGKILL')) : undefined;
}
