import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, devguide, snapshotTree, type Result } from '../test/cli.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'devguide-bad-input-'));
  // Stops the search for a configuration above the scratch directory.
  mkdirSync(join(cwd, '.git'));
  writeFileSync(join(cwd, 'a.md'), '# A\n');
  mkdirSync(join(cwd, 'dir'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

/** Exit 2, exactly one line on stderr in the project's form, no stack, and nothing written. */
function refused(args: string[], line: RegExp): Result {
  const before = snapshotTree(cwd);
  const result = devguide(cwd, ...args);
  expect(result.stderr).toMatch(/^[^\n]+\n$/);
  expect(result.stderr).toMatch(line);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at |E[A-Z]+: /);
  expect(result.code).toBe(2);
  expect(snapshotTree(cwd)).toEqual(before);
  return result;
}

describe('mistakes are one line, exit 2, and write nothing', () => {
  it('`--config <dir>`', () => {
    refused(['lint', '--config', 'dir'], /^devguide: `--config dir`: Unexpected directory, expected a file; /);
  });

  it('`--config <missing>`', () => {
    refused(['lint', '--config', 'nope.yaml'], /^devguide: `--config nope.yaml`: Unexpected missing file/);
  });

  it('`--content <file>`, for every command that reads it', () => {
    for (const command of ['readme', 'sync', 'hook'])
      refused(
        [command, ...(command === 'hook' ? ['pre-commit'] : []), '--content', 'a.md'],
        /^devguide: `--content a.md`: Unexpected file, expected a directory; /,
      );
  });

  it('`--output <dir>` and `--output` in a missing directory', () => {
    refused(['lint', 'a.md', '--output', 'dir'], /^devguide: `--output dir`: Unexpected directory, expected a file/);
    refused(['lint', 'a.md', '--output', 'no/report.json'], /Unexpected missing directory `no`/);
  });

  it('a lint cache location that is a directory', () => {
    refused(['lint', 'a.md', '--cache-location', 'dir'], /^devguide: `--cache-location dir`: Unexpected directory/);
  });

  it('a symbolic link loop', () => {
    symlinkSync('loop-b.md', join(cwd, 'loop-a.md'));
    symlinkSync('loop-a.md', join(cwd, 'loop-b.md'));
    refused(
      ['lint', 'loop-a.md'],
      /^devguide: loop-a.md: Unexpected symbolic link loop, expected .*; remove or repoint/,
    );
    symlinkSync('dir', join(cwd, 'config-loop'));
    rmSync(join(cwd, 'config-loop'));
    symlinkSync('config-loop', join(cwd, 'config-loop'));
    refused(['lint', '--config', 'config-loop'], /^devguide: `--config config-loop`: Unexpected symbolic link loop/);
  });

  it('a YAML alias bomb in the configuration is refused at its first alias, quickly', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      rows.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    writeFileSync(join(cwd, 'bomb.yaml'), `${rows.join('\n')}\n`);
    refused(['lint', '--config', 'bomb.yaml'], /^bomb\.yaml:2:\d+: Unexpected YAML aliases that expand past 100/);
  });

  it('a path or `--root` that does not exist', () => {
    refused(['lint', 'nope.md'], /^devguide: nope.md: Unexpected missing path, expected a file or directory to lint; /);
    refused(['lint', 'nope/'], /^devguide: nope\/: Unexpected missing path/);
    refused(['lint', '--root', 'nope'], /^devguide: `--root nope`: Unexpected missing directory/);
    // The configuration's root is checked too.
    writeFileSync(join(cwd, 'root.yaml'), 'root: nowhere\n');
    refused(['lint', '--config', 'root.yaml'], /^devguide: nowhere: Unexpected missing root, expected the directory /);
  });

  it('an `include` that matches nothing, and paths that hold no markdown', () => {
    writeFileSync(join(cwd, 'none.yaml'), 'include: ["docs/**/*.md"]\n');
    refused(
      ['lint', '--config', 'none.yaml'],
      /Unexpected no markdown file in `include` \(`docs\/\*\*\/\*\.md`\), .*`--allow-empty`\n$/,
    );
    refused(['lint', 'dir'], /Unexpected no markdown file in `dir`/);
  });

  it('`--allow-empty` makes linting nothing a pass', () => {
    writeFileSync(join(cwd, 'none.yaml'), 'include: ["docs/**/*.md"]\n');
    const result = devguide(cwd, 'lint', '--config', 'none.yaml', '--allow-empty');
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '0 file(s) linted, no problems\n' });
    expect(devguide(cwd, 'lint', '--help').stdout).toMatch(/--allow-empty\b/);
  });

  it('a garbage tree listing, an empty one, and a missing one', () => {
    writeFileSync(join(cwd, 'garbage.txt'), 'mode\ttype\tsha\tsize\tpath\nthis is not a listing\n');
    refused(
      ['lint', 'a.md', '--tree-listing', 'garbage.txt'],
      /^garbage\.txt:2:1: Unexpected `this is not a listing`, expected a `git ls-tree -r -t --long` line/,
    );
    writeFileSync(join(cwd, 'empty.txt'), '\n');
    refused(['lint', 'a.md', '--tree-listing', 'empty.txt'], /^empty\.txt:1:1: Unexpected empty tree listing/);
    refused(
      ['lint', 'a.md', '--tree-listing', 'nope.txt'],
      /^devguide: `--tree-listing nope.txt`: Unexpected missing file/,
    );
  });

  it('a malformed `--repository`', () => {
    refused(
      ['lint', 'a.md', '--repository', 'not a repository'],
      /^devguide: Unexpected `--repository not a repository`, expected `owner\/name`; /,
    );
    refused(['lint', 'a.md', '--repository', 'https://github.com/kubernetes/community'], /expected `owner\/name`/);
  });
});

