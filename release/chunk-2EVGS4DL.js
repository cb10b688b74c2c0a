import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BananaSlug,
  Suggester,
  __export,
  __toESM,
  attention,
  autolink,
  blankLine,
  blockQuote,
  characterEscape,
  characterReference,
  codeFenced,
  codeIndented,
  codeText,
  combineExtensions,
  content,
  decodeHtmlAttribute,
  decodeString,
  defaultNestingLimit,
  definition,
  entryKey,
  external_exports,
  factorySpace,
  findDeepNesting,
  findDestination,
  frontmatter,
  gfm,
  hardBreakEscape,
  headingAtx,
  headingText,
  htmlFlow,
  htmlIds,
  htmlText,
  labelEnd,
  labelStartImage,
  labelStartLink,
  lineEnding,
  list,
  markdownLineEnding,
  normalizeIdentifier,
  parseGuide,
  parseMarkdown,
  plain,
  push,
  require_dist,
  resolveAll,
  resolveLink,
  setextUnderline,
  splice,
  subtokenize,
  targetKey,
  thematicBreak,
  toString,
  unicodePunctuation,
  unicodeWhitespace,
  visit
} from "./chunk-WZQ5HCY6.js";

// ../../packages/lint/dist/engine/lint-file.js
import { createHash } from "node:crypto";

// ../../packages/lint/dist/facts/control-comments.js
var control = /^<!--\s*devguide-(disable-next-line|disable|enable)((?:\s+[a-z0-9-]+)*)\s*-->\s*$/;
function parseControlComment(html) {
  if (!html.startsWith("<!--"))
    return null;
  const match = control.exec(html.trim());
  if (!match)
    return null;
  const rules = match[2].trim().split(/\s+/).filter(Boolean);
  return { kind: match[1], rules: rules.length > 0 ? rules : null };
}
function isSuppressed(controls, ruleId, line) {
  let disabled = false;
  for (const comment of controls) {
    const applies = comment.rules === null || comment.rules.includes(ruleId);
    if (!applies)
      continue;
    if (comment.kind === "disable-next-line") {
      if (comment.position.end.line + 1 === line)
        return true;
      continue;
    }
    if (comment.position.start.line > line)
      break;
    disabled = comment.kind === "disable";
  }
  return disabled;
}

// ../../packages/lint/dist/facts/html-facts.js
var htmlUrl = /<(?:a|img|link|source|iframe|script)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
var fullReference = /(?<!\\)\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g;
function collectHtml(value, position2, text3, facts) {
  const control2 = parseControlComment(value);
  if (control2)
    facts.controls.push({ ...control2, position: position2 });
  for (const id of htmlIds({ type: "html", value }))
    facts.anchors.push(id);
  if (!value.includes("href") && !value.includes("src"))
    return;
  const source = text3.slice(position2.start.offset, position2.end.offset);
  for (const match of source.matchAll(htmlUrl)) {
    const url = match[2] ?? match[3] ?? match[4] ?? "";
    const offset = match.index + match[0].length - url.length - (match[2] !== void 0 || match[3] !== void 0 ? 1 : 0);
    facts.links.push({
      kind: "html",
      url: decodeHtmlAttribute(url),
      position: spanIn(source, position2, offset, url.length),
      destination: null,
      text: ""
    });
  }
}
function spanIn(value, base, offset, length) {
  const at = (index) => {
    let line = base.start.line;
    let column = base.start.column;
    for (let cursor = 0; cursor < index; cursor++) {
      if (value.charCodeAt(cursor) === 10) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return { line, column, offset: (base.start.offset ?? 0) + index };
  };
  return { start: at(offset), end: at(offset + length) };
}
function countLines(text3) {
  let lines = 1;
  for (let index = text3.indexOf("\n"); index !== -1; index = text3.indexOf("\n", index + 1))
    lines++;
  return lines;
}

// ../../packages/lint/dist/facts/collect-facts.js
function collectFacts(tree, text3) {
  const slugger = new BananaSlug();
  const facts = {
    headings: [],
    anchors: [],
    links: [],
    definitions: [],
    references: [],
    controls: [],
    lists: [],
    encoding: null,
    lineCount: countLines(text3)
  };
  const defined = /* @__PURE__ */ new Set();
  collectLists(tree, 0, facts);
  visit(tree, (node) => {
    switch (node.type) {
      case "heading": {
        const slug = slugger.slug(headingText(node));
        facts.headings.push({ depth: node.depth, text: toString(node), slug, position: node.position });
        facts.anchors.push(slug);
        return;
      }
      case "link":
      case "image":
      case "definition": {
        if (!node.position)
          return;
        const span = findDestination(text3, node);
        facts.links.push({
          kind: node.type,
          url: node.url,
          position: node.position,
          destination: span,
          text: node.type === "image" ? node.alt ?? "" : node.type === "definition" ? node.label ?? node.identifier : toString(node)
        });
        if (node.type === "definition") {
          facts.definitions.push({
            identifier: node.identifier,
            label: node.label ?? node.identifier,
            url: node.url,
            position: node.position
          });
          defined.add(node.identifier);
        }
        return;
      }
      case "linkReference":
      case "imageReference":
        facts.references.push({
          kind: node.type === "linkReference" ? "link" : "image",
          identifier: node.identifier,
          label: node.label ?? node.identifier,
          position: node.position,
          defined: true
        });
        return;
      case "html":
        if (node.position)
          collectHtml(node.value, node.position, text3, facts);
        return;
      case "text":
        collectUndefinedReferences(node, text3, facts.references);
        return;
      default:
        return;
    }
  });
  return facts;
}
function collectLists(node, depth, facts) {
  if (node.type === "list") {
    const items = node.children.flatMap((item) => item.position ? [item.position] : []);
    facts.lists.push({ ordered: node.ordered === true, depth, position: node.position, items });
  }
  if ("children" in node)
    for (const child of node.children)
      collectLists(child, node.type === "list" ? depth + 1 : depth, facts);
}
function collectUndefinedReferences(node, text3, references) {
  if (!node.value.includes("]["))
    return;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === void 0 || end === void 0)
    return;
  const source = text3.slice(start, end);
  for (const match of source.matchAll(fullReference)) {
    const label = match[2] || match[1];
    references.push({
      kind: "link",
      identifier: label.toLowerCase().replace(/\s+/g, " ").trim(),
      label,
      position: spanIn(source, node.position, match.index, match[0].length),
      defined: false
    });
  }
}

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/initialize/content.js
var content2 = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous;
  return contentStart;
  function afterContentStartConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code) {
    effects.enter("paragraph");
    return lineStart(code);
  }
  function lineStart(code) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous
    });
    if (previous) {
      previous.next = token;
    }
    previous = token;
    return data(code);
  }
  function data(code) {
    if (code === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code);
    return data;
  }
}

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code);
    }
    return checkNewContainers(code);
  }
  function documentContinue(code) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point2;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point2 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index = indexBeforeExits;
      while (index < self.events.length) {
        self.events[index][1].end = {
          ...point2
        };
        index++;
      }
      splice(self.events, indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      self.events.length = index;
      return checkNewContainers(code);
    }
    return start(code);
  }
  function checkNewContainers(code) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code);
  }
  function thereIsANewContainer(code) {
    if (childFlow) closeFlow();
    exitContainers(continued);
    return documentContinued(code);
  }
  function thereIsNoNewContainer(code) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code);
  }
  function documentContinued(code) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code);
  }
  function containerContinue(code) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code);
  }
  function flowStart(code) {
    if (code === null) {
      if (childFlow) closeFlow();
      exitContainers(0);
      effects.consume(code);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code);
  }
  function flowContinue(code) {
    if (code === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) stream.push(null);
    token.previous = childToken;
    if (childToken) childToken.next = token;
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index = childFlow.events.length;
      while (index--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index][1].end || // …or ends after it.
          childFlow.events[index][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point2;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point2 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index = indexBeforeExits;
      while (index < self.events.length) {
        self.events[index][1].end = {
          ...point2
        };
        index++;
      }
      splice(self.events, indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      self.events.length = index;
    }
  }
  function exitContainers(size) {
    let index = stack.length;
    while (index-- > size) {
      const entry = stack[index];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs = this.parser.constructs[field];
    const text3 = effects.attempt(constructs, start, notText);
    return start;
    function start(code) {
      return atBreak(code) ? text3(code) : notText(code);
    }
    function notText(code) {
      if (code === null) {
        effects.consume(code);
        return;
      }
      effects.enter("data");
      effects.consume(code);
      return data;
    }
    function data(code) {
      if (atBreak(code)) {
        effects.exit("data");
        return text3(code);
      }
      effects.consume(code);
      return data;
    }
    function atBreak(code) {
      if (code === null) {
        return true;
      }
      const list2 = constructs[code];
      let index = -1;
      if (list2) {
        while (++index < list2.length) {
          const item = list2[index];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index = -1;
    let enter;
    while (++index <= events.length) {
      if (enter === void 0) {
        if (events[index] && events[index][1].type === "data") {
          enter = index;
          index++;
        }
      } else if (!events[index] || events[index][1].type !== "data") {
        if (index !== enter + 2) {
          events[enter][1].end = events[index - 1][1].end;
          events.splice(enter + 2, index - enter - 2);
          index = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index--) {
        const chunk = chunks[index];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) break;
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          events.splice(eventIndex, 0, ["enter", token, context], ["exit", token, context]);
          eventIndex += 2;
        }
      }
      eventIndex++;
    }
  }
  return events;
}

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point2 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point2;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value) {
    columnStart[value.line] = value.column;
    accountForPotentialSkip();
  }
  function main() {
    let chunkIndex;
    while (point2._index < chunks.length) {
      const chunk = chunks[point2._index];
      if (typeof chunk === "string") {
        chunkIndex = point2._index;
        if (point2._bufferIndex < 0) {
          point2._bufferIndex = 0;
        }
        while (point2._index === chunkIndex && point2._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point2._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code) {
    consumed = void 0;
    expectedCode = code;
    state = state(code);
  }
  function consume(code) {
    if (markdownLineEnding(code)) {
      point2.line++;
      point2.column = 1;
      point2.offset += code === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code !== -1) {
      point2.column++;
      point2.offset++;
    }
    if (point2._bufferIndex < 0) {
      point2._index++;
    } else {
      point2._bufferIndex++;
      if (point2._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point2._index].length) {
        point2._bufferIndex = -1;
        point2._index++;
      }
    }
    context.previous = code;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs)
      ) : "tokenize" in constructs ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs
        ])
      ) : handleMapOfConstructs(constructs);
      function handleMapOfConstructs(map) {
        return start;
        function start(code) {
          const left = code !== null && map[code];
          const all = code !== null && map.null;
          const list2 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all) ? all : all ? [all] : []
          ];
          return handleListOfConstructs(list2)(code);
        }
      }
      function handleListOfConstructs(list2) {
        listOfConstructs = list2;
        constructIndex = 0;
        if (list2.length === 0) {
          return bogusState;
        }
        return handleConstruct(list2[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok,
            nok
          )(code);
        }
      }
      function ok(code) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point2 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point2.line in columnStart && point2.column < 2) {
      point2.column = columnStart[point2.line];
      point2.offset += columnStart[point2.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index = -1;
  const result = [];
  let atTab;
  while (++index < chunks.length) {
    const chunk = chunks[index];
    let value;
    if (typeof chunk === "string") {
      value = chunk;
    } else switch (chunk) {
      case -5: {
        value = "\r";
        break;
      }
      case -4: {
        value = "\n";
        break;
      }
      case -3: {
        value = "\r\n";
        break;
      }
      case -2: {
        value = expandTabs ? " " : "	";
        break;
      }
      case -1: {
        if (!expandTabs && atTab) continue;
        value = " ";
        break;
      }
      default: {
        value = String.fromCharCode(chunk);
      }
    }
    atTab = chunk === -2;
    result.push(value);
  }
  return result.join("");
}

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs,
    content: create(content2),
    defined: [],
    document: create(document),
    flow: create(flow),
    lazy: {},
    string: create(string),
    text: create(text)
  };
  return parser;
  function create(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// ../../node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value, encoding, end) {
    const chunks = [];
    let match;
    let next;
    let startPosition;
    let endPosition;
    let code;
    value = buffer + (typeof value === "string" ? value.toString() : new TextDecoder(encoding || void 0).decode(value));
    startPosition = 0;
    buffer = "";
    if (start) {
      if (value.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value.length) {
      search.lastIndex = startPosition;
      match = search.exec(value);
      endPosition = match && match.index !== void 0 ? match.index : value.length;
      code = value.charCodeAt(endPosition);
      if (!match) {
        buffer = value.slice(startPosition);
        break;
      }
      if (code === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) chunks.push(-1);
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) chunks.push(-5);
      if (buffer) chunks.push(buffer);
      chunks.push(null);
    }
    return chunks;
  }
}

