import type { SyncServices } from './commands/sync.js';
import { describeError } from './describe-error.js';
import { commandHelp, mainHelp } from './help.js';
import { expectPath } from './expect-path.js';
import { exitCodes, type CliIo } from './io.js';
import { parseCommandLine } from './parse-args.js';
import { UsageError } from './usage-error.js';
import { version } from './version.js';

/** The whole CLI: parses `argv`, runs one command, returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo, services: { sync?: SyncServices } = {}): Promise<number> {
  try {
    const parsed = parseCommandLine(argv);
    if ('version' in parsed) {
      io.stdout.write(`${version()}\n`);
      return exitCodes.ok;
    }
    if ('help' in parsed) {
      io.stdout.write(parsed.command ? commandHelp(parsed.command) : mainHelp(version()));
      return exitCodes.ok;
    }
    const { command, values } = parsed;
    const content = typeof values['content'] === 'string' ? values['content'] : 'content';
    // Every command that takes it reads files inside it: a file there is one line, not a system error.
    if (typeof values['content'] === 'string') expectPath(io.cwd, content, 'content', 'directory?');
    // Each command is loaded when it runs: `lint` and the hook start without the network code
    // of `sync` and of external link checks (undici), and the bundle keeps them in chunks of their own.
    switch (command.name) {
      case 'readme': {
        const { readmeCommand } = await import('./commands/readme.js');
        return await readmeCommand(io, { content, check: values['check'] === true });
      }
      case 'sync': {
        const { syncCommand } = await import('./commands/sync.js');
        return await syncCommand(
          io,
          {
            content,
            dryRun: values['dry-run'] === true,
            check: values['check'] === true,
            locked: values['locked'] === true,
            fix: values['fix'] === true,
            ...(typeof values['ref'] === 'string' ? { ref: values['ref'] } : {}),
            ...(typeof values['api-url'] === 'string' ? { apiUrl: values['api-url'] } : {}),
            ...(typeof values['from'] === 'string' ? { from: values['from'] } : {}),
            ...(typeof values['rev'] === 'string' ? { rev: values['rev'] } : {}),
            ...(typeof values['commit'] === 'string' ? { commit: values['commit'] } : {}),
          },
          services.sync,
        );
      }
      case 'lint': {
        const { lintCommand } = await import('./commands/lint.js');
        const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
        const flag = (name: string) => values[name] === true;
        return await lintCommand(io, {
          paths: parsed.positionals,
          fix: flag('fix'),
          format: text('format') ?? 'stylish',
          noConfig: flag('no-config'),
          noCache: flag('no-cache'),
          ...(text('cache-location') !== undefined ? { cacheLocation: text('cache-location')! } : {}),
          listRules: flag('list-rules'),
          stats: flag('stats'),
          external: flag('external'),
          offline: flag('offline'),
          ...(text('link-cache') !== undefined ? { linkCache: text('link-cache')! } : {}),
          ...Object.fromEntries(
            (['output', 'root', 'config', 'repository', 'jobs'] as const).flatMap((name) =>
              text(name) === undefined ? [] : [[name, text(name)]],
            ),
          ),
          ...(text('max-warnings') !== undefined ? { maxWarnings: text('max-warnings')! } : {}),
          ...(text('tree-listing') !== undefined ? { treeListing: text('tree-listing')! } : {}),
          ...(text('git-dir') !== undefined ? { gitDir: text('git-dir')! } : {}),
          ...(text('group-by') !== undefined ? { groupBy: text('group-by')! } : {}),
          ...(text('owners-dir') !== undefined ? { ownersDir: text('owners-dir')! } : {}),
          ...(text('sigs') !== undefined ? { sigs: text('sigs')! } : {}),
          ...(text('ref') !== undefined ? { ref: text('ref')! } : {}),
          ...(text('patch-dir') !== undefined ? { patchDir: text('patch-dir')! } : {}),
          ...(text('max-per-patch') !== undefined ? { maxPerPatch: text('max-per-patch')! } : {}),
          allowEmpty: flag('allow-empty'),
          ...(text('baseline') !== undefined ? { baseline: text('baseline')! } : {}),
          ...(text('write-baseline') !== undefined ? { writeBaseline: text('write-baseline')! } : {}),
          pruneBaseline: flag('prune-baseline'),
          ...(text('changed-since') !== undefined ? { changedSince: text('changed-since')! } : {}),
          worktree: flag('worktree'),
          ...(text('shard') !== undefined ? { shard: text('shard')! } : {}),
        });
      }
      case 'merge': {
        const { mergeCommand } = await import('./commands/merge.js');
        const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
        return await mergeCommand(io, {
          reports: parsed.positionals,
          format: text('format') ?? 'stylish',
          ...Object.fromEntries(
            (
              [
                ['output', 'output'],
                ['maxWarnings', 'max-warnings'],
                ['groupBy', 'group-by'],
                ['ownersDir', 'owners-dir'],
                ['sigs', 'sigs'],
                ['ref', 'ref'],
                ['root', 'root'],
                ['repository', 'repository'],
                ['baseline', 'baseline'],
                ['writeBaseline', 'write-baseline'],
              ] as const
            ).flatMap(([key, name]) => (text(name) === undefined ? [] : [[key, text(name)]])),
          ),
          pruneBaseline: values['prune-baseline'] === true,
        });
      }
      case 'cache': {
        const { cacheCommand } = await import('./commands/cache.js');
        return await cacheCommand(io, {
          positionals: parsed.positionals,
          ...(typeof values['output'] === 'string' ? { output: values['output'] } : {}),
        });
      }
      case 'hook': {
        const { hookCommand } = await import('./commands/hook.js');
        return await hookCommand(io, {
          hook: parsed.positionals[0],
          paths: parsed.positionals.slice(1),
          command: typeof values['command'] === 'string' ? values['command'] : 'devguide',
          ...(typeof values['content'] === 'string' ? { content: values['content'] } : {}),
        });
      }
      default:
        throw new UsageError(`Unexpected command \`${command.name}\``);
    }
  } catch (error) {
    io.stderr.write(`${describeError(error, io.cwd)}\n`);
    return exitCodes.failure;
  }
}
