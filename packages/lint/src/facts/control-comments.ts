import type { ControlComment } from './file-facts.js';

const control = /^<!--\s*devguide-(disable-next-line|disable|enable)((?:\s+[a-z0-9-]+)*)\s*-->\s*$/;

/** `<!-- devguide-disable rule-a rule-b -->` and friends; null for any other HTML. */
export function parseControlComment(html: string): Omit<ControlComment, 'position'> | null {
  if (!html.startsWith('<!--')) return null;
  const match = control.exec(html.trim());
  if (!match) return null;
  const rules = match[2]!.trim().split(/\s+/).filter(Boolean);
  return { kind: match[1] as ControlComment['kind'], rules: rules.length > 0 ? rules : null };
}

/** Whether a finding of `ruleId` at `line` is silenced by the file's control comments. */
export function isSuppressed(controls: readonly ControlComment[], ruleId: string, line: number): boolean {
  let disabled = false;
  for (const comment of controls) {
    const applies = comment.rules === null || comment.rules.includes(ruleId);
    if (!applies) continue;
    if (comment.kind === 'disable-next-line') {
      if (comment.position.end.line + 1 === line) return true;
      continue;
    }
    if (comment.position.start.line > line) break;
    disabled = comment.kind === 'disable';
  }
  return disabled;
}
