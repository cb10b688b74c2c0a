import type { EditResult } from '@devguide/markdown';

/**
 * One line per edit that did not apply cleanly, pointing at the edit in the
 * configuration and, with `cause`, at the upstream entry.
 */
export function formatEditResults(
  results: readonly EditResult[],
  upstreamDisplay: string,
): { lines: string[]; problems: number } {
  const lines: string[] = [];
  let problems = 0;
  for (const result of results) {
    if (result.outcome === 'applied') continue;
    const severity = result.outcome === 'already-upstream' ? 'info' : 'warning';
    if (severity === 'warning') problems++;
    const origin = result.edit.origin
      ? `${result.edit.origin.file}:${result.edit.origin.line}:${result.edit.origin.column}`
      : '(edit)';
    const upstream = result.entry?.position
      ? ` (upstream entry at ${upstreamDisplay}:${result.entry.position.start.line}:${result.entry.position.start.column})`
      : '';
    lines.push(`${origin}: ${severity}: ${result.message}${upstream}  [edit-${result.outcome}]`);
  }
  return { lines, problems };
}
