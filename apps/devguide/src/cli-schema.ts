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
  {
    name: 'content',
    type: 'string',
    valueName: 'dir',
    description: 'The content directory (configuration, lock, upstream copy, README).',
    default: 'content',
  },
  { name: 'help', type: 'boolean', short: 'h', description: 'Show help for the command.' },
];

/** Report options `lint` and `merge` share, described once. */
const formatOption: OptionSpec = {
  name: 'format',
  type: 'string',
  valueName: 'name',
  description:
    'Report format: stylish, json, sarif, github, markdown (for a job summary: under 1 MiB, tables cut to their top rows) or html (one self-contained page; use with --output).',
  default: 'stylish',
};
const outputOption: OptionSpec = {
  name: 'output',
  type: 'string',
  valueName: 'file',
  description: 'Write the report to a file instead of stdout.',
};
const maxWarningsOption: OptionSpec = {
  name: 'max-warnings',
  type: 'string',
  valueName: 'n',
  description: 'Exit 1 when there are more than n warnings.',
};
const groupByOption: OptionSpec = {
  name: 'group-by',
  type: 'string',
  valueName: 'owner|sig|dir',
  description:
    'Group findings by their nearest OWNERS file, their SIG, working group or committee (sigs.yaml), or their top directory; without OWNERS files, by directory (default for markdown and html: sig).',
};
/** Baseline options `lint` and `merge` share: a merged sharded run answers as a single run. */
const baselineOptions: OptionSpec[] = [
  {
    name: 'baseline',
    type: 'string',
    valueName: 'file',
    description:
      'Report only findings not in this baseline (exit 1 only for those; markdown, html and sarif show all, marked new or unchanged); say how many baseline findings are fixed.',
  },
  {
    name: 'write-baseline',
    type: 'string',
    valueName: 'file',
    description: "Record today's findings as the baseline (sorted JSON, docs/schema/devguide-baseline.schema.json).",
  },
  {
    name: 'prune-baseline',
    type: 'boolean',
    description: 'With --baseline: rewrite the baseline without the findings that are fixed.',
  },
];
const ownersDirOption: OptionSpec = {
  name: 'owners-dir',
  type: 'string',
  valueName: 'dir',
  description: 'Where the OWNERS files and OWNERS_ALIASES of the tree are (default: the root).',
};
const sigsOption: OptionSpec = {
  name: 'sigs',
  type: 'string',
  valueName: 'file',
  description: "The sigs.yaml that maps directories to SIGs and subprojects (default: the root's sigs.yaml, if any).",
};
const refOption: OptionSpec = {
  name: 'ref',
  type: 'string',
  valueName: 'ref',
  description: 'The commit or branch the report links each finding to on GitHub (default: the default branch).',
};

