import { posix } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import type { LinkTarget } from './link-target.js';
import type { Block, Entry, FreeItem, Guide, GuideForm, GuideLink, Section, Slotted } from './model.js';

export interface SiteOptions {
  /** `https://github.com/<owner>/<repo>`: absolute links start here. */
  linkBase: string;
  /** Branch, tag or commit named in absolute links. */
  ref: string;
  /** Hosts whose `http://` links are written as `https://`. */
  httpsHosts?: readonly string[];
}

export interface RenderOptions {
  form: GuideForm;
  /** Replaces the guide's own title. */
  title?: string | null;
  site: SiteOptions;
  /**
   * Keep each destination as written. Defaults to true when rendering a guide
   * in the form it was parsed from, which makes that rendering lossless.
   */
  preserve?: boolean;
  /** Whether a repository path is a directory (from the upstream tree listing). */
  isDirectory?: (path: string) => boolean | undefined;
}

/** Renders a guide model as markdown in the requested form. */
export function renderGuide(guide: Guide, options: RenderOptions): string {
  const preserve = options.preserve ?? options.form === guide.form;
  const respell: Respell = (link, written) =>
    preserve && written !== null ? written : formatDestination(link.target, link.kind, guide.path, options);
  const parts: Part[] = [];
  const title = options.title ?? guide.title?.text ?? null;
  const titleChanged = title !== (guide.title?.text ?? null);

  const head = renderHead(guide, options.form, title, preserve && !titleChanged);
  if (head.frontMatter !== null)
    parts.push({ leading: '', content: head.frontMatter, start: guide.frontMatter?.position?.start.offset });
  for (const block of guide.prelude) parts.push(blockPart(block, respell));
  if (head.heading !== null) {
    const fromH1 = guide.title?.from === 'h1';
    parts.push({
      leading: fromH1 ? guide.title!.leading : '',
      content: head.heading,
      start: fromH1 ? guide.title!.position?.start.offset : undefined,
    });
  }
  for (const block of guide.intro) parts.push(blockPart(block, respell));
  for (const section of guide.sections) pushSection(parts, section, respell);

  let out = '';
  for (const [index, part] of parts.entries()) {
    // What preceded the document's first node stays only where that node is still first.
    if (index === 0) out += part.start === part.leading.length ? part.leading : '';
    else out += part.leading === '' ? '\n\n' : part.leading;
    out += part.content;
  }
  return out + guide.trailing;
}

interface Part {
  leading: string;
  content: string;
  /** Source offset of the element, when it came from the parsed document. */
  start: number | undefined;
}

function blockPart(block: Block, respell: Respell): Part {
  return { leading: block.leading, content: renderBlock(block, respell), start: block.position?.start.offset };
}

function renderHead(guide: Guide, form: GuideForm, title: string | null, unchanged: boolean) {
  const data: Record<string, unknown> = { ...(guide.frontMatter?.data ?? {}) };
  if (form === 'site') {
    if (title !== null) data['title'] = title;
    const keepRaw = unchanged && guide.form === 'site' && guide.frontMatter;
    const frontMatter = keepRaw
      ? guide.frontMatter!.raw
      : Object.keys(data).length > 0
        ? `---\n${stringifyYaml(data)}---`
        : null;
    return { frontMatter, heading: null };
  }
  delete data['title'];
  const keepRaw = unchanged && guide.form === 'upstream';
  const frontMatter =
    keepRaw && guide.frontMatter
      ? guide.frontMatter.raw
      : Object.keys(data).length > 0
        ? `---\n${stringifyYaml(data)}---`
        : null;
  const heading = title === null ? null : keepRaw && guide.title?.raw ? guide.title.raw : `# ${title}`;
  return { frontMatter, heading };
}

/** Spells a destination; `written` is null for links an edit made. */
export type Respell = (link: GuideLink, written: string | null) => string;

