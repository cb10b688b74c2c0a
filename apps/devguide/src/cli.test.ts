import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { devguide, removeWorkspace, workspaceWithContent } from '../test/cli.js';
import { run } from './run.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
let cwd: string;
beforeEach(() => {
  cwd = workspaceWithContent();
});
afterEach(() => removeWorkspace(cwd));

describe('the command line', () => {
  it('prints help generated from the option schema', () => {
    const result = devguide(cwd, '--help');
    expect(result.code).toBe(0);
    for (const command of ['readme', 'sync', 'lint']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(devguide(cwd, 'sync', '--help').stdout).toMatch(/--dry-run\s+Print the plan/);
    expect(devguide(cwd, 'help', 'readme').stdout).toMatch(/Usage: devguide readme/);
  });

  it('prints its version', () => {
    expect(devguide(cwd, '--version')).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('suggests the option that was meant, exit 2', () => {
    const result = devguide(cwd, 'readme', '--chek');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'devguide: Unexpected option `--chek` for `devguide readme`; did you mean `--check`; run `devguide readme --help`\n',
    );
  });

  it('suggests the command that was meant, exit 2', () => {
    const result = devguide(cwd, 'readem');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^devguide: Unexpected command `readem`.*did you mean `readme`/);
  });

  it('refuses stray arguments', () => {
    expect(devguide(cwd, 'readme', 'extra')).toMatchObject({ code: 2 });
  });

  it('runs in-process with injected streams and never throws', async () => {
    let out = '';
    let err = '';
    const io = {
      cwd,
      env: {},
      stdout: { write: (chunk: string) => (out += chunk) },
      stderr: { write: (chunk: string) => (err += chunk) },
    };
    expect(await run(['readme', '--check'], io)).toBe(0);
    expect(out).toBe('content/README.md is up to date\n');
    expect(await run(['readme', '--content', 'nowhere'], io)).toBe(2);
    expect(err).toMatch(/^nowhere\/devguide\.yaml:1:1: Unexpected missing file/);
  });

  it('lint passes on the committed content with the project configuration', () => {
    cpSync(join(repoRoot, '.devguide-lint.yaml'), join(cwd, '.devguide-lint.yaml'));
    const result = devguide(cwd, 'lint', '--no-cache');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^1 file\(s\) linted, no problems$/m);
    expect(result.code).toBe(0);
  });
});
