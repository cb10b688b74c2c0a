import { corpus } from '@devguide/testkit';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from './run.js';

interface JsonResult {
  filePath: string;
  messages: unknown[];
  group?: { key: string; label: string };
}

async function devguideLint(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(
    [
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
    ],
    {
      cwd: corpus.communityDir,
      env: {},
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    },
  );
  return { code, stdout, stderr };
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

let results: JsonResult[];
beforeAll(async () => {
  const { code, stdout, stderr } = await devguideLint('--format', 'json', '--group-by', 'sig');
  expect(stderr).not.toMatch(/Unexpected/);
  expect(code).toBe(1);
  results = JSON.parse(stdout) as JsonResult[];
}, 300_000);

describe('devguide lint --group-by on the community repository', () => {
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
