import { corpus } from '@devguide/testkit';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { devguideInProcess } from '../test/cli.js';

interface JsonResult {
  filePath: string;
  messages: unknown[];
  group?: { key: string; label: string };
}

function devguideLint(...args: string[]): ReturnType<typeof devguideInProcess> {
  return devguideInProcess(
    corpus.communityDir,
    'lint',
    '--no-cache',
    '--no-config',
    '--repository',
    'kubernetes/community',
    '--owners-dir',
    corpus.ownersDir,
    '--jobs',
    '0',
    ...args,
  );
}

/**
 * The oracle, read straight from sigs.yaml: each group's directory and its subprojects' OWNERS
 * directories in this repository; a path belongs to the longest directory that holds it.
 */
function groupDirectories(): { dir: string; group: string }[] {
  const data = parse(readFileSync(corpus.sigsYamlPath, 'utf8')) as Record<
    string,
    { dir: string; subprojects?: { owners?: string[] }[] }[] | undefined
  >;
  const places: { dir: string; group: string }[] = [];
  for (const section of ['sigs', 'workinggroups', 'usergroups', 'committees'])
    for (const group of data[section] ?? []) {
      places.push({ dir: `${group.dir}/`, group: group.dir });
      for (const subproject of group.subprojects ?? [])
        for (const url of subproject.owners ?? []) {
          const match = /^https:\/\/raw\.githubusercontent\.com\/kubernetes\/community\/[^/]+\/(.*)OWNERS$/.exec(url);
          if (match) places.push({ dir: match[1]!, group: group.dir });
        }
    }
  return places.sort((a, b) => b.dir.length - a.dir.length);
}

describe('devguide lint --group-by on the community repository', () => {
  let results: JsonResult[];
  beforeAll(async () => {
    const { code, stdout, stderr } = await devguideLint('--format', 'json', '--group-by', 'sig');
    expect(stderr).not.toMatch(/Unexpected/);
    expect(code).toBe(1);
    results = JSON.parse(stdout) as JsonResult[];
  }, 300_000);

  it('puts every finding in a group, and each group holds exactly the findings under its directories', () => {
    const places = groupDirectories();
    const expected = new Map<string, number>();
    const reported = new Map<string, number>();
    let findings = 0;
    for (const result of results) {
      if (result.messages.length === 0) continue;
      findings += result.messages.length;
      expect(result.group, result.filePath).toBeDefined();
      const place = places.find((candidate) => candidate.dir === '' || result.filePath.startsWith(candidate.dir));
      const key = place?.group ?? `${result.filePath.split('/')[0]}/`;
      expected.set(key, (expected.get(key) ?? 0) + result.messages.length);
      reported.set(result.group!.key, (reported.get(result.group!.key) ?? 0) + result.messages.length);
    }
    expect(findings).toBeGreaterThan(100);
    expect(reported.size).toBeGreaterThan(5);
    expect(Object.fromEntries(reported)).toEqual(Object.fromEntries(expected));
  });

  it('gives the markdown report the same count per group, with links to each line', async () => {
    const { stdout } = await devguideLint('--format', 'markdown', '--group-by', 'sig', '--ref', corpus.commit);
    const counts = new Map<string, number>();
    for (const result of results)
      if (result.messages.length > 0)
        counts.set(result.group!.label, (counts.get(result.group!.label) ?? 0) + result.messages.length);
    const section = stdout.slice(
      stdout.indexOf('### By sig'),
      stdout.indexOf('\n### ', stdout.indexOf('### By sig') + 1),
    );
    const rows = section.split('\n').filter((line) => /^\| [^-]/.test(line) && !line.startsWith('| group '));
    expect(rows).toHaveLength(counts.size);
    for (const row of rows) {
      const [label, count] = row.split(' | ');
      const plain = label!.slice(2).replace(/\\(.)/g, '$1');
      expect(Number(count), plain).toBe(counts.get(plain));
    }
    expect(stdout).toContain(`](https://github.com/kubernetes/community/blob/${corpus.commit}/`);
    expect(Buffer.byteLength(stdout)).toBeLessThan(1024 * 1024);
  }, 300_000);
});

function devguideIn(cwd: string, ...args: string[]): ReturnType<typeof devguideInProcess> {
  return devguideInProcess(cwd, 'lint', '--no-cache', '--jobs', '0', ...args);
}

describe('exclude globs and options of the reports', () => {
  const fixable = 'See [x](https://github.com/o/r/blob/main/docs/../docs/gone.md) and [y](missing.md).\n';
  let cwd: string;
  const setup = (): void => {
    cwd = mkdtempSync(join(tmpdir(), 'devguide-lint-report-'));
    mkdirSync(join(cwd, '.git'));
    const files: Record<string, string> = {
      '.devguide-lint.yaml': 'repository: o/r\nexclude:\n  - archive/**\n',
      'docs/OWNERS': 'approvers: [docs-team]\n',
      'docs/a.md': `# A\n\n${fixable}`,
      'archive/old.md': `# Old\n\n${fixable}`,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), text);
    }
  };

  it('leave excluded files out of every format and of the patches', async () => {
    setup();
    try {
      for (const format of ['stylish', 'json', 'markdown', 'html', 'sarif', 'github']) {
        const result = await devguideIn(cwd, '--format', format, '--group-by', 'owner');
        expect(result.code, `${format}: ${result.stderr}`).toBe(1);
        expect(result.stdout, format).toContain('docs/a.md');
        expect(result.stdout, format).not.toContain('archive');
      }
      const patched = await devguideIn(cwd, '--fix', '--patch-dir', 'patches', '--group-by', 'owner');
      expect(patched.stderr).toMatch(/devguide: 1 fix\(es\) in 1 patch\(es\) under patches/);
      expect(readdirSync(join(cwd, 'patches')).sort()).toEqual(['docs-OWNERS.md', 'docs-OWNERS.patch']);
      const patch = readFileSync(join(cwd, 'patches', 'docs-OWNERS.patch'), 'utf8');
      expect(patch).toContain('diff --git a/docs/a.md b/docs/a.md');
      expect(patch).toContain('+See [x](https://github.com/o/r/blob/main/docs/gone.md)');
      // The tree is left as it was.
      expect(readFileSync(join(cwd, 'docs', 'a.md'), 'utf8')).toContain('docs/../docs');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('group by OWNERS file in stylish output, by directory without OWNERS', async () => {
    setup();
    try {
      const owners = await devguideIn(cwd, '--group-by', 'owner');
      expect(owners.stdout).toMatch(/^docs\/OWNERS \(docs-team\): 3 problems$/m);
      rmSync(join(cwd, 'docs', 'OWNERS'));
      const bare = await devguideIn(cwd, '--group-by', 'owner');
      expect(bare.stdout).toMatch(/^docs\/: 3 problems$/m);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('refuse a wrong --group-by, --patch-dir without --fix and a --max-per-patch below 1 in one line', async () => {
    setup();
    try {
      const cases: [string[], RegExp][] = [
        [['--group-by', 'team'], /Unexpected `--group-by team`, expected one of `owner`, `sig`, `dir`/],
        [['--patch-dir', 'p'], /Unexpected `--patch-dir` without `--fix`/],
        [
          ['--fix', '--patch-dir', 'p', '--max-per-patch', '0'],
          /Unexpected `--max-per-patch 0`, expected a whole number above 0/,
        ],
        [['--max-per-patch', '3'], /Unexpected `--max-per-patch` without `--patch-dir`/],
      ];
      for (const [args, message] of cases) {
        const result = await devguideIn(cwd, ...args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      }
      expect(readdirSync(cwd)).not.toContain('p');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
