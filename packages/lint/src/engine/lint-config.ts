import { parseYamlWithSchema } from '@devguide/content';
import { closest, GuideError } from '@devguide/markdown';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod';
import type { Rule } from './rule.js';

export const configFileName = '.devguide-lint.yaml';

const severity = z.enum(['off', 'warn', 'error']);

export const lintConfigSchema = z.strictObject({
  root: z.string().default('.').describe('Where repository paths start (relative to this file).'),
  repository: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, '`owner/name`')
    .optional()
    .describe('The GitHub repository of the tree: its absolute URLs are checked as local paths.'),
  defaultBranch: z.string().min(1).default('main').describe("The repository's default branch."),
  shortlinks: z
    .record(z.string(), z.string())
    .default({ 'git.k8s.io': 'kubernetes' })
    .describe('Hosts that redirect `/<repo>/<path>` into that GitHub organisation.'),
  treeListing: z
    .string()
    .optional()
    .describe('A `git ls-tree -r -t --long` listing of the whole tree, for partial checkouts.'),
  include: z
    .array(z.string())
    .default(['**/*.{md,markdown}'])
    .describe('Globs of files to lint, relative to the root (matched in any case, as GitHub does).'),
  exclude: z.array(z.string()).default([]).describe('Globs to leave out (`node_modules` and `.git` always are).'),
  content: z
    .string()
    .optional()
    .describe('A devguide content directory: its README and upstream copy are linted as the guide, against its lock.'),
  guides: z.array(z.string()).default([]).describe('Repository paths of guide files in this tree (upstream form).'),
  httpsHosts: z.array(z.string()).default([]).describe('Hosts known to serve https (for `prefer-https`).'),
  site: z
    .strictObject({ origin: z.string(), paths: z.array(z.string()) })
    .optional()
    .describe('Root-relative paths served by the site rather than the repository.'),
  renames: z
    .record(z.string(), z.string())
    .default({})
    .describe('Known moves, old repository path to new, used in suggestions.'),
  rules: z
    .record(z.string(), z.union([severity, z.tuple([severity]), z.tuple([severity, z.unknown()])]))
    .default({})
    .describe('Per rule: `off`, `warn`, `error`, or `[severity, options]`.'),
  external: z
    .strictObject({
      exclude: z
        .array(z.string().refine(isRegExp, 'a JavaScript regular expression'))
        .default([])
        .describe('Regular expressions of URLs `--external` does not check.'),
      headers: z
        .record(z.string(), z.record(z.string(), z.string()))
        .default({})
        .describe(
          'Per host (`host` or `host:port`): headers sent to that origin only, never across a redirect; a value `$NAME` is read from the environment.',
        ),
      concurrency: z.number().int().positive().default(64).describe('Requests in flight at once.'),
      perHost: z.number().int().positive().default(8).describe('Requests in flight at once to one host.'),
      minInterval: z
        .number()
        .int()
        .nonnegative()
        .default(0)
        .describe('Least milliseconds between two requests to one host.'),
      timeout: z
        .number()
        .int()
        .positive()
        .default(15_000)
        .describe('Milliseconds to connect, to wait for headers, and between two chunks of a body.'),
      cache: z
        .string()
        .default('.devguide-cache/links.v1.json')
        .describe('The link cache file (relative to this file); CI may keep it between runs.'),
    })
    .prefault({})
    .describe('External link checking (`devguide lint --external`).'),
});

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

export type LintConfig = z.output<typeof lintConfigSchema>;

export interface ResolvedRuleSetting {
  rule: Rule;
  severity: 'warn' | 'error';
  options: unknown;
}

export interface LoadedLintConfig {
  config: LintConfig;
  /** The file it came from, or null for defaults. */
  file: string | null;
  /** Directory relative paths in the config are resolved against. */
  base: string;
  rules: ResolvedRuleSetting[];
}

/** The nearest `.devguide-lint.yaml` at or above `cwd`, or null. */
export function findConfigFile(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return null;
  }
}

/** Reads and validates a lint configuration, rule names and options included. */
export function loadLintConfig(
  file: string | null,
  display: string | null,
  cwd: string,
  registry: readonly Rule[],
): LoadedLintConfig {
  const text = file ? readFileSync(file, 'utf8') : '{}';
  const shown = display ?? configFileName;
  const { value: config, positionOf } = parseYamlWithSchema(
    text,
    shown,
    lintConfigSchema,
    'see the lint configuration reference',
  );
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) {
      const at = positionOf(['rules', id], true);
      const suggestion = closest(id, byId.keys());
      throw new GuideError(
        `Unexpected rule \`${id}\`, expected a devguide rule${suggestion ? `; did you mean \`${suggestion}\`` : ''}`,
        shown,
        at.line,
        at.column,
        'run `devguide lint --list-rules`',
      );
    }
  }
  const rules: ResolvedRuleSetting[] = [];
  for (const rule of registry) {
    const setting = config.rules[rule.meta.id];
    const level =
      setting === undefined ? rule.meta.defaultSeverity : typeof setting === 'string' ? setting : setting[0];
    if (level === 'off') continue;
    const rawOptions = Array.isArray(setting) && setting.length > 1 ? setting[1] : {};
    const parsed = rule.meta.options.safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const at = positionOf(['rules', rule.meta.id, 1]);
      const issue = parsed.error.issues[0]!;
      throw new GuideError(
        `Unexpected options for \`${rule.meta.id}\`${issue.path.length ? ` at \`${issue.path.join('.')}\`` : ''}: ${issue.message}`,
        shown,
        at.line,
        at.column,
        `see docs/rules/${rule.meta.id}.md`,
      );
    }
    rules.push({ rule, severity: level, options: parsed.data });
  }
  return { config, file, base: file ? dirname(file) : cwd, rules };
}
