import { commands, globalOptions, type CommandSpec, type OptionSpec } from './cli-schema.js';

function optionLines(options: OptionSpec[]): string[] {
  const labels = options.map(
    (option) =>
      `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.valueName ? ` <${option.valueName}>` : ''}`,
  );
  const width = Math.max(...labels.map((label) => label.length));
  return options.map(
    (option, index) =>
      `  ${labels[index]!.padEnd(width)}  ${option.description}${option.default ? ` (default: ${option.default})` : ''}`,
  );
}

export function mainHelp(version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `devguide ${version}: keeps the Kubernetes Developer Guide correct and current.`,
    '',
    'Usage: devguide <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...optionLines([
      ...globalOptions,
      { name: 'version', type: 'boolean', short: 'v', description: 'Print the version.' },
    ]),
    '',
    'Exit codes: 0 ok, 1 findings, 2 usage, configuration or tool failure.',
    "Run `devguide <command> --help` for a command's options.",
    '',
  ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  return [
    `${command.summary}`,
    '',
    `Usage: ${command.usage}`,
    '',
    'Options:',
    ...optionLines([...command.options, ...globalOptions]),
    '',
  ].join('\n');
}
