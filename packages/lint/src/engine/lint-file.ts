import { hash } from 'node:crypto';
import { parseGuide, parseMarkdown, type Guide, type ResolveContext } from '@devguide/markdown';
import type { Root } from 'mdast';
import { collectFactsFast } from '../facts/collect-facts-fast.js';
import { collectFactsFromEvents } from '../facts/collect-facts-from-events.js';
import { emptyFacts, type EncodingFact, type FileFacts } from '../facts/file-facts.js';
import { countLines } from '../facts/html-facts.js';
import { location } from 'vfile-location';
import { defaultMaxFileBytes, exceededLimit, type InputLimits } from '../rules/input-limits.js';
import { defaultInlineNestingLimit, defaultNestingLimit } from '@devguide/markdown';
import type { LimitFact } from '../facts/file-facts.js';
import { findingOf, type FileRole, type FileRule, type Finding, type LintSettings } from './rule.js';

export interface FileJob {
  path: string;
  role: FileRole;
  resolve: ResolveContext;
  /** Set when the file's bytes are not UTF-8 text. */
  encoding?: EncodingFact;
  /** The file's size when it is over `max-file-size`: its text is not read, and comes as ''. */
  oversize?: number;
}

export interface ActiveFileRule {
  rule: FileRule<unknown>;
  options: unknown;
}

export interface FileOutcome {
  path: string;
  hash: string;
  facts: FileFacts;
  /** Findings of the file rules, before control comments are applied. */
  findings: Finding[];
  /** Set when the fast fact producer handed the file to micromark's events. */
  handedBack?: true;
  /** The bytes of the parts the fast fact producer handed to micromark, when it read the rest. */
  handedBackBytes?: number;
}

export function contentHash(text: string): string {
  return hash('sha1', text);
}

/** What a file's outcome depends on besides its role: the text, and how its bytes failed to decode. */
export function outcomeHash(text: string, encoding: EncodingFact | undefined): string {
  // Different invalid bytes decode to the same U+FFFD, but are reported differently.
  return contentHash(encoding ? `${text}\0${encoding.reason}` : text);
}

/**
 * Parses one file and runs every file rule over the shared facts. Facts come straight from the
 * tokenizer's events (about two thirds of the cost of building the tree); the mdast is built
 * only for a rule that asks for it (the guide rules).
 */
export function lintFileText(
  text: string,
  job: FileJob,
  rules: readonly ActiveFileRule[],
  settings: LintSettings,
): FileOutcome {
  // A binary file is reported, not read as markdown.
  const source = job.encoding?.binary ? '' : text;
  // Before parsing: a file too big or too deeply nested is reported by its limit rule, and that is all.
  const limit = exceededLimit(source, job.oversize ?? 0, limitsOf(rules));
  if (limit) return limitedOutcome(text, job, rules, settings, limit);
  let root: Root | undefined;
  const tree = (): Root => (root ??= parseMarkdown(source));
  // The fast producer hands back (null) a file whose structure it cannot be sure of.
  let partBytes = 0;
  const fast = collectFactsFast(source, (_reason, part) => {
    if (part) partBytes += part.to - part.from;
  });
  const facts = fast ?? collectFactsFromEvents(source);
  facts.encoding = job.encoding ?? null;
  const findings: Finding[] = [];
  let guide: Guide | null | undefined;
  const guideOf = (): Guide | null => {
    if (guide !== undefined) return guide;
    if (!job.role.guide) return (guide = null);
    try {
      guide = parseGuide(source, {
        tree: tree(),
        path: job.role.repoPath,
        resolve: job.resolve,
        ...(job.role.form ? { form: job.role.form } : {}),
      });
    } catch {
      guide = null;
    }
    return guide;
  };
  for (const { rule, options } of rules) {
    if (rule.meta.scope === 'guide' && !job.role.guide) continue;
    rule.check({
      path: job.path,
      text: source,
      tree,
      facts,
      options,
      role: job.role,
      resolve: job.resolve,
      settings,
      guide: guideOf,
      report: (finding) => findings.push(findingOf(rule.meta.id, finding)),
    });
  }
  // Lists are bulky and only file rules read them: the cache and the worker messages go without.
  return {
    path: job.path,
    hash: outcomeHash(text, job.encoding),
    facts: { ...facts, lists: [] },
    findings,
    ...(fast ? {} : { handedBack: true as const }),
    ...(fast && partBytes > 0 ? { handedBackBytes: partBytes } : {}),
  };
}

/** The limits the file rules set (their defaults when a limit rule is off: the file is still not parsed). */
export function limitsOf(rules: readonly ActiveFileRule[]): InputLimits {
  const option = (id: string, name: string) =>
    (rules.find(({ rule }) => rule.meta.id === id)?.options as Record<string, number> | undefined)?.[name];
  return {
    bytes: option('max-file-size', 'bytes') ?? defaultMaxFileBytes,
    depth: option('max-nesting', 'depth') ?? defaultNestingLimit,
    inline: option('max-nesting', 'inline') ?? defaultInlineNestingLimit,
  };
}

function limitedOutcome(
  text: string,
  job: FileJob,
  rules: readonly ActiveFileRule[],
  settings: LintSettings,
  limit: LimitFact,
): FileOutcome {
  const facts: FileFacts = { ...emptyFacts(countLines(location(text), text)), limit };
  const findings: Finding[] = [];
  for (const { rule, options } of rules) {
    if (rule.meta.id !== limit.rule) continue;
    rule.check({
      path: job.path,
      text: '',
      tree: () => ({ type: 'root', children: [] }),
      facts,
      options,
      role: job.role,
      resolve: job.resolve,
      settings,
      guide: () => null,
      report: (finding) => findings.push(findingOf(rule.meta.id, finding)),
    });
  }
  return { path: job.path, hash: outcomeHash(text, job.encoding), facts, findings };
}