describe('the lint cache', () => {
  it('a location that cannot be written turns the cache off with one warning; the lint stands', () => {
    // A file where the cache directory belongs: what a read-only checkout looks like to any user.
    writeFileSync(join(cwd, '.devguide-cache'), 'in the way');
    const result = devguide(cwd, 'lint', 'a.md');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1 file(s) linted, no problems\n');
    expect(result.stderr).toMatch(/^devguide: warning: cache off: cannot write \S+ \(a file is in the way\);[^\n]*\n$/);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a read-only working directory still lints, with one warning', () => {
    const readOnly = join(cwd, 'read-only');
    mkdirSync(readOnly);
    writeFileSync(join(readOnly, 'a.md'), '# A\n');
    rmSync(join(cwd, '.git'), { recursive: true });
    mkdirSync(join(readOnly, '.git'));
    chmodSync(cwd, 0o755);
    chmodSync(readOnly, 0o555);
    // Permissions do not bind root: as root, the CLI runs as `nobody` (util-linux's setpriv), from
    // a copy of its bundle here (the checkout may sit in a home nobody can enter).
    const root = process.getuid?.() === 0;
    const asUser = root ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    let entry = bin;
    if (root) {
      const copy = join(cwd, 'cli');
      cpSync(join(dirname(bin), '..', 'dist', 'bundle'), join(copy, 'dist', 'bundle'), { recursive: true });
      cpSync(bin, join(copy, 'bin', 'devguide.js'));
      // The rules' documentation links come from the project's package.json above the bundle.
      cpSync(join(dirname(bin), '..', '..', '..', 'package.json'), join(copy, 'package.json'));
      entry = join(copy, 'bin', 'devguide.js');
    }
    try {
      const command = [...asUser, process.execPath, entry, 'lint'];
      const result = spawnSync(command[0]!, command.slice(1), {
        cwd: readOnly,
        env: { PATH: process.env['PATH'] ?? '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/^devguide: warning: cache off: cannot write \S+ \(permission denied\);[^\n]*\n$/);
    } finally {
      chmodSync(readOnly, 0o755);
    }
  });

  it.runIf(process.platform === 'linux')('is not written by a run that exits 2', () => {
    const result = devguide(cwd, 'lint', 'a.md');
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, '.devguide-cache', 'lint.v8'))).toBe(true);
    rmSync(join(cwd, '.devguide-cache'), { recursive: true });
    // A report that cannot be written once the lint is done (no file can be created in /proc,
    // not even by root): the run fails and leaves the cache as it was.
    const failed = devguide(cwd, 'lint', 'a.md', '--output', '/proc/self/devguide-report.json');
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^devguide: \S+: Unexpected missing path, [^\n]+\n$/);
    expect(existsSync(join(cwd, '.devguide-cache'))).toBe(false);
  });

  it('under the pre-commit framework lives in its cache directory, not in the user tree', () => {
    const home = join(cwd, 'pre-commit-home');
    const hooked = devguide.withEnv({ PRE_COMMIT: '1', PRE_COMMIT_HOME: home })(cwd, 'lint', 'a.md');
    expect(hooked.code).toBe(0);
    expect(existsSync(join(cwd, '.devguide-cache'))).toBe(false);
    const [repository] = readdirSync(join(home, 'devguide'));
    expect(existsSync(join(home, 'devguide', repository!, 'lint.v8'))).toBe(true);
  });
});