// ../../packages/lint/dist/facts/collect-facts-from-events.js
var extensions = [frontmatter(["yaml"]), gfm()];
var NODE = 1;
var EOLS = 2;
var COLLECT = 4;
var PASS = 8;
var HIDDEN = 16;
var frameFlags = {
  paragraph: NODE | EOLS,
  emphasis: NODE | EOLS | PASS,
  strong: NODE | EOLS | PASS,
  strikethrough: NODE | EOLS | PASS,
  tableHeader: NODE,
  tableData: NODE,
  atxHeading: NODE | EOLS | COLLECT,
  setextHeading: NODE | EOLS | COLLECT,
  link: NODE | COLLECT | PASS,
  autolink: NODE | COLLECT | PASS,
  literalAutolink: NODE | COLLECT | PASS,
  image: NODE | PASS,
  definition: NODE,
  hardBreakEscape: NODE,
  hardBreakTrailing: NODE,
  gfmFootnoteCall: NODE,
  // Nodes whose content mdast reads from a buffer: one frame stands for node and buffer.
  htmlFlow: NODE | EOLS | COLLECT | PASS | HIDDEN,
  htmlText: NODE | EOLS | COLLECT | PASS | HIDDEN,
  codeText: NODE | EOLS | PASS | HIDDEN,
  codeFenced: NODE | HIDDEN,
  codeIndented: NODE | HIDDEN,
  // Buffers: strings mdast resumes into a field and drops.
  resourceDestinationString: EOLS | COLLECT | HIDDEN,
  definitionDestinationString: EOLS | COLLECT | HIDDEN,
  definitionLabelString: EOLS | COLLECT | HIDDEN,
  referenceString: EOLS | COLLECT | HIDDEN,
  resourceTitleString: EOLS | HIDDEN,
  definitionTitleString: EOLS | HIDDEN,
  gfmFootnoteCallString: EOLS | HIDDEN,
  gfmFootnoteDefinitionLabelString: EOLS | HIDDEN,
  // A link's label becomes its children; an image's label only its `alt` (HIDDEN added on enter).
  label: EOLS | COLLECT
};
var Identifiers = class extends Array {
  #set = /* @__PURE__ */ new Set();
  push(...identifiers) {
    for (const identifier of identifiers)
      this.#set.add(identifier);
    return super.push(...identifiers);
  }
  includes(identifier) {
    return this.#set.has(identifier);
  }
};
var Frame = class {
  type;
  flags;
  /** Whether this node itself is in the tree (not inside a dropped buffer). */
  inTree;
  hidden;
  collect;
  /** Under a link: GFM's autolink-literal transform does not look there. */
  inLink;
  /** toString(node) and toString(node, {includeHtml: false, includeImageAlt: false}). */
  full = "";
  plain = "";
  /** End offset of the last child, which `findDestination` starts from for links. */
  lastEnd = void 0;
  // The open text node: mdast merges data, escapes, references and line endings into one.
  runStart = void 0;
  runEnd = void 0;
  runFirst = 0;
  runLast = 0;
  // Link, image, definition and heading fields.
  url = "";
  alt = "";
  label = void 0;
  identifier = "";
  rawLabel = "";
  hasResource = false;
  depth = 0;
  linkIndex = 0;
  referenceIndex = 0;
  anchorIndex = 0;
  constructor(type, flags, parent) {
    this.type = type;
    this.flags = flags;
    this.inTree = !parent?.hidden;
    this.hidden = (parent?.hidden ?? false) || (flags & HIDDEN) !== 0;
    this.collect = (flags & COLLECT) !== 0 || (flags & PASS) !== 0 && (parent?.collect ?? false);
    this.inLink = (parent?.inLink ?? false) || type === "link" || type === "autolink" || type === "literalAutolink";
  }
};
function collectFactsFromEvents(text3) {
  const parser = parse({ extensions });
  parser.defined = new Identifiers();
  parser.gfmFootnotes = new Identifiers();
  const events = postprocess(parser.document().write(preprocess()(text3, void 0, true)));
  const facts = {
    headings: [],
    anchors: [],
    links: [],
    definitions: [],
    references: [],
    controls: [],
    lists: [],
    encoding: null,
    lineCount: countLines(text3)
  };
  const slugger = new BananaSlug();
  const root = new Frame("root", 0, void 0);
  const stack = [root];
  let top = root;
  let atHardBreak = false;
  let setextSlurp = false;
  let inTable = false;
  const openLists = [];
  for (let index = 0; index < events.length; index++) {
    const [kind, token, context] = events[index];
    const type = token.type;
    if (kind === "enter") {
      const flags = frameFlags[type];
      if (flags !== void 0) {
        if (flags & NODE)
          endRun(top);
        const frame2 = new Frame(type, type === "label" && top.type === "image" ? flags | HIDDEN : flags, top);
        frame2.linkIndex = facts.links.length;
        frame2.referenceIndex = facts.references.length;
        frame2.anchorIndex = facts.anchors.length;
        stack.push(frame2);
        top = frame2;
      } else if (isTextToken(type)) {
        if (top.runStart === void 0) {
          top.runStart = token.start;
          top.runFirst = index;
        }
      } else if (type === "table") {
        inTable = true;
      } else if (type === "listUnordered" || type === "listOrdered") {
        const fact = {
          ordered: type === "listOrdered",
          depth: openLists.length,
          position: position(token),
          items: []
        };
        facts.lists.push(fact);
        openLists.push({ fact, itemStart: void 0 });
      } else if (type === "listItemPrefix") {
        const open = openLists[openLists.length - 1];
        if (open) {
          if (open.itemStart)
            open.fact.items.push(itemSpan(events, open.itemStart, index, token));
          open.itemStart = token.start;
        }
      }
      continue;
    }
    switch (type) {
      case "lineEnding":
        if (atHardBreak) {
          top.lastEnd = token.end.offset;
          atHardBreak = false;
        } else if (!setextSlurp && top.flags & EOLS) {
          if (top.runStart === void 0) {
            top.runStart = token.start;
            top.runFirst = index;
          }
          addText(top, token, context, index);
        }
        continue;
      case "labelText": {
        stack[stack.length - 2].rawLabel = context.sliceSerialize(token);
        continue;
      }
      case "resource":
        top.hasResource = true;
        continue;
      case "atxHeadingSequence":
        if (top.depth === 0)
          top.depth = context.sliceSerialize(token).length;
        continue;
      case "setextHeadingText":
        setextSlurp = true;
        continue;
      case "setextHeadingLineSequence":
        top.depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
        continue;
      case "setextHeading":
        setextSlurp = false;
        break;
      // and close the frame
      case "table":
        inTable = false;
        continue;
      case "listUnordered":
      case "listOrdered": {
        const { fact, itemStart } = openLists.pop();
        if (itemStart)
          fact.items.push(itemSpan(events, itemStart, index, token));
        continue;
      }
      default:
        if (isTextToken(type)) {
          addText(top, token, context, index);
          if (type === "autolinkProtocol" || type === "literalAutolinkHttp")
            top.url = context.sliceSerialize(token);
          else if (type === "literalAutolinkWww")
            top.url = "http://" + context.sliceSerialize(token);
          else if (type === "autolinkEmail" || type === "literalAutolinkEmail")
            top.url = "mailto:" + context.sliceSerialize(token);
          continue;
        }
    }
    if (frameFlags[type] === void 0)
      continue;
    const frame = stack.pop();
    top = stack[stack.length - 1];
    endRun(frame);
    if (frame.flags & NODE)
      top.lastEnd = token.end.offset;
    closeFrame(frame, top, token, context);
  }
  endRun(root);
  return facts;
  function addText(frame, token, context, index) {
    frame.runEnd = token.end;
    frame.runLast = index;
    frame.lastEnd = token.end.offset;
    if (frame.collect) {
      const value = textOf(token, context);
      frame.full += value;
      frame.plain += value;
    }
  }
  function closeFrame(frame, parent, token, context) {
    switch (frame.type) {
      case "atxHeading":
      case "setextHeading": {
        const slug = slugger.slug(frame.plain);
        facts.headings.push({ depth: frame.depth, text: frame.full, slug, position: position(token) });
        facts.anchors.splice(frame.anchorIndex, 0, slug);
        return;
      }
      case "label":
        if (parent.type === "image") {
          parent.alt = frame.full;
        } else {
          parent.full = frame.full;
          parent.plain = frame.plain;
          parent.lastEnd = frame.lastEnd;
        }
        return;
      case "resourceDestinationString":
      case "definitionDestinationString":
        parent.url = frame.full;
        return;
      case "referenceString":
      case "definitionLabelString":
        parent.label = frame.full;
        parent.identifier = normalizeIdentifier(context.sliceSerialize(token)).toLowerCase();
        return;
      case "link":
      case "image":
      case "autolink":
      case "literalAutolink": {
        const image = frame.type === "image";
        if (frame.inTree) {
          if ((frame.type === "link" || image) && !frame.hasResource) {
            const reference = {
              kind: image ? "image" : "link",
              identifier: frame.label === void 0 ? normalizeIdentifier(frame.rawLabel).toLowerCase() : frame.identifier,
              label: frame.label ?? decodeString(frame.rawLabel),
              position: position(token),
              defined: true
            };
            facts.references.splice(frame.referenceIndex, 0, reference);
          } else {
            facts.links.splice(frame.linkIndex, 0, {
              kind: image ? "image" : "link",
              url: frame.url,
              position: position(token),
              destination: findDestination(text3, shim(image ? "image" : "link", token, frame.lastEnd)),
              text: image ? frame.alt : frame.full
            });
          }
        }
        if (parent.collect) {
          parent.full += image ? frame.alt : frame.full;
          if (!image)
            parent.plain += frame.plain;
        }
        return;
      }
      case "definition": {
        if (!frame.inTree)
          return;
        const label = frame.label ?? frame.identifier;
        facts.links.push({
          kind: "definition",
          url: frame.url,
          position: position(token),
          destination: findDestination(text3, shim("definition", token, void 0)),
          text: label
        });
        facts.definitions.push({ identifier: frame.identifier, label, url: frame.url, position: position(token) });
        return;
      }
      case "htmlFlow":
      case "htmlText":
        if (frame.inTree)
          collectHtml(frame.full, position(token), text3, facts);
        if (parent.collect)
          parent.full += frame.full;
        return;
      case "codeText":
        if (parent.collect) {
          const value = inTable ? frame.full.replace(/\\([\\|])/g, (all, char) => char === "|" ? char : all) : frame.full;
          parent.full += value;
          parent.plain += value;
        }
        return;
      case "hardBreakEscape":
      case "hardBreakTrailing":
        atHardBreak = true;
        return;
      case "emphasis":
      case "strong":
      case "strikethrough":
        if (parent.collect) {
          parent.full += frame.full;
          parent.plain += frame.plain;
        }
        return;
      default:
        return;
    }
  }
  function endRun(frame) {
    const start = frame.runStart;
    const end = frame.runEnd;
    frame.runStart = void 0;
    if (start === void 0 || end === void 0 || frame.hidden)
      return;
    const source = text3.slice(start.offset, end.offset);
    if (!source.includes("]["))
      return;
    const matches = [...source.matchAll(fullReference)];
    if (matches.length === 0)
      return;
    const value = runValue(frame);
    if (!value.includes("][") || !frame.inLink && autolinkLiteralSplits(value))
      return;
    const base = { start: point(start), end: point(end) };
    for (const match of matches) {
      const label = match[2] || match[1];
      facts.references.push({
        kind: "link",
        identifier: label.toLowerCase().replace(/\s+/g, " ").trim(),
        label,
        position: spanIn(source, base, match.index, match[0].length),
        defined: false
      });
    }
  }
  function runValue(frame) {
    let value = "";
    for (let index = frame.runFirst; index <= frame.runLast; index++) {
      const [kind, token, context] = events[index];
      if (kind === "exit" && (isTextToken(token.type) || token.type === "lineEnding" && frame.flags & EOLS))
        value += textOf(token, context);
    }
    return value;
  }
}
function itemSpan(events, itemStart, index, token) {
  let lineIndex;
  for (let tail = index - 1; tail >= 0; tail--) {
    const [tailKind, tailToken] = events[tail];
    const tailType = tailToken.type;
    if (tailType === "lineEnding" || tailType === "lineEndingBlank") {
      if (tailKind === "enter")
        lineIndex = tail;
    } else if (!trailingPrefix.has(tailType)) {
      break;
    }
  }
  return { start: point(itemStart), end: point(lineIndex === void 0 ? token.end : events[lineIndex][1].start) };
}
var trailingPrefix = /* @__PURE__ */ new Set([
  "linePrefix",
  "blockQuotePrefix",
  "blockQuotePrefixWhitespace",
  "blockQuoteMarker",
  "listItemIndent"
]);
function isTextToken(type) {
  switch (type) {
    case "data":
    case "characterEscape":
    case "characterReference":
    case "codeTextData":
    case "htmlFlowData":
    case "htmlTextData":
    case "autolinkProtocol":
    case "autolinkEmail":
    case "literalAutolinkHttp":
    case "literalAutolinkWww":
    case "literalAutolinkEmail":
      return true;
    default:
      return false;
  }
}
function textOf(token, context) {
  const value = context.sliceSerialize(token);
  if (token.type === "characterEscape")
    return value.slice(1);
  if (token.type === "characterReference")
    return decodeString(value);
  return value;
}
function shim(type, token, lastChildEnd) {
  const children = lastChildEnd === void 0 ? [] : [{ position: { end: { offset: lastChildEnd } } }];
  return {
    type,
    position: { start: { offset: token.start.offset }, end: { offset: token.end.offset } },
    children
  };
}
var autolinkLiterals = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, isUrl],
  [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, isXmpp],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, (match) => !/[\d\-_]$/.test(match[2])],
  [
    /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
    (match) => !/[\d\-_]$/.test(match[2])
  ]
];
function autolinkLiteralSplits(value) {
  for (const [expression, accept] of autolinkLiterals) {
    expression.lastIndex = 0;
    for (let match = expression.exec(value); match; match = expression.exec(value)) {
      if (accept(match))
        return true;
      expression.lastIndex = match.index + 1;
    }
  }
  return false;
}
function isUrl(match) {
  const before = match.input.charCodeAt(match.index - 1);
  if (match.index !== 0 && !unicodeWhitespace(before) && !unicodePunctuation(before))
    return false;
  const domain = /^w/i.test(match[1]) ? match[1] + match[2] : match[2];
  if (unicodePunctuation(domain.charCodeAt(0)))
    return false;
  const parts = domain.split(".");
  const last = parts[parts.length - 1];
  const penultimate = parts[parts.length - 2];
  const bad = (part) => Boolean(part) && (/_/.test(part) || !/[\dA-Za-z]/.test(part));
  return parts.length >= 2 && !bad(last) && !bad(penultimate);
}
function isXmpp(match) {
  const resource = match[3];
  if (/[\d\-_]$/.test(match[2]))
    return false;
  return !(resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + match[0].length) === "@"));
}
function point(at) {
  return { line: at.line, column: at.column, offset: at.offset };
}
function position(token) {
  return { start: point(token.start), end: point(token.end) };
}

// ../../packages/lint/dist/engine/define-rule.js
function defineFileRule(rule) {
  return { ...rule, kind: "file" };
}
function defineProjectRule(rule) {
  return { ...rule, kind: "project" };
}

