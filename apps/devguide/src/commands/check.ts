import { loadContent, renderReadme, resolveContextOf } from '@devguide/content';
import { anchorsOf, guideLinks, parseGuide, type GuideLink } from '@devguide/markdown';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exitCodes, type CliIo } from '../io.js';

/**
 * The offline check behind `pnpm lint:guide`: the README is what `readme`
 * would write, and every repository link in it names a path (and heading)
 * that exists in the locked upstream listing.
 */
export async function checkCommand(io: CliIo, values: { content: string }): Promise<number> {
  const content = await loadContent(resolve(io.cwd, values.content), io.cwd);
  const { config } = content.loaded;
  const findings: string[] = [];
  const rendered = renderReadme(content.loaded, content.lock, content.upstreamText, content.display.upstream);
  const current = await readFile(content.paths.output, 'utf8').catch(() => null);
  if (current !== rendered.text) {
    findings.push(`${content.display.output}:1:1: error: Unexpected stale README, expected the output of \`devguide readme\`; run \`pnpm generate:readme\`  [readme-current]`);
  }
  const readmeText = current ?? rendered.text;
  const guide = parseGuide(readmeText, { path: config.upstream.readme, file: content.display.output, resolve: resolveContextOf(config), form: 'site' });
  const files = new Map(content.lock.files.map((file) => [file.path, file]));
  const ownAnchors = new Set(anchorsOf(readmeText));
  for (const link of guideLinks(guide)) {
    const problem = linkProblem(link, files, ownAnchors, config.upstream.readme);
    if (problem) {
      const at = link.position?.start;
      findings.push(`${content.display.output}:${at?.line ?? 1}:${at?.column ?? 1}: error: ${problem}  [${problem.includes('heading') ? 'missing-anchor' : 'missing-file'}]`);
    }
  }
  for (const finding of findings) io.stdout.write(`${finding}\n`);
  io.stdout.write(findings.length === 0 ? `${content.display.output}: README current, ${guideLinks(guide).length} links checked against the lock\n` : `${findings.length} problem(s)\n`);
  return findings.length === 0 ? exitCodes.ok : exitCodes.findings;
}

function linkProblem(link: GuideLink, files: Map<string, { type: string; anchors?: string[] | undefined }>, ownAnchors: Set<string>, guidePath: string): string | null {
  const target = link.target;
  if (target.kind === 'anchor') {
    return ownAnchors.has(target.fragment.toLowerCase()) ? null : `Unexpected missing heading \`#${target.fragment}\` in this file, expected one of its anchors`;
  }
  if (target.kind !== 'repo') return null;
  const file = files.get(target.path);
  if (!file) return `Unexpected missing upstream path \`${target.path}\`, expected it at the locked commit; fix the link or re-run sync`;
  if (target.fragment && file.anchors && !file.anchors.includes(target.fragment.toLowerCase()) && target.path !== guidePath) {
    return `Unexpected missing heading \`#${target.fragment}\` in \`${target.path}\`, expected one of its ${file.anchors.length} anchors`;
  }
  return null;
}