function pushSection(parts: Part[], section: Section, respell: Respell): void {
  parts.push({
    leading: section.leading,
    content: renderSlotted(section.heading.content, respell),
    start: section.position?.start.offset,
  });
  for (const block of section.blocks) parts.push(blockPart(block, respell));
  for (const subsection of section.subsections) pushSection(parts, subsection, respell);
}

function renderBlock(block: Block, respell: Respell): string {
  if (block.kind === 'free') return renderSlotted(block.content, respell);
  return block.items
    .map((item, index) => (index === 0 ? '' : item.leading || '\n') + renderItem(item, respell))
    .join('');
}

function renderItem(item: Entry | FreeItem, respell: Respell): string {
  if (item.kind === 'free-item') return renderSlotted(item.content, respell);
  return renderEntry(item, respell);
}

/** An entry from its fields; the separators it was written with keep it byte-identical. */
export function renderEntry(entry: Entry, respell: Respell): string {
  let out = entry.marker;
  if (entry.titleSource) out += renderSlotted(entry.titleSource, respell);
  else if (entry.title !== null) out += `**${entry.title}**`;
  out += entry.separators.afterTitle;
  entry.links.forEach((link, index) => {
    if (index > 0) out += entry.separators.between[index - 1] ?? ' and ';
    out += link.source ? renderSlotted(link.source, respell) : `[${link.text}](${respell(link, null)})`;
  });
  out += entry.separators.beforeDescription;
  out += renderSlotted(entry.description, respell);
  if (entry.rest) out += renderSlotted(entry.rest, respell);
  return out;
}

export function renderSlotted(content: Slotted, respell: Respell): string {
  if (content.slots.length === 0) return content.raw;
  let out = '';
  let cursor = 0;
  for (const slot of content.slots) {
    const written = content.raw.slice(slot.start, slot.end);
    const spelled = respell(slot.link, written);
    // A respelled destination also loses stray white space inside its parentheses.
    const [from, to] = spelled === written ? [slot.start, slot.end] : [slot.outerStart, slot.outerEnd];
    out += content.raw.slice(cursor, from) + spelled;
    cursor = to;
  }
  return out + content.raw.slice(cursor);
}

/** The destination a form writes for a target. */
export function formatDestination(
  target: LinkTarget,
  kind: GuideLink['kind'],
  documentPath: string,
  options: RenderOptions,
): string {
  switch (target.kind) {
    case 'anchor':
      return `#${encodeFragment(target.fragment)}`;
    case 'escape':
      return target.destination;
    case 'external':
      return upgradeHttp(target.url, options.site.httpsHosts ?? []);
    case 'repo': {
      const suffix = target.query + (target.fragment === null ? '' : `#${encodeFragment(target.fragment)}`);
      if (options.form === 'upstream') {
        const from = posix.dirname(documentPath);
        if (target.path === documentPath && suffix.startsWith('#')) return suffix;
        // `relative` is empty only for the guide's own directory.
        const relative = posix.relative(from === '.' ? '' : from, target.path) || '.';
        return encodePath(relative) + suffix;
      }
      const base = options.site.linkBase.replace(/\/+$/, '');
      const directory = options.isDirectory?.(target.path) ?? looksLikeDirectory(target.path);
      const view = kind === 'image' ? 'raw' : directory ? 'tree' : 'blob';
      return `${base}/${view}/${options.site.ref}/${encodePath(target.path)}${suffix}`.replace(/\/$/, '');
    }
  }
}

function looksLikeDirectory(path: string): boolean {
  return path === '' || !posix.basename(path).includes('.');
}

function upgradeHttp(url: string, hosts: readonly string[]): string {
  const match = /^http:\/\/([^/:?#]+)/i.exec(url);
  if (!match) return url;
  const host = match[1]!.toLowerCase();
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`)) ? `https://${url.slice(7)}` : url;
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%40/g, '@'))
    .join('/');
}

function encodeFragment(fragment: string): string {
  return encodeURI(fragment).replace(/#/g, '%23');
}
