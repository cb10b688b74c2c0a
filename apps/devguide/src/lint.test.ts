import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpus } from '@devguide/testkit';
import { devguide } from '../test/cli.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'devguide-lint-cli-'));
  mkdirSync(join(cwd, '.git'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), content);
  }
}

const broken = '# Doc\n\nSee [setup](#setup) and [gone](gone.md).\n';

describe('devguide lint', () => {
  it('finds the same in worker processes as in one thread, on a real tree of upstream docs', () => {
    cpSync(join(corpus.communityDir, 'contributors'), join(cwd, 'contributors'), { recursive: true });
    const args = [
      'lint',
      '--no-cache',
      '--no-config',
      '--repository',
      'kubernetes/community',
      '--format',
      'json',
      '--stats',
    ];
    const one = devguide(cwd, ...args, '--jobs', '0');
    const two = devguide(cwd, ...args, '--jobs', '2');
    const parsed = /devguide: (\d+) file\(s\), (\d+) parsed/.exec(two.stderr);
    expect(Number(parsed?.[1])).toBeGreaterThan(90);
    expect(parsed?.[2]).toBe(parsed?.[1]);
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(
      (JSON.parse(one.stdout) as Array<{ messages: unknown[] }>).flatMap((file) => file.messages).length,
    ).toBeGreaterThan(50);
  }, 120_000);

  it('reports findings in stylish form and exits 1 on errors', () => {
    write({ 'doc.md': broken });
    const result = devguide(cwd, 'lint', '--no-cache');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('doc.md\n');
    expect(result.stdout).toMatch(
      /^ {2}3:5 +error +Unexpected missing anchor `#setup` in this file.* +no-missing-anchor$/m,
    );
    expect(result.stdout).toMatch(/^ {2}3:25 +error +Unexpected missing file `gone\.md`.* +no-missing-file$/m);
    expect(result.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings\)/);
  });

  it('honours control comments', () => {
    write({
      'doc.md': `# Doc\n\n<!-- devguide-disable-next-line no-missing-anchor -->\n${broken.split('\n')[2]}\n\n<!-- devguide-disable -->\n[x](nope.md)\n<!-- devguide-enable -->\n`,
    });
    const result = devguide(cwd, 'lint', '--no-cache', '--format', 'json');
    const messages = (JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>)[0]!
      .messages;
    expect(messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual(['4 no-missing-file']);
  });

  it('warnings pass unless --max-warnings is exceeded', () => {
    write({ 'doc.md': '# Doc\n\n#### Deep\n', '.devguide-lint.yaml': 'rules:\n  heading-increment: warn\n' });
    expect(devguide(cwd, 'lint', '--no-cache').code).toBe(0);
    const strict = devguide(cwd, 'lint', '--no-cache', '--max-warnings', '0');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('more than --max-warnings 0');
  });

  it('writes GitHub annotations and valid SARIF', () => {
    write({ 'doc.md': broken });
    const github = devguide(cwd, 'lint', '--no-cache', '--format', 'github');
    expect(github.stdout).toMatch(
      /^::error file=doc\.md,line=3,col=25,.*title=no-missing-file::Unexpected missing file `gone\.md`/m,
    );
    const sarif = devguide(cwd, 'lint', '--no-cache', '--format', 'sarif', '--output', 'out.sarif');
    expect(sarif.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(cwd, 'out.sarif'), 'utf8')) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((result) => result.ruleId).sort()).toEqual([
      'no-missing-anchor',
      'no-missing-file',
    ]);
  });

  it('--fix repairs what is certain and re-lints the fixed text', () => {
    write({
      'doc.md': '# Doc\n\n* one\n- two\n\n[site](http://kubernetes.io/docs/)\n',
      '.devguide-lint.yaml': 'httpsHosts: [kubernetes.io]\n',
    });
    const result = devguide(cwd, 'lint', '--no-cache', '--fix');
    expect(result.stderr).toContain('fixed 1 file(s): doc.md');
    expect(readFileSync(join(cwd, 'doc.md'), 'utf8')).toBe(
      '# Doc\n\n* one\n* two\n\n[site](https://kubernetes.io/docs/)\n',
    );
    expect(result.code).toBe(0);
  });

  it('names an unknown rule in the configuration with its place and a suggestion, exit 2', () => {
    write({ 'doc.md': '# Doc\n', '.devguide-lint.yaml': 'rules:\n  no-missing-fil: error\n' });
    const result = devguide(cwd, 'lint');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      '.devguide-lint.yaml:2:3: Unexpected rule `no-missing-fil`, expected a devguide rule; did you mean `no-missing-file`; run `devguide lint --list-rules`\n',
    );
  });

  it('reports a non-UTF-8 file at its first bad byte, lints the rest of it and every other file, and never rewrites it', () => {
    write({ 'a.md': '# ok\n\n[gone](gone.md)\n' });
    const bad = Buffer.concat([
      Buffer.from('# bad '),
      Buffer.from([0xff]),
      Buffer.from('\n\n* one\n- two\n\n[missing](missing.md)\n'),
    ]);
    writeFileSync(join(cwd, 'b.md'), bad);
    writeFileSync(join(cwd, 'c.md'), Buffer.from('# bin\0ary\n'));
    const result = devguide(cwd, 'lint', '--no-cache', '--fix', '--format', 'json');
    expect(result.code).toBe(1);
    const findings = (
      JSON.parse(result.stdout) as Array<{
        filePath: string;
        messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
      }>
    ).flatMap((file) =>
      file.messages.map(
        (message) => `${file.filePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(findings).toEqual([
      'a.md:3:1 no-missing-file: Unexpected missing file `gone.md`, expected an existing file or directory',
      'b.md:1:7 utf8-text: Unexpected invalid UTF-8 byte `0xff`, expected UTF-8 text',
      'b.md:4:1 list-marker-consistency: Unexpected list marker `-`, expected `*` as the first list of this file uses',
      'b.md:6:1 no-missing-file: Unexpected missing file `missing.md`, expected an existing file or directory',
      'c.md:1:6 utf8-text: Unexpected binary content (a NUL byte), expected UTF-8 text',
    ]);
    expect(readFileSync(join(cwd, 'b.md'))).toEqual(bad);
  });

  it('counts the files the fast fact producer hands back to micromark, whole or in part, in --stats', () => {
    // Footnotes are a construct the fast producer leaves to micromark; a lazy line in an item, above
    // what may be a table's delimiter row, it leaves to micromark in part (from `- one` to the next
    // part's heading).
    write({
      'plain.md': '# Plain\n\n- one\nb | c\n| - |\n\n# Two\n',
      'note.md': '# Note\n\nSee [^1].\n\n[^1]: A note.\n',
    });
    expect(devguide(cwd, 'lint', '--stats', '--no-cache').stderr).toContain(
      '2 file(s), 2 parsed, 0 from the cache, 1 handed back to micromark, 1 in part (0.0 KiB)',
    );
  });

  it('refuses an unknown format, exit 2', () => {
    write({ 'doc.md': '# Doc\n' });
    expect(devguide(cwd, 'lint', '--format', 'xml')).toMatchObject({ code: 2 });
  });

  it('caches by content: a second run parses nothing, a changed file is parsed again', () => {
    write({ 'a.md': '# A\n', 'b.md': '# B\n' });
    expect(devguide(cwd, 'lint', '--stats').stderr).toContain('2 file(s), 2 parsed, 0 from the cache');
    expect(devguide(cwd, 'lint', '--stats').stderr).toContain('2 file(s), 0 parsed, 2 from the cache');
    write({ 'b.md': '# B\n\nMore.\n' });
    expect(devguide(cwd, 'lint', '--stats').stderr).toContain('2 file(s), 1 parsed, 1 from the cache');
    writeFileSync(join(cwd, '.devguide-cache/lint.v8'), 'not a cache');
    const corrupt = devguide(cwd, 'lint', '--stats');
    expect(corrupt.stderr).toMatch(/warning: ignoring unreadable cache/);
    expect(corrupt.code).toBe(0);
  });
});
