import { buildRepo, startFakeGitHub, type FakeGitHub } from '@devguide/github/testing';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, committedContent, removeWorkspace, snapshotTree } from '../test/cli.js';

const repository = 'kubernetes/community';
const token = 'ghp_echoed0123456789abcdefghijklmnopqrstu';
let upstream: string;
let cwd: string;
let server: FakeGitHub;

beforeAll(async () => {
  upstream = mkdtempSync(join(tmpdir(), 'devguide-redaction-upstream-'));
  buildRepo(upstream, [{ message: 'a guide', write: { 'contributors/devel/README.md': '# Guide\n' } }]);
  cwd = mkdtempSync(join(tmpdir(), 'devguide-redaction-'));
  mkdirSync(join(cwd, 'content'));
  copyFileSync(join(committedContent, 'devguide.yaml'), join(cwd, 'content/devguide.yaml'));
  server = await startFakeGitHub({ repo: upstream, repository });
});
afterAll(async () => {
  await server.close();
  removeWorkspace(cwd);
  rmSync(upstream, { recursive: true, force: true });
});

/** The built CLI in its own process, as a user runs it, against the fake server in this one. */
function devguide(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', GITHUB_TOKEN: token },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('devguide sync against a server that echoes the request headers into its error', () => {
  it('prints one line with the server message and the token hidden, and writes nothing', async () => {
    server.faults.push({ match: /commits/, kind: 'echo-headers', status: 400 });
    const before = snapshotTree(cwd);
    const result = await devguide('sync', '--api-url', server.url);
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${token}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^devguide: Unexpected HTTP 400 from http:\/\/127\.0\.0\.1:\d+\/repos\/kubernetes\/community\/commits\/main, expected 200 or 304 or 404 or 422 \(Bad request; you sent .*authorization: Bearer \*\*\*/,
    );
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(snapshotTree(cwd)).toEqual(before);
  });
});