// ../../packages/lint/dist/rules/input-limits.js
var defaultMaxFileBytes = 2 * 1024 * 1024;
var sizeOptions = external_exports.strictObject({
  bytes: external_exports.number().int().positive().default(defaultMaxFileBytes).describe("The largest file linted, in bytes.")
});
var nestingOptions = external_exports.strictObject({
  depth: external_exports.number().int().positive().max(1e3).default(defaultNestingLimit).describe("How deep block quotes and lists may nest.")
});
function reportLimit(rule) {
  return ({ facts, report }) => {
    const limit = facts.limit;
    if (limit?.rule === rule)
      report({ reason: limit.reason, position: limit.position });
  };
}
var maxFileSize = defineFileRule({
  meta: {
    id: "max-file-size",
    description: "Markdown files must not be larger than the limit; a larger file is reported and not linted.",
    rationale: "Parsing takes memory in proportion to a file's size, many times the size itself; a file of tens of megabytes (generated, or pasted by mistake) would exhaust the memory of the whole run. It is reported and skipped instead, so the rest of the tree is still linted. Links into it are not checked for anchors. Raise `bytes` for a tree that really holds larger markdown.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    options: sizeOptions,
    ok: [{ source: "# Small\n\nShort enough.\n", options: { bytes: 100 } }],
    notOk: [
      {
        source: `# Large

${"A line of text.\n".repeat(10)}`,
        options: { bytes: 100 },
        findings: ["1:1: Unexpected file of 169 bytes, expected at most 100 bytes; the file is not linted"]
      }
    ]
  },
  check: reportLimit("max-file-size")
});
var maxNesting = defineFileRule({
  meta: {
    id: "max-nesting",
    description: "Block quotes and lists must not nest deeper than the limit; a deeper file is reported and not linted.",
    rationale: "The markdown parser's work per line grows with the square of the containers open on it, and the tree it builds is walked recursively: thousands of nested list markers or `>` take minutes and overflow the stack. The nesting is measured from the text before parsing (two columns of indentation or list marker, or one `>`, per level), and a file past the limit is reported where it crosses it and not linted further.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    options: nestingOptions,
    ok: [{ source: "# Lists\n\n- one\n  - two\n    - three\n", options: { depth: 3 } }],
    notOk: [
      {
        source: "# Lists\n\n- one\n  - two\n    - three\n      - four\n",
        options: { depth: 3 },
        findings: ["6:7: Unexpected block quotes and lists nested over 3 deep, expected at most 3 levels"]
      }
    ]
  },
  check: reportLimit("max-nesting")
});
function exceededLimit(text3, bytes, limits) {
  const start = { line: 1, column: 1, offset: 0 };
  if (bytes > limits.bytes)
    return {
      rule: "max-file-size",
      reason: `Unexpected file of ${bytes} bytes, expected at most ${limits.bytes} bytes; the file is not linted`,
      position: { start, end: start }
    };
  const deep = findDeepNesting(text3, limits.depth);
  if (!deep)
    return null;
  const at = { line: deep.line, column: deep.column };
  return {
    rule: "max-nesting",
    reason: `Unexpected block quotes and lists nested over ${limits.depth} deep, expected at most ${limits.depth} levels`,
    position: { start: at, end: at }
  };
}

// ../../packages/lint/dist/engine/lint-file.js
function contentHash(text3) {
  return createHash("sha1").update(text3).digest("hex");
}
function outcomeHash(text3, encoding) {
  return contentHash(encoding ? `${text3}\0${encoding.reason}` : text3);
}
function lintFileText(text3, job, rules, settings) {
  const source = job.encoding?.binary ? "" : text3;
  const limit = exceededLimit(source, job.oversize ?? 0, limitsOf(rules));
  if (limit)
    return limitedOutcome(text3, job, rules, settings, limit);
  let root = job.role.guide ? parseMarkdown(source) : void 0;
  const tree = () => root ??= parseMarkdown(source);
  const facts = root ? collectFacts(root, source) : collectFactsFromEvents(source);
  facts.encoding = job.encoding ?? null;
  const findings = [];
  let guide;
  const guideOf = () => {
    if (guide !== void 0)
      return guide;
    if (!job.role.guide)
      return guide = null;
    try {
      guide = parseGuide(source, {
        tree: tree(),
        path: job.role.repoPath,
        resolve: job.resolve,
        ...job.role.form ? { form: job.role.form } : {}
      });
    } catch {
      guide = null;
    }
    return guide;
  };
  for (const { rule, options } of rules) {
    if (rule.meta.scope === "guide" && !job.role.guide)
      continue;
    rule.check({
      path: job.path,
      text: source,
      tree,
      facts,
      options,
      role: job.role,
      resolve: job.resolve,
      settings,
      guide: guideOf,
      report: (finding) => findings.push({ ruleId: rule.meta.id, ...finding })
    });
  }
  return { path: job.path, hash: outcomeHash(text3, job.encoding), facts: { ...facts, lists: [] }, findings };
}
function limitsOf(rules) {
  const option = (id, name) => rules.find(({ rule }) => rule.meta.id === id)?.options?.[name];
  return {
    bytes: option("max-file-size", "bytes") ?? defaultMaxFileBytes,
    depth: option("max-nesting", "depth") ?? defaultNestingLimit
  };
}
function limitedOutcome(text3, job, rules, settings, limit) {
  const facts = {
    headings: [],
    anchors: [],
    links: [],
    definitions: [],
    references: [],
    controls: [],
    lists: [],
    encoding: null,
    limit,
    lineCount: countLines(text3)
  };
  const findings = [];
  for (const { rule, options } of rules) {
    if (rule.meta.id !== limit.rule)
      continue;
    rule.check({
      path: job.path,
      text: "",
      tree: () => ({ type: "root", children: [] }),
      facts,
      options,
      role: job.role,
      resolve: job.resolve,
      settings,
      guide: () => null,
      report: (finding) => findings.push({ ruleId: rule.meta.id, ...finding })
    });
  }
  return { path: job.path, hash: outcomeHash(text3, job.encoding), facts, findings };
}

// ../../packages/lint/dist/rules/external-links.js
function eachPlace(context, match, body) {
  if (!context.external)
    return;
  const linted = new Set(context.files.map((file) => file.path));
  for (const url of context.external.urls) {
    const result = context.external.results.get(url.url);
    if (!result || result.source === "offline" || !match(result))
      continue;
    for (const place of url.occurrences)
      if (linted.has(place.path))
        body(url, result, place, context.report);
  }
}
var because = (result) => result.source === "cache" ? `${result.reason}, cached` : result.reason;
var externalLinkDead = defineProjectRule({
  meta: {
    id: "external-link-dead",
    description: "External links must reach a page, and their fragment a place on it.",
    rationale: "Runs only with `devguide lint --external`. Every http(s) URL is checked once per run however often it is linked: HEAD, then GET when HEAD is refused; redirects followed; retries with backoff on resets, timeouts, 408, 429 and 5xx. A URL is dead on 404 or 410, an unknown host, a refused connection or a redirect loop. A `#fragment` is checked against the ids and names of an HTML page, and against the headings of a markdown file on GitHub. GitHub repositories, files, directories, issues and pulls are checked through the REST API; URLs at the locked upstream commit are answered from the lock.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    external: true,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "See the [install guide](http://docs.example.com/install#linux).\n",
        responses: { "http://docs.example.com/install": { status: 200, body: '<h2 id="linux">Linux</h2>' } }
      }
    ],
    notOk: [
      {
        source: "See the [old guide](http://docs.example.com/old) and [Windows](http://docs.example.com/install#windows).\n",
        responses: {
          "http://docs.example.com/old": { status: 404 },
          "http://docs.example.com/install": { status: 200, body: '<h2 id="linux">Linux</h2>' }
        },
        findings: [
          "1:9: Unexpected dead link `http://docs.example.com/old` (404), expected a page that exists",
          "1:54: Unexpected missing fragment `#windows` in `http://docs.example.com/install`, expected an id, name or heading of the page"
        ]
      }
    ]
  },
  check(context) {
    eachPlace(context, (result) => result.outcome === "dead", (url, result, place, report) => {
      report(place.path, {
        reason: `Unexpected dead link \`${place.written}\` (${because(result)}), expected a page that exists`,
        position: place.position
      });
    });
    eachPlace(context, (result) => result.outcome === "alive" && result.missingFragments.length > 0, (url, result, place, report) => {
      if (place.fragment === null || !result.missingFragments.includes(place.fragment))
        return;
      report(place.path, {
        reason: `Unexpected missing fragment \`#${place.fragment}\` in \`${url.url}\`, expected an id, name or heading of the page`,
        position: place.position
      });
    });
  }
});
var externalLinkRedirect = defineProjectRule({
  meta: {
    id: "external-link-redirect",
    description: "External links must not go through a permanent redirect: link the final URL.",
    rationale: "Runs only with `devguide lint --external`. When every hop of a redirect chain is permanent (301 or 308) the old URL may stop working any day and costs readers a round trip; `--fix` writes the final URL, keeping the fragment. Temporary redirects (302, 303, 307) are left alone: the old URL is the stable one.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    external: true,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "[Release notes](http://docs.example.com/latest) move with every release.\n",
        responses: {
          "http://docs.example.com/latest": { status: 302, location: "http://docs.example.com/v1.2" },
          "http://docs.example.com/v1.2": { status: 200 }
        }
      }
    ],
    notOk: [
      {
        source: "Read [the API](http://docs.example.com/api#auth).\n",
        responses: {
          "http://docs.example.com/api": { status: 301, location: "http://docs.example.com/reference/api" },
          "http://docs.example.com/reference/api": { status: 200, body: '<h2 id="auth">Auth</h2>' }
        },
        findings: [
          "1:6: Unexpected permanently redirected URL `http://docs.example.com/api#auth`, expected its final URL `http://docs.example.com/reference/api#auth`"
        ],
        fixed: "Read [the API](http://docs.example.com/reference/api#auth).\n"
      }
    ]
  },
  check(context) {
    const texts = new Map(context.files.map((file) => [file.path, file.text]));
    eachPlace(context, (result) => result.outcome === "alive" && result.redirect?.permanent === true, (_url, result, place, report) => {
      const hash = place.written.indexOf("#");
      const final = finalUrl(result.redirect.to, hash >= 0 ? place.written.slice(hash) : "");
      if (final === null) {
        report(place.path, {
          reason: `Unexpected permanently redirected URL \`${place.written}\`, expected a redirect to an absolute http(s) URL, got ${quoted(result.redirect.to)}; check the link by hand`,
          position: place.position
        });
        return;
      }
      const text3 = texts.get(place.path);
      const autolink2 = place.destination === null;
      const span = place.destination ?? autolinkSpan(text3, place);
      const fixable = span !== null && text3?.slice(span.start, span.end) === place.written;
      const inBrackets = autolink2 && span !== null && text3?.[span.start - 1] === "<";
      const written = inBrackets || plainUrl.test(final) ? final : `<${final}>`;
      report(place.path, {
        reason: `Unexpected permanently redirected URL \`${place.written}\`, expected its final URL \`${final}\``,
        position: place.position,
        ...fixable ? { fix: [{ start: span.start, end: span.end, text: written }] } : {}
      });
    });
  }
});
var externalLinkInconclusive = defineProjectRule({
  meta: {
    id: "external-link-inconclusive",
    description: "External links whose check could not decide (bot walls, rate limits after retries, timeouts).",
    rationale: "Runs only with `devguide lint --external`. Some sites refuse automated requests (401, 403, 999), keep answering 429 after every retry, or time out. They are neither alive nor dead: reported apart, as warnings by default, so that a flaky site never fails a build. Exclude a site for good with `external.exclude` in the configuration. Inconclusive answers are never cached.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: false,
    external: true,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "[Status](http://status.example.com/) is up.\n",
        responses: { "http://status.example.com/": { status: 200 } }
      }
    ],
    notOk: [
      {
        source: "[Profile](http://social.example.com/in/someone)\n",
        responses: { "http://social.example.com/in/someone": { status: 999 } },
        findings: [
          "1:1: Unexpected inconclusive check of `http://social.example.com/in/someone` (999), expected an answer; check it by hand, or exclude it in `external.exclude`"
        ]
      }
    ]
  },
  check(context) {
    eachPlace(context, (result) => result.outcome === "inconclusive", (_url, result, place, report) => {
      report(place.path, {
        reason: `Unexpected inconclusive check of \`${place.written}\` (${because(result)}), expected an answer; check it by hand, or exclude it in \`external.exclude\``,
        position: place.position
      });
    });
  }
});
var plainUrl = /^[A-Za-z0-9\-._~:/?#@$&'+,;=%]+$/;
function finalUrl(location, fragment) {
  if (/[\u0000-\u0020\u007f-\u009f<>"`\\]/.test(location))
    return null;
  let url;
  try {
    url = new URL(location);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:" || url.hostname === "" || url.username || url.password)
    return null;
  const final = fragment ? url.href.replace(/#.*$/, "") + fragment : url.href;
  return /[\s<>]/.test(final) ? null : final;
}
function quoted(value) {
  return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}\u2026` : value);
}
function autolinkSpan(text3, place) {
  const start = place.position.start.offset;
  const end = place.position.end.offset;
  if (text3 == null || start === void 0 || end === void 0)
    return null;
  const source = text3.slice(start, end);
  if (source === `<${place.written}>`)
    return { start: start + 1, end: end - 1 };
  if (source === place.written)
    return { start, end };
  return null;
}
var externalRules = [externalLinkDead, externalLinkRedirect, externalLinkInconclusive];

// ../../packages/lint/dist/engine/rule.js
function indexFor(indexes, role) {
  return role.against === "upstream" && indexes.upstream ? indexes.upstream : indexes.local;
}

// ../../packages/lint/dist/rules/link-check.js
import { posix } from "node:path";
var lineFragment = /^L\d+(C\d+)?(-L\d+(C\d+)?)?$/i;
var verdicts = /* @__PURE__ */ new WeakMap();
function checkLink(link, file, index, settings) {
  let known = verdicts.get(index);
  if (!known)
    verdicts.set(index, known = /* @__PURE__ */ new WeakMap());
  let verdict = known.get(link);
  if (!verdict)
    known.set(link, verdict = verdictOf(link, file, index, settings));
  return verdict;
}
function verdictOf(link, file, index, settings) {
  const { renames, defaultBranch: defaultBranch2 } = settings;
  const target = resolveLink(link.url, file.resolve);
  if (target.kind === "external")
    return isMalformedWebUrl(target.url) ? { status: "malformed", url: target.url } : { status: "external" };
  if (target.kind === "escape")
    return { status: "missing-file", path: target.path, suggestion: null, escapes: true, inLock: false };
  if (target.kind === "anchor") {
    if (target.fragment === "" || target.fragment === "top")
      return { status: "ok" };
    return anchorVerdict(file.role.repoPath, target.fragment, anchorSetOf(file.facts.anchors), file.facts.lineCount);
  }
  const found = locate(target, index, defaultBranch2);
  if (!found) {
    return {
      status: "missing-file",
      path: target.path,
      suggestion: suggest(target.path, index, renames),
      escapes: false,
      inLock: index.get(target.path) !== void 0
    };
  }
  if (target.fragment === null || target.fragment === "")
    return { status: "ok" };
  if (found.entry.type === "dir") {
    const readmePath = ["README.md", "readme.md", "Readme.md"].map((name) => found.path ? `${found.path}/${name}` : name).find((path14) => index.get(path14));
    const readme = readmePath ? index.get(readmePath) : void 0;
    return readmePath && readme?.anchors ? anchorVerdict(readmePath, target.fragment, readme.anchors, readme.lines) : { status: "ok" };
  }
  if (found.path === file.role.repoPath)
    return anchorVerdict(found.path, target.fragment, anchorSetOf(file.facts.anchors), file.facts.lineCount);
  if (!found.entry.anchors)
    return { status: "ok" };
  return anchorVerdict(found.path, target.fragment, found.entry.anchors, found.entry.lines);
}
function isMalformedWebUrl(url) {
  if (!/^https?:/i.test(url))
    return false;
  try {
    return new URL(url).hostname === "";
  } catch {
    return true;
  }
}
function anchorVerdict(path14, fragment, anchors, lines) {
  if (lineFragment.test(fragment)) {
    const last = /(\d+)(?:C\d+)?$/i.exec(fragment);
    return lines === void 0 || Number(last?.[1]) <= lines ? { status: "ok" } : { status: "missing-anchor", path: path14, fragment, anchors };
  }
  const wanted = fragment.replace(/^user-content-/, "");
  if (wanted.toLowerCase() === "readme" && /(^|\/)readme(\.[a-z]+)?$/i.test(path14))
    return { status: "ok" };
  if (anchors.has(wanted) || anchors.has(wanted.toLowerCase()))
    return { status: "ok" };
  if (lowerCased(anchors).has(wanted.toLowerCase()))
    return { status: "ok" };
  return { status: "missing-anchor", path: path14, fragment, anchors };
}
function locate(target, index, defaultBranch2) {
  const direct = index.get(target.path);
  if (direct)
    return { path: target.path, entry: direct };
  if (target.ref === null || /^(main|master|HEAD|[0-9a-f]{7,40})$/i.test(target.ref) || target.ref === defaultBranch2)
    return null;
  const segments = target.path.split("/");
  for (let moved = 1; moved < Math.min(segments.length, 4); moved++) {
    const candidate = segments.slice(moved).join("/");
    const entry = index.get(candidate);
    if (entry)
      return { path: candidate, entry };
  }
  return null;
}
function suggest(path14, index, renames) {
  const renamed = renames[path14];
  if (renamed && index.get(renamed))
    return renamed;
  const candidates = index.sameName(path14);
  if (candidates.length === 0)
    return null;
  const score = (candidate) => {
    const a = posix.dirname(path14).split("/");
    const b = posix.dirname(candidate).split("/");
    let shared = 0;
    while (shared < a.length && a[shared] === b[shared])
      shared++;
    return shared * 1e3 - candidate.length;
  };
  return [...candidates].sort((x, y) => score(y) - score(x))[0];
}
var anchorSets = /* @__PURE__ */ new WeakMap();
var lowerCasedSets = /* @__PURE__ */ new WeakMap();
var suggesters = /* @__PURE__ */ new WeakMap();
function anchorSetOf(anchors) {
  let set = anchorSets.get(anchors);
  if (!set)
    anchorSets.set(anchors, set = new Set(anchors));
  return set;
}
function lowerCased(anchors) {
  let set = lowerCasedSets.get(anchors);
  if (!set)
    lowerCasedSets.set(anchors, set = new Set([...anchors].map((anchor) => anchor.toLowerCase())));
  return set;
}
function closestAnchor(fragment, anchors) {
  let suggester = suggesters.get(anchors);
  if (!suggester)
    suggesters.set(anchors, suggester = new Suggester(anchors));
  return suggester.suggest(fragment.toLowerCase()) ?? null;
}

// ../../packages/lint/dist/rules/no-missing-anchor.js
var noMissingAnchor = defineProjectRule({
  meta: {
    id: "no-missing-anchor",
    description: "Fragments must name a heading or an HTML `id`/`name` in the target file.",
    rationale: "GitHub slugs headings with its own algorithm (github-slugger: lower case, punctuation dropped, `-1`, `-2` for repeats; headings with links or code slug their text) and keeps HTML `id` and `name` attributes. A fragment that matches none of them scrolls nowhere. `#L10-L20` line fragments are accepted on any file.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [{ source: "# Guide\n\n## Setting up\n\nSee [setup](#setting-up).\n" }],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\nSee [setup](#setting-upp).\n",
        findings: [
          "5:5: Unexpected missing anchor `#setting-upp` in this file, expected a heading or HTML id; did you mean `#setting-up`"
        ]
      }
    ]
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status !== "missing-anchor")
          continue;
        const suggestion = closestAnchor(verdict.fragment, verdict.anchors);
        const where = verdict.path === file.role.repoPath ? "this file" : `\`${verdict.path}\``;
        report(file.path, {
          reason: `Unexpected missing anchor \`#${verdict.fragment}\` in ${where}, expected a heading or HTML id${suggestion ? `; did you mean \`#${suggestion}\`` : ""}`,
          position: link.position
        });
      }
    }
  }
});

// ../../packages/lint/dist/rules/no-missing-file.js
var noMissingFile = defineProjectRule({
  meta: {
    id: "no-missing-file",
    description: "Links, images and definitions must point at files or directories that exist.",
    rationale: "A relative link, a `/root` path or an absolute URL into the same repository that names a missing path is a 404 on GitHub. Targets are looked up in the tree on disk, in a tree listing, and for the guide in the lock of the pinned upstream commit. When a file of the same name exists elsewhere, or a known rename applies, the likely new place is suggested.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "[Development](development.md)\n",
        path: "contributors/devel/README.md",
        tree: { "contributors/devel/development.md": "# Development\n" }
      },
      {
        source: "[guide](/contributors/guide/) and [testing](https://github.com/kubernetes/community/blob/release/1.2/contributors/devel/testing.md)\n",
        path: "contributors/devel/README.md",
        tree: { "contributors/guide/README.md": "# Guide\n", "contributors/devel/testing.md": "# Testing\n" }
      }
    ],
    notOk: [
      {
        source: "[Testing](testing.md)\n",
        path: "contributors/devel/README.md",
        tree: { "contributors/devel/sig-testing/testing.md": "# Testing\n" },
        findings: [
          "1:1: Unexpected missing file `contributors/devel/testing.md`, expected an existing file or directory; did you mean `contributors/devel/sig-testing/testing.md`"
        ]
      }
    ]
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status === "malformed") {
          report(file.path, {
            reason: `Unexpected malformed URL \`${verdict.url}\`, expected a URL with a host`,
            position: link.position
          });
          continue;
        }
        if (verdict.status !== "missing-file")
          continue;
        const what = link.kind === "image" ? "image" : "file";
        const reason = verdict.escapes ? `Unexpected link above the repository root \`${verdict.path}\`, expected a path inside the repository` : `Unexpected missing ${what} \`${verdict.path}\`, expected an existing file or directory${verdict.suggestion ? `; did you mean \`${verdict.suggestion}\`` : ""}`;
        report(file.path, {
          reason,
          position: link.position,
          ...verdict.suggestion ? { cause: { path: null, position: link.position, reason: `\`${verdict.suggestion}\` has the same name` } } : {}
        });
      }
    }
  }
});

