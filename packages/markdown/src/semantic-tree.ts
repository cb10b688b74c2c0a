import type { Root } from 'mdast';
import { parseMarkdown } from './processor.js';

/** The mdast of `text` with every position removed: equal trees mean equal meaning. */
export function semanticTree(text: string): Root {
  return stripPositions(parseMarkdown(text)) as Root;
}

function stripPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripPositions);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === 'position') continue;
      out[key] = stripPositions(child);
    }
    return out;
  }
  return value;
}
