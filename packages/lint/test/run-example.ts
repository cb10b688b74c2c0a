import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Agent } from 'undici';
import { stringify } from 'yaml';
import { lint } from '../src/engine/run-lint.js';
import type { Example } from '../src/engine/rule-meta.js';
import type { Rule } from '../src/engine/rule.js';

export interface ExampleResult {
  findings: string[];
  /** The file after `--fix` (fixable rules only). */
  fixed: string | null;
  /** Findings of the rule on the fixed file. */
  afterFix: string[];
}

/**
 * Runs one rule on one example through the real engine: a temporary tree with
 * the example (and its other files), a configuration enabling only that rule.
 */
export async function runExample(rule: Rule, example: Example): Promise<ExampleResult> {
  const dir = mkdtempSync(join(tmpdir(), `devguide-rule-${rule.meta.id}-`));
  const web = rule.meta.external ? await exampleWeb(example.responses ?? {}) : null;
  try {
    const path = example.path ?? 'docs/example.md';
    const files: Record<string, string> = { ...(example.tree ?? {}), [path]: example.source };
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content, file === path && example.encoding ? example.encoding : 'utf8');
    }
    for (const [link, target] of Object.entries(example.symlinks ?? {})) {
      mkdirSync(dirname(join(dir, link)), { recursive: true });
      symlinkSync(target, join(dir, link));
    }
    const config = {
      repository: 'kubernetes/community',
      defaultBranch: 'main',
      include: [path],
      guides: rule.meta.scope === 'guide' ? [path] : [],
      httpsHosts: ['kubernetes.io'],
      site: { origin: 'https://kubernetes.io', paths: ['/docs/'] },
      rules: Object.fromEntries([[rule.meta.id, ['error', example.options ?? {}]]]),
    };
    writeFileSync(join(dir, '.devguide-lint.yaml'), stringify(config));
    const only = async () => {
      const run = await lint({
        rules: [rule],
        cwd: dir,
        cache: null,
        jobs: 0,
        ...(web ? { external: { dispatcher: web.agent, cache: null } } : {}),
      });
      return run.files.flatMap((file) =>
        file.messages
          .filter((message) => message.ruleId === rule.meta.id)
          .map((message) => `${message.line}:${message.column}: ${message.reason}`),
      );
    };
    // The engine runs this rule alone, so the example speaks for it.
    const findings = await only();
    if (!rule.meta.fixable) return { findings, fixed: null, afterFix: [] };
    await lint({
      rules: [rule],
      cwd: dir,
      cache: null,
      jobs: 0,
      fix: true,
      ...(web ? { external: { dispatcher: web.agent, cache: null } } : {}),
    });
    const fixed = readFileSync(join(dir, path), 'utf8');
    const afterFix = await only();
    return { findings, fixed, afterFix };
  } finally {
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The web an external rule's example sees: a real HTTP server on loopback that
 * answers each URL of `responses` (any other with 404), reached through a
 * dispatcher whose connections all go to it, whatever host the URL names.
 */
async function exampleWeb(responses: NonNullable<Example['responses']>) {
  const server = createServer((request, response) => {
    const answer = responses[`http://${request.headers.host}${request.url}`];
    if (!answer) return void response.writeHead(404).end();
    response
      .writeHead(answer.status, {
        'content-type': 'text/html',
        ...(answer.location ? { location: answer.location } : {}),
      })
      .end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({
    connect: (_options, callback) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => callback(null, socket));
      socket.once('error', (error) => callback(error, null));
    },
  });
  return {
    agent,
    close: async () => {
      await agent.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
