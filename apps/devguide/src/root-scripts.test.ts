import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A root script as a user runs it: `pnpm --silent <script> <args>` in the repository. */
function pnpm(...args: string[]) {
  const result = spawnSync('pnpm', ['--silent', ...args], {
    cwd: repoRoot,
    // The bundle was built before the tests (turbo's `test` depends on `build`).
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', DEVGUIDE_SKIP_BUILD: '1', CI: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the root scripts', () => {
  it('`pnpm -s devguide … --format json` prints exactly the report on stdout', () => {
    const result = pnpm('devguide', 'lint', 'README.md', '--format', 'json', '--no-cache');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Array<{ filePath: string }>;
    expect(report.map((file) => file.filePath)).toEqual(['README.md']);
  });

  it('`pnpm -s lint:links --offline --format json` prints exactly the report, offline', () => {
    const result = pnpm('lint:links', '--offline', '--format', 'json', '--no-cache', 'README.md');
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ filePath: 'README.md' })]);
    expect(result.stderr).toMatch(/^devguide: external links: /m);
  });

  it('`pnpm generate:readme --check` checks without writing', () => {
    const result = pnpm('generate:readme', '--check');
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('pass their options on, with or without `--`', () => {
    for (const [script, usage] of [
      ['lint:guide', 'devguide lint'],
      ['sync:upstream', 'devguide sync'],
      ['lint:links', 'devguide lint'],
      ['generate:readme', 'devguide readme'],
      ['devguide', 'devguide lint'],
    ] as const) {
      for (const dashes of script === 'lint:guide' ? [[], ['--']] : [[]]) {
        const args = script === 'devguide' ? [...dashes, 'lint', '--help'] : [...dashes, '--help'];
        const result = pnpm(script, ...args);
        expect(result.stdout, `${script} ${args.join(' ')}`).toContain(`Usage: ${usage}`);
        expect(result.code, `${script} ${args.join(' ')}`).toBe(0);
      }
    }
    // An unknown option reaches the CLI, which refuses it: proof the option went through.
    const refused = pnpm('sync:upstream', '--dry-rn');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^devguide: Unexpected option `--dry-rn`.*`--dry-run`/);
  });
});
