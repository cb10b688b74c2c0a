// The parse floor: mdast-util-from-markdown with the GFM and front matter extensions over the
// given files, one thread, no rules. Prints the number of files parsed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { markdownFiles } from './lib.js';

const dir = process.argv[2];
let count = 0;
for (const path of markdownFiles()) {
  fromMarkdown(readFileSync(join(dir, path), 'utf8'), {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  count++;
}
console.log(count);
