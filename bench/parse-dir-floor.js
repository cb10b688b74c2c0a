// The parse floor for a directory of markdown files: mdast-util-from-markdown with the GFM
// extension over every `.md` file directly in it, one thread, no rules. Prints the file count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const dir = process.argv[2];
const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
for (const name of files)
  fromMarkdown(readFileSync(join(dir, name), 'utf8'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
console.log(files.length);
