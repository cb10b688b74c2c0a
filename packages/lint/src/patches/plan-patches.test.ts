import { parseMarkdown } from '@devguide/markdown';
import type { InlineCode, List, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { codeSpan } from './plan-patches.js';

describe('codeSpan', () => {
  it('shows any text as itself: one code span whose value is the text, line breaks as spaces', () => {
    for (const text of [
      '[the guide](../guide.md)',
      '![x](http://tracker.example/p.png) <script>alert(1)</script>',
      'a `tick` and ``two`` and ```three```',
      '`starts and ends`',
      ' both sides ',
      '*em* _em_ **strong** ~~del~~ &amp; https://k8s.io www.k8s.io',
      '[a]\n(b.md)\r\n# not a heading',
      '| a | b |',
    ]) {
      const tree = parseMarkdown(`- before: ${codeSpan(text)}\n`);
      const paragraph = (tree.children[0] as List).children[0]!.children[0] as Paragraph;
      const code = paragraph.children.filter((node): node is InlineCode => node.type === 'inlineCode');
      expect(code, text).toHaveLength(1);
      expect(code[0]!.value, text).toBe(text.replace(/[\r\n]+/g, ' '));
    }
  });

  it('says nothing was there for empty text', () => {
    expect(codeSpan('')).toBe('(nothing)');
  });
});
