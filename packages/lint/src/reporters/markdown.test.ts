import { describe, expect, it } from 'vitest';
import { options, sampleFiles, vfile } from '../../test/fixtures/reporters/sample-files.js';
import { syntheticFiles } from '../../test/fixtures/reporters/synthetic.js';
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

  it('shows new and unchanged against a baseline when findings carry a status', () => {
    const text = markdown(
      sampleFiles(),
      options({ statusOf: (_path, finding) => (finding.ruleId === 'no-missing-file' ? 'new' : 'unchanged') }),
    );
    expect(text).toMatch(/; 1 new, 4 unchanged against the baseline\./);
    expect(text).toContain('| status | where | rule | severity | message |');
    expect(text).toContain('| new | docs/guide.md:12 |');
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
