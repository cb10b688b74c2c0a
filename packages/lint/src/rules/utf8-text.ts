import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

export const utf8Text = defineFileRule({
  meta: {
    id: 'utf8-text',
    description: 'Markdown files must be UTF-8 text.',
    rationale:
      'GitHub decodes markdown as UTF-8: a byte that is not part of a valid UTF-8 sequence (a file saved as Latin-1 or Windows-1252, say) shows as `�`, and a file with NUL bytes is shown as binary, not rendered. The file is still linted as GitHub shows it, so one bad byte does not hide the rest of its findings; `--fix` never rewrites it, since that would replace the byte for good. Save the file as UTF-8.',
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
    ok: [{ source: 'Caf\u00e9 \u2014 na\u00efve r\u00e9sum\u00e9\n' }],
    notOk: [
      {
        source: '# Menu\n\nCaf\u00e9 au lait\n',
        encoding: 'latin1',
        findings: ['3:4: Unexpected invalid UTF-8 byte `0xe9`, expected UTF-8 text'],
      },
    ],
  },
  check({ facts, report }) {
    const problem = facts.encoding;
    if (!problem) return;
    const what = problem.binary ? 'binary content (a NUL byte)' : problem.reason.replace(/(0x[0-9a-f]{2})$/, '`$1`');
    report({ reason: `Unexpected ${what}, expected UTF-8 text`, position: problem.position });
  },
});