// ../../packages/lint/dist/rules/no-undefined-reference.js
var noUndefinedReference = defineFileRule({
  meta: {
    id: "no-undefined-reference",
    description: "Reference links must have a definition.",
    rationale: "`[text][label]` without a `[label]: url` definition renders as the literal brackets, not as a link.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [{ source: "See [the guide][guide].\n\n[guide]: guide.md\n" }],
    notOk: [
      {
        source: "See [the guide][gide].\n\n[guide]: guide.md\n",
        findings: [
          "1:5: Unexpected undefined reference `gide`, expected a definition `[gide]: <url>`; did you mean `guide`"
        ]
      }
    ]
  },
  check({ facts, report }) {
    const defined = new Suggester(new Set(facts.definitions.map((definition2) => definition2.identifier)));
    for (const reference of facts.references) {
      if (reference.defined)
        continue;
      const suggestion = defined.suggest(reference.identifier);
      report({
        reason: `Unexpected undefined reference \`${reference.label}\`, expected a definition \`[${reference.label}]: <url>\`${suggestion ? `; did you mean \`${suggestion}\`` : ""}`,
        position: reference.position
      });
    }
  }
});

// ../../packages/lint/dist/rules/no-unused-definition.js
var noUnusedDefinition = defineFileRule({
  meta: {
    id: "no-unused-definition",
    description: "Reference definitions must be used.",
    rationale: "A definition nothing refers to is dead weight, and often the sign of a reference whose label was mistyped.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [{ source: "See [the guide][guide].\n\n[guide]: guide.md\n" }],
    notOk: [
      {
        source: "See the guide.\n\n[guide]: guide.md\n",
        findings: ["3:1: Unexpected unused definition `guide`, expected a reference to it"]
      }
    ]
  },
  check({ facts, report }) {
    const used = new Set(facts.references.filter((reference) => reference.defined).map((reference) => reference.identifier));
    for (const definition2 of facts.definitions) {
      if (used.has(definition2.identifier))
        continue;
      report({
        reason: `Unexpected unused definition \`${definition2.label}\`, expected a reference to it`,
        position: definition2.position
      });
    }
  }
});

