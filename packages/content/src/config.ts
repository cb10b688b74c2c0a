import type { EntryEdit } from '@devguide/markdown';
import { GuideError } from '@devguide/markdown';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { configSchema, type Config, type ConfigEdit } from './config-schema.js';
import { positionAt } from './positions.js';
import { describeIssue, issuePath } from './zod-issue.js';

export interface LoadedConfig {
  config: Config;
  /** The edits with the place each is declared at. */
  edits: EntryEdit[];
  file: string;
}

/** Parses and validates `devguide.yaml`; every problem is a GuideError at its line and column. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const { value: config, positionOf } = parseYamlWithSchema(text, file, configSchema, 'see the configuration reference in the README');
  const edits = config.edits.map((edit, index) => toEntryEdit(edit, file, positionOf(['edits', index])));
  return { config, edits, file };
}

/**
 * YAML validated by a zod schema. Syntax errors, unknown keys and wrong types
 * become a GuideError at the offending key or value.
 */
export function parseYamlWithSchema<Schema extends z.ZodType>(
  text: string,
  file: string,
  schema: Schema,
  fix: string,
): { value: z.output<Schema>; positionOf: (path: readonly PropertyKey[], atKey?: boolean) => { line: number; column: number } } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    throw new GuideError(`Unexpected YAML: ${yamlError.message.split('\n')[0]}`, file, line, col, 'fix the YAML syntax');
  }
  const result = schema.safeParse(toBoundedJS(document, text, file) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const offset = offsetOf(document, issuePath(issue), issue.code === 'unrecognized_keys');
    const { line, column } = positionAt(text, offset);
    throw new GuideError(describeIssue(issue), file, line, column, fix);
  }
  return { value: result.data, positionOf: (path, atKey = false) => positionAt(text, offsetOf(document, path, atKey)) };
}

/** Aliases each expand at most this often in all: a configuration needs few, a bomb needs millions. */
const maxAliasCount = 100;

/** The document's value, refusing an alias bomb (a few lines that expand to gigabytes) at its first alias. */
function toBoundedJS(document: Document, text: string, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount });
  } catch (error) {
    if (!(error instanceof ReferenceError && /alias/i.test(error.message))) throw error;
    const alias = /(?<![\w-])\*[^\s,\]}]+/.exec(text);
    const { line, column } = positionAt(text, alias?.index ?? 0);
    throw new GuideError(
      `Unexpected YAML aliases that expand past ${maxAliasCount} copies, expected a plain configuration`,
      file,
      line,
      column,
      'write the values out instead of repeating aliases',
    );
  }
}

function offsetOf(document: Document, path: readonly PropertyKey[], atKey = false): number {
  let node: unknown = document.contents;
  let offset = (document.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = (node as YamlNode | undefined)?.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  // The value's position when the path ends on one, so `ref: 12` points at `12`.
  if (!atKey && isScalar(node) && node.range) offset = node.range[0];
  return offset;
}

function toEntryEdit(edit: ConfigEdit, file: string, at: { line: number; column: number }): EntryEdit {
  const origin = { file, line: at.line, column: at.column };
  const section = edit.section === undefined ? {} : { section: edit.section };
  if ('insert' in edit) {
    const insert = { title: edit.insert.title, links: edit.insert.links, ...(edit.insert.description === undefined ? {} : { description: edit.insert.description }) };
    return { op: 'insert-after', entry: edit.after, ...section, origin, insert };
  }
  if ('remove' in edit) return { op: 'remove', entry: edit.entry, ...section, origin };
  return {
    op: 'set',
    entry: edit.entry,
    ...section,
    origin,
    set: stripUndefined(edit.set),
    ...(edit.was === undefined ? {} : { was: stripUndefined(edit.was) }),
    ...(edit.link === undefined ? {} : { link: edit.link }),
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
