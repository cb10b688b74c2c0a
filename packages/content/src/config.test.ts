import { GuideError } from '@devguide/markdown';
import { thrown } from '@devguide/testkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';
import { configJsonSchema } from './config-schema.js';

const minimal = `upstream:
  repository: kubernetes/community
  readme: contributors/devel/README.md
site:
  linkBase: https://github.com/kubernetes/community
`;

function errorOf(text: string): GuideError {
  return thrown(() => parseConfig(text, 'content/devguide.yaml'), GuideError);
}

describe('parseConfig', () => {
  it('fills defaults', () => {
    const { config, edits } = parseConfig(minimal, 'devguide.yaml');
    expect(config.upstream.ref).toBe('main');
    expect(config.upstream.shortlinks).toEqual({ 'git.k8s.io': 'kubernetes' });
    expect(config.site.ref).toBe('main');
    expect(config.output).toBe('README.md');
    expect(edits).toEqual([]);
  });

  it('reads the committed configuration with its edits and their positions', () => {
    const text = readFileSync(new URL('../../../content/devguide.yaml', import.meta.url), 'utf8');
    const { edits } = parseConfig(text, 'content/devguide.yaml');
    expect(edits.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const edit of edits) {
      const line = lines[edit.origin!.line - 1]!;
      expect(line.slice(edit.origin!.column - 1)).toMatch(/^(entry|after):/);
    }
  });

  it('turns each edit form into a model edit', () => {
    const { edits } = parseConfig(
      `${minimal}edits:
  - entry: A
    section: S
    link: 2
    set: { text: x }
    was: { text: y }
  - entry: B
    remove: true
  - after: C
    insert:
      title: D
      links: [{ text: d.md, href: d.md }]
      description: New.
`,
      'devguide.yaml',
    );
    expect(edits.map((edit) => edit.op)).toEqual(['set', 'remove', 'insert-after']);
    expect(edits[0]).toMatchObject({ entry: 'A', section: 'S', link: 2, set: { text: 'x' }, was: { text: 'y' }, origin: { line: 7, column: 5 } });
    expect(edits[2]).toMatchObject({ entry: 'C', insert: { title: 'D', description: 'New.' } });
  });

  it('points at a YAML syntax error', () => {
    const error = errorOf('upstream:\n  repository: [unclosed\n');
    expect(error.file).toBe('content/devguide.yaml');
    expect(error.line).toBeGreaterThanOrEqual(2);
    expect(error.message).toMatch(/^Unexpected YAML/);
    expect(error.format()).not.toContain('\n');
  });

  it('points at an unknown key, not at its parent', () => {
    const error = errorOf(minimal.replace('  readme:', '  colour: blue\n  readme:'));
    expect(error.message).toContain('`colour`');
    expect([error.line, error.column]).toEqual([3, 3]);
  });

  it('points at a value of the wrong type', () => {
    const error = errorOf(`${minimal}output: 12\n`);
    expect(error.message).toMatch(/at `output`, expected string/);
    expect([error.line, error.column]).toEqual([6, 9]);
  });

  it('refuses an output path that leaves the content directory', () => {
    const error = errorOf(`${minimal}output: ../README.md\n`);
    expect(error.message).toContain('`output`');
  });

  it('refuses an edit of no known shape', () => {
    const error = errorOf(`${minimal}edits:\n  - entry: A\n`);
    expect(error.message).toMatch(/expected an edit with/);
    expect(error.line).toBe(7);
  });

  it('rejects duplicate keys', () => {
    expect(errorOf(`${minimal}output: a.md\noutput: b.md\n`).message).toMatch(/^Unexpected YAML/);
  });
});

describe('configJsonSchema', () => {
  it('describes every top-level key for editors', () => {
    const schema = configJsonSchema() as { properties: Record<string, { description?: string }>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(['edits', 'output', 'site', 'upstream']);
    expect(schema.required.sort()).toEqual(['site', 'upstream']);
    expect(schema.properties['edits']?.description).toMatch(/Downstream edits/);
  });
});
