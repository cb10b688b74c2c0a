import { seededRandom } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { options, sampleFiles, vfile } from '../../test/fixtures/reporters/sample-files.js';
import { syntheticFiles } from '../../test/fixtures/reporters/synthetic.js';
import { againstBaseline } from '../../test/fixtures/reporters/baseline.js';
import { escapeMarkdown, markdown, markdownReport, summaryLimit } from './markdown.js';
import { buildReport } from './report-model.js';

/** The markdown tables of a report: consecutive `|` lines, each checked to be whole. */
function tables(text: string): string[][] {
  const found: string[][] = [];
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      found.push(current);
      current = null;
    }
  }
  if (current) found.push(current);
  return found;
}

describe('markdown', () => {
  it('totals by rule and outcome, a table per group, links to each line', () => {
    const text = markdown(sampleFiles(), options({ repository: 'owner/repo', ref: 'abc123', groupBy: 'dir' }));
    expect(text).toContain('## devguide lint report of owner/repo@abc123');
    expect(text).toContain('| no-missing-file | 1 | 0 | 0 | 1 |');
    expect(text).toContain('### By dir');
    expect(text).toContain('### docs/');
    expect(text).toContain('[docs/guide.md:12](https://github.com/owner/repo/blob/abc123/docs/guide.md#L12)');
    expect(text).not.toContain('status');
  });

  it('writes text from files as text, never as markup', () => {
    const file = vfile('/srv/repo/a.md', [
      { reason: 'Bad <script>alert(1)</script> | [x](javascript:y) `z`\n# h', ruleId: 'r', severity: 'error' },
    ]);
    const text = markdown([file], options());
    expect(text).toContain('Bad \\<script\\>alert\\(1\\)\\</script\\> \\| \\[x\\]\\(javascript:y\\) \\`z\\` \\# h');
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('see https://x.test and www.x.test')).toBe('see https\\://x.test and www\\.x.test');
  });

  it('escapes as one pass over the original text would, on seeded strings of the characters that matter', () => {
    // The escaping as a single pattern with a function per match: what the passes must equal.
    const onePass = (text: string): string =>
      text.replace(/[\r\n]+|[\\`*_{}[\]()<>#!|~&$]|:\/\/|\bwww\./gi, (match) => {
        if (match.startsWith('\r') || match.startsWith('\n')) return ' ';
        if (match.length === 1) return `\\${match}`;
        return match === '://' ? '\\://' : `${match.slice(0, 3)}\\.`;
      });
    const random = seededRandom(15);
    const pieces = [
      'w',
      'W',
      'ww',
      'www.',
      'WwW.',
      '.',
      ':',
      '/',
      '://',
      '_',
      '\\',
      '`',
      '*',
      '|',
      '(',
      ')',
      '\n',
      '\r\n',
      ' ',
      'a',
      '→',
      '&',
      '$',
    ];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let at = 0; at < length; at++) text += pieces[Math.floor(random() * pieces.length)];
      expect(escapeMarkdown(text), JSON.stringify(text)).toBe(onePass(text));
    }
  });

  it('shows new and unchanged against a baseline when findings carry a status', () => {
    const text = markdown(
      sampleFiles(),
      options({ statusOf: (_path, finding) => (finding.ruleId === 'no-missing-file' ? 'new' : 'unchanged') }),
    );
    expect(text).toMatch(/; 1 new, 4 unchanged, 0 fixed against the baseline\./);
    expect(text).toContain('| status | where | rule | severity | message |');
    expect(text).toContain('| new | docs/guide.md:12 |');
  });

  it('counts new, unchanged and fixed findings against a baseline, by rule and by group, new rows first', () => {
    const files = syntheticFiles(3, 2, 6);
    // In group-01, the last two findings of each file are new; two baseline findings are gone.
    const { comparison, options: baseline } = againstBaseline(
      files,
      (path, index) => path.startsWith('group-01/') && index >= 10,
      ['group-00/dir/file-0.md', 'removed/old.md'],
    );
    expect([comparison.fresh, comparison.unchanged, comparison.absent.length]).toEqual([4, 68, 2]);
    const text = markdown(files, options({ groupBy: 'dir', ...baseline }));
    expect(text).toContain(
      '72 finding(s) in 6 file(s): 52 error(s), 20 warning(s), 0 info(s); 4 new, 68 unchanged, 2 fixed against the baseline.',
    );
    expect(text).toContain('| rule | errors | warnings | infos | total | new | fixed |');
    expect(text).toContain('| no-missing-file | 16 | 8 | 0 | 24 | 0 | 2 |');
    expect(text).toContain('| group | findings | errors | warnings | infos | files | new | fixed |');
    expect(text).toContain('| group-01/ | 24 | 18 | 6 | 0 | 2 | 4 | 0 |');
    expect(text).toContain('| group-00/ | 12 | 8 | 4 | 0 | 2 | 0 | 1 |');
    expect(text).toContain(
      '24 finding(s) in 2 file(s): 18 error(s), 6 warning(s), 0 info(s); 4 new, 20 unchanged, 0 fixed.',
    );
    // The group's table starts with its new findings.
    const section = text.slice(
      text.indexOf('### group-01/'),
      text.indexOf('\n### ', text.indexOf('### group-01/') + 1),
    );
    const statuses = tables(section)[1]!
      .slice(2)
      .map((line) => line.split(' | ')[0]);
    expect(statuses).toEqual([...Array(4).fill('| new'), ...Array(20).fill('| unchanged')]);
    expect(text).toContain('### Fixed since the baseline\n\n2 finding(s) of the baseline no longer reported.');
    expect(text).toContain('| removed/old.md | no-missing-file | \\[gone\\]\\(gone-1.md\\) | removed/ |');
  });

  it('keeps a large report with a baseline under the limit, the fixed findings cut like the others', () => {
    const files = syntheticFiles(40, 40, 20);
    const gone = Array.from(
      { length: 5000 },
      (_, index) => `group-${String(index % 40).padStart(2, '0')}/old-${index}.md`,
    );
    const { options: baseline } = againstBaseline(files, (_path, index) => index % 5 === 0, gone);
    const text = markdown(files, options({ repository: 'owner/repo', ref: 'main', ...baseline }));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(summaryLimit);
    expect(Buffer.byteLength(text)).toBeGreaterThan(summaryLimit * 0.9);
    const fixed = text.slice(text.indexOf('### Fixed since the baseline'));
    const rest = Number(/… and (\d+) more fixed finding\(s\)\./.exec(fixed)?.[1] ?? 0);
    expect(rest).toBeGreaterThan(0);
    expect((tables(fixed)[0]?.length ?? 2) - 2 + rest).toBe(5000);
  });

  it('keeps a large report under the job summary limit by cutting whole tables to their top rows', () => {
    const files = syntheticFiles(40, 40, 20);
    const model = buildReport(files, options({ repository: 'owner/repo', ref: 'main' }));
    expect(model.entries.length).toBeGreaterThan(50_000);
    const text = markdownReport(model, options({ repository: 'owner/repo', ref: 'main' }));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(summaryLimit);
    // Cut to what fits, not far below it.
    expect(Buffer.byteLength(text)).toBeGreaterThan(summaryLimit * 0.9);
    expect(text.endsWith('\n')).toBe(true);
    // Every table has its header, its separator and whole rows with as many cells as the header.
    for (const table of tables(text)) {
      expect(table.length).toBeGreaterThanOrEqual(2);
      const cells = table[0]!.split(' | ').length;
      expect(table[1]).toMatch(/^\| ---( \| ---)* \|$/);
      for (const row of table) {
        expect(row.endsWith(' |')).toBe(true);
        expect(row.replaceAll('\\|', '').split(' | ').length).toBe(cells);
      }
    }
    // Each group says how many findings it left out, and shown plus left out is the group's count.
    for (const group of model.groups) {
      const start = text.indexOf(`### ${group.label}\n`);
      expect(start, group.label).toBeGreaterThan(-1);
      const section = text.slice(
        start,
        text.indexOf('\n### ', start + 1) === -1 ? undefined : text.indexOf('\n### ', start + 1),
      );
      const shown = tables(section)[1]?.length ?? 2;
      const rest = Number(/… and (\d+) more finding\(s\) in this group\./.exec(section)?.[1] ?? 0);
      expect(shown - 2 + rest, group.label).toBe(group.entries.length);
      expect(rest).toBeGreaterThan(0);
    }
  });

  it('leaves a report that fits whole', () => {
    const files = syntheticFiles(3, 2, 2);
    const text = markdown(files, options());
    expect(text).not.toContain('more finding(s)');
  });
});

describe('buildReport', () => {
  it('gives each finding its suggestion and its fix as before and after', () => {
    const file = vfile('/srv/repo/docs/a.md', [], 'See [x](old.md).\n');
    const message = file.message('Link to missing file `old.md`; did you mean `new.md`', {
      place: { line: 1, column: 5 },
      ruleId: 'no-missing-file',
    });
    message.fatal = true;
    Object.assign(message, { fix: [{ start: 8, end: 14, text: 'new.md' }] });
    const [entry] = buildReport([file], options({ repository: 'o/r', ref: 'v1' })).entries;
    expect(entry).toMatchObject({
      path: 'docs/a.md',
      suggestion: 'new.md',
      fix: 'old.md → new.md',
      link: 'https://github.com/o/r/blob/v1/docs/a.md#L1',
      group: { key: 'docs/', label: 'docs/' },
    });
  });
});
