import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reporters } from '../reporters/index.js';
import { projectRepositoryUrl, ruleUrl } from './rule-meta.js';

const manifest = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../package.json', import.meta.url)), 'utf8'),
) as {
  repository: { url: string };
  homepage: string;
};

describe('the project URL', () => {
  it('comes from `repository` in the root package.json, the one place it is set', () => {
    const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(projectRepositoryUrl()).toBe(repository);
    expect(manifest.homepage.startsWith(repository)).toBe(true);
    expect(ruleUrl('no-missing-file')).toBe(`${repository}/blob/main/docs/rules/no-missing-file.md`);
  });

  it('is what SARIF names as the home page and each rule help', () => {
    const sarif = JSON.parse(reporters.sarif([], { cwd: '/', color: false, version: '1.0.0', rules: [] })) as {
      runs: Array<{ tool: { driver: { informationUri: string } } }>;
    };
    expect(sarif.runs[0]!.tool.driver.informationUri).toBe(projectRepositoryUrl());
  });
});
