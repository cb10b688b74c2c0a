/** One option, described once: the parser, the help text and the docs all read this. */
export interface OptionSpec {
  name: string;
  type: 'boolean' | 'string';
  short?: string;
  valueName?: string;
  description: string;
  default?: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec[];
  /** Positional arguments allowed. */
  positionals?: { name: string; description: string; max: number };
}

export const globalOptions: OptionSpec[] = [
  { name: 'content', type: 'string', valueName: 'dir', description: 'The content directory (configuration, lock, upstream copy, README).', default: 'content' },
  { name: 'help', type: 'boolean', short: 'h', description: 'Show help for the command.' },
];

export const commands: CommandSpec[] = [
  {
    name: 'readme',
    summary: 'Regenerate the canonical README from content/ (offline, deterministic).',
    usage: 'devguide readme [--check] [--content <dir>]',
    options: [{ name: 'check', type: 'boolean', description: 'Do not write: exit 1 with a unified diff when the README is out of date.' }],
  },
  {
    name: 'sync',
    summary: 'Take the upstream guide from a directory or git repository, update the lock and regenerate.',
    usage: 'devguide sync --from <dir> [--rev <rev>] [--commit <sha>] [--dry-run] [--content <dir>]',
    options: [
      { name: 'from', type: 'string', valueName: 'dir', description: 'Upstream tree: a directory (such as an export of the repository) or a local git repository.' },
      { name: 'rev', type: 'string', valueName: 'rev', description: 'With a git repository: the revision to take (default HEAD).' },
      { name: 'commit', type: 'string', valueName: 'sha', description: 'With a plain directory: the upstream commit it was exported from, recorded in the lock.' },
      { name: 'dry-run', type: 'boolean', description: 'Print the plan and a unified diff of every file it would write; write nothing.' },
    ],
  },
  {
    name: 'check',
    summary: 'Offline check of content/: README current, every guide link target present in the locked upstream listing.',
    usage: 'devguide check [--content <dir>]',
    options: [],
  },
];
