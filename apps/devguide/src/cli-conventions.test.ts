import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, devguide, removeWorkspace, workspaceWithContent } from '../test/cli.js';
import { commands, globalOptions } from './cli-schema.js';
import { run } from './run.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const ansi = new RegExp(`${String.fromCharCode(27)}\\[\\d+(;\\d+)*m`);
let cwd: string;
beforeEach(() => {
  cwd = workspaceWithContent();
});
afterEach(() => removeWorkspace(cwd));

async function inProcess(argv: string[], env: Record<string, string>, isTTY: boolean) {
  let out = '';
  let err = '';
  const code = await run(argv, {
    cwd,
    env,
    stdout: { write: (chunk: string) => (out += chunk), isTTY },
    stderr: { write: (chunk: string) => (err += chunk), isTTY },
  });
  return { code, out, err };
}

describe('the command line as users meet it', () => {
  it('help for every command lists every option of the schema the parser reads', () => {
    const main = devguide(cwd, '--help');
    expect(main.code).toBe(0);
    for (const command of commands) {
      expect(main.stdout).toContain(`  ${command.name} `);
      const help = devguide(cwd, command.name, '--help');
      expect(help.code, command.name).toBe(0);
      expect(help.stdout, command.name).toContain(`Usage: ${command.usage}`);
      for (const option of [...command.options, ...globalOptions])
        expect(help.stdout, `${command.name} --${option.name}`).toMatch(
          new RegExp(`--${option.name}\\b.*${option.description.slice(0, 20).replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}`),
        );
    }
  });

  it('--version is the package version, from the build and from the committed release build', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'apps', 'devguide', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(devguide(cwd, '--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
    const release = spawnSync(process.execPath, [join(repoRoot, 'release', 'cli.js'), '--version'], {
      cwd,
      encoding: 'utf8',
    });
    expect(release.stdout).toBe(`${version}\n`);
  });

  it('an unknown option is refused with a suggestion, exit 2, one line', () => {
    const result = devguide(cwd, 'lint', '--formt', 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'devguide: Unexpected option `--formt` for `devguide lint`; did you mean `--format`; run `devguide lint --help`\n',
    );
  });

  it('every usage error is one line naming the fix, without a stack', () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['lint', '--format', 'xml'],
        /^devguide: Unexpected format `xml`, expected one of `stylish`, `json`, `sarif`, `github`, `markdown`, `html`; run `devguide lint --help`$/,
      ],
      [
        ['lint', '--max-warnings', 'x'],
        /^devguide: Unexpected `--max-warnings x`, expected a whole number; write `--max-warnings 0` to fail on any warning$/,
      ],
      [
        ['lint', '--jobs', '-1'],
        /^devguide: Unexpected value starting with `-` after `--jobs`, expected `--jobs <n>`; write `--jobs=<value>` for a value that starts with a dash$/,
      ],
      [
        ['lint', '--format'],
        /^devguide: Unexpected end of `--format`, expected `--format <name>`; run `devguide lint --help`$/,
      ],
      [['readme', '--content', 'nowhere'], /^nowhere\/devguide\.yaml:1:1: Unexpected missing file, expected .+; .+$/],
      [
        ['hook'],
        /^devguide: Unexpected missing hook name, expected `pre-commit`; run `devguide hook pre-commit` from the git hook$/,
      ],
      [
        ['hook', 'pre-commit'],
        /^devguide: Unexpected failure of `git rev-parse`: fatal: not a git repository.*; run the hook from inside a git working tree$/,
      ],
      [
        ['lnit'],
        /^devguide: Unexpected command `lnit`, expected one of .*; did you mean `lint`; run `devguide --help`$/,
      ],
    ];
    for (const [args, expected] of cases) {
      const result = devguide(cwd, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n'), args.join(' ')).toHaveLength(2);
      expect(result.stderr.trimEnd(), args.join(' ')).toMatch(expected);
    }
  });

  it('colour only on a terminal, never with NO_COLOR or in CI', async () => {
    writeFileSync(join(cwd, 'doc.md'), '# Doc\n\n[x](missing.md)\n');
    const tty = await inProcess(['lint', '--no-config', '--no-cache', 'doc.md'], {}, true);
    expect(tty.code).toBe(1);
    expect(tty.out).toMatch(ansi);
    const plainEnvs: Array<Record<string, string>> = [
      { NO_COLOR: '1' },
      { CI: 'true' },
      { NO_COLOR: '1', FORCE_COLOR: '1' },
    ];
    for (const env of plainEnvs) {
      const plain = await inProcess(['lint', '--no-config', '--no-cache', 'doc.md'], env, true);
      expect(plain.out, JSON.stringify(env)).not.toMatch(ansi);
      expect(plain.out).toContain('missing.md');
    }
    const piped = await inProcess(['lint', '--no-config', '--no-cache', 'doc.md'], {}, false);
    expect(piped.out).not.toMatch(ansi);
    // A spawned process writes to a pipe: no colour either.
    expect(devguide(cwd, 'lint', '--no-config', '--no-cache', 'doc.md').stdout).not.toMatch(ansi);
  });

  it('a reader that stops early (`| head`) ends the output quietly: no stack trace, the lint exit code', async () => {
    // Far more than a pipe holds, so that the CLI is still writing when the reader goes.
    writeFileSync(
      join(cwd, 'many.md'),
      Array.from({ length: 4000 }, (_, at) => `[link ${at}](#missing-${at})\n`).join(''),
    );
    for (const format of ['json', 'stylish']) {
      const child = spawn(process.execPath, [bin, 'lint', '--no-cache', '--format', format, 'many.md'], {
        cwd,
        env: { PATH: process.env['PATH'] ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let read = 0;
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', (chunk: Buffer) => {
        read = chunk.length;
        child.stdout.destroy();
      });
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(read, format).toBeGreaterThan(0);
      expect(stderr, format).toBe('');
      expect(code, format).toBe(1);
    }
  });
});
