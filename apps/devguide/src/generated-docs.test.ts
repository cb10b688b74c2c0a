import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from './generated-docs.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('generated docs', () => {
  it.each([...generatedDocs().entries()].map(([path, content]) => [path, content] as const))(
    '%s is current (run `pnpm docs:generate`)',
    (path, content) => {
      expect(readFileSync(join(root, path), 'utf8')).toBe(content);
    },
  );

  it('has a page for every rule and both JSON Schemas', () => {
    const paths = [...generatedDocs().keys()];
    expect(paths.filter((path) => path.startsWith('docs/rules/')).length).toBeGreaterThan(20);
    expect(paths).toContain('docs/schema/devguide.schema.json');
    expect(paths).toContain('docs/schema/devguide-lint.schema.json');
  });
});
