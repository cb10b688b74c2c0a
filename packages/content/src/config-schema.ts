import * as z from 'zod';

const repoPath = z
  .string()
  .min(1)
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$)).+$/, 'a repository path: relative, without `..`');

const entryFields = z.strictObject({
  title: z.string().min(1).optional().describe('The entry\'s bold title, as markdown.'),
  description: z.string().optional().describe('The description after the links, as markdown.'),
  text: z.string().min(1).optional().describe('The text of the entry\'s link.'),
  href: z.string().min(1).optional().describe('The destination of the entry\'s link, spelled as upstream would (relative to the guide).'),
});

const keyed = {
  entry: z.string().min(1).describe('The entry\'s title (or the first link text of a prose entry).'),
  section: z.string().min(1).optional().describe('A heading above the entry, when the title alone is ambiguous.'),
};

const setEdit = z.strictObject({
  ...keyed,
  link: z.number().int().min(1).optional().describe('Which of the entry\'s links `text`/`href` change (1-based, default 1).'),
  set: entryFields.describe('The downstream values.'),
  was: entryFields.optional().describe('The upstream values the edit was written against; a different upstream value is a conflict.'),
});

const removeEdit = z.strictObject({ ...keyed, remove: z.literal(true).describe('Drop the entry downstream.') });

const insertEdit = z.strictObject({
  after: z.string().min(1).describe('The entry after which the new entry goes.'),
  section: keyed.section,
  insert: z
    .strictObject({
      title: z.string().min(1),
      links: z.array(z.strictObject({ text: z.string().min(1), href: z.string().min(1) })).min(1),
      description: z.string().optional(),
    })
    .describe('The new entry.'),
});

export const editSchema = z.union([setEdit, removeEdit, insertEdit]);

export const configSchema = z
  .strictObject({
    upstream: z
      .strictObject({
        repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, '`owner/name`').describe('The upstream GitHub repository, `owner/name`.'),
        ref: z.string().min(1).default('main').describe('The branch, tag or commit that sync follows.'),
        readme: repoPath.describe('Repository path of the guide README upstream.'),
        shortlinks: z
          .record(z.string(), z.string())
          .default({ 'git.k8s.io': 'kubernetes' })
          .describe('Hosts that redirect `/<repo>/<path>` into the GitHub organisation named as the value.'),
      })
      .describe('Where the guide comes from.'),
    site: z
      .strictObject({
        title: z.string().min(1).optional().describe('The title written to the front matter; defaults to the upstream H1.'),
        linkBase: z.url({ protocol: /^https?$/ }).describe('Absolute links start here: `https://github.com/<owner>/<repo>`.'),
        ref: z.string().min(1).default('main').describe('The branch, tag or commit named in absolute links.'),
        origin: z.url({ protocol: /^https?$/ }).optional().describe('The site that serves root-relative site paths.'),
        paths: z.array(z.string().startsWith('/')).default([]).describe('Root-relative path prefixes that belong to the site, not the repository.'),
        httpsHosts: z.array(z.string().min(1)).default([]).describe('Hosts (and their subdomains) whose `http://` links are written as `https://`.'),
      })
      .describe('How the canonical README is written.'),
    output: repoPath.default('README.md').describe('The canonical README, relative to the content directory.'),
    edits: z.array(editSchema).default([]).describe('Downstream edits, keyed by entry, applied after every sync.'),
  })
  .describe('devguide configuration (content/devguide.yaml).');

export type Config = z.output<typeof configSchema>;
export type ConfigEdit = z.output<typeof editSchema>;

/** JSON Schema for editors, generated from the same schema that validates. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input' }) as Record<string, unknown>;
}
