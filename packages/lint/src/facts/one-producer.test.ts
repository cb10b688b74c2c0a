import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lintPackage from '../index.js';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every module of this package that `entry` reaches through relative imports. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g))
      visit(resolve(dirname(file), `${match[1]}.ts`));
  };
  visit(entry);
  return new Set([...seen].map((file) => relative(src, file).split('\\').join('/')));
}

describe('facts in production come from the fast producer and the events it hands files back to', () => {
  it('the package and its worker reach those two collectors and never the mdast oracle', () => {
    for (const entry of ['index.ts', 'engine/worker.ts']) {
      const graph = moduleGraph(join(src, entry));
      expect(graph).toContain('facts/collect-facts-from-events.ts');
      expect(graph).toContain('facts/collect-facts-fast.ts');
      expect([...graph].filter((file) => /collect-facts(?!-from-events|-fast)/.test(file))).toEqual([]);
      expect([...graph].filter((file) => file.startsWith('../'))).toEqual([]);
    }
  });

  it('the mdast-based collector is not exported', () => {
    expect(Object.keys(lintPackage)).not.toContain('collectFacts');
  });
});
