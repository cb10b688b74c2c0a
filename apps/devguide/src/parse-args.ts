import { closest } from '@devguide/markdown';
import { parseArgs } from 'node:util';
import { commands, globalOptions, type CommandSpec, type OptionSpec } from './cli-schema.js';
import { UsageError } from './usage-error.js';

export interface ParsedCommand {
  command: CommandSpec;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandLine(
  argv: readonly string[],
): ParsedCommand | { help: true; command?: CommandSpec } | { version: true } {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const named = first === 'help' ? commands.find((command) => command.name === rest[0]) : undefined;
    return named ? { help: true, command: named } : { help: true };
  }
  if (first === '--version' || first === '-v') return { version: true };
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    if (first.startsWith('-')) throw unknownOption(first, globalOptions);
    const suggestion = closest(
      first,
      commands.map((candidate) => candidate.name),
    );
    throw new UsageError(
      `Unexpected command \`${first}\`, expected one of \`${commands.map((c) => c.name).join('`, `')}\`${suggestion ? `; did you mean \`${suggestion}\`` : ''}`,
      'run `devguide --help`',
    );
  }
  const specs = [...command.options, ...globalOptions];
  const options = Object.fromEntries(
    specs.map((spec) => [spec.name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const unknown = /'(-{1,2}[^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) throw unknownOption(unknown, specs, command);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const message = (error as Error).message;
      const option = /'(--?[\w-]+)/.exec(message)?.[1];
      const spec = specs.find((candidate) => `--${candidate.name}` === option || `-${candidate.short}` === option);
      const value = spec?.valueName ? ` <${spec.valueName}>` : ' <value>';
      if (option && message.includes('argument is ambiguous')) {
        throw new UsageError(
          `Unexpected value starting with \`-\` after \`${option}\`, expected \`${option}${value}\``,
          `write \`${option}=<value>\` for a value that starts with a dash`,
        );
      }
      if (option && message.includes('argument missing')) {
        throw new UsageError(
          `Unexpected end of \`${option}\`, expected \`${option}${value}\``,
          `run \`devguide ${command.name} --help\``,
        );
      }
      throw new UsageError(
        `Unexpected ${message.replace(/^Option /, 'option ').split('\n')[0]}`,
        `run \`devguide ${command.name} --help\``,
      );
    }
    throw new UsageError((error as Error).message.split('\n')[0]!, `run \`devguide ${command.name} --help\``);
  }
  const max = command.positionals?.max ?? 0;
  if (parsed.positionals.length > max) {
    throw new UsageError(
      `Unexpected argument \`${parsed.positionals[max]}\`, expected ${max === 0 ? 'only options' : `at most ${max}`}`,
      `run \`devguide ${command.name} --help\``,
    );
  }
  if (parsed.values['help']) return { help: true, command };
  return {
    command,
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

function unknownOption(flag: string, specs: OptionSpec[], command?: CommandSpec): UsageError {
  const names = specs.map((spec) => `--${spec.name}`);
  const suggestion = closest(flag.split('=')[0]!, names);
  const where = command ? ` for \`devguide ${command.name}\`` : '';
  return new UsageError(
    `Unexpected option \`${flag}\`${where}${suggestion ? `; did you mean \`${suggestion}\`` : ''}`,
    `run \`devguide ${command ? `${command.name} ` : ''}--help\``,
  );
}