export const commands: CommandSpec[] = [
  {
    name: 'readme',
    summary: 'Regenerate the canonical README from content/ (offline, deterministic).',
    usage: 'devguide readme [--check] [--content <dir>]',
    options: [
      {
        name: 'check',
        type: 'boolean',
        description: 'Do not write: exit 1 with a unified diff when the README is out of date.',
      },
    ],
  },
  {
    name: 'sync',
    summary:
      'Bring the pinned upstream forward (GitHub API, or a directory or git repository), update the lock and regenerate.',
    usage:
      'devguide sync [--ref <ref>] [--check] [--dry-run] [--locked] [--fix] [--api-url <url>] | --from <dir> [--rev <rev>] [--commit <sha>]',
    options: [
      {
        name: 'from',
        type: 'string',
        valueName: 'dir',
        description:
          'Offline: take the upstream from a directory (such as an export of the repository) or a local git repository instead of the GitHub API.',
      },
      {
        name: 'rev',
        type: 'string',
        valueName: 'rev',
        description: 'With a git repository: the revision to take (default HEAD).',
      },
      {
        name: 'commit',
        type: 'string',
        valueName: 'sha',
        description: 'With a plain directory: the upstream commit it was exported from, recorded in the lock.',
      },
      {
        name: 'ref',
        type: 'string',
        valueName: 'ref',
        description:
          'With the GitHub API: the branch, tag or commit to take (default: `upstream.ref` of the configuration).',
      },
      {
        name: 'api-url',
        type: 'string',
        valueName: 'url',
        description:
          'The GitHub API root (default: `GITHUB_API_URL`, else https://api.github.com). `GITHUB_TOKEN`, when set, is sent to it only.',
      },
      {
        name: 'check',
        type: 'boolean',
        description:
          'Write nothing: print the summary and exit 1 when upstream moved past the lock (for a scheduled CI job).',
      },
      {
        name: 'locked',
        type: 'boolean',
        description: 'Take exactly the locked commit again (re-materialise content/ from the lock).',
      },
      {
        name: 'fix',
        type: 'boolean',
        description: 'Repoint guide links whose target moved upstream, as downstream edits in devguide.yaml.',
      },
      {
        name: 'dry-run',
        type: 'boolean',
        description: 'Print the plan and a unified diff of every file it would write; write nothing.',
      },
    ],
  },
  {
    name: 'lint',
    summary: 'Lint markdown: guide structure rules and offline link checks (files, anchors, references).',
    usage: 'devguide lint [paths...] [--fix] [--format <name>] [--root <dir>] [--config <file>]',
    positionals: {
      name: 'paths',
      description: 'Files or directories to lint (default: the configured include globs).',
      max: Infinity,
    },
    options: [
      {
        name: 'fix',
        type: 'boolean',
        description: 'Fix what fixable rules can fix with certainty, then lint the fixed text.',
      },
      formatOption,
      outputOption,
      {
        name: 'patch-dir',
        type: 'string',
        valueName: 'dir',
        description:
          'With --fix: leave the tree as it is and write the certain fixes as one `git apply`-able patch per group (--group-by), each with a `<group>.md` pull-request body listing every link fixed, before and after.',
      },
      {
        name: 'max-per-patch',
        type: 'string',
        valueName: 'n',
        description:
          "With --patch-dir: at most n fixes per patch; a larger group is split (a file's fixes stay together).",
      },
      groupByOption,
      ownersDirOption,
      sigsOption,
      refOption,
      maxWarningsOption,
      {
        name: 'root',
        type: 'string',
        valueName: 'dir',
        description: "Where repository paths start (default: the configuration's root).",
      },
      {
        name: 'config',
        type: 'string',
        valueName: 'file',
        description: 'The lint configuration (default: the nearest .devguide-lint.yaml).',
      },
      { name: 'no-config', type: 'boolean', description: 'Ignore any .devguide-lint.yaml: default rules.' },
      {
        name: 'repository',
        type: 'string',
        valueName: 'owner/name',
        description: 'The GitHub repository of the tree: its absolute URLs are checked as local paths.',
      },
      {
        name: 'tree-listing',
        type: 'string',
        valueName: 'file',
        description: 'A `git ls-tree -r -t --long` listing of the whole tree, for partial checkouts.',
      },
      {
        name: 'git-dir',
        type: 'string',
        valueName: 'dir',
        description:
          'A git repository of the tree: links pinned to a commit, tag or other branch are checked at that ref (default: the root, when it is a clone).',
      },
      {
        name: 'allow-empty',
        type: 'boolean',
        description: 'Exit 0 when no file matches (by default linting nothing is a mistake: exit 2).',
      },
      { name: 'no-cache', type: 'boolean', description: 'Do not read or write the cache.' },
      {
        name: 'cache-location',
        type: 'string',
        valueName: 'file',
        description: 'The cache file.',
        default: '.devguide-cache/lint.v8',
      },
      {
        name: 'jobs',
        type: 'string',
        valueName: 'n',
        description:
          'Worker processes (0: lint in one thread; default: one per core when there are 6 MB or more to parse).',
      },
      {
        name: 'shard',
        type: 'string',
        valueName: 'i/n',
        description:
          'Lint shard i of n (a GitHub Actions matrix): files split by bytes, the same split on every machine and stable as files come and go; links into other shards checked against their facts (from the cache, else parsed); findings only in its own files. With --external each URL is checked by one shard. With --format json the report carries the shard, for `devguide merge`.',
      },
      {
        name: 'stats',
        type: 'boolean',
        description:
          'Print how many files were parsed, how many came from the cache and how many the fast fact producer handed back to micromark, whole or in part (stderr).',
      },
      {
        name: 'changed-since',
        type: 'string',
        valueName: 'rev',
        description:
          'Pull-request mode: report only findings the changes since the merge base with rev bring, in any file (links into renamed, deleted or re-headed files too).',
      },
      {
        name: 'worktree',
        type: 'boolean',
        description: 'With --changed-since: count staged and working-tree changes too, not only commits.',
      },
      ...baselineOptions,
      {
        name: 'external',
        type: 'boolean',
        description:
          'Also check external URLs over the network (dead, permanently redirected, inconclusive); off by default so the lint stays offline.',
      },
      {
        name: 'offline',
        type: 'boolean',
        description: 'With --external: send nothing; answer from the link cache and the lock only.',
      },
      {
        name: 'link-cache',
        type: 'string',
        valueName: 'file',
        description:
          'With --external: the link cache file (default: `external.cache` of the configuration, .devguide-cache/links.v1.json).',
      },
      { name: 'list-rules', type: 'boolean', description: 'List the rules with their default severity, and exit.' },
    ],
  },
  {
    name: 'merge',
    summary:
      'Merge the JSON reports of `devguide lint --shard i/n --format json` into one report of any format, with the exit code of the whole run.',
    usage:
      'devguide merge <reports...> [--format <name>] [--output <file>] [--max-warnings <n>] [--group-by <how>] [--baseline <file>]',
    positionals: {
      name: 'reports',
      description: 'JSON reports: every shard of one run (checked: each shard once, the same files), or whole runs.',
      max: Infinity,
    },
    options: [
      formatOption,
      outputOption,
      maxWarningsOption,
      groupByOption,
      ownersDirOption,
      sigsOption,
      refOption,
      ...baselineOptions,
      {
        name: 'root',
        type: 'string',
        valueName: 'dir',
        description:
          'For reports without a shard header: where repository paths start (default: the current directory).',
      },
      {
        name: 'repository',
        type: 'string',
        valueName: 'owner/name',
        description: 'For reports without a shard header: the GitHub repository, for links to each line.',
      },
    ],
  },
  {
    name: 'cache',
    summary: 'Merge link caches (`devguide cache merge <caches...> --output <file>`): the newest answer per URL wins.',
    usage: 'devguide cache merge <caches...> --output <file>',
    positionals: { name: 'caches', description: '`merge`, then the link cache files of the shards.', max: Infinity },
    options: [
      {
        name: 'output',
        type: 'string',
        valueName: 'file',
        description: 'The merged link cache to write (such as the `--link-cache` of the next run).',
      },
    ],
  },
  {
    name: 'hook',
    summary:
      'The git pre-commit hook: lint the staged markdown and check the README against the staged content/, offline.',
    usage: 'devguide hook pre-commit [files...] [--command <cmd>]',
    positionals: {
      name: 'hook',
      description:
        'The git hook to run: `pre-commit`; then the staged files to lint fully (as the pre-commit framework passes them; default: every staged markdown file). Links the staged change breaks in other files are reported either way.',
      max: Infinity,
    },
    options: [
      {
        name: 'command',
        type: 'string',
        valueName: 'cmd',
        description: 'How the printed fix commands call devguide.',
        default: 'devguide',
      },
    ],
  },
];
