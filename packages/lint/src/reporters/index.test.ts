import { expect, it } from 'vitest';
import { options, sampleFiles } from '../../test/fixtures/reporters/sample-files.js';
import { github } from './github.js';
import { html } from './html.js';
import { reporters } from './index.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

it('offers the six formats by name', () => {
  expect(Object.keys(reporters).sort()).toEqual(['github', 'html', 'json', 'markdown', 'sarif', 'stylish']);
  expect(reporters).toEqual({ stylish, json, sarif, github, markdown, html });
});

it('gives every format text ending in a newline for the same findings', () => {
  for (const [name, reporter] of Object.entries(reporters)) {
    const output = reporter(sampleFiles(), options());
    expect(output.length, name).toBeGreaterThan(0);
    expect(output.endsWith('\n'), name).toBe(true);
  }
});