// ../../packages/lint/dist/rules/link-spelling.js
function writtenDestination(link, text3) {
  if (link.destination) {
    let { start: start2, end: end2 } = link.destination;
    if (end2 - start2 >= 2 && text3[start2] === "<" && text3[end2 - 1] === ">") {
      start2++;
      end2--;
    }
    return { start: start2, end: end2, raw: text3.slice(start2, end2) };
  }
  let start = link.position.start.offset;
  let end = link.position.end.offset;
  if (start === void 0 || end === void 0)
    return null;
  if (link.kind === "link" && end - start >= 2 && text3[start] === "<" && text3[end - 1] === ">") {
    start++;
    end--;
  }
  const raw = text3.slice(start, end);
  return raw === link.url ? { start, end, raw } : null;
}
function splitSuffix(raw) {
  const at = raw.search(/[?#]/);
  return at === -1 ? { path: raw, suffix: "" } : { path: raw.slice(0, at), suffix: raw.slice(at) };
}
function githubRepoPrefix(repository) {
  return `(?:https?:)?//(?:www\\.)?github\\.com/${escapeRegExp(repository)}/`;
}
function rawRepoPrefix(repository) {
  return `(?:https?:)?//raw\\.githubusercontent\\.com/${escapeRegExp(repository)}/`;
}
function escapeRegExp(value) {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function encodePath(path14) {
  return path14.split("/").map((segment) => encodeURIComponent(segment).replace(/%40/g, "@")).join("/");
}
function shown(value) {
  return value.replace(/\r?\n/g, "\\n");
}

// ../../packages/lint/dist/rules/default-branch.js
var path = "contributors/devel/README.md";
var defaultBranch = defineFileRule({
  meta: {
    id: "default-branch",
    description: "Name the default branch, not a retired one, in absolute links to this repository.",
    rationale: "Repositories that renamed `master` to `main` keep a redirect for the old name only as long as GitHub keeps it, and a link naming `master` shows readers a branch that no longer moves (or, where a `master` branch was kept, stale content). Absolute links into the same repository (`github.com/<owner>/<repo>/blob|tree|edit|raw/<branch>/\u2026`, `raw.githubusercontent.com/<owner>/<repo>/<branch>/\u2026`) that name a retired branch are respelled with the `defaultBranch` setting. Links to tags, commits and other branches are left alone.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: external_exports.strictObject({
      staleBranches: external_exports.array(external_exports.string().min(1)).default(["master"]).describe("Branch names that are no longer the default.")
    }),
    ok: [
      {
        source: "[FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md), [1.2](https://github.com/kubernetes/community/blob/release-1.2/README.md), [spec](https://github.com/container-storage-interface/spec/blob/master/spec.md)\n",
        path
      }
    ],
    notOk: [
      {
        source: "See this doc [here](https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md) for more information.\n",
        path,
        findings: [
          "1:14: Unexpected branch `master` in a link to kubernetes/community, expected `main`, its default branch"
        ],
        fixed: "See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n"
      },
      {
        source: "![logo](https://raw.githubusercontent.com/kubernetes/community/trunk/icons/png/logo.png)\n\n[guide]: https://github.com/Kubernetes/Community/tree/trunk/contributors/guide#readme\n",
        path,
        options: { staleBranches: ["master", "trunk"] },
        findings: [
          "1:1: Unexpected branch `trunk` in a link to kubernetes/community, expected `main`, its default branch",
          "3:1: Unexpected branch `trunk` in a link to kubernetes/community, expected `main`, its default branch"
        ],
        fixed: "![logo](https://raw.githubusercontent.com/kubernetes/community/main/icons/png/logo.png)\n\n[guide]: https://github.com/Kubernetes/Community/tree/main/contributors/guide#readme\n"
      }
    ]
  },
  check({ facts, text: text3, options, settings, resolve, report }) {
    const repository = resolve.repository || settings.repository;
    if (!repository)
      return;
    const stale = new Set(options.staleBranches.filter((branch) => branch !== settings.defaultBranch));
    if (stale.size === 0)
      return;
    const pattern = new RegExp(`^(?:${githubRepoPrefix(repository)}(?:blob|tree|edit|raw)/|${rawRepoPrefix(repository)})([^/?#]+)(?=[/?#]|$)`, "i");
    for (const link of facts.links) {
      const written = writtenDestination(link, text3);
      if (!written)
        continue;
      const match = pattern.exec(written.raw);
      const branch = match?.[1];
      if (!match || branch === void 0 || !stale.has(branch))
        continue;
      const at = written.start + match[0].length - branch.length;
      report({
        reason: `Unexpected branch \`${branch}\` in a link to ${repository}, expected \`${settings.defaultBranch}\`, its default branch`,
        position: link.position,
        fix: [{ start: at, end: at + branch.length, text: settings.defaultBranch }]
      });
    }
  }
});

// ../../packages/lint/dist/rules/github-view.js
var path2 = "contributors/devel/README.md";
var viewPattern = /^(?:https?:)?\/\/(?:www\.)?github\.com\/[^/?#]+\/[^/?#]+\/(tree|blob)(?=\/)/i;
var githubView = defineProjectRule({
  meta: {
    id: "github-view",
    description: "Link to files with `blob/` and to directories with `tree/` in absolute GitHub URLs to this repository.",
    rationale: "GitHub shows a file at `blob/<branch>/<path>` and a directory at `tree/<branch>/<path>`. The other view works only through a redirect, which other renderers, link checkers and offline copies do not follow, and it tells a reader the wrong kind of target. Whether the path is a file or a directory is looked up in the repository tree (on disk, a tree listing, or the guide's lock); paths the tree does not know are left alone. The fix swaps the view.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "[guide](https://github.com/kubernetes/community/tree/main/contributors/guide) and [triage](https://github.com/kubernetes/community/blob/main/contributors/guide/issue-triage.md) and [unknown](https://github.com/kubernetes/community/tree/main/contributors/devel/testing.md)\n",
        path: path2,
        tree: { "contributors/guide/README.md": "# Guide\n", "contributors/guide/issue-triage.md": "# Triage\n" }
      }
    ],
    notOk: [
      {
        source: "* **Contributor Guide**\n  ([Please start here](https://github.com/kubernetes/community/tree/main/contributors/guide/README.md)) to learn about how to contribute.\n\n[guide]: https://github.com/kubernetes/community/blob/main/contributors/guide/\n",
        path: path2,
        tree: { "contributors/guide/README.md": "# Guide\n" },
        findings: [
          "2:4: Unexpected `tree/` view for the file `contributors/guide/README.md`, expected `blob/`",
          "4:1: Unexpected `blob/` view for the directory `contributors/guide`, expected `tree/`"
        ],
        fixed: "* **Contributor Guide**\n  ([Please start here](https://github.com/kubernetes/community/blob/main/contributors/guide/README.md)) to learn about how to contribute.\n\n[guide]: https://github.com/kubernetes/community/tree/main/contributors/guide/\n"
      }
    ]
  },
  check({ files, index, report }) {
    for (const file of files) {
      const tree = indexFor(index, file.role);
      for (const link of file.facts.links) {
        const target = resolveLink(link.url, file.resolve);
        if (target.kind !== "repo" || target.via !== "github" || target.view !== "tree" && target.view !== "blob")
          continue;
        const entry = tree.get(target.path);
        if (!entry)
          continue;
        const expected = entry.type === "file" ? "blob" : "tree";
        if (target.view === expected || file.text === null)
          continue;
        const written = writtenDestination(link, file.text);
        const match = written ? viewPattern.exec(written.raw) : null;
        if (!written || !match || match[1].toLowerCase() !== target.view)
          continue;
        const at = written.start + match[0].length - match[1].length;
        report(file.path, {
          reason: `Unexpected \`${target.view}/\` view for the ${entry.type === "file" ? "file" : "directory"} \`${target.path || "/"}\`, expected \`${expected}/\``,
          position: link.position,
          fix: [{ start: at, end: at + match[1].length, text: expected }]
        });
      }
    }
  }
});

// ../../packages/lint/dist/rules/no-site-only-path.js
import { posix as posix2 } from "node:path";
var path3 = "contributors/devel/README.md";
var noSiteOnlyPath = defineProjectRule({
  meta: {
    id: "no-site-only-path",
    description: "Do not use root-relative paths that only the website serves.",
    rationale: "A root-relative link such as `/docs/reference/` works on the website, which serves those paths, but on GitHub it resolves against the repository root, where no such path exists: a 404 for everyone reading the file there. Links under the site's paths (the `site` setting, or the content configuration's) that the repository tree does not have are flagged; the fix writes the absolute site URL. Without a `site` setting the rule has nothing to check.",
    scope: "any",
    defaultSeverity: "error",
    fixable: true,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "[Client Libraries](https://kubernetes.io/docs/reference/using-api/client-libraries/), [guide](/contributors/guide/) and [design](/docs/design/)\n",
        path: path3,
        tree: { "contributors/guide/README.md": "# Guide\n", "docs/design/README.md": "# Design\n" }
      }
    ],
    notOk: [
      {
        source: "* **API Client Libraries** ([client-libraries](/docs/reference/using-api/client-libraries/)):\n  A list of existing client libraries.\n",
        path: path3,
        findings: [
          "1:29: Unexpected site-only path `/docs/reference/using-api/client-libraries/`, expected a repository path or `https://kubernetes.io/docs/reference/using-api/client-libraries/`"
        ],
        fixed: "* **API Client Libraries** ([client-libraries](https://kubernetes.io/docs/reference/using-api/client-libraries/)):\n  A list of existing client libraries.\n"
      }
    ]
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      const site = file.resolve.site ?? settings.site;
      if (!site || site.paths.length === 0 || file.text === null)
        continue;
      const tree = indexFor(index, file.role);
      for (const link of file.facts.links) {
        const destination = link.url.trim();
        if (!destination.startsWith("/") || destination.startsWith("//"))
          continue;
        const { path: sitePath } = splitSuffix(destination);
        if (!site.paths.some((prefix) => sitePath.startsWith(prefix)))
          continue;
        if (tree.get(repoPathOf(sitePath)))
          continue;
        const written = writtenDestination(link, file.text);
        if (!written || !written.raw.startsWith("/"))
          continue;
        const absolute = site.origin.replace(/\/+$/, "") + written.raw;
        report(file.path, {
          reason: `Unexpected site-only path \`${shown(written.raw)}\`, expected a repository path or \`${shown(absolute)}\``,
          position: link.position,
          fix: [{ start: written.start, end: written.end, text: absolute }]
        });
      }
    }
  }
});
function repoPathOf(sitePath) {
  let decoded = sitePath;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
  }
  return posix2.normalize(decoded).replace(/^\/+/, "").replace(/\/+$/, "");
}

