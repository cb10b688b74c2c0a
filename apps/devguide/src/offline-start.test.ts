import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The offline commands start without the network code: the chunks the built CLI loads for `lint`,
 * `readme` and `hook` (its entry's static imports, then the command's own chunk and its static
 * imports) evaluate no undici. `lint --external` imports the link checker when it runs.
 */
const bundle = fileURLToPath(new URL('../dist/bundle', import.meta.url));
const read = (name: string) => readFileSync(join(bundle, name), 'utf8');
// Evaluating undici: its index, or the parts loaded without it (`packages/http/src/undici-parts.ts`).
const evaluatesUndici = (name: string) => /\brequire_(?:undici|agent|api_request)\(\)/.test(read(name));

function loaded(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const match of read(name).matchAll(
      /^(?:import|export)\b[^;]*?from "\.\/([\w-]+\.js)";|^import "\.\/([\w-]+\.js)";/gm,
    ))
      visit((match[1] ?? match[2])!);
  };
  visit(entry);
  return seen;
}

describe('the built CLI', () => {
  it.each(['lintCommand', 'readmeCommand', 'hookCommand'])('loads no undici for %s', (command) => {
    const entry = read('devguide.js');
    const chunk = new RegExp(`\\{ ${command} \\} = await import\\("\\./([\\w-]+\\.js)"\\)`).exec(entry)?.[1];
    expect(chunk, `devguide.js imports ${command} lazily`).toBeDefined();
    const chunks = new Set([...loaded('devguide.js'), ...loaded(chunk!)]);
    const evaluating = [...chunks].filter(evaluatesUndici);
    expect(evaluating).toEqual([]);
  });

  it('does load undici for sync (the check above can fail)', () => {
    const entry = read('devguide.js');
    const chunk = /\{ syncCommand \} = await import\("\.\/([\w-]+\.js)"\)/.exec(entry)?.[1];
    const chunks = new Set([...loaded('devguide.js'), ...loaded(chunk!)]);
    expect([...chunks].some(evaluatesUndici)).toBe(true);
  });
});
