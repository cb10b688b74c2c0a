import { QuoteType, Tokenizer } from 'htmlparser2';

/** A URL in an HTML attribute, with the span of its value as written. */
export interface HtmlLink {
  tag: string;
  attribute: 'href' | 'src';
  /** The value with character references decoded. */
  url: string;
  /** `[start, end)` of the value in the scanned text, quotes excluded. */
  start: number;
  end: number;
}

export interface HtmlScan {
  /** Every `id` and `name` value of every tag, in order (GitHub keeps them all as anchors). */
  anchors: string[];
  /** `href` and `src` of the elements that load or link (`a`, `img`, `link`, `source`, `iframe`, `script`). */
  links: HtmlLink[];
}

const linkTags = new Set(['a', 'img', 'link', 'source', 'iframe', 'script']);
// Most raw HTML in markdown (`<br>`, `</details>`, comments) has none of the attributes wanted.
const wanted = /(?:id|name|href|src)\s*=/i;

/**
 * The anchors and links of a piece of HTML, read by a real tokenizer (htmlparser2): comments,
 * `<script>` text and attribute values are not mistaken for tags, character references are
 * decoded and every attribute of a tag is seen. The one reader for markdown's raw HTML and for
 * fetched pages.
 */
export function scanHtml(html: string): HtmlScan {
  const scan: HtmlScan = { anchors: [], links: [] };
  if (!wanted.test(html)) return scan;
  state.html = html;
  state.scan = scan;
  // A new tokenizer each time: `reset()` leaves a special tag (`<script`, `<title`) of the last
  // text open, and the next text would be read as that tag's content.
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  state.html = '';
  state.scan = null;
  return scan;
}

const state = {
  html: '',
  scan: null as HtmlScan | null,
  tag: '',
  name: '',
  nameEnd: 0,
  value: '',
};

function valueStart(html: string, from: number, quoted: boolean): number {
  let index = from;
  while (index < html.length && html[index] !== '=') index++;
  index++;
  while (index < html.length && /\s/.test(html[index]!)) index++;
  return quoted ? index + 1 : index;
}

const callbacks: ConstructorParameters<typeof Tokenizer>[1] = {
  onopentagname(start, end) {
    state.tag = state.html.slice(start, end).toLowerCase();
  },
  onattribname(start, end) {
    state.name = state.html.slice(start, end).toLowerCase();
    state.nameEnd = end;
    state.value = '';
  },
  onattribdata(start, end) {
    state.value += state.html.slice(start, end);
  },
  onattribentity(codepoint) {
    state.value += String.fromCodePoint(codepoint);
  },
  onattribend(quote, endIndex) {
    const { name, value, scan } = state;
    if (quote === QuoteType.NoValue || !scan) return;
    if (name === 'id' || name === 'name') {
      if (value) scan.anchors.push(value);
    } else if ((name === 'href' || name === 'src') && linkTags.has(state.tag)) {
      const quoted = quote === QuoteType.Double || quote === QuoteType.Single;
      const end = quoted ? endIndex - 1 : endIndex;
      scan.links.push({
        tag: state.tag,
        attribute: name,
        url: value,
        start: valueStart(state.html, state.nameEnd, quoted),
        end,
      });
    }
  },
  oncdata() {},
  onclosetag() {},
  oncomment() {},
  ondeclaration() {},
  onend() {},
  onopentagend() {},
  onprocessinginstruction() {},
  onselfclosingtag() {},
  ontext() {},
  ontextentity() {},
};