// ../../packages/lint/dist/rules/no-space-in-destination.js
var path4 = "contributors/devel/README.md";
var space = /\s/;
var noSpaceInDestination = defineFileRule({
  meta: {
    id: "no-space-in-destination",
    description: "Write link destinations without white space around or inside them.",
    rationale: "White space between `(` and the destination (`[here]( https://\u2026)`) or before `)` is allowed by CommonMark but is usually a stray key press, breaks naive tools that read links (link checkers, `grep`, renderers that are not CommonMark) and hides the destination when a line wraps. Inside `<\u2026>` a leading or trailing space becomes part of the URL (`%20`), which points at a file that does not exist. The fix removes the white space around the destination; a space inside the path of a `<\u2026>` destination is written as `%20`, which is what it means.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md).\n",
        path: path4
      },
      {
        source: 'See [the FAQ](<../../sig-storage/volume-plugin-faq.md> "FAQ") and [testing](sig-testing/testing.md "Testing").\n',
        path: path4
      }
    ],
    notOk: [
      {
        source: "See this doc [here]( https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n",
        path: path4,
        findings: [
          "1:14: Unexpected whitespace in link destination `( https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md)`, expected `(https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md)`"
        ],
        fixed: "See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n"
      },
      {
        source: "Read [testing]( sig-testing/testing.md ) and ![logo](< logo.png >).\n\n[faq]: <volume plugin faq.md>\n",
        path: path4,
        findings: [
          "1:6: Unexpected whitespace in link destination `( sig-testing/testing.md )`, expected `(sig-testing/testing.md)`",
          "1:46: Unexpected whitespace in link destination `(< logo.png >)`, expected `(<logo.png>)`",
          "3:1: Unexpected whitespace in link destination `<volume plugin faq.md>`, expected `<volume%20plugin%20faq.md>`"
        ],
        fixed: "Read [testing](sig-testing/testing.md) and ![logo](<logo.png>).\n\n[faq]: <volume%20plugin%20faq.md>\n"
      }
    ]
  },
  check({ facts, text: text3, report }) {
    for (const link of facts.links) {
      const destination = link.destination;
      const start = link.position.start.offset;
      const end = link.position.end.offset;
      if (!destination || start === void 0 || end === void 0 || destination.start === destination.end)
        continue;
      let from = destination.start;
      let to = destination.end;
      let before = "";
      let after = "";
      let leading = false;
      let trailing = false;
      if (link.kind !== "definition") {
        let open = destination.start;
        while (open > start && space.test(text3[open - 1]))
          open--;
        if (text3[open - 1] === "(") {
          leading = open < destination.start;
          from = open - 1;
          before = "(";
        }
        let close = destination.end;
        while (close < end && space.test(text3[close]))
          close++;
        if (close === end - 1 && text3[close] === ")") {
          trailing = close > destination.end;
          to = close + 1;
          after = ")";
        }
      }
      const written = text3.slice(destination.start, destination.end);
      const respelled = written.startsWith("<") && written.endsWith(">") && written.length >= 2 ? `<${respellAngled(written.slice(1, -1))}>` : written;
      if (!leading && !trailing && respelled === written)
        continue;
      const expected = before + respelled + after;
      report({
        reason: `Unexpected whitespace in link destination \`${shown(text3.slice(from, to))}\`, expected \`${shown(expected)}\``,
        position: link.position,
        // Separate edits, so that other rules' edits inside the destination apply in the same pass.
        fix: [
          ...leading ? [{ start: from + 1, end: destination.start, text: "" }] : [],
          ...respelled === written ? [] : [{ start: destination.start, end: destination.end, text: respelled }],
          ...trailing ? [{ start: destination.end, end: to - 1, text: "" }] : []
        ]
      });
    }
  }
});
function respellAngled(inner) {
  return inner.trim().replace(/\s/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

// ../../packages/lint/dist/rules/normalized-path.js
import { posix as posix3 } from "node:path";
var path5 = "contributors/devel/README.md";
var absolutePrefix = [
  /^(?:https?:)?\/\/(?:www\.)?github\.com\/[^/?#]+\/[^/?#]+\/(?:blob|tree|edit|raw)\/[^/?#]+\//i,
  /^(?:https?:)?\/\/raw\.githubusercontent\.com\/[^/?#]+\/[^/?#]+\/[^/?#]+\//i
];
var shortlinkPrefix = /^(?:https?:)?\/\/[^/?#]+\/[^/?#]+\//i;
var normalizedPath = defineFileRule({
  meta: {
    id: "normalized-path",
    description: "Write repository paths in links without `.` and `..` segments that cancel out, or doubled slashes.",
    rationale: "A destination such as `contributors/devel/../guide/x.md`, `./x.md`, `../devel/x.md` (from `contributors/devel/`) or `a//b.md` reaches the same file as its normal spelling, but hides where it points: readers, `grep` and tools that compare links (duplicate entries, moved files) see two spellings of one path. Only repository links are checked (relative, `/root`, and absolute URLs into the same repository); `../` that is needed to leave the document's directory stays. The fix writes the normal spelling in the same form: relative stays relative, absolute stays absolute.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "[Coding](../guide/coding-conventions.md), [testing](sig-testing/testing.md#unit), [devel](./), [dev](./development.md), [guide](/contributors/guide/), [conventions](https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md)\n",
        path: path5
      }
    ],
    notOk: [
      {
        source: "* **Coding Conventions** ([coding-conventions.md](https://github.com/kubernetes/community/blob/main/contributors/devel/../guide/coding-conventions.md)):\n  Coding style advice for contributors.\n",
        path: path5,
        findings: [
          "1:27: Unexpected `https://github.com/kubernetes/community/blob/main/contributors/devel/../guide/coding-conventions.md`, expected the normalised `https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md`"
        ],
        fixed: "* **Coding Conventions** ([coding-conventions.md](https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md)):\n  Coding style advice for contributors.\n"
      },
      {
        source: "See [development](./development.md), [testing](sig-testing//testing.md#unit), [logging](../devel/sig-instrumentation/logging.md) and [guide](/contributors/./guide/).\n",
        path: path5,
        findings: [
          "1:38: Unexpected `sig-testing//testing.md#unit`, expected the normalised `sig-testing/testing.md#unit`",
          "1:79: Unexpected `../devel/sig-instrumentation/logging.md`, expected the normalised `sig-instrumentation/logging.md`",
          "1:134: Unexpected `/contributors/./guide/`, expected the normalised `/contributors/guide/`"
        ],
        fixed: "See [development](./development.md), [testing](sig-testing/testing.md#unit), [logging](sig-instrumentation/logging.md) and [guide](/contributors/guide/).\n"
      }
    ]
  },
  check({ facts, text: text3, resolve, report }) {
    for (const link of facts.links) {
      const target = resolveLink(link.url, resolve);
      if (target.kind !== "repo")
        continue;
      const written = writtenDestination(link, text3);
      if (!written)
        continue;
      let prefix;
      let base = null;
      if (target.via === "relative") {
        prefix = "";
        const dir = posix3.dirname(resolve.documentPath);
        base = dir === "." || dir === "" ? [] : dir.split("/");
      } else if (target.via === "root") {
        prefix = "/";
        if (!written.raw.startsWith("/"))
          continue;
      } else {
        const patterns = target.via === "shortlink" ? [shortlinkPrefix] : absolutePrefix;
        const match = patterns.map((pattern) => pattern.exec(written.raw)).find((found) => found !== null);
        if (!match)
          continue;
        prefix = match[0];
      }
      const { path: rawPath, suffix } = splitSuffix(written.raw.slice(prefix.length));
      if (rawPath === "")
        continue;
      const normal = normalise(rawPath, base);
      if (normal === null || normal === rawPath || rawPath.startsWith("./") && normal === rawPath.slice(2))
        continue;
      const expected = prefix + normal + suffix;
      report({
        reason: `Unexpected \`${shown(written.raw)}\`, expected the normalised \`${shown(expected)}\``,
        position: link.position,
        fix: [
          { start: written.start + prefix.length, end: written.start + prefix.length + rawPath.length, text: normal }
        ]
      });
    }
  }
});
function normalise(rawPath, base) {
  const segments = [];
  let ups = 0;
  for (const segment of rawPath.split("/")) {
    if (segment === "" || segment === ".")
      continue;
    if (segment === "..") {
      if (segments.length > 0)
        segments.pop();
      else
        ups++;
    } else {
      segments.push(segment);
    }
  }
  if (base === null) {
    if (ups > 0)
      return null;
  } else {
    if (ups > base.length)
      return null;
    while (ups > 0 && segments.length > 0 && decode(segments[0]) === base[base.length - ups]) {
      ups--;
      segments.shift();
    }
  }
  const body = [...Array(ups).fill(".."), ...segments].join("/");
  const trailing = /(^|\/)(\.\.?)?$/.test(rawPath) && rawPath !== "" && body !== "";
  if (base === null)
    return body + (trailing ? "/" : "");
  if (body === "")
    return rawPath === "." || rawPath === "./" ? rawPath : "./";
  const first = segments[0] ?? "";
  const normal = body + (trailing ? "/" : "");
  return ups === 0 && first.includes(":") ? `./${normal}` : normal;
}
function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// ../../packages/lint/dist/rules/prefer-https.js
var path6 = "contributors/devel/README.md";
var preferHttps = defineFileRule({
  meta: {
    id: "prefer-https",
    description: "Link with `https://` to hosts known to serve https.",
    rationale: "An `http://` link to a host that serves https costs readers a redirect and, where the host does not redirect, sends them over plain text. Only hosts known to serve https are flagged: those in the `httpsHosts` setting (and the content configuration's) and the rule's `hosts` option, each with its subdomains. The fix writes `https://`.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: external_exports.strictObject({
      hosts: external_exports.array(external_exports.string().min(1)).default([]).describe("More hosts (and their subdomains) known to serve https, beside the `httpsHosts` setting.")
    }),
    ok: [
      {
        source: "Read the [User Guide](https://kubernetes.io/docs/user-guide/) and [the old wiki](http://example.org/wiki).\n",
        path: path6
      },
      { source: "See [the proposal](http://git.k8s.io/community/x.md).\n", path: path6 }
    ],
    notOk: [
      {
        source: "It assumes familiarity with the [User Guide](http://kubernetes.io/docs/user-guide/) and the [Cluster Admin\nGuide](http://kubernetes.io/docs/admin/).\n",
        path: path6,
        findings: [
          "1:33: Unexpected `http://kubernetes.io/docs/user-guide/`, expected `https://kubernetes.io/docs/user-guide/`: kubernetes.io serves https",
          "1:93: Unexpected `http://kubernetes.io/docs/admin/`, expected `https://kubernetes.io/docs/admin/`: kubernetes.io serves https"
        ],
        fixed: "It assumes familiarity with the [User Guide](https://kubernetes.io/docs/user-guide/) and the [Cluster Admin\nGuide](https://kubernetes.io/docs/admin/).\n"
      },
      {
        source: "See [the proposal](http://git.k8s.io/community/x.md) and <http://blog.kubernetes.io/>.\n",
        path: path6,
        options: { hosts: ["k8s.io"] },
        findings: [
          "1:5: Unexpected `http://git.k8s.io/community/x.md`, expected `https://git.k8s.io/community/x.md`: k8s.io serves https",
          "1:58: Unexpected `http://blog.kubernetes.io/`, expected `https://blog.kubernetes.io/`: kubernetes.io serves https"
        ],
        fixed: "See [the proposal](https://git.k8s.io/community/x.md) and <https://blog.kubernetes.io/>.\n"
      }
    ]
  },
  check({ facts, text: text3, options, settings, report }) {
    const hosts = [
      ...new Set([...settings.httpsHosts, ...options.hosts].map((host) => host.toLowerCase().replace(/^\*?\./, "")))
    ];
    if (hosts.length === 0)
      return;
    for (const link of facts.links) {
      if (!/^http:\/\//i.test(link.url.trim()))
        continue;
      let host;
      try {
        host = new URL(link.url.trim()).hostname.toLowerCase();
      } catch {
        continue;
      }
      const known = hosts.find((candidate) => host === candidate || host.endsWith(`.${candidate}`));
      if (!known)
        continue;
      const written = writtenDestination(link, text3);
      if (!written || !/^http:\/\//i.test(written.raw))
        continue;
      report({
        reason: `Unexpected \`${shown(written.raw)}\`, expected \`https://${shown(written.raw.slice(7))}\`: ${known} serves https`,
        position: link.position,
        fix: [{ start: written.start, end: written.start + 7, text: "https://" }]
      });
    }
  }
});

// ../../packages/lint/dist/rules/same-repo-link-form.js
import { posix as posix4 } from "node:path";
var path7 = "contributors/devel/README.md";
var sameRepoLinkForm = defineFileRule({
  meta: {
    id: "same-repo-link-form",
    description: "Link within the repository relatively in the upstream form of the guide, absolutely in its site form.",
    rationale: "The upstream guide is read on GitHub, in clones and in forks, where a relative link follows the branch being read and an absolute `github.com/\u2026/blob/<branch>/\u2026` or `git.k8s.io/\u2026` link leaves it (for a fork, for another branch, offline). The site form is read away from the repository, where a relative or `/root` link has nothing to resolve against and must be absolute (`<linkBase>/blob/<defaultBranch>/<path>`). A guide without front matter is in upstream form, one with front matter in site form (a content directory says which explicitly). Absolute links that pin another ref (a tag, a release branch, a commit) are left alone, as are `edit/` links. The fix writes the other form.",
    scope: "guide",
    defaultSeverity: "warn",
    fixable: true,
    options: external_exports.strictObject({
      staleBranches: external_exports.array(external_exports.string().min(1)).default(["master"]).describe("Former default branches: absolute links naming them are treated like links to the default branch.")
    }),
    ok: [
      {
        source: "# Guide\n\n* **Testing** ([testing.md](sig-testing/testing.md)) and [pinned](https://github.com/kubernetes/community/blob/v1.0/README.md) in [kubernetes/community](https://github.com/kubernetes/community)\n",
        path: path7
      },
      {
        source: "---\ntitle: Guide\n---\n\n* **Testing** ([testing.md](https://github.com/kubernetes/community/blob/main/contributors/devel/sig-testing/testing.md))\n",
        path: path7
      }
    ],
    notOk: [
      {
        source: "# Guide\n\nSee this doc [here](https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md) and [admission](https://git.k8s.io/community/contributors/guide/README.md#setup).\n",
        path: path7,
        findings: [
          "3:14: Unexpected absolute link to this repository, expected the relative `../../sig-storage/volume-plugin-faq.md`",
          "3:111: Unexpected absolute link to this repository, expected the relative `../guide/README.md#setup`"
        ],
        fixed: "# Guide\n\nSee this doc [here](../../sig-storage/volume-plugin-faq.md) and [admission](../guide/README.md#setup).\n"
      },
      {
        source: "---\ntitle: Guide\n---\n\n* **Testing** ([testing.md](sig-testing/testing.md#unit)) and [the guide](/contributors/guide/)\n",
        path: path7,
        findings: [
          "5:16: Unexpected relative link to this repository, expected the absolute `https://github.com/kubernetes/community/blob/main/contributors/devel/sig-testing/testing.md#unit`",
          "5:63: Unexpected root-relative link to this repository, expected the absolute `https://github.com/kubernetes/community/tree/main/contributors/guide/`"
        ],
        fixed: "---\ntitle: Guide\n---\n\n* **Testing** ([testing.md](https://github.com/kubernetes/community/blob/main/contributors/devel/sig-testing/testing.md#unit)) and [the guide](https://github.com/kubernetes/community/tree/main/contributors/guide/)\n"
      }
    ]
  },
  check({ facts, text: text3, tree, role, resolve, settings, options, report }) {
    const form = role.form ?? (tree().children[0]?.type === "yaml" ? "site" : "upstream");
    const current = /* @__PURE__ */ new Set([settings.defaultBranch, ...options.staleBranches]);
    for (const link of facts.links) {
      const target = resolveLink(link.url, resolve);
      if (target.kind !== "repo")
        continue;
      const written = writtenDestination(link, text3);
      if (!written)
        continue;
      const expected = form === "upstream" ? relativeSpelling(link, target, written.raw, role.repoPath, current) : absoluteSpelling(link, target, written.raw, settings.linkBase, settings.siteRef ?? settings.defaultBranch);
      if (expected === null || expected === written.raw)
        continue;
      const reason = form === "upstream" ? `Unexpected absolute link to this repository, expected the relative \`${expected}\`` : `Unexpected ${target.via === "root" ? "root-relative" : "relative"} link to this repository, expected the absolute \`${expected}\``;
      report({ reason, position: link.position, fix: [{ start: written.start, end: written.end, text: expected }] });
    }
  }
});
function relativeSpelling(link, target, raw, repoPath, current) {
  if (target.via === "relative" || target.via === "root")
    return null;
  if (target.ref !== null && !current.has(target.ref))
    return null;
  if (target.via === "github" && target.view === null)
    return null;
  const rawView = target.via === "raw" || target.view === "raw";
  if (target.view === "edit" || rawView && link.kind !== "image")
    return null;
  const { path: rawPath, suffix } = splitSuffix(raw);
  if (target.path === repoPath && suffix.startsWith("#"))
    return suffix;
  const from = posix4.dirname(repoPath);
  const relative = posix4.relative(from === "." ? "" : from, target.path) || ".";
  const slash = rawPath.endsWith("/") ? "/" : "";
  return encodePath(relative) + slash + suffix;
}
function absoluteSpelling(link, target, raw, linkBase, branch) {
  if (target.via !== "relative" && target.via !== "root")
    return null;
  if (linkBase === null)
    return null;
  const { path: rawPath, suffix } = splitSuffix(raw);
  const directory = target.path === "" || rawPath.endsWith("/") || !posix4.basename(target.path).includes(".");
  const view = link.kind === "image" ? "raw" : directory ? "tree" : "blob";
  const slash = rawPath.endsWith("/") && target.path !== "" ? "/" : "";
  const location = `${linkBase.replace(/\/+$/, "")}/${view}/${branch}${target.path === "" ? "" : `/${encodePath(target.path)}`}${slash}`;
  return location + suffix;
}

// ../../packages/lint/dist/rules/spelling-rules.js
var spellingRules = [
  noSpaceInDestination,
  preferHttps,
  defaultBranch,
  normalizedPath,
  githubView,
  sameRepoLinkForm,
  noSiteOnlyPath
];

// ../../packages/lint/dist/rules/guide-sections.js
function sectionItems(guide) {
  const found = [];
  const visit2 = (section) => {
    const group = { section, entries: [], freeItems: [] };
    for (const block of section.blocks) {
      if (block.kind !== "list")
        continue;
      for (const item of block.items) {
        if (item.kind === "entry")
          group.entries.push(item);
        else
          group.freeItems.push({ item, list: block });
      }
    }
    found.push(group);
    section.subsections.forEach(visit2);
  };
  guide.sections.forEach(visit2);
  return found;
}

// ../../packages/lint/dist/rules/entry-shape.js
var path8 = "contributors/devel/README.md";
var entryShape = defineFileRule({
  meta: {
    id: "entry-shape",
    description: "Give every guide entry a bold title, a link and a description, in the layout the rest of its section uses.",
    rationale: "An entry is how the guide points at a document: `* **Title** ([file.md](path)): what it covers`. Without the title the entry cannot be found by name (edits and the entry index key on it), without a link it points nowhere, and without a description readers cannot tell whether to follow it. Prose entries (`* The [REST API documentation](url) explains \u2026`) need only their link. Entries in one section that mix layouts (`([x](y)): text`, `([x](y))` then text, `[x](y)` then text) read as unfinished edits; the layout most entries of the section use is the expected one.",
    scope: "guide",
    defaultSeverity: "warn",
    fixable: false,
    options: external_exports.strictObject({
      consistentLayout: external_exports.boolean().default(true).describe("Report entries whose layout differs from the one most entries of their section use."),
      requireDescription: external_exports.boolean().default(true).describe("Report entries with a title and links but no description.")
    }),
    ok: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Development Guide** ([development.md](development.md)): Setting up your environment.\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* The [REST API documentation](https://kubernetes.io/docs/reference/) explains the API.\n",
        path: path8,
        options: { consistentLayout: false }
      }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Development Guide** ([development.md](development.md)): Setting up your environment.\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Logging** [logging.md](sig-instrumentation/logging.md)\n  klog levels.\n\n* **Profiling** ([profiling.md](sig-scalability/profiling.md)):\n\n* **Flaky tests**: We have a goal of 99.9% flake free tests.\n\n* **Logging Conventions** ([logging.md](logging.md)]: Glog levels.\n",
        path: path8,
        findings: [
          "9:1: Unexpected layout `bare`, expected `paren-colon` as the other entries of this section use",
          "12:1: Unexpected entry `Profiling` without a description, expected a sentence after its links saying what it covers",
          "14:1: Unexpected entry `Flaky tests` without a link, expected a link to the document it describes",
          "16:52: Unexpected `]:` after the links of entry `Logging Conventions`, expected `)` to close them"
        ]
      }
    ]
  },
  check({ tree, text: text3, guide, options, report }) {
    const model = guide();
    if (!model)
      return;
    let items = null;
    const itemAt = (offset) => {
      if (items === null) {
        const found = /* @__PURE__ */ new Map();
        visit(tree(), "listItem", (node) => {
          if (node.position?.start.offset !== void 0)
            found.set(node.position.start.offset, node);
        });
        items = found;
      }
      return offset === void 0 ? void 0 : items.get(offset);
    };
    for (const group of sectionItems(model)) {
      for (const entry of group.entries) {
        if (!entry.position)
          continue;
        if (entry.title !== null && plain(entry.title) === "") {
          report({
            reason: "Unexpected entry with an empty title, expected the document's name in bold, `**Title**`",
            position: entry.position
          });
        } else if (options.requireDescription && entry.layout !== "prose" && plain(entry.description.raw) === "") {
          report({
            reason: `Unexpected entry \`${plain(entry.title ?? "")}\` without a description, expected a sentence after its links saying what it covers`,
            position: entry.position
          });
        }
      }
      for (const { item } of group.freeItems) {
        const node = itemAt(item.position?.start.offset);
        const paragraph = node?.children[0];
        if (!node || !item.position || paragraph?.type !== "paragraph" || paragraph.children[0]?.type !== "strong")
          continue;
        const title = toString(paragraph.children[0]);
        let linked = false;
        visit(node, "link", () => {
          linked = true;
        });
        if (!linked) {
          report({
            reason: `Unexpected entry \`${title}\` without a link, expected a link to the document it describes`,
            position: item.position
          });
          continue;
        }
        const unclosed = unclosedHead(paragraph, text3);
        report({
          reason: `Unexpected ${unclosed?.token ? `\`${unclosed.token}\`` : "text"} after the links of entry \`${title}\`, expected \`)\` to close them`,
          position: unclosed?.position ?? item.position
        });
      }
      if (options.consistentLayout)
        checkLayouts(group.entries, report);
    }
  }
});
var headLinkJoiner = /^\s*(?:,|and|&|or|,\s*and)?\s*$/;
function unclosedHead(paragraph, text3) {
  const children = paragraph.children;
  let index = children.findIndex((child, at) => at > 0 && child.type === "link");
  if (index === -1)
    return null;
  for (; ; ) {
    const joiner = children[index + 1];
    const next = children[index + 2];
    if (joiner?.type !== "text" || next?.type !== "link" || !headLinkJoiner.test(joiner.value))
      break;
    index += 2;
  }
  const end = children[index]?.position?.end;
  const paragraphEnd = paragraph.position?.end.offset;
  if (end?.offset === void 0 || paragraphEnd === void 0)
    return null;
  const match = /^(\s*)(\S{1,12})/.exec(text3.slice(end.offset, paragraphEnd));
  if (!match)
    return null;
  const start = advance(end, text3, end.offset + match[1].length);
  return { token: match[2], position: { start, end: advance(start, text3, start.offset + match[2].length) } };
}
function advance(from, text3, offset) {
  let { line, column } = from;
  for (let cursor = from.offset; cursor < offset; cursor++) {
    if (text3.charCodeAt(cursor) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column, offset };
}
function checkLayouts(entries, report) {
  const placed = entries.filter((entry) => entry.position !== void 0);
  const counts = /* @__PURE__ */ new Map();
  for (const entry of placed) {
    const seen = counts.get(entry.layout);
    if (seen)
      seen.count++;
    else
      counts.set(entry.layout, { count: 1, first: entry });
  }
  if (counts.size < 2)
    return;
  let majority = null;
  for (const [layout, { count, first }] of counts) {
    if (majority === null || count > majority.count)
      majority = { layout, count, first };
  }
  if (!majority)
    return;
  for (const entry of placed) {
    if (entry.layout === majority.layout)
      continue;
    report({
      reason: `Unexpected layout \`${entry.layout}\`, expected \`${majority.layout}\` as the other entries of this section use`,
      position: entry.position,
      cause: {
        path: null,
        position: majority.first.position,
        reason: `First \`${majority.layout}\` entry of the section`
      }
    });
  }
}

// ../../packages/lint/dist/rules/guide-title.js
var import_yaml = __toESM(require_dist(), 1);
var path9 = "contributors/devel/README.md";
var guideTitle = defineFileRule({
  meta: {
    id: "guide-title",
    description: "Give the guide one title: a front matter `title` in site form, one H1 before the first section in upstream form.",
    rationale: "The site renders the front matter `title` as the page heading, so an H1 in a site-form guide shows a second title; GitHub renders the upstream README without front matter, so there the H1 is the only title and belongs before the first `## ` section. A file with front matter is in site form unless the configuration says otherwise. A setext H2 before the title (old banners ended in a `--` line) is prelude, as in the guide model, not a section.",
    scope: "guide",
    defaultSeverity: "error",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [
      { source: "---\ntitle: Developer Guide\n---\n\nIntro.\n\n## Setting up\n\nText.\n", path: path9 },
      { source: "# Developer Guide\n\nIntro.\n\n## Setting up\n\nText.\n", path: path9 },
      {
        source: "<!-- BEGIN MUNGE -->\nThe latest release of this document is elsewhere.\n--\n\n# Developer Guide\n\n## Setting up\n\nText.\n",
        path: path9
      }
    ],
    notOk: [
      {
        source: "---\ntitle: Developer Guide\n---\n\n# Developer Guide\n\n## Setting up\n\nText.\n",
        path: path9,
        findings: ["5:1: Unexpected H1 `Developer Guide` in a site-form guide, expected the title in the front matter"]
      },
      {
        source: "---\nowner: sig-contributor-experience\n---\n\n## Setting up\n\nText.\n",
        path: path9,
        findings: ["1:1: Unexpected front matter without `title`, expected the guide's title as `title: \u2026`"]
      },
      {
        source: "---\nTitle: Developer Guide\n---\n\n## Setting up\n\nText.\n",
        path: path9,
        findings: ["1:1: Unexpected front matter key `Title`, expected `title`"]
      },
      {
        source: "Intro.\n\n## Setting up\n\n# Developer Guide\n",
        path: path9,
        findings: [
          "3:1: Unexpected section `Setting up` before the title, expected an H1 before the first `## ` heading",
          "5:1: Unexpected H1 `Developer Guide` after the first section, expected the title before the first `## ` heading"
        ]
      },
      {
        source: "# Developer Guide\n\n# Contributing\n\n## Setting up\n\nText.\n",
        path: path9,
        findings: ["3:1: Unexpected second title `Contributing`, expected one H1 before the first `## ` heading"]
      }
    ]
  },
  check({ tree, text: text3, facts, role, report }) {
    const first = tree().children[0];
    const front = first?.type === "yaml" ? first : null;
    const form = role.form ?? (front ? "site" : "upstream");
    const h1s = facts.headings.filter((heading) => heading.depth === 1);
    if (form === "site") {
      if (front) {
        const title = frontMatterTitle(front.value);
        if (title === void 0) {
          report({
            reason: "Unexpected front matter that is not a YAML mapping, expected `title: \u2026` between the `---` lines",
            position: front.position
          });
        } else if (title.value === null) {
          report({
            reason: title.misspelt ? `Unexpected front matter key \`${title.misspelt}\`, expected \`title\`` : "Unexpected front matter without `title`, expected the guide's title as `title: \u2026`",
            position: front.position
          });
        }
      } else {
        report({
          reason: "Unexpected site-form guide without front matter, expected `---` / `title: \u2026` / `---` at the top",
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
        });
      }
      for (const h1 of h1s) {
        report({
          reason: `Unexpected H1 \`${oneLine(h1.text)}\` in a site-form guide, expected the title in the front matter`,
          position: h1.position
        });
      }
      return;
    }
    const firstSection = facts.headings.find((heading) => heading.depth === 2 && text3.charAt(heading.position.start.offset ?? -1) === "#");
    const before = (line) => firstSection === void 0 || line < firstSection.position.start.line;
    const titles = h1s.filter((h1) => before(h1.position.start.line));
    if (titles.length === 0) {
      if (firstSection) {
        report({
          reason: `Unexpected section \`${oneLine(firstSection.text)}\` before the title, expected an H1 before the first \`## \` heading`,
          position: firstSection.position
        });
      } else {
        report({
          reason: "Unexpected guide without a title, expected an H1 (`# Title`)",
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
        });
      }
    }
    for (const extra of titles.slice(1)) {
      report({
        reason: `Unexpected second title \`${oneLine(extra.text)}\`, expected one H1 before the first \`## \` heading`,
        position: extra.position
      });
    }
    for (const late of h1s.filter((h1) => !before(h1.position.start.line))) {
      report({
        reason: `Unexpected H1 \`${oneLine(late.text)}\` after the first section, expected the title before the first \`## \` heading`,
        position: late.position
      });
    }
  }
});
function frontMatterTitle(value) {
  let data;
  try {
    data = (0, import_yaml.parse)(value);
  } catch {
    return void 0;
  }
  if (data === null || data === void 0)
    return { value: null, misspelt: null };
  if (typeof data !== "object" || Array.isArray(data))
    return void 0;
  const record = data;
  const title = record["title"];
  const misspelt = Object.keys(record).find((key) => key !== "title" && key.toLowerCase() === "title") ?? null;
  return { value: typeof title === "string" && title.trim() !== "" ? title : null, misspelt };
}
function oneLine(text3) {
  return text3.replace(/\s+/g, " ").trim();
}

// ../../packages/lint/dist/rules/heading-increment.js
var headingIncrement = defineFileRule({
  meta: {
    id: "heading-increment",
    description: "Go at most one heading level deeper than the previous heading.",
    rationale: "Skipping a level (`##` then `####`) leaves a hole in the outline that screen readers, the site's table of contents and the guide model read as structure: the deeper heading has no parent section. Going back up any number of levels is fine.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [{ source: "# Guide\n\n## Setting up\n\n### Tools\n\n## Testing\n" }],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n#### Tools\n\n## Testing\n\n### Unit\n\n##### Fakes\n",
        findings: [
          "5:1: Unexpected heading level 4, expected level 3 at most",
          "11:1: Unexpected heading level 5, expected level 4 at most"
        ]
      }
    ]
  },
  check({ facts, report }) {
    let previous = null;
    for (const heading of facts.headings) {
      if (previous !== null && heading.depth > previous + 1) {
        report({
          reason: `Unexpected heading level ${heading.depth}, expected level ${previous + 1} at most`,
          position: heading.position
        });
      }
      previous = heading.depth;
    }
  }
});

