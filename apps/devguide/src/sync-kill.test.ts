import { buildRepo, commitStep, startFakeGitHub, type FakeGitHub } from '@devguide/github/testing';
import { corpus } from '@devguide/testkit';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, committedContent, removeWorkspace, snapshotTree } from '../test/cli.js';

const repository = 'kubernetes/community';
const development = 'contributors/devel/development.md';
const linked = (
  JSON.parse(readFileSync(join(committedContent, 'devguide.lock.json'), 'utf8')) as {
    files: Array<{ path: string; type: string }>;
  }
).files
  .filter((file) => file.type === 'blob')
  .map((file) => file.path);

let upstream: string;
let cwd: string;
let server: FakeGitHub;
let second: string;

beforeAll(async () => {
  upstream = mkdtempSync(join(tmpdir(), 'devguide-kill-upstream-'));
  buildRepo(upstream, [
    {
      message: 'the guide and its targets',
      write: Object.fromEntries(linked.map((path) => [path, readFileSync(join(corpus.communityDir, path))])),
    },
  ]);
  cwd = mkdtempSync(join(tmpdir(), 'devguide-kill-'));
  mkdirSync(join(cwd, 'content'));
  copyFileSync(join(committedContent, 'devguide.yaml'), join(cwd, 'content/devguide.yaml'));
  server = await startFakeGitHub({ repo: upstream, repository });
});
afterAll(async () => {
  await server.close();
  removeWorkspace(cwd);
  rmSync(upstream, { recursive: true, force: true });
});

/** The built CLI in its own process (so that it can be killed), against the fake server. */
function spawnSync(...args: string[]) {
  const child = spawn(process.execPath, [bin, 'sync', '--api-url', server.url, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exit };
}

describe('kill -9 during a sync', () => {
  it('leaves content/ and the lock byte for byte as they were; the next sync completes', async () => {
    const first = await spawnSync().exit;
    expect(first).toMatchObject({ code: 0, stderr: '' });
    second = commitStep(upstream, {
      message: 'development guide: a new section',
      write: {
        [development]: `${readFileSync(join(corpus.communityDir, development), 'utf8')}\n## Building offline\n\nUse the vendored modules.\n`,
      },
    });
    const before = snapshotTree(cwd);

    server.faults.push({ match: /\/git\/blobs\//, kind: 'stall' });
    const start = server.requests.length;
    const running = spawnSync();
    await server.waitFor(/\/git\/blobs\//, start);
    running.child.kill('SIGKILL');
    const killed = await running.exit;
    expect(killed.signal).toBe('SIGKILL');
    expect(snapshotTree(cwd)).toEqual(before);
    server.release();

    const again = await spawnSync().exit;
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `wrote 1 file(s): content/devguide.lock.json\ngithub: 3 request(s), 1 blob(s) downloaded`,
    );
    const lock = JSON.parse(readFileSync(join(cwd, 'content/devguide.lock.json'), 'utf8')) as {
      upstream: { commit: string };
    };
    expect(lock.upstream.commit).toBe(second);
  });
});
