import { parse } from 'yaml';

/** One OWNERS file, as Prow reads it; unknown keys (labels, emeritus, required reviewers) are kept out. */
export interface OwnersFile {
  approvers: string[];
  reviewers: string[];
  /** `options.no_parent_owners`: the owners above this directory do not apply below it. */
  noParentOwners: boolean;
  /** `filters`: per-file-pattern approvers and reviewers (Go regular expressions, matched on the file name). */
  filters: { pattern: RegExp; approvers: string[]; reviewers: string[] }[];
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A Go (RE2) pattern as a JavaScript one: only the leading `(?i)` flag differs in OWNERS files. */
function goPattern(source: string): RegExp | null {
  const insensitive = source.startsWith('(?i)');
  try {
    return new RegExp(insensitive ? source.slice(4) : source, insensitive ? 'i' : '');
  } catch {
    return null;
  }
}

/** Parses an OWNERS file; `where` names it in the error for text that is not YAML. */
export function parseOwnersFile(text: string, where: string): OwnersFile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected an OWNERS file (${(error as Error).message.split('\n')[0]})`);
  }
  const top = record(data);
  const filters: OwnersFile['filters'] = [];
  for (const [source, value] of Object.entries(record(top['filters']))) {
    const pattern = goPattern(source);
    const filter = record(value);
    if (pattern)
      filters.push({ pattern, approvers: names(filter['approvers']), reviewers: names(filter['reviewers']) });
  }
  return {
    approvers: names(top['approvers']),
    reviewers: names(top['reviewers']),
    noParentOwners: record(top['options'])['no_parent_owners'] === true,
    filters,
  };
}

/** `OWNERS_ALIASES`: alias name to its members. */
export function parseOwnersAliases(text: string, where: string): Map<string, string[]> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected OWNERS_ALIASES (${(error as Error).message.split('\n')[0]})`);
  }
  return new Map(Object.entries(record(record(data)['aliases'])).map(([alias, members]) => [alias, names(members)]));
}