// ../../packages/lint/dist/rules/link-text-names-target.js
import { posix as posix5 } from "node:path";
var path10 = "contributors/devel/README.md";
var fileName = /^[^\s:]+\.(?:md|markdown|mdx|mdown|rst|adoc|asciidoc|txt|ya?ml|json|toml|go|sh|py|proto|html?)$/i;
var hasExtension = /\.[A-Za-z0-9]{1,10}$/;
var linkTextNamesTarget = defineFileRule({
  meta: {
    id: "link-text-names-target",
    description: "Make link text that is a file name name the file the link points to.",
    rationale: "Entries often show the target's file name as the link text (`[testing.md](sig-testing/testing.md)`). When a file is renamed and only the destination is updated, the text keeps the old name and readers search for a file that does not exist (upstream: `[instrumentation.md](sig-instrumentation/metric-instrumentation.md)`). Link text that is a path keeps its directories and gets the new name. The fix rewrites the text when it is plain text or code.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: external_exports.strictObject({}),
    ok: [
      { source: "* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n", path: path10 },
      {
        source: "See [the guide](../guide/README.md) and [k8s.io](https://k8s.io/) and [README.md](/contributors/guide/).\n",
        path: path10
      },
      { source: "Approvers are listed in [Owners.md](../guide/owners.md).\n", path: path10 }
    ],
    notOk: [
      {
        source: "* **Instrumenting Kubernetes with a new metric**\n  ([instrumentation.md](sig-instrumentation/metric-instrumentation.md)): How to add a new metric.\n",
        path: path10,
        findings: [
          "2:4: Unexpected link text `instrumentation.md`, expected `metric-instrumentation.md`, the name of the file it links to"
        ],
        fixed: "* **Instrumenting Kubernetes with a new metric**\n  ([metric-instrumentation.md](sig-instrumentation/metric-instrumentation.md)): How to add a new metric.\n"
      },
      {
        source: "Read [`/contributors/guide/issues-triage.md`](https://github.com/kubernetes/community/blob/master/contributors/guide/issue-triage.md).\n",
        path: path10,
        findings: [
          "1:6: Unexpected link text `/contributors/guide/issues-triage.md`, expected `/contributors/guide/issue-triage.md`, the name of the file it links to"
        ],
        fixed: "Read [`/contributors/guide/issue-triage.md`](https://github.com/kubernetes/community/blob/master/contributors/guide/issue-triage.md).\n"
      }
    ]
  },
  check({ facts, text: text3, resolve, tree, report }) {
    let links;
    for (const link of facts.links) {
      const shown2 = link.text;
      if (link.kind !== "link" || !fileName.test(shown2))
        continue;
      const name = targetName(resolveLink(link.url, resolve));
      if (name === null)
        continue;
      const slash = shown2.lastIndexOf("/");
      if (shown2.slice(slash + 1).toLowerCase() === name.toLowerCase())
        continue;
      const expected = shown2.slice(0, slash + 1) + name;
      links ??= linksByStart(tree());
      const node = links.get(link.position.start.offset);
      const fix = node ? textEdit(node, text3, expected) : null;
      report({
        reason: `Unexpected link text \`${shown2}\`, expected \`${expected}\`, the name of the file it links to`,
        position: link.position,
        ...fix ? { fix: [fix] } : {}
      });
    }
  }
});
function linksByStart(tree) {
  const links = /* @__PURE__ */ new Map();
  visit(tree, "link", (node) => {
    const start = node.position?.start.offset;
    if (start !== void 0)
      links.set(start, node);
  });
  return links;
}
function targetName(target) {
  let last;
  switch (target.kind) {
    case "anchor":
      return null;
    case "repo":
    case "escape":
      last = posix5.basename(target.path);
      break;
    case "external": {
      let pathname;
      try {
        pathname = new URL(target.url).pathname;
      } catch {
        return null;
      }
      if (pathname.endsWith("/"))
        return null;
      last = pathname.slice(pathname.lastIndexOf("/") + 1);
      try {
        last = decodeURIComponent(last);
      } catch {
      }
      break;
    }
  }
  return hasExtension.test(last) && !/\s/.test(last) ? last : null;
}
function textEdit(link, text3, expected) {
  let node = link.children.length === 1 ? link.children[0] : void 0;
  while (node && (node.type === "emphasis" || node.type === "strong" || node.type === "delete")) {
    node = node.children.length === 1 ? node.children[0] : void 0;
  }
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  if (!node || start === void 0 || end === void 0)
    return null;
  if (node.type === "text") {
    if (text3.slice(start, end) !== node.value)
      return null;
    return { start, end, text: expected.replace(/[\\`*[\]<>&]/g, "\\$&") };
  }
  if (node.type === "inlineCode") {
    const raw = text3.slice(start, end);
    if (expected.includes("`") || raw !== `\`${node.value}\``)
      return null;
    return { start, end, text: `\`${expected}\`` };
  }
  return null;
}

// ../../packages/lint/dist/rules/list-marker-consistency.js
var markers = /* @__PURE__ */ new Set(["*", "-", "+"]);
var listMarkerConsistency = defineFileRule({
  meta: {
    id: "list-marker-consistency",
    description: "Use one bullet character (`*`, `-` or `+`) for every unordered list item of a file.",
    rationale: "Markdown starts a new list when the bullet character changes, so `*` items followed by `-` items render as two lists, with a gap between them, even when they read as one. One marker per file keeps lists whole and diffs quiet. The guide uses `*`; `consistent` takes whatever the file's first unordered item uses.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: external_exports.strictObject({
      marker: external_exports.enum(["consistent", "*", "-", "+"]).default("consistent").describe("The bullet to use, or `consistent` for the first one the file uses.")
    }),
    ok: [
      {
        source: "* **Testing** [testing.md](sig-testing/testing.md)\n* **Logging** [logging.md](logging.md)\n  * klog levels\n"
      },
      { source: "- one\n- two\n", options: { marker: "-" } }
    ],
    notOk: [
      {
        source: "* **Testing** [testing.md](sig-testing/testing.md)\n\n- **Logging** [logging.md](logging.md)\n  + klog levels\n",
        findings: [
          "3:1: Unexpected list marker `-`, expected `*` as the first list of this file uses",
          "4:3: Unexpected list marker `+`, expected `*` as the first list of this file uses"
        ],
        fixed: "* **Testing** [testing.md](sig-testing/testing.md)\n\n* **Logging** [logging.md](logging.md)\n  * klog levels\n"
      },
      {
        source: "* one\n* two\n",
        options: { marker: "-" },
        findings: ["1:1: Unexpected list marker `*`, expected `-`", "2:1: Unexpected list marker `*`, expected `-`"],
        fixed: "- one\n- two\n"
      }
    ]
  },
  check({ facts, text: text3, options, report }) {
    let expected = null;
    for (const list2 of facts.lists) {
      if (list2.ordered)
        continue;
      for (const item of list2.items) {
        const offset = item.start.offset;
        if (offset === void 0)
          continue;
        const marker = text3.charAt(offset);
        if (!markers.has(marker))
          continue;
        if (expected === null) {
          expected = options.marker === "consistent" ? { marker, position: item } : { marker: options.marker, position: item };
        }
        if (marker === expected.marker)
          continue;
        const consistent = options.marker === "consistent";
        report({
          reason: `Unexpected list marker \`${marker}\`, expected \`${expected.marker}\`${consistent ? " as the first list of this file uses" : ""}`,
          position: item,
          ...consistent ? { cause: { path: null, position: expected.position, reason: `First \`${expected.marker}\` item here` } } : {},
          fix: [{ start: offset, end: offset + 1, text: expected.marker }]
        });
      }
    }
  }
});

// ../../packages/lint/dist/rules/list-spread-consistency.js
var listSpreadConsistency = defineFileRule({
  meta: {
    id: "list-spread-consistency",
    description: "Separate the items of a list all by blank lines or none by blank lines.",
    rationale: "One blank line between two items makes the whole list loose: every item becomes a paragraph with space around it, so a list that mixes the two renders as if every item were separated. The mix is almost always an edit that did not follow its neighbours. With `within: file`, lists at the same nesting level are also compared with each other, since a tight list among loose ones renders visibly denser.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: false,
    options: external_exports.strictObject({
      within: external_exports.enum(["list", "file"]).default("list").describe("Compare the items of each list (`list`), and also the lists of the file at the same nesting level (`file`).")
    }),
    ok: [
      { source: "* one\n* two\n* three\n\nText.\n\n* four\n\n* five\n" },
      { source: "* one\n\n* two\n\n* three\n\n### Next\n* four\n\n* five\n", options: { within: "file" } }
    ],
    notOk: [
      {
        source: "* one\n\n* two\n* three\n\n* four\n",
        findings: [
          "4:1: Unexpected item right after the previous one, expected a blank line before it as between the other items of this list"
        ]
      },
      {
        source: "* one\n* two\n\n* three\n* four\n",
        findings: [
          "4:1: Unexpected blank line before this item, expected none as between the other items of this list"
        ]
      },
      {
        source: "* one\n\n* two\n\n### Next\n\n* three\n* four\n\n### Last\n\n* five\n\n* six\n",
        options: { within: "file" },
        findings: [
          "7:1: Unexpected tight list, expected blank lines between its items as the other lists of this file have"
        ]
      }
    ]
  },
  check({ facts, options, report }) {
    const byDepth = /* @__PURE__ */ new Map();
    for (const list2 of facts.lists) {
      const spacing = checkList(list2, report);
      if (spacing === null)
        continue;
      const lists = byDepth.get(list2.depth) ?? [];
      lists.push({ spacing, position: list2.position });
      byDepth.set(list2.depth, lists);
    }
    if (options.within !== "file")
      return;
    for (const lists of byDepth.values()) {
      const majority = majorityOf(lists.map((list2) => list2.spacing));
      if (majority === null)
        continue;
      const first = lists.find((list2) => list2.spacing === majority);
      for (const list2 of lists) {
        if (list2.spacing === majority)
          continue;
        report({
          reason: list2.spacing === "tight" ? "Unexpected tight list, expected blank lines between its items as the other lists of this file have" : "Unexpected loose list, expected no blank lines between its items as the other lists of this file have",
          position: list2.position,
          cause: { path: null, position: first.position, reason: `First ${majority} list here` }
        });
      }
    }
  }
});
function checkList(list2, report) {
  const gaps = [];
  for (let index = 1; index < list2.items.length; index++) {
    const previous = list2.items[index - 1];
    const item = list2.items[index];
    gaps.push({ spacing: item.start.line - previous.end.line > 1 ? "loose" : "tight", position: item });
  }
  const majority = majorityOf(gaps.map((gap) => gap.spacing));
  for (const gap of gaps) {
    if (majority === null || gap.spacing === majority)
      continue;
    report({
      reason: gap.spacing === "tight" ? "Unexpected item right after the previous one, expected a blank line before it as between the other items of this list" : "Unexpected blank line before this item, expected none as between the other items of this list",
      position: gap.position
    });
  }
  return majority;
}
function majorityOf(spacings) {
  const first = spacings[0];
  if (first === void 0)
    return null;
  const loose = spacings.filter((spacing) => spacing === "loose").length;
  const tight = spacings.length - loose;
  return loose === tight ? first : loose > tight ? "loose" : "tight";
}

// ../../packages/lint/dist/rules/no-duplicate-entry.js
var path11 = "contributors/devel/README.md";
var noDuplicateEntry = defineFileRule({
  meta: {
    id: "no-duplicate-entry",
    description: "List each entry once per section.",
    rationale: "Entries are known by their bold title (or, for prose entries, the text of their first link); edits and the entry index find them by it. Two entries of the same name in one section are an edit applied twice or a merge gone wrong, and an edit of that name could not tell them apart. The same entry may appear under a main section and again under a SIG subsection.",
    scope: "guide",
    defaultSeverity: "error",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n## SIG Developer Guide Contributions\n\n### SIG Testing\n\n* **Testing** [testing.md](sig-testing/testing.md)\n",
        path: path11
      }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Logging** ([logging.md](logging.md)): klog levels.\n\n* **Testing** ([e2e-tests.md](sig-testing/e2e-tests.md)): End-to-end tests.\n",
        path: path11,
        findings: ["9:1: Unexpected duplicate entry `Testing`, expected each entry once in section `Setting up`"]
      }
    ]
  },
  check({ guide, report }) {
    const model = guide();
    if (!model)
      return;
    for (const { section, entries } of sectionItems(model)) {
      const seen = /* @__PURE__ */ new Map();
      for (const entry of entries) {
        if (!entry.position)
          continue;
        const key = entryKey(entry);
        if (key === "")
          continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, entry);
          continue;
        }
        report({
          reason: `Unexpected duplicate entry \`${key}\`, expected each entry once in section \`${plain(section.heading.text)}\``,
          position: entry.position,
          cause: { path: null, position: first.position, reason: `First entry \`${key}\` here` }
        });
      }
    }
  }
});

