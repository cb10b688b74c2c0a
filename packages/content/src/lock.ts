import { GuideError } from '@devguide/markdown';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError, type Node as JsonNode } from 'jsonc-parser';
import { lockSchema, type Lock } from './lock-schema.js';
import { positionAt } from './positions.js';
import { describeIssue, issuePath } from './zod-issue.js';

/** Parses and validates the lock; every problem is a GuideError at its line and column. */
export function parseLock(text: string, file: string): Lock {
  // JSON.parse is a fraction of the positional parser's cost, which only a broken lock needs.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw syntaxError(text, file);
  }
  const result = lockSchema.safeParse(value);
  if (!result.success) {
    const tree = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
    if (!tree) throw syntaxError(text, file);
    const issue = result.error.issues[0]!;
    const path = issuePath(issue).map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    const node = closestNode(tree, path);
    const { line, column } = positionAt(text, node.offset);
    throw new GuideError(describeIssue(issue), file, line, column, 'restore the lock from git or run `devguide sync` to write it again');
  }
  return result.data;
}

function syntaxError(text: string, file: string): GuideError {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  // What JSON.parse refuses and the positional parser lets through is reported at the start.
  const { line, column } = positionAt(text, first?.offset ?? 0);
  const reason = first ? printParseErrorCode(first.error) : tree ? 'InvalidSymbol' : 'EmptyDocument';
  return new GuideError(`Unexpected JSON (${reason}), expected the devguide lock`, file, line, column, 'restore the lock from git or run `devguide sync` to write it again');
}

function closestNode(tree: JsonNode, path: Array<string | number>): JsonNode {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    if (node) {
      // For an unknown key, point at the key rather than its value.
      if (length === path.length && node.parent?.type === 'property') return node.parent;
      return node;
    }
  }
  return tree;
}

/** The lock as committed: stable key order, one file per line group, final newline. */
export function serializeLock(lock: Lock): string {
  const ordered: Lock = {
    lockfileVersion: lock.lockfileVersion,
    upstream: { repository: lock.upstream.repository, ref: lock.upstream.ref, commit: lock.upstream.commit, readme: lock.upstream.readme },
    guide: { sha: lock.guide.sha, size: lock.guide.size },
    files: [...lock.files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => ({ path: file.path, type: file.type, sha: file.sha, size: file.size, ...(file.anchors ? { anchors: file.anchors } : {}) })),
    missing: [...lock.missing].sort(),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
