import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, sep } from 'node:path';
import { seededRandom } from '@devguide/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineOf, matchBaseline } from '../baseline/baseline.js';
import { identityOfMessage } from '../baseline/fingerprint.js';
import { allRules } from '../rules/index.js';
import { defineProjectRule } from './define-rule.js';
import { lint } from './run-lint.js';
import type { BaseEntry, BaseTree } from './since-base.js';
import { testRuleMeta } from '../../test/test-rule.js';

/*
 * `LintRun.sinceBase` against its definition: for generated trees and edits, the findings it calls
 * new are exactly those of a full lint of the edited tree that a full lint of the base does not
 * have (matched by identity, renamed files keeping theirs). The base is a directory here; in the
 * CLI it is git's objects.
 */

const scratch = mkdtempSync(join(tmpdir(), 'devguide-since-base-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    const path = relative(root, full).split(sep).join('/');
    return entry.isDirectory() ? [`${path}/`, ...walk(full, root)] : [path];
  });
}

const headings = ['Setup', 'Usage', 'Testing', 'Release notes', 'FAQ'];

function page(next: () => number, paths: readonly string[], self: string): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const lines = [`# ${posix.basename(self, '.md')}`, ''];
  for (let at = 0; at < 3; at++) {
    lines.push(`## ${pick(headings)}`, '');
    const target = pick(paths);
    const relativeTarget = posix.relative(posix.dirname(self), target) || posix.basename(target);
    const slug = pick(headings).toLowerCase().replace(/ /g, '-');
    lines.push(
      pick([
        `See [it](${relativeTarget}).`,
        `See [it](${relativeTarget}#${slug}).`,
        `See [the folder](${posix.relative(posix.dirname(self), posix.dirname(target)) || '.'}/#${slug}).`,
        `See [here](#${slug}).`,
        `See [gone](gone-${at}.md).`,
      ]),
      '',
    );
  }
  return lines.join('\n');
}

/** A base tree, and the tree after a few random edits; the renames made. */
function generate(seed: number): { base: string; head: string; moves: Map<string, string> } {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const dir = join(scratch, String(seed));
  const base = join(dir, 'base');
  const head = join(dir, 'head');
  const paths = ['README.md', 'a.md', 'b.md', 'docs/README.md', 'docs/c.md', 'docs/d.md', 'docs/deep/e.md'];
  for (const path of paths) {
    mkdirSync(join(base, posix.dirname(path)), { recursive: true });
    writeFileSync(join(base, path), page(next, paths, path));
  }
  cpSync(base, head, { recursive: true });
  const moves = new Map<string, string>();
  const files = () => walk(head).filter((path) => path.endsWith('.md'));
  for (let edit = 0; edit < 1 + Math.floor(next() * 3); edit++) {
    const file = pick(files());
    const text = readFileSync(join(head, file), 'utf8');
    const kind = pick(['rename', 'delete', 'heading', 'link', 'add', 'insert']);
    if (kind === 'rename') {
      const to = file.replace(/\.md$/, `-${edit}.md`);
      renameSync(join(head, file), join(head, to));
      // A file renamed twice keeps its first name as its origin.
      const from = [...moves].find(([, now]) => now === file)?.[0] ?? file;
      moves.set(from, to);
    } else if (kind === 'delete') rmSync(join(head, file));
    else if (kind === 'heading') writeFileSync(join(head, file), text.replace(/^## .+$/m, `## Renamed ${edit}`));
    else if (kind === 'link') writeFileSync(join(head, file), `${text}\n${page(next, files(), file).split('\n')[4]}\n`);
    else if (kind === 'add')
      writeFileSync(join(head, `docs/new-${edit}.md`), page(next, files(), `docs/new-${edit}.md`));
    else writeFileSync(join(head, file), `Inserted.\n\n${text}`);
  }
  return { base, head, moves };
}

/** The base directory as a `BaseTree`: what changed is told by comparing bytes. */
function baseTreeOf(base: string, head: string, moves: ReadonlyMap<string, string>): BaseTree {
  const entries = new Map<string, BaseEntry>();
  for (const path of walk(base))
    entries.set(path.replace(/\/$/, ''), path.endsWith('/') ? { type: 'dir' } : { type: 'file' });
  const bytes = (dir: string, path: string) => {
    try {
      return readFileSync(join(dir, path), 'utf8');
    } catch {
      return null;
    }
  };
  const changed = new Set(
    [...new Set([...walk(base), ...walk(head)])]
      .filter((path) => !path.endsWith('/') && bytes(base, path) !== bytes(head, path))
      .map((path) => path),
  );
  return {
    entries,
    changed,
    moves,
    read: (paths) => Promise.resolve(new Map(paths.map((path) => [path, readFileSync(join(base, path))]))),
  };
}

const common = { rules: allRules, config: null, cache: null, jobs: 0 } as const;
const key = (message: object) => JSON.stringify(identityOfMessage(message));

describe('lint since a base', () => {
  it('reports exactly (full lint now) − (full lint at the base), over generated trees and edits', async () => {
    let reported = 0;
    let compared = 0;
    let files = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { base, head, moves } = generate(seed);
      const before = await lint({ ...common, cwd: base });
      const now = await lint({ ...common, cwd: head, trackReads: true });
      const expected = matchBaseline(now.files, baselineOf(before.files), moves).states;
      const since = await now.sinceBase(baseTreeOf(base, head, moves));
      const want = [...expected].flatMap(([message, state]) => (state === 'new' ? [key(message)] : [])).sort();
      const got = [...since.fresh].map(key).sort();
      expect(got, `seed ${seed}`).toEqual(want);
      reported += got.length;
      compared += since.compared;
      files += now.stats.files;
    }
    // Some edits broke links (else the equality would hold trivially), and not every file was
    // compared again (else nothing would be saved).
    expect(reported).toBeGreaterThan(10);
    expect(compared).toBeLessThan(files);
  }, 120_000);

  it('takes a lookup made outside a walk of the files as one every file depends on', async () => {
    const lookAround = defineProjectRule({
      meta: testRuleMeta('look-around', 'Looks a path up without walking the files.'),
      check({ files, index }) {
        files.forEach(() => index.local.get('a.md'));
      },
    });
    const { base, head, moves } = generate(7);
    const walked = await lint({ ...common, cwd: head, trackReads: true });
    expect((await walked.sinceBase(baseTreeOf(base, head, moves))).compared).toBeLessThan(walked.stats.files);
    const around = await lint({ ...common, rules: [...allRules, lookAround], cwd: head, trackReads: true });
    expect((await around.sinceBase(baseTreeOf(base, head, moves))).compared).toBe(around.stats.files);
  });
});
