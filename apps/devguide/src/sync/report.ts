import type { SyncPlan, SyncState } from '@devguide/content';
import type { EntryChange } from '@devguide/markdown';
import { unifiedDiff } from '../diff.js';
import type { CliIo } from '../io.js';
import { formatEditResults } from '../report-edits.js';

/** What a planned sync found upstream, one line each; edit problems go to stderr. Returns the problems. */
export function reportPlan(io: CliIo, state: SyncState, plan: SyncPlan, fix: boolean): number {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const { config } = state.loaded;
  const upstream = state.display.upstream;
  if (plan.kind === 'full') {
    const commit = plan.lock.upstream.commit;
    out(
      `upstream: ${config.upstream.repository} ${config.upstream.readme} from ${plan.sourceLabel}${commit ? ` (commit ${commit})` : ''}`,
    );
    if (plan.commitMoved) out(`moved: ${plan.previousCommit} -> ${commit ?? '(unknown commit)'}`);
  }
  for (const change of plan.entryChanges) out(describeChange(change, upstream));
  for (const path of plan.missing) out(`missing upstream: ${path} (linked from the guide, absent at this commit)`);
  for (const move of plan.moves)
    out(
      `target moved: ${move.from} -> ${move.to} (${move.similarity === 100 ? 'same content' : `${move.similarity}% similar`})`,
    );
  for (const hit of plan.movedLinks) {
    const start = hit.link.position?.start;
    const fixed = hit.fixed
      ? `fix: \`${hit.fixed}\`${fix ? ' (written as a downstream edit)' : ' (run with --fix to write it as a downstream edit)'}`
      : 'no automatic fix';
    out(
      `${start ? `${upstream}:${start.line}:${start.column}` : upstream}: link \`${hit.link.destination}\` points at a moved target; ${fixed}`,
    );
  }
  for (const path of plan.deleted) out(`target deleted upstream: ${path} (linked from the guide)`);
  const edits = formatEditResults(plan.editResults, upstream);
  for (const line of edits.lines) io.stderr.write(`${line}\n`);
  return edits.problems;
}

/** `--dry-run`: the diff of every file a sync would write. */
export function reportDryRun(io: CliIo, plan: SyncPlan, stats: string): void {
  for (const write of plan.writes) io.stdout.write(unifiedDiff(write.display, write.current ?? '', write.content, io));
  io.stdout.write(`dry run: would write ${written(plan)}; nothing written${stats}\n`);
}

export function written(plan: SyncPlan): string {
  const names = plan.writes.map((write) => write.display);
  return `${names.length} file(s)${names.length ? `: ${names.join(', ')}` : ''}`;
}

function describeChange(change: EntryChange, upstreamDisplay: string): string {
  const where = change.sections.length ? ` in ${change.sections.join(' > ')}` : '';
  const at = change.after?.position ?? change.before?.position;
  const position = at && change.kind !== 'removed' ? ` (${upstreamDisplay}:${at.start.line}:${at.start.column})` : '';
  const fields = change.fields ? ` (${change.fields.join(', ')})` : '';
  return `${change.kind}: entry \`${change.key}\`${where}${fields}${position}`;
}
