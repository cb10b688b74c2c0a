import { corpus, git } from '@devguide/testkit';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../bin/devguide.js', import.meta.url));
export const committedContent = fileURLToPath(new URL('../../../content', import.meta.url));

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a separate process, no TTY. */
export function devguide(cwd: string, ...args: string[]): Result {
  return devguide.withEnv({})(cwd, ...args);
}

/** The same, with more environment variables (and a longer time limit for a cold lint of the corpus). */
devguide.withEnv =
  (extra: Record<string, string>, timeout = 60_000) =>
  (cwd: string, ...args: string[]): Result => {
    const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...extra };
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

/**
 * The built CLI in its own process, without waiting on it: a fake server in the test's own
 * process keeps answering while it runs.
 */
export function devguideAsync(
  cwd: string,
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A scratch working directory holding a copy of the committed content/. */
export function workspaceWithContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'devguide-cli-'));
  cpSync(committedContent, join(dir, 'content'), { recursive: true });
  return dir;
}

/**
 * A git repository (one commit) of one folder of the corpus under its own path: tens of files
 * with findings today, for the baseline and its renames.
 */
export function repositoryOfCorpusFolder(folder: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, folder, '..'), { recursive: true });
  cpSync(join(corpus.communityDir, folder), join(dir, folder), { recursive: true });
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'corpus']);
  return dir;
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir` with its bytes and mtime, to prove that nothing was written. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink()) out[relative(dir, full)] = `-> ${readlinkSync(full)}`;
      else out[relative(dir, full)] = `${statSync(full).mtimeMs}:${readFileSync(full, 'base64')}`;
    }
  };
  walk(dir);
  return out;
}

/** The CLI in this process (`run`), its output captured: quicker than a process where no TTY or exit matters. */
export async function devguideInProcess(
  cwd: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { run } = await import('../src/run.js');
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    env: {},
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}
