import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lint } from '../engine/run-lint.js';
import { allRules } from './index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-links-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function findings(files: Record<string, string>): Promise<string[]> {
  for (const [path, content] of Object.entries({
    '.devguide-lint.yaml': 'repository: kubernetes/community\nrules: {}\n',
    ...files,
  })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const run = await lint({ rules: allRules, cwd: dir, cache: null, jobs: 0 });
  return run.files.flatMap((file) =>
    file.messages
      .filter((message) => message.ruleId === 'no-missing-file' || message.ruleId === 'no-missing-anchor')
      .map((message) => `${file.basename}:${message.line}:${message.column}: ${message.reason}`),
  );
}

describe('link targets as GitHub resolves them', () => {
  it('checks a fragment on a directory link against the README GitHub shows there', async () => {
    const result = await findings({
      'a.md': '[ok](/sig/#leads) [bad](/sig#lead)\n',
      'sig/README.md': '# SIG\n\n## Leads\n',
    });
    expect(result).toEqual([
      'a.md:1:19: Unexpected missing anchor `#lead` in `sig/README.md`, expected a heading or HTML id; did you mean `#leads`',
    ]);
  });

  it("accepts GitHub's own `#readme` anchor on README pages", async () => {
    expect(await findings({ 'a.md': '[x](sig/README.md#readme)\n', 'sig/README.md': '# SIG\n' })).toEqual([]);
  });

  it('does not read a branch name into the path for plain branches', async () => {
    const result = await findings({
      'a.md': '[gone](https://github.com/kubernetes/community/blob/master/wg-old/README.md)\n',
      'README.md': '# Root\n',
    });
    expect(result).toEqual([
      // The root README shares only its name with the missing one: no suggestion rather than a wrong one.
      'a.md:1:1: Unexpected missing file `wg-old/README.md`, expected an existing file or directory',
    ]);
  });

  it('finds a file behind a branch that contains a slash', async () => {
    expect(
      await findings({
        'a.md': '[x](https://github.com/kubernetes/community/blob/release/1.2/docs/x.md)\n',
        'docs/x.md': '# X\n',
      }),
    ).toEqual([]);
  });

  it('checks anchors of HTML ids and percent-encoded fragments as GitHub does', async () => {
    const result = await findings({
      'a.md': '# Communauté\n\n<a name="note-1"></a>\n\n[a](#communaut%C3%A9) [b](#note-1) [c](b.md?plain=1#L10-L12)\n',
      'b.md': 'one\n',
    });
    expect(result).toEqual([
      'a.md:5:36: Unexpected missing anchor `#L10-L12` in `b.md`, expected a heading or HTML id',
    ]);
  });
});

describe('malformed web URLs', () => {
  it('reports a web URL with no host', async () => {
    mkdirSync(dir, { recursive: true });
    const result = await findings({ 'a.md': '[x](https:) [y](https://example.org/)\n' });
    expect(result).toEqual(['a.md:1:1: Unexpected malformed URL `https:`, expected a URL with a host']);
  });
});