// ../../packages/lint/dist/rules/no-duplicate-target.js
var path12 = "contributors/devel/README.md";
var noDuplicateTarget = defineFileRule({
  meta: {
    id: "no-duplicate-target",
    description: "Do not point two entries of one section at the same document.",
    rationale: "Two entries of one section whose first links land on the same file (however the links are spelled: relative, `/root`, absolute GitHub URL) describe one document twice, usually under two titles after a rename. The guide repeats documents across sections on purpose (a main section and a SIG subsection), so only entries of the same section or subsection are compared.",
    scope: "guide",
    defaultSeverity: "warn",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n## SIG Developer Guide Contributions\n\n### SIG Testing\n\n* **Testing guide** [testing.md](sig-testing/testing.md)\n",
        path: path12
      }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Unit tests** ([unit](https://github.com/kubernetes/community/blob/master/contributors/devel/sig-testing/testing.md)): Unit tests.\n",
        path: path12,
        findings: [
          "7:19: Unexpected second entry for `contributors/devel/sig-testing/testing.md`, expected one entry per document in section `Setting up`; see entry `Testing`"
        ]
      }
    ]
  },
  check({ guide, report }) {
    const model = guide();
    if (!model)
      return;
    for (const { section, entries } of sectionItems(model)) {
      const seen = /* @__PURE__ */ new Map();
      for (const entry of entries) {
        const link = headLink(entry);
        if (!link?.position)
          continue;
        const key = targetKey(link.target);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { entry, link });
          continue;
        }
        report({
          reason: `Unexpected second entry for \`${describe(link)}\`, expected one entry per document in section \`${plain(section.heading.text)}\`; see entry \`${entryKey(first.entry)}\``,
          position: link.position,
          cause: {
            path: null,
            position: first.link.position,
            reason: `Entry \`${entryKey(first.entry)}\` links to it here`
          }
        });
      }
    }
  }
});
function headLink(entry) {
  const link = entry.links[0] ?? (entry.title === null ? entry.description.slots[0]?.link : void 0);
  return link?.kind === "link" ? link : void 0;
}
function describe(link) {
  const target = link.target;
  switch (target.kind) {
    case "repo":
      return `${target.path}${target.fragment === null ? "" : `#${target.fragment}`}`;
    case "external":
      return target.url;
    case "escape":
      return target.path;
    case "anchor":
      return `#${target.fragment}`;
  }
}

// ../../packages/lint/dist/rules/no-empty-section.js
var path13 = "contributors/devel/README.md";
var noEmptySection = defineFileRule({
  meta: {
    id: "no-empty-section",
    description: "Give every `## ` and `### ` section of the guide content or subsections.",
    rationale: "An empty section is a heading with nothing under it: usually what is left after its entries moved elsewhere, or a section added and never filled. Readers following the table of contents land on nothing.",
    scope: "guide",
    defaultSeverity: "warn",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [
      {
        source: "# Guide\n\n## SIG Developer Guide Contributions\n\n### SIG Node\n\n* **CRI** [cri.md](sig-node/cri.md)\n",
        path: path13
      }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Building releases\n\n## SIG Developer Guide Contributions\n\n### SIG Node\n\n### SIG CLI\n\n* **Kubectl Conventions** [kubectl-conventions.md](sig-cli/kubectl-conventions.md)\n",
        path: path13,
        findings: [
          "3:1: Unexpected empty section `Building releases`, expected content or subsections under it",
          "7:1: Unexpected empty section `SIG Node`, expected content under it"
        ]
      }
    ]
  },
  check({ guide, report }) {
    const model = guide();
    if (!model)
      return;
    const visit2 = (section) => {
      if (section.blocks.length === 0 && section.subsections.length === 0 && section.position) {
        const what = section.heading.depth === 2 ? "content or subsections" : "content";
        report({
          reason: `Unexpected empty section \`${plain(section.heading.text)}\`, expected ${what} under it`,
          position: section.position
        });
      }
      section.subsections.forEach(visit2);
    };
    model.sections.forEach(visit2);
  }
});

// ../../packages/lint/dist/rules/single-h1.js
var singleH1 = defineFileRule({
  meta: {
    id: "single-h1",
    description: "Use at most one H1 per file.",
    rationale: "The H1 is the document's title: GitHub and the site show it as the page heading and tools take it for the page name. A second H1 splits the page into two documents in outlines and tables of contents; the sections below it belong under `## `.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [{ source: "# Guide\n\n## Setting up\n\n## Testing\n" }],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n# Testing\n",
        findings: ["5:1: Unexpected second H1 `Testing`, expected one H1 per file; use `## Testing` for a section"]
      }
    ]
  },
  check({ facts, report }) {
    const h1s = facts.headings.filter((heading) => heading.depth === 1);
    const first = h1s[0];
    if (!first)
      return;
    for (const extra of h1s.slice(1)) {
      const text3 = extra.text.replace(/\s+/g, " ").trim();
      report({
        reason: `Unexpected second H1 \`${text3}\`, expected one H1 per file; use \`## ${text3}\` for a section`,
        position: extra.position,
        cause: { path: null, position: first.position, reason: "First H1 here" }
      });
    }
  }
});

// ../../packages/lint/dist/rules/structure-rules.js
var structureRules = [
  guideTitle,
  singleH1,
  headingIncrement,
  noEmptySection,
  entryShape,
  noDuplicateEntry,
  noDuplicateTarget,
  linkTextNamesTarget,
  listMarkerConsistency,
  listSpreadConsistency
];

// ../../packages/lint/dist/rules/utf8-text.js
var utf8Text = defineFileRule({
  meta: {
    id: "utf8-text",
    description: "Markdown files must be UTF-8 text.",
    rationale: "GitHub decodes markdown as UTF-8: a byte that is not part of a valid UTF-8 sequence (a file saved as Latin-1 or Windows-1252, say) shows as `\uFFFD`, and a file with NUL bytes is shown as binary, not rendered. The file is still linted as GitHub shows it, so one bad byte does not hide the rest of its findings; `--fix` never rewrites it, since that would replace the byte for good. Save the file as UTF-8.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    options: external_exports.strictObject({}),
    ok: [{ source: "Caf\xE9 \u2014 na\xEFve r\xE9sum\xE9\n" }],
    notOk: [
      {
        source: "# Menu\n\nCaf\xE9 au lait\n",
        encoding: "latin1",
        findings: ["3:4: Unexpected invalid UTF-8 byte `0xe9`, expected UTF-8 text"]
      }
    ]
  },
  check({ facts, report }) {
    const problem = facts.encoding;
    if (!problem)
      return;
    const what = problem.binary ? "binary content (a NUL byte)" : problem.reason.replace(/(0x[0-9a-f]{2})$/, "`$1`");
    report({ reason: `Unexpected ${what}, expected UTF-8 text`, position: problem.position });
  }
});

// ../../packages/lint/dist/rules/index.js
var allRules = [
  noMissingFile,
  noMissingAnchor,
  noUndefinedReference,
  noUnusedDefinition,
  utf8Text,
  maxFileSize,
  maxNesting,
  ...structureRules,
  ...spellingRules,
  ...externalRules
];

export {
  isSuppressed,
  outcomeHash,
  lintFileText,
  limitsOf,
  allRules
};
