import type { SyncState } from '@devguide/content';
import { UsageError } from '../usage-error.js';

export interface SyncValues {
  content: string;
  from?: string;
  rev?: string;
  commit?: string;
  ref?: string;
  apiUrl?: string;
  dryRun: boolean;
  check: boolean;
  locked: boolean;
  fix: boolean;
}

/** Refuses options that cannot go together, before anything is read. */
export function validateSync(values: SyncValues): void {
  if (values.commit !== undefined && !/^[0-9a-f]{40}$/.test(values.commit)) {
    throw new UsageError(`Unexpected \`--commit ${values.commit}\`, expected a 40-digit hex commit id`);
  }
  const conflicts: Array<[boolean, string, string]> = [
    [Boolean(values.from && values.apiUrl), '--api-url', '--from'],
    [Boolean(values.from && values.ref), '--ref', '--from (use --rev with a git repository)'],
    [Boolean(!values.from && values.rev), '--rev', 'the GitHub API (use --ref)'],
    [Boolean(!values.from && values.commit), '--commit', 'the GitHub API'],
    [Boolean(values.locked && (values.ref || values.rev)), '--locked', values.ref ? '--ref' : '--rev'],
    [values.check && values.fix, '--check', '--fix'],
    [values.check && values.dryRun, '--check', '--dry-run'],
  ];
  for (const [conflict, option, other] of conflicts) {
    if (conflict)
      throw new UsageError(
        `Unexpected \`${option}\` with ${other}, expected one or the other`,
        'see `devguide sync --help`',
      );
  }
}

/** `--locked`: the locked upstream, which must name a commit. */
export function lockedUpstream(values: SyncValues, state: SyncState): { commit: string; ref: string } | null {
  if (!values.locked) return null;
  const commit = state.lock?.upstream.commit;
  if (!commit)
    throw new UsageError(
      `Unexpected \`--locked\` without a locked commit in ${state.display.lock}`,
      'run `devguide sync` without `--locked` first',
    );
  return { commit, ref: state.lock!.upstream.ref };
}
