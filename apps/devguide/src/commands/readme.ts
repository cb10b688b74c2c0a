import { loadContent, renderReadme, writeAtomically } from '@devguide/content';
import { tuneLintRuntime } from '@devguide/lint';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { unifiedDiff } from '../diff.js';
import { exitCodes, type CliIo } from '../io.js';
import { formatEditResults } from '../report-edits.js';

export async function readmeCommand(io: CliIo, values: { content: string; check: boolean }): Promise<number> {
  // A short run spent in the markdown parser, as a lint's is: the same V8 tier-up pays here.
  tuneLintRuntime();
  // `--check` must not write: it refuses the half state of an interrupted sync instead of finishing it.
  const content = await loadContent(resolve(io.cwd, values.content), io.cwd, {
    staging: values.check ? 'refuse' : 'finish',
  });
  const rendered = renderReadme(content.loaded, content.lock, content.upstreamText, content.display.upstream);
  for (const line of formatEditResults(rendered.editResults, content.display.upstream).lines)
    io.stderr.write(`${line}\n`);
  const current = await readFile(content.paths.output, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (values.check) {
    if (current === rendered.text) {
      io.stdout.write(`${content.display.output} is up to date\n`);
      return exitCodes.ok;
    }
    io.stdout.write(unifiedDiff(content.display.output, current ?? '', rendered.text, io));
    io.stderr.write(
      `${content.display.output}: ${current === null ? 'missing' : 'out of date'}; run \`pnpm generate:readme\` (devguide readme) to regenerate it\n`,
    );
    return exitCodes.findings;
  }
  if (current === rendered.text) {
    io.stdout.write(`${content.display.output} is up to date\n`);
    return exitCodes.ok;
  }
  await writeAtomically([{ path: content.paths.output, content: rendered.text }]);
  io.stdout.write(`wrote ${content.display.output}\n`);
  return exitCodes.ok;
}
