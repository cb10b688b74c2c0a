import { writeAtomically } from '@devguide/content';
import { planLinkCacheMerge, renderLinkCacheMerge } from '@devguide/links';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expectPath } from '../expect-path.js';
import { exitCodes, type CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `devguide cache merge <caches...> --output <file>`: the shards' link caches as one. */
export async function cacheCommand(io: CliIo, values: { positionals: string[]; output?: string }): Promise<number> {
  const [action, ...caches] = values.positionals;
  if (action !== 'merge')
    throw new UsageError(
      `Unexpected ${action === undefined ? 'no action' : `\`${action}\``} for \`devguide cache\`, expected \`merge\``,
      'write `devguide cache merge <caches...> --output <file>`',
    );
  if (values.output === undefined)
    throw new UsageError(
      'Unexpected `devguide cache merge` without `--output <file>`, expected where to write the merged cache',
      'write `devguide cache merge <caches...> --output .devguide-cache/links.v1.json`',
    );
  for (const cache of caches) expectPath(io.cwd, cache, '', 'file');
  expectPath(io.cwd, values.output, 'output', 'cache');
  const inputs = await Promise.all(
    caches.map(async (name) => ({ name, text: await readFile(resolve(io.cwd, name), 'utf8') })),
  );
  const merge = planLinkCacheMerge(inputs);
  await writeAtomically([{ path: resolve(io.cwd, values.output), content: renderLinkCacheMerge(merge) }]);
  io.stderr.write(
    `devguide: merged ${inputs.length} link cache(s) into ${values.output}: ${merge.entries.size} URL(s) (${merge.taken.map((input) => `${input.urls} from ${input.name}`).join(', ')})\n`,
  );
  return exitCodes.ok;
}
