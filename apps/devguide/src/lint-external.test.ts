import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

let cwd: string;
let server: Server;
let origin: string;
const seen: string[] = [];

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'devguide-lint-external-'));
  mkdirSync(join(cwd, '.git'));
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(request.url === '/gone' ? 404 : 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  origin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
  writeFileSync(join(cwd, 'doc.md'), `# Doc\n\n[ok](${origin}/ok) and [gone](${origin}/gone)\n`);
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(cwd, { recursive: true, force: true });
});

async function devguide(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, env: {}, stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: (chunk: string) => (stderr += chunk) } });
  return { code, stdout, stderr };
}

describe('devguide lint --external', () => {
  it('sends nothing without --external', async () => {
    const result = await devguide('lint', '--no-cache');
    expect(result.code).toBe(0);
    expect(seen).toEqual([]);
  });

  it('reports dead URLs at their place and summarises by outcome and host', async () => {
    const result = await devguide('lint', '--no-cache', '--external', '--link-cache', 'links.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`3:\\d+ +error +Unexpected dead link \`${origin}/gone\` \\(404\\).* +external-link-dead`));
    expect(result.stderr).toContain('external links: 2 URL(s): 1 alive, 1 dead, 0 inconclusive; 0 from the cache, 0 from the lock, 3 request(s)');
    expect(result.stderr).toContain(`127.0.0.2:${origin.split(':')[2]}: 1 alive, 1 dead, 0 inconclusive`);
    // No progress bar: stderr is not a terminal.
    expect(result.stderr).not.toContain('\r');
  });

  it('answers from the cache with --offline', async () => {
    const before = seen.length;
    const result = await devguide('lint', '--no-cache', '--external', '--offline', '--link-cache', 'links.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('(404, cached)');
    expect(result.stderr).toContain('2 from the cache, 0 from the lock, 0 request(s)');
    expect(seen.length).toBe(before);
  });

  it('refuses --offline without --external', async () => {
    const result = await devguide('lint', '--offline');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unexpected `--offline` without `--external`');
  });
});
