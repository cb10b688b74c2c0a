import { corpus, git } from '@devguide/testkit';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devguideInProcess } from '../test/cli.js';

/** A subset of the corpus: SIGs, a working group, subprojects and files outside any group. */
const subset = [
  'contributors',
  'sig-scalability',
  'sig-node',
  'sig-testing',
  'communication',
  'wg-batch',
  'sig-list.md',
  'sigs.yaml',
];

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'devguide-lint-patches-'));
  for (const entry of subset) cpSync(join(corpus.communityDir, entry), join(cwd, entry), { recursive: true });
  git(cwd, ['init', '-q']);
  git(cwd, ['add', '-A']);
  git(cwd, ['commit', '-q', '-m', 'corpus subset']);
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function lintJson(...args: string[]): Promise<{ code: number; stderr: string; findings: Set<string> }> {
  const { code, stdout, stderr } = await devguideInProcess(
    cwd,
    'lint',
    '--no-cache',
    '--no-config',
    '--repository',
    'kubernetes/community',
    '--jobs',
    '0',
    '--format',
    'json',
    ...args,
  );
  const results = JSON.parse(stdout) as {
    filePath: string;
    messages: { ruleId: string; line: number; fixable: boolean }[];
  }[];
  const findings = new Set(
    results.flatMap((result) =>
      result.messages
        .filter((message) => message.fixable)
        .map((message) => `${result.filePath}:${message.line} ${message.ruleId}`),
    ),
  );
  return { code, stderr, findings };
}

describe('devguide lint --fix --patch-dir --group-by sig', () => {
  it('writes patches that apply to a clean tree and leave none of the fixed findings', async () => {
    const before = await lintJson();
    expect(before.findings.size).toBeGreaterThan(0);
    const patches = join(cwd, '..', `${cwd.split('/').pop()}-patches`);
    const written = await lintJson(
      '--fix',
      '--patch-dir',
      patches,
      '--group-by',
      'sig',
      '--owners-dir',
      corpus.ownersDir,
      '--max-per-patch',
      '5',
    );
    expect(written.stderr).toMatch(/devguide: \d+ fix\(es\) in \d+ patch\(es\)/);
    // The tree is left as it was.
    expect(git(cwd, ['status', '--porcelain'])).toBe('');
    const names = readdirSync(patches).sort();
    const patchFiles = names.filter((name) => name.endsWith('.patch'));
    expect(patchFiles.length).toBeGreaterThan(1);
    for (const name of patchFiles) {
      expect(names, name).toContain(name.replace(/\.patch$/, '.md'));
      // Every patch applies on its own to the clean tree.
      execFileSync('git', ['apply', '--check', '--whitespace=nowarn', join(patches, name)], { cwd });
      const body = readFileSync(join(patches, name.replace(/\.patch$/, '.md')), 'utf8');
      expect(body).toMatch(/^Fix \d+ link\(s\) in /);
      expect(body).toMatch(/ {2}- before: .*\n {2}- after: /);
      // --max-per-patch 5: a patch holds at most five fixes, unless one file has more.
      const fixes = body.split('\n').filter((line) => line.startsWith('- ')).length;
      const files = new Set(readFileSync(join(patches, name), 'utf8').match(/^diff --git a\/\S+/gm));
      expect(fixes <= 5 || files.size === 1, name).toBe(true);
    }
    expect(patchFiles.some((name) => name.startsWith('sig-'))).toBe(true);
    for (const name of patchFiles) execFileSync('git', ['apply', '--whitespace=nowarn', join(patches, name)], { cwd });
    expect(git(cwd, ['status', '--porcelain'])).not.toBe('');
    const fixed = readdirSync(patches)
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) =>
        [
          ...readFileSync(join(patches, name), 'utf8').matchAll(
            /^- \[(\S+?):(\d+)\]\(https:\/\/github\.com\/kubernetes\/community\/blob\/main\/\S+#L\2\) \(([^)]+)\)/gm,
          ),
        ].map(([, path, line, rule]) => `${path!.replace(/\\(.)/g, '$1')}:${line} ${rule!.replace(/\\(.)/g, '$1')}`),
      );
    expect(fixed.length).toBe(Number(/devguide: (\d+) fix/.exec(written.stderr)![1]));
    expect(fixed.length).toBeGreaterThan(0);
    for (const finding of fixed) expect(before.findings, finding).toContain(finding);
    const after = await lintJson();
    expect([...after.findings].filter((finding) => fixed.includes(finding))).toEqual([]);
    rmSync(patches, { recursive: true, force: true });
  }, 300_000);
});
