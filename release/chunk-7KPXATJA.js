import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  allRules,
  findingOf,
  flatString,
  isSuppressed,
  limitsOf,
  lintFileText,
  outcomeHash
} from "./chunk-X2SBQCSZ.js";
import {
  forgetLinkChecks,
  pinnedQueries
} from "./chunk-IFBKYDCQ.js";
import {
  inspectText,
  loadContent,
  lockView,
  parseYamlWithSchema,
  resolveContextOf,
  writeAtomically
} from "./chunk-D7WFT64B.js";
import {
  GuideError,
  InputError,
  VFile,
  VFileMessage,
  __commonJS,
  __toESM,
  _enum,
  array,
  boolean,
  closest,
  int,
  literal,
  location,
  number,
  object,
  record,
  strictObject,
  string,
  stringifyPosition,
  tuple,
  union,
  unknown
} from "./chunk-X4N2JY57.js";

// ../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// ../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options2 = {}) => {
      const prepend = options2.contains ? "" : "^";
      const append = options2.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// ../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options2) => {
      const opts = options2 || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// ../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options2) => {
      if (typeof options2.expandRange === "function") {
        return options2.expandRange(...args, options2);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var parse = (input, options2) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options2, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options2);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options2) => {
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// ../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options2, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options2, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options2 || {};
      const posix5 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options2) : picomatch3.makeRe(glob2, options2, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options2, { glob: glob2, posix: posix5 });
        const result = { glob: glob2, state, regex, posix: posix5, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options2, { glob: glob2, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options2, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options2) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options2);
      return regex.test(utils.basename(input));
    };
    picomatch3.isMatch = (str, patterns, options2) => picomatch3(patterns, options2)(str);
    picomatch3.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options2));
      return parse(pattern, { ...options2, fastpaths: false });
    };
    picomatch3.scan = (input, options2) => scan(input, options2);
    picomatch3.compileRe = (state, options2, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options2 || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options2);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options2.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options2);
      }
      if (!parsed.output) {
        parsed = parse(input, options2);
      }
      return picomatch3.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options2 && options2.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// ../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "../../node_modules/.pnpm/picomatch@4.0.3/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options2, returnState = false) {
      if (options2 && (options2.windows === null || options2.windows === void 0)) {
        options2 = { ...options2, windows: utils.isWindows() };
      }
      return pico(glob2, options2, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// ../../packages/lint/dist/baseline/fingerprint.js
import { hash } from "node:crypto";
var fingerprintKey = "devguideFindingHash/v2";
var positions = /\b(?:lines?\s+)?\d+(?::\d+)?(?:\s*[-–]\s*\d+(?::\d+)?)?\b/g;
function messageKey(reason) {
  return reason.replace(positions, "#");
}
function linkKey(link) {
  return `[${link.text.replace(/\s+/g, " ").trim()}](${link.url})`;
}
function fingerprintDigest(identity) {
  return hash("sha256", `${identity.ruleId}\0${identity.path}\0${identity.key}\0${identity.occurrence}`).slice(0, 32);
}
function identitiesOf(path2, findings, links) {
  const linkAt = linkFinder(links);
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const offset = finding.position.start.offset;
    const link = offset === void 0 ? void 0 : linkAt(offset);
    const key = flatString(link ? linkKey(link) : messageKey(finding.reason));
    let counts2 = seen.get(finding.ruleId);
    if (!counts2)
      seen.set(finding.ruleId, counts2 = /* @__PURE__ */ new Map());
    const occurrence = (counts2.get(key) ?? 0) + 1;
    counts2.set(key, occurrence);
    return { ruleId: finding.ruleId, path: path2, key, occurrence };
  });
}
function linkFinder(links) {
  let next = 0;
  let last = -1;
  let map = null;
  const asMap = () => {
    map = /* @__PURE__ */ new Map();
    for (const link of links) {
      const offset = link.position.start.offset;
      if (offset !== void 0 && !map.has(offset))
        map.set(offset, link);
    }
    return map;
  };
  for (let index = 1; index < links.length; index++) {
    const before = links[index - 1].position.start.offset;
    const offset = links[index].position.start.offset;
    if (before === void 0 || offset === void 0 || offset < before)
      return (offset2) => (map ?? asMap()).get(offset2);
  }
  return (offset) => {
    if (map)
      return map.get(offset);
    if (offset < last)
      return asMap().get(offset);
    last = offset;
    while (next < links.length && links[next].position.start.offset < offset)
      next++;
    return next < links.length && links[next].position.start.offset === offset ? links[next] : void 0;
  };
}
function identityOfMessage(message) {
  const identity = message.identity;
  if (typeof identity !== "object" || identity === null)
    return void 0;
  return identity;
}

// ../../packages/lint/dist/baseline/baseline.js
var baselineSchema = strictObject({
  version: literal(1).describe("The format version of this file."),
  findings: array(strictObject({
    ruleId: string().min(1).describe("The rule that reported the finding."),
    path: string().min(1).describe("The file, relative to the lint root, `/`-separated."),
    key: string().describe("What the finding is about: the link as `[text](destination)`, or for a finding on no link its message with positions taken out."),
    occurrence: int().min(1).describe("Which of the findings with the same rule and key in the file (1-based)."),
    fingerprint: string().regex(/^[0-9a-f]{32}$/).describe("The digest SARIF's `partialFingerprints` carries.")
  })).describe("Sorted by path, rule, key and occurrence.")
}).describe("devguide lint baseline: findings that are known and not reported as new (`--baseline`).");
function compareEntries(a, b) {
  return compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.key, b.key) || a.occurrence - b.occurrence;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function entryOf(identity) {
  const { ruleId, path: path2, key, occurrence } = identity;
  return { ruleId, path: path2, key, occurrence, fingerprint: fingerprintDigest(identity) };
}
function baselineOf(files) {
  const findings = [];
  for (const file of files)
    for (const message of file.messages) {
      const identity = identityOfMessage(message);
      if (identity)
        findings.push(entryOf(identity));
    }
  return { version: 1, findings: findings.sort(compareEntries) };
}
function renderBaseline(baseline) {
  const sorted = { version: baseline.version, findings: [...baseline.findings].sort(compareEntries) };
  return `${JSON.stringify(sorted, null, 2)}
`;
}
function parseBaseline(text, name) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`Unexpected text in baseline \`${name}\` (${error.message}), expected JSON`, "write it again with `devguide lint --write-baseline <file>`");
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`Unexpected baseline \`${name}\` at \`${issue.path.join(".") || "(top)"}\`: ${issue.message}, expected the shape of docs/schema/devguide-baseline.schema.json`, "write it again with `devguide lint --write-baseline <file>`");
  }
  return parsed.data;
}
function matchBaseline(files, baseline, moves) {
  const current = /* @__PURE__ */ new Set();
  for (const file of files)
    for (const message of file.messages) {
      const identity = identityOfMessage(message);
      if (identity)
        current.add(identity.path);
    }
  let moved = typeof moves === "function" ? null : moves;
  const known = /* @__PURE__ */ new Map();
  for (const entry of baseline.findings) {
    const movedTo = current.has(entry.path) ? void 0 : (moved ??= moves()).get(entry.path);
    known.set(identityKey(movedTo ? { ...entry, path: movedTo } : entry), entry);
  }
  const states = /* @__PURE__ */ new Map();
  for (const file of files)
    for (const message of file.messages) {
      const identity = identityOfMessage(message);
      if (identity)
        states.set(message, known.delete(identityKey(identity)) ? "unchanged" : "new");
    }
  return { states, absent: [...known.values()] };
}
function identityKey(identity) {
  return JSON.stringify([identity.ruleId, identity.path, identity.key, identity.occurrence]);
}
function baselineStateOf(message) {
  const state = message.baselineState;
  return state === "new" || state === "unchanged" ? state : void 0;
}

// ../../packages/lint/dist/reporters/paths.js
import { isAbsolute, relative, resolve, sep } from "node:path";
function absolutePath(path2, cwd) {
  return isAbsolute(path2) ? path2 : resolve(cwd, path2);
}
function displayPath(path2, cwd) {
  if (sep === "/" && cwd.startsWith("/") && path2.length > cwd.length + 1 && path2.startsWith(cwd) && path2[cwd.length] === "/") {
    const rest = path2.slice(cwd.length + 1);
    if (!cwd.endsWith("/") && !notNormal.test(rest))
      return rest;
  }
  const rel = relative(cwd, absolutePath(path2, cwd));
  return (rel === "" ? "." : rel).split(sep).join("/");
}
var notNormal = /^\/|(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/;
function isOutside(displayed) {
  return displayed === ".." || displayed.startsWith("../") || isAbsolute(displayed);
}

// ../../packages/lint/dist/reporters/findings.js
var unknownPath = "<unknown>";
function severityOf(message) {
  if (message.fatal === true)
    return "error";
  if (message.fatal === false)
    return "warning";
  return "info";
}
function isFixable(message) {
  const fix2 = message.fix;
  return Array.isArray(fix2) && fix2.length > 0;
}
function spotOf(value) {
  if (typeof value !== "object" || value === null)
    return void 0;
  const { line, column } = value;
  if (typeof line !== "number" || !Number.isInteger(line) || line < 1)
    return void 0;
  return { line, column: typeof column === "number" && Number.isInteger(column) && column >= 1 ? column : 1 };
}
function spanOf(place, line, column) {
  if (typeof place === "object" && place !== null && "start" in place) {
    const start2 = spotOf(place.start);
    return { start: start2, end: start2 && "end" in place ? spotOf(place.end) : void 0 };
  }
  const start = spotOf(place) ?? spotOf({ line, column });
  return { start, end: void 0 };
}
function placesUnder(cwd) {
  const known = /* @__PURE__ */ new Map();
  return (path2) => {
    let place = known.get(path2);
    if (!place) {
      const absolute = path2 === unknownPath ? path2 : absolutePath(path2, cwd);
      known.set(path2, place = { path: path2 === unknownPath ? path2 : displayPath(absolute, cwd), absolute });
    }
    return place;
  };
}
function relatedOf(cause, filePath, placeOf) {
  if (typeof cause !== "object" || cause === null)
    return void 0;
  const { reason, file, place, line, column } = cause;
  if (typeof reason !== "string")
    return void 0;
  const related = placeOf(typeof file === "string" && file !== "" ? file : filePath);
  return {
    path: related.path,
    absolute: related.absolute,
    start: spanOf(place, typeof line === "number" ? line : void 0, typeof column === "number" ? column : void 0).start,
    reason
  };
}
function findingOf2(message, filePath, cwd, placeOf = placesUnder(cwd)) {
  const { start, end } = spanOf(message.place, message.line, message.column);
  return {
    severity: severityOf(message),
    ruleId: message.ruleId ?? void 0,
    reason: message.reason,
    url: message.url ?? void 0,
    fixable: isFixable(message),
    start,
    end,
    cause: relatedOf(message.cause, filePath, placeOf)
  };
}
function byPlace(a, b) {
  return (a.start?.line ?? 0) - (b.start?.line ?? 0) || (a.start?.column ?? 0) - (b.start?.column ?? 0);
}
function placeOrder(messages) {
  const lines = new Int32Array(messages.length);
  const columns = new Int32Array(messages.length);
  for (let at = 0; at < messages.length; at++) {
    const message = messages[at];
    const { start } = spanOf(message.place, message.line, message.column);
    lines[at] = start?.line ?? 0;
    columns[at] = start?.column ?? 0;
  }
  const order = new Uint32Array(messages.length).map((_, at) => at);
  return order.sort((a, b) => lines[a] - lines[b] || columns[a] - columns[b] || a - b);
}
function placedMessages(file, placeOf) {
  const { path: path2, absolute } = placeOf(file.path || unknownPath);
  return { path: path2, absolute, messages: file.messages, order: placeOrder(file.messages) };
}
function* inPlaceOrder(placed) {
  for (const at of placed.order)
    yield placed.messages[at];
}
function* countedOf(messages) {
  for (const message of messages)
    yield { severity: severityOf(message), fixable: isFixable(message) };
}
function collectFindings(files, cwd) {
  return collectMessages(files, cwd).map(({ path: path2, absolute, findings }) => ({
    path: path2,
    absolute,
    findings: findings.map((pair) => pair.finding)
  }));
}
function collectMessages(files, cwd) {
  const placeOf = placesUnder(cwd);
  return files.map((file) => {
    const { path: path2, absolute } = placeOf(file.path || unknownPath);
    return {
      path: path2,
      absolute,
      text: String(file.value ?? ""),
      // Array#sort is stable, so messages at the same place keep their order.
      findings: file.messages.map((message) => ({ finding: findingOf2(message, absolute, cwd, placeOf), message })).sort((a, b) => byPlace(a.finding, b.finding))
    };
  });
}
function countFindings(findings) {
  const counts2 = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fixableInfos: 0 };
  for (const finding of findings) {
    if (finding.severity === "error") {
      counts2.errors++;
      if (finding.fixable)
        counts2.fixableErrors++;
    } else if (finding.severity === "warning") {
      counts2.warnings++;
      if (finding.fixable)
        counts2.fixableWarnings++;
    } else {
      counts2.infos++;
      if (finding.fixable)
        counts2.fixableInfos++;
    }
  }
  return counts2;
}

// ../../packages/lint/dist/reporters/report-model.js
var baselineStatus = (_path, _finding, message) => baselineStateOf(message);
var suggestionPattern = /; did you mean `([^`]*)`/;
function topDirectory(path2) {
  const slash = path2.indexOf("/");
  return slash === -1 ? { key: ".", label: "(root)" } : { key: path2.slice(0, slash + 1), label: path2.slice(0, slash + 1) };
}
function githubLine(repository, ref, path2, line) {
  return `https://github.com/${repository}/blob/${encodeSegments(ref)}/${encodeSegments(path2)}${line ? `#L${line}` : ""}`;
}
function encodeSegments(path2) {
  return /^[\w.~/-]*$/.test(path2) ? path2 : path2.split("/").map(encodeURIComponent).join("/");
}
function fixText(message, file) {
  const fix2 = message.fix;
  if (!Array.isArray(fix2) || fix2.length === 0)
    return null;
  const text = String(file.value ?? "");
  const edits = fix2.filter((edit) => typeof edit === "object" && edit !== null && typeof edit.start === "number" && typeof edit.end === "number" && typeof edit.text === "string");
  if (edits.length === 0)
    return null;
  const replaced = (edit) => {
    const carried = edit.replaced;
    return typeof carried === "string" ? carried : text.slice(edit.start, edit.end);
  };
  return edits.map((edit) => `${replaced(edit)} \u2192 ${edit.text}`).join("; ");
}
var zero = () => ({ error: 0, warning: 0, info: 0 });
var lineOf = (item) => item.finding.start?.line ?? 0;
function buildReport(files, options2, details = true) {
  const root = options2.root ?? options2.cwd;
  const groupOf = options2.groupOf ?? topDirectory;
  const entries = [];
  const fileLinks = /* @__PURE__ */ new Map();
  let fileCount = 0;
  for (const file of files) {
    fileCount++;
    if (file.messages.length === 0)
      continue;
    const path2 = displayPath(absolutePath(file.path || "<unknown>", options2.cwd), root);
    const group = groupOf(path2);
    const fileLink = options2.repository ? githubLine(options2.repository, options2.ref ?? "HEAD", path2, void 0) : null;
    fileLinks.set(path2, fileLink);
    const findings = file.messages.map((message) => ({
      message,
      finding: {
        severity: severityOf(message),
        ruleId: message.ruleId ?? void 0,
        reason: message.reason,
        start: spanOf(message.place, message.line, message.column).start
      }
    }));
    if (findings.some((item, at) => at > 0 && lineOf(item) < lineOf(findings[at - 1])))
      findings.sort((a, b) => lineOf(a) - lineOf(b));
    for (const { message, finding } of findings) {
      entries.push({
        path: path2,
        finding,
        group,
        status: options2.statusOf?.(path2, finding, message),
        suggestion: details && finding.reason.includes("; did you mean `") ? suggestionPattern.exec(finding.reason)?.[1] ?? null : null,
        fix: details ? fixText(message, file) : null,
        link: details && fileLink && finding.start ? `${fileLink}#L${finding.start.line}` : details ? fileLink : null
      });
    }
  }
  const groups = /* @__PURE__ */ new Map();
  const rules = /* @__PURE__ */ new Map();
  const ruleOf = (ruleId) => {
    let rule = rules.get(ruleId);
    if (!rule)
      rules.set(ruleId, rule = { ruleId, counts: zero(), fresh: 0, fixed: 0 });
    return rule;
  };
  const counts2 = zero();
  let fresh = 0;
  let unchanged = 0;
  for (const entry of entries) {
    let group = groups.get(entry.group.key);
    if (!group)
      groups.set(entry.group.key, group = { ...entry.group, entries: [], counts: zero(), fresh: 0, fixed: 0, files: [] });
    group.entries.push(entry);
    group.counts[entry.finding.severity]++;
    const rule = ruleOf(entry.finding.ruleId ?? "(none)");
    rule.counts[entry.finding.severity]++;
    counts2[entry.finding.severity]++;
    if (entry.status === "new") {
      rule.fresh++;
      group.fresh++;
      fresh++;
    } else if (entry.status === "unchanged")
      unchanged++;
  }
  const fixed = (options2.absent ?? []).map((entry) => {
    const group = groupOf(entry.path);
    ruleOf(entry.ruleId).fixed++;
    const existing = groups.get(group.key);
    if (existing)
      existing.fixed++;
    return { path: entry.path, ruleId: entry.ruleId, key: entry.key, group };
  }).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  for (const group of groups.values()) {
    const byFile = /* @__PURE__ */ new Map();
    for (const entry of group.entries) {
      let file = byFile.get(entry.path);
      if (!file)
        byFile.set(entry.path, file = {
          path: entry.path,
          count: 0,
          errors: 0,
          link: fileLinks.get(entry.path) ?? null
        });
      file.count++;
      if (entry.finding.severity === "error")
        file.errors++;
    }
    group.files = [...byFile.values()].sort((a, b) => b.count - a.count || a.path.localeCompare(b.path));
  }
  const total2 = (c) => c.error + c.warning + c.info;
  return {
    entries,
    groups: [...groups.values()].sort((a, b) => b.entries.length - a.entries.length || a.key.localeCompare(b.key)),
    byRule: [...rules.values()].sort((a, b) => total2(b.counts) - total2(a.counts) || a.ruleId.localeCompare(b.ruleId)),
    counts: counts2,
    files: fileCount,
    withStatus: options2.absent !== void 0 || entries.some((entry) => entry.status !== void 0),
    fresh,
    unchanged,
    fixed
  };
}

// ../../packages/lint/dist/baseline/baseline-plan.js
var formatsWithStates = /* @__PURE__ */ new Set(["sarif", "markdown", "html"]);
function planBaseline(files, request, moves) {
  const writes = [];
  if (request.write !== void 0) {
    const written = baselineOf(files);
    writes.push({ path: request.write, content: renderBaseline(written), findings: written.findings.length });
  }
  const withStates = formatsWithStates.has(request.format);
  if (!request.compare)
    return { states: null, fresh: 0, unchanged: 0, absent: [], writes, withStates };
  const { states, absent } = matchBaseline(files, request.compare.baseline, moves);
  let fresh = 0;
  const kept = [];
  for (const [message, state] of states) {
    if (state === "new")
      fresh++;
    else
      kept.push(entryOf(identityOfMessage(message)));
  }
  if (request.compare.prune && absent.length > 0) {
    const pruned = renderBaseline({ version: 1, findings: kept });
    writes.push({ path: request.compare.path, content: pruned, findings: kept.length });
  }
  return { states, fresh, unchanged: states.size - fresh, absent, writes, withStates };
}
async function applyBaseline(files, plan) {
  await writeAtomically(plan.writes.map(({ path: path2, content }) => ({ path: path2, content })));
  const states = plan.states;
  if (!states)
    return { report: {}, counted: () => true };
  for (const [message, state] of states)
    Object.assign(message, { baselineState: state });
  if (!plan.withStates)
    for (const file of files)
      file.messages = file.messages.filter((message) => states.get(message) === "new");
  return {
    report: { absent: plan.absent, statusOf: baselineStatus },
    counted: (message) => states.get(message) === "new"
  };
}

// ../../packages/lint/dist/engine/apply-edits.js
function applyEdits(text, groups) {
  const taken = takenEdits(groups).flat();
  let out = "";
  let cursor = 0;
  for (const edit of taken.sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}
function takenEdits(groups) {
  const taken = [];
  const groupsTaken = [];
  const firstAtOrAfter = (start, past = false) => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const middle = low + high >> 1;
      const other = taken[middle].start;
      if (other < start || past && other === start)
        low = middle + 1;
      else
        high = middle;
    }
    return low;
  };
  const overlaps = (edit) => {
    const index = firstAtOrAfter(edit.start);
    const before = taken[index - 1];
    if (before && edit.start < before.end)
      return true;
    for (let next = index; next < taken.length && taken[next].start <= edit.end; next++) {
      const other = taken[next];
      if (edit.start < other.end && other.start < edit.end)
        return true;
      if (edit.start === edit.end && edit.start === other.start)
        return true;
    }
    return false;
  };
  for (const group of [...groups].sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0))) {
    if (group.some(overlaps))
      continue;
    for (const edit of group)
      taken.splice(firstAtOrAfter(edit.start, true), 0, edit);
    groupsTaken.push(group);
  }
  return groupsTaken;
}

// ../../packages/lint/dist/engine/lint-config.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve as resolve2 } from "node:path";
var configFileName = ".devguide-lint.yaml";
var severity = _enum(["off", "warn", "error"]);
var lintConfigSchema = strictObject({
  root: string().default(".").describe("Where repository paths start (relative to this file)."),
  repository: string().regex(/^[\w.-]+\/[\w.-]+$/, "`owner/name`").optional().describe("The GitHub repository of the tree: its absolute URLs are checked as local paths."),
  defaultBranch: string().min(1).default("main").describe("The repository's default branch."),
  shortlinks: record(string(), string()).default({ "git.k8s.io": "kubernetes" }).describe("Hosts that redirect `/<repo>/<path>` into that GitHub organisation."),
  treeListing: string().optional().describe("A `git ls-tree -r -t --long` listing of the whole tree, for partial checkouts."),
  include: array(string()).default(["**/*.{md,markdown}"]).describe("Globs of files to lint, relative to the root (matched in any case, as GitHub does)."),
  exclude: array(string()).default([]).describe("Globs to leave out (`node_modules` and `.git` always are)."),
  content: string().optional().describe("A devguide content directory: its README and upstream copy are linted as the guide, against its lock."),
  guides: array(string()).default([]).describe("Repository paths of guide files in this tree (upstream form)."),
  httpsHosts: array(string()).default([]).describe("Hosts known to serve https (for `prefer-https`)."),
  site: strictObject({ origin: string(), paths: array(string()) }).optional().describe("Root-relative paths served by the site rather than the repository."),
  renames: record(string(), string()).default({}).describe("Known moves, old repository path to new, used in suggestions."),
  rules: record(string(), union([severity, tuple([severity]), tuple([severity, unknown()])])).default({}).describe("Per rule: `off`, `warn`, `error`, or `[severity, options]`."),
  external: strictObject({
    exclude: array(string().refine(isRegExp, "a JavaScript regular expression")).default([]).describe("Regular expressions of URLs `--external` does not check."),
    headers: record(string(), record(string(), string())).default({}).describe("Per host (`host` or `host:port`): headers sent to that origin only, never across a redirect; a value `$NAME` is read from the environment."),
    concurrency: number().int().positive().default(64).describe("Requests in flight at once."),
    perHost: number().int().positive().default(8).describe("Requests in flight at once to one host."),
    minInterval: number().int().nonnegative().default(0).describe("Least milliseconds between two requests to one host."),
    timeout: number().int().positive().default(15e3).describe("Milliseconds to connect, to wait for headers, and between two chunks of a body."),
    cache: string().default(".devguide-cache/links.v1.json").describe("The link cache file (relative to this file); CI may keep it between runs.")
  }).prefault({}).describe("External link checking (`devguide lint --external`).")
});
function isRegExp(pattern) {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
function findConfigFile(cwd) {
  for (let dir = resolve2(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate))
      return candidate;
    if (existsSync(join(dir, ".git")) || dirname(dir) === dir)
      return null;
  }
}
function loadLintConfig(file, display, cwd, registry) {
  const text = file ? readFileSync(file, "utf8") : "{}";
  const shown2 = display ?? configFileName;
  const { value: config, positionOf } = parseYamlWithSchema(text, shown2, lintConfigSchema, "see the lint configuration reference");
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) {
      const at = positionOf(["rules", id], true);
      const suggestion = closest(id, byId.keys());
      throw new GuideError(`Unexpected rule \`${id}\`, expected a devguide rule${suggestion ? `; did you mean \`${suggestion}\`` : ""}`, shown2, at.line, at.column, "run `devguide lint --list-rules`");
    }
  }
  const rules = [];
  for (const rule of registry) {
    const setting = config.rules[rule.meta.id];
    const level = setting === void 0 ? rule.meta.defaultSeverity : typeof setting === "string" ? setting : setting[0];
    if (level === "off")
      continue;
    const rawOptions = Array.isArray(setting) && setting.length > 1 ? setting[1] : {};
    const parsed = rule.meta.options.safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const at = positionOf(["rules", rule.meta.id, 1]);
      const issue = parsed.error.issues[0];
      throw new GuideError(`Unexpected options for \`${rule.meta.id}\`${issue.path.length ? ` at \`${issue.path.join(".")}\`` : ""}: ${issue.message}`, shown2, at.line, at.column, `see docs/rules/${rule.meta.id}.md`);
    }
    rules.push({ rule, severity: level, options: parsed.data });
  }
  return { config, file, base: file ? dirname(file) : cwd, rules };
}

// ../../packages/lint/dist/engine/runtime-flags.js
import { setFlagsFromString } from "node:v8";
var budget = "--interrupt-budget=1200000";
var measuredOn = /^11\./;
function lintRuntimeFlags() {
  return measuredOn.test(process.versions.v8) ? [budget] : [];
}
function tuneLintRuntime() {
  for (const flag of lintRuntimeFlags())
    setFlagsFromString(flag);
}

// ../../packages/lint/dist/engine/ref-trees.js
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
var RefTrees = class {
  gitDir;
  remember;
  #answers = /* @__PURE__ */ new Map();
  #renames = null;
  constructor(gitDir, remember) {
    this.gitDir = gitDir;
    this.remember = remember;
  }
  /**
   * Moves in the repository's history, read on first use (only a missing file asks). Reading them
   * takes `git log` over the whole history (0.4 s on kubernetes/community), so they are kept by
   * HEAD's commit: the history behind a commit never changes.
   */
  get renames() {
    if (this.#renames)
      return this.#renames;
    const gitDir = this.gitDir;
    if (!gitDir)
      return this.#renames = /* @__PURE__ */ new Map();
    const head = this.remember ? headCommit(gitDir) : null;
    this.#renames = head && this.remember ? this.remember("renames-from-history", head, () => renamesFromHistory(gitDir)) : renamesFromHistory(gitDir);
    return this.#renames;
  }
  /**
   * Asks git about every query. A ref may hold `/` (`release/1.2`) that the URL cannot tell from the
   * path: each split is asked, and the longest ref that names a commit wins.
   */
  prepare(queries) {
    if (!this.gitDir)
      return;
    const lines = /* @__PURE__ */ new Set();
    for (const query of queries) {
      for (const split of splits(query)) {
        lines.add(`${split.ref}^{commit}`);
        lines.add(`${split.ref}:${split.path}`);
      }
    }
    const asked = [...lines].filter((line) => !this.#answers.has(line) && !line.includes("\n"));
    if (asked.length === 0)
      return;
    const result = spawnSync("git", ["--git-dir", this.gitDir, "cat-file", "--batch-check=%(objecttype)"], {
      input: asked.join("\n") + "\n",
      encoding: "utf8",
      maxBuffer: 1 << 28
    });
    const answers = result.status === 0 ? result.stdout.split("\n") : [];
    asked.forEach((line, at) => {
      const answer = answers[at] ?? "";
      this.#answers.set(line, /^(blob|tree|commit|tag)$/.test(answer) ? answer : "missing");
    });
  }
  /** What `path` is at `ref`: `unknown` when the repository does not have the commit. */
  kind(query) {
    for (const split of splits(query).reverse()) {
      if (this.#answers.get(`${split.ref}^{commit}`) !== "commit")
        continue;
      const answer = this.#answers.get(`${split.ref}:${split.path}`);
      const kind = answer === "blob" ? "file" : answer === "tree" ? "dir" : answer === "commit" ? "dir" : "missing";
      return { kind, ...split };
    }
    return { kind: "unknown", ...query };
  }
};
function splits(query) {
  const segments = query.path === "" ? [] : query.path.split("/");
  const found = [query];
  for (let moved = 1; moved < Math.min(segments.length, 4); moved++)
    found.push({ ref: `${query.ref}/${segments.slice(0, moved).join("/")}`, path: segments.slice(moved).join("/") });
  return found;
}
function gitDirOf(root) {
  const result = spawnSync("git", ["-C", root, "rev-parse", "--absolute-git-dir", "--show-toplevel"], {
    encoding: "utf8"
  });
  if (result.status !== 0)
    return null;
  const [gitDir, top] = result.stdout.trim().split("\n");
  if (!gitDir || !top || realpathOr(top) !== realpathOr(root))
    return null;
  return gitDir;
}
function realpathOr(path2) {
  try {
    return realpathSync(path2);
  } catch {
    return path2;
  }
}
function headCommit(gitDir) {
  const result = spawnSync("git", ["--git-dir", gitDir, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
    encoding: "utf8"
  });
  const sha = result.status === 0 ? result.stdout.trim() : "";
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}
function renamesFromHistory(gitDir) {
  const result = spawnSync("git", ["--git-dir", gitDir, "log", "--diff-filter=R", "-M", "--name-status", "--format=", "-z", "HEAD"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const renames = /* @__PURE__ */ new Map();
  if (result.status !== 0)
    return renames;
  const fields = result.stdout.split("\0");
  for (let at = 0; at + 2 < fields.length; ) {
    const status = fields[at].trim();
    if (!status.startsWith("R")) {
      at++;
      continue;
    }
    const from = fields[at + 1];
    const to = fields[at + 2];
    if (!renames.has(from))
      renames.set(from, renames.get(to) ?? to);
    at += 3;
  }
  return renames;
}
function movesOf(root) {
  return new RefTrees(gitDirOf(root)).renames;
}

// ../../packages/lint/dist/engine/cache.js
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";
import { deserialize, serialize } from "node:v8";
var formatVersion = 3;
var LintCache = class _LintCache {
  location;
  #data;
  #dirty = false;
  constructor(location2, key, data) {
    this.location = location2;
    this.#data = data && data.version === formatVersion && data.key === key ? data : { version: formatVersion, key, entries: /* @__PURE__ */ new Map() };
  }
  static async open(location2, key) {
    let data = null;
    let warning = null;
    try {
      data = deserialize(await readFile(location2));
      if (!(data?.entries instanceof Map))
        throw new Error("not a cache file");
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR")
        warning = `ignoring unreadable cache ${location2} (${error.message}); it will be rebuilt`;
      data = null;
    }
    return { cache: new _LintCache(location2, key, data), warning };
  }
  /**
   * The outcome stored for this path, content hash and role; with `factsOnly`, also one stored
   * from a read for facts only.
   */
  get(path2, hash3, role, factsOnly = false) {
    const entry = this.#data.entries.get(path2);
    if (!entry || entry.hash !== hash3 || entry.role !== role || entry.factsOnly && !factsOnly)
      return null;
    entry.outcome ??= decode(entry.bytes, hash3);
    if (!entry.outcome) {
      this.#data.entries.delete(path2);
      this.#dirty = true;
      return null;
    }
    return entry.outcome;
  }
  /** The files the cache holds for their facts only: those the run that wrote it read for their anchors. */
  factsOnlyPaths() {
    const paths = /* @__PURE__ */ new Set();
    for (const [path2, entry] of this.#data.entries)
      if (entry.factsOnly)
        paths.add(path2);
    return paths;
  }
  /**
   * Stores a file's outcome; `factsOnly` for one read for its facts only, which does not replace
   * a whole outcome of the same content (a shard that lints a file and one that reads it for its
   * anchors may restore the same cache).
   */
  set(path2, role, outcome, factsOnly = false) {
    const entry = this.#data.entries.get(path2);
    if (factsOnly && entry && !entry.factsOnly && entry.hash === outcome.hash && entry.role === role)
      return;
    this.#data.entries.set(path2, { role, hash: outcome.hash, outcome, ...factsOnly ? { factsOnly } : {} });
    this.#dirty = true;
  }
  /**
   * The value derived under `name` from inputs whose content hash is `hash`: the stored one when the
   * hash matches, else `derive()`'s, stored for the next run (one value per name, so a changed input
   * replaces it). The value must survive `v8.serialize` (plain data, maps, sets, regular expressions).
   */
  derived(name, hash3, derive) {
    const derived = this.#data.derived ??= /* @__PURE__ */ new Map();
    const entry = derived.get(name);
    if (entry && entry.hash === hash3)
      return entry.value;
    const value = derive();
    derived.set(name, { hash: hash3, value });
    this.#dirty = true;
    return value;
  }
  /**
   * Drops entries for files no longer linted, then writes atomically when anything changed.
   * A location that cannot be written (a read-only checkout, a directory in the way) turns the
   * cache off with a warning: the lint's result stands without it.
   */
  async save(keep) {
    for (const path2 of this.#data.entries.keys()) {
      if (!keep.has(path2)) {
        this.#data.entries.delete(path2);
        this.#dirty = true;
      }
    }
    if (!this.#dirty)
      return null;
    const temp = `${this.location}.${process.pid}.tmp`;
    try {
      await mkdir(dirname2(this.location), { recursive: true });
      const entries = /* @__PURE__ */ new Map();
      for (const [path2, entry] of this.#data.entries) {
        entry.bytes ??= serialize(entry.outcome);
        const { role, hash: hash3, bytes, factsOnly } = entry;
        entries.set(path2, { role, hash: hash3, bytes, ...factsOnly ? { factsOnly } : {} });
      }
      await writeFile(temp, serialize({ ...this.#data, entries }));
      await rename(temp, this.location);
      return null;
    } catch (error) {
      await rm(temp, { force: true }).catch(() => void 0);
      const code = error.code;
      if (!code || !unwritable.has(code))
        throw error;
      return `cache off: cannot write ${this.location} (${unwritable.get(code)}); the lint ran without it (\`--no-cache\` or \`--cache-location <file>\` to choose)`;
    }
  }
};
function decode(bytes, hash3) {
  try {
    const outcome = deserialize(bytes);
    return outcome?.hash === hash3 ? outcome : void 0;
  } catch {
    return void 0;
  }
}
var SharedCaches = class {
  #open = /* @__PURE__ */ new Map();
  #made = /* @__PURE__ */ new Map();
  warnings = [];
  /*
   * The runs sharing these caches (and their caller) read the same files, written before the first
   * run (the hook's snapshot): their configuration and content are read and validated once.
   */
  #once(key, make) {
    const id = JSON.stringify(key);
    if (!this.#made.has(id))
      this.#made.set(id, make());
    return this.#made.get(id);
  }
  /** `loadLintConfig`, once per file, display name, directory and rules. */
  lintConfig(file, display, cwd, rules) {
    const ids = rules.map((rule) => rule.meta.id);
    return this.#once(["lint-config", file, display ?? configFileName, cwd, ids], () => loadLintConfig(file, display, cwd, rules));
  }
  /** `loadContent`, once per directory and working directory. */
  content(dir, cwd) {
    return this.#once(["content", dir, cwd], () => loadContent(dir, cwd));
  }
  open(location2, key) {
    const id = `${key} ${location2}`;
    let opened = this.#open.get(id);
    if (!opened) {
      opened = LintCache.open(location2, key).then(({ cache, warning }) => {
        if (warning)
          this.warnings.push(warning);
        return cache;
      });
      this.#open.set(id, opened);
    }
    return opened;
  }
};
var unwritable = /* @__PURE__ */ new Map([
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  ["EROFS", "read-only file system"],
  ["EISDIR", "a directory is in the way"],
  ["ENOTDIR", "a file is in the way"],
  ["EEXIST", "a file is in the way"],
  ["ENOSPC", "the disk is full"]
]);

// ../../packages/lint/dist/shards/shard-plan.js
import { createHash } from "node:crypto";
var maxShards = 256;
var perFileBytes = 2048;
var slack = 0.04;
function parseShard(text) {
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  if (!match)
    return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count && count <= maxShards ? { index, count } : null;
}
function scores(key, count) {
  const units = new Uint16Array(key.length);
  for (let at = 0; at < key.length; at++)
    units[at] = key.charCodeAt(at);
  const result = new Array(count);
  for (let shard = 0; shard < count; shard++) {
    let hash3 = 2166136261 ^ Math.imul(shard + 1, 2654435761);
    for (let at = 0; at < units.length; at++)
      hash3 = Math.imul(hash3 ^ units[at], 16777619);
    hash3 ^= hash3 >>> 16;
    hash3 = Math.imul(hash3, 2246822507);
    hash3 ^= hash3 >>> 13;
    hash3 = Math.imul(hash3, 3266489909);
    hash3 ^= hash3 >>> 16;
    result[shard] = hash3 >>> 0;
  }
  return result;
}
function preferred(scores2, eligible = () => true) {
  let best = -1;
  for (let shard = 0; shard < scores2.length; shard++)
    if (eligible(shard) && (best === -1 || scores2[shard] > scores2[best]))
      best = shard;
  return best;
}
function shardOfUrl(url, count) {
  return preferred(scores(url, count)) + 1;
}
function planShards(files, count) {
  if (!Number.isInteger(count) || count < 1 || count > maxShards)
    throw new RangeError(`shard count ${count} is outside 1-${maxShards}`);
  const weightOf = (file) => file.bytes + perFileBytes;
  const total2 = files.reduce((sum, file) => sum + weightOf(file), 0);
  const cap = total2 / count * (1 + slack);
  const order = [...files].sort((a, b) => weightOf(b) - weightOf(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shards = Array.from({ length: count }, () => []);
  const weights = new Array(count).fill(0);
  for (const file of order) {
    const weight = weightOf(file);
    const scored = scores(file.path, count);
    let chosen = preferred(scored, (shard) => weights[shard] + weight <= cap);
    if (chosen === -1) {
      const lightest = Math.min(...weights);
      chosen = preferred(scored, (shard) => weights[shard] === lightest);
    }
    shards[chosen].push(file.path);
    weights[chosen] += weight;
  }
  for (const shard of shards)
    shard.sort();
  return { count, shards, weights, digest: planDigest(files.map((file) => file.path)) };
}
function planDigest(paths) {
  return createHash("sha256").update([...paths].sort().join("\0")).digest("hex").slice(0, 16);
}

// ../../packages/lint/dist/engine/run-lint.js
import { resolve as resolve7 } from "node:path";

// ../../packages/lint/dist/engine/fix-loop.js
import { join as join4 } from "node:path";

// ../../packages/lint/dist/engine/report-files.js
import { isAbsolute as isAbsolute2, join as join3, resolve as resolve3 } from "node:path";

// ../../packages/lint/dist/engine/finding-message.js
var LeanMessage = class {
  reason;
  place;
  ruleId;
  fatal;
  file;
  url;
  cause;
  identity;
  fix;
  constructor(reason, place, ruleId, fatal, file, url, cause, identity, fix2) {
    this.reason = reason;
    this.place = place;
    this.ruleId = ruleId;
    this.fatal = fatal;
    this.file = file;
    this.url = url;
    this.cause = cause;
    this.identity = identity;
    this.fix = fix2;
  }
  get message() {
    return this.reason;
  }
  get line() {
    return startOf(this.place)?.line;
  }
  get column() {
    return startOf(this.place)?.column;
  }
  /** As `VFile#message` names a message: `path:line:column` (or a range). */
  get name() {
    const place = stringifyPosition(this.place) || "1:1";
    return this.file ? `${this.file}:${place}` : place;
  }
  get source() {
    return "devguide";
  }
};
Object.setPrototypeOf(LeanMessage.prototype, VFileMessage.prototype);
var LeanCause = class extends LeanMessage {
  get name() {
    return stringifyPosition(this.place) || "1:1";
  }
};
var PlacePoint = class {
  line;
  column;
  offset;
  constructor(point) {
    this.line = point.line | 0;
    this.column = point.column | 0;
    this.offset = point.offset === void 0 ? void 0 : point.offset | 0;
  }
};
var PlaceSpan = class {
  start;
  end;
  constructor(position2) {
    this.start = new PlacePoint(position2.start);
    this.end = new PlacePoint(position2.end);
  }
};
var isInteger = (value) => typeof value === "number" && (value | 0) === value;
var isWholePoint = (point) => point !== void 0 && isInteger(point.line) && isInteger(point.column) && (point.offset === void 0 || isInteger(point.offset));
function compactPlace(place) {
  if (!place)
    return place;
  if ("start" in place)
    return isWholePoint(place.start) && isWholePoint(place.end) ? new PlaceSpan(place) : place;
  return isWholePoint(place) ? new PlacePoint(place) : place;
}
function startOf(place) {
  return place && "start" in place ? place.start : place;
}
function addFindingMessage(file, finding) {
  const cause = finding.cause ? new LeanCause(finding.cause.reason, compactPlace(finding.cause.place), finding.ruleId || void 0, void 0, finding.cause.file, void 0, void 0, void 0, void 0) : void 0;
  const message = new LeanMessage(finding.reason, compactPlace(finding.place), finding.ruleId || void 0, finding.fatal, file.path || "", finding.url, cause, finding.identity, finding.fix);
  file.messages.push(message);
  return message;
}

// ../../packages/lint/dist/engine/rule-meta.js
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname3, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var repositoryUrl;
function projectRepositoryUrl() {
  if (repositoryUrl !== void 0)
    return repositoryUrl;
  for (let dir = dirname3(fileURLToPath(import.meta.url)); dir !== dirname3(dir); dir = dirname3(dir)) {
    const manifest = join2(dir, "package.json");
    if (!existsSync2(manifest))
      continue;
    const { repository } = JSON.parse(readFileSync2(manifest, "utf8"));
    const url = typeof repository === "string" ? repository : repository?.url;
    if (url === void 0)
      continue;
    const match = /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (!match)
      throw new Error(`${manifest}: \`repository\` is not a GitHub repository: ${url}`);
    return repositoryUrl = `https://github.com/${match[1]}`;
  }
  throw new Error("no package.json with `repository` above the devguide lint package");
}
function ruleUrl(id) {
  let url = ruleUrls.get(id);
  if (url === void 0)
    ruleUrls.set(id, url = `${projectRepositoryUrl()}/blob/main/docs/rules/${id}.md`);
  return url;
}
var ruleUrls = /* @__PURE__ */ new Map();

// ../../packages/lint/dist/engine/report-files.js
function severityOf2(loaded) {
  return new Map(loaded.rules.map((setting) => [setting.rule.meta.id, { severity: setting.severity, meta: setting.rule.meta }]));
}
function findingsOf(path2, outcome, project) {
  const all = [...outcome.findings, ...project.get(path2) ?? []];
  return all.filter((finding) => !isSuppressed(outcome.facts.controls, finding.ruleId, finding.position.start.line));
}
function reportedFindings(path2, outcome, project, rules, identities = true) {
  const findings = findingsOf(path2, outcome, project).sort((a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column || a.ruleId.localeCompare(b.ruleId)).filter((finding) => rules.has(finding.ruleId));
  return { findings, identities: identities ? identitiesOf(path2, findings, outcome.facts.links) : null };
}
function toVFiles(pass, loaded, root, cwd, options2 = { identities: true }) {
  const { outcomes, project, texts } = pass;
  const rules = severityOf2(loaded);
  const files = [];
  for (const path2 of [...outcomes.keys()].sort()) {
    const absolute = join3(root, path2);
    const file = new VFile({
      path: isAbsolute2(absolute) ? absolute : resolve3(cwd, absolute),
      cwd,
      value: texts.get(path2) ?? ""
    });
    const { findings, identities } = reportedFindings(path2, outcomes.get(path2), project, rules, options2.identities);
    for (const [at, finding] of findings.entries()) {
      const rule = rules.get(finding.ruleId);
      addFindingMessage(file, {
        reason: finding.reason,
        place: finding.position,
        ruleId: finding.ruleId,
        cause: finding.cause && {
          reason: finding.cause.reason,
          place: finding.cause.position,
          file: finding.cause.path === null ? file.path : join3(root, finding.cause.path)
        },
        fatal: rule.severity === "error",
        url: ruleUrl(finding.ruleId),
        identity: identities?.[at],
        fix: finding.fix && rule.meta.fixable ? finding.fix : void 0
      });
    }
    files.push(file);
  }
  return files;
}

// ../../packages/lint/dist/engine/fix-loop.js
var maxFixPasses = 5;
async function fixLoop(setup, first, relint) {
  let pass = first;
  const fixed = /* @__PURE__ */ new Set();
  for (let round = 0; round < maxFixPasses; round++) {
    const changed = await applyFixes(setup, pass);
    if (changed.length === 0)
      break;
    for (const path2 of changed)
      fixed.add(path2);
    pass = await relint();
  }
  return { pass, fixed: [...fixed] };
}
async function applyFixes(setup, pass) {
  const rules = severityOf2(setup.loaded);
  const writes = [];
  for (const [path2, outcome] of pass.outcomes) {
    if (setup.roles.get(path2)?.role.generated || outcome.facts.encoding)
      continue;
    const edits = [];
    for (const finding of findingsOf(path2, outcome, pass.project)) {
      if (finding.fix && finding.fix.length > 0 && rules.get(finding.ruleId)?.meta.fixable)
        edits.push(finding.fix);
    }
    if (edits.length === 0)
      continue;
    const text = pass.texts.get(path2);
    const next = applyEdits(text, edits);
    if (next !== text)
      writes.push({ path: join4(setup.root, path2), content: next, rel: path2 });
  }
  await writeAtomically(writes);
  return writes.map((write) => write.rel);
}

// ../../packages/lint/dist/engine/lint-files.js
import { readFileSync as readFileSync3, statSync } from "node:fs";
import { join as join6 } from "node:path";

// ../../packages/lint/dist/engine/pool.js
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var workerFlags = ["--single-threaded-gc", "--max-semi-space-size=64"];
var batchBytes = 64 * 1024;
var LintWorkerError = class extends Error {
  paths;
  how;
  constructor(paths, how) {
    super(paths.length > 0 ? `lint worker ${how} while linting ${paths.map((path2) => `\`${path2}\``).join(", ")}; lower \`max-file-size\` or exclude the file` : `lint worker ${how}`);
    this.paths = paths;
    this.how = how;
    this.name = "LintWorkerError";
  }
};
var LintPool = class _LintPool {
  #workers;
  #run = null;
  #closed = false;
  #failure = null;
  constructor(setup, count) {
    const script2 = fileURLToPath2(new URL("./worker.js", import.meta.url));
    this.#workers = Array.from({ length: count }, () => {
      const child = fork(script2, [], {
        execArgv: [...process.execArgv, ...workerFlags, ...lintRuntimeFlags()],
        serialization: "advanced",
        // A worker writes nothing of its own; what V8 prints when it dies (an out-of-memory dump of
        // twenty lines) must not reach the user, who gets one line naming the file instead.
        stdio: ["ignore", "inherit", "pipe", "ipc"]
      });
      child.stderr?.resume();
      const worker = { child, busy: false, paths: [] };
      child.on("message", (outcomes) => this.#received(worker, outcomes));
      child.on("error", (error) => this.#fail(error));
      child.on("exit", (code, signal) => {
        if (this.#closed)
          return;
        const how = signal === "SIGABRT" || code === 134 ? "ran out of memory" : signal ? `was killed (${signal})` : `exited with code ${code}`;
        this.#fail(new LintWorkerError(worker.paths, how));
      });
      child.send({ setup });
      return worker;
    });
  }
  static start(setup, processes = availableParallelism()) {
    return new _LintPool(setup, Math.max(1, processes));
  }
  /** Lints `tasks`; `onOutcomes` gets each batch's outcomes as it comes back. */
  lint(tasks, onOutcomes) {
    if (this.#run)
      throw new Error("the lint pool runs one set of files at a time");
    if (this.#failure)
      return Promise.reject(this.#failure);
    if (tasks.length === 0)
      return Promise.resolve();
    return new Promise((resolve9, reject) => {
      this.#run = {
        queue: [...tasks].sort((a, b) => b.text.length - a.text.length),
        left: tasks.length,
        onOutcomes,
        resolve: resolve9,
        reject
      };
      for (const worker of this.#workers)
        this.#feed(worker);
    });
  }
  /** Ends the worker processes. */
  close() {
    this.#closed = true;
    for (const { child } of this.#workers)
      if (child.connected)
        child.disconnect();
  }
  #feed(worker) {
    const run = this.#run;
    if (!run || worker.busy || run.queue.length === 0)
      return;
    const batch = nextBatch(run.queue);
    worker.paths = batch.map((task) => task.job.path);
    worker.child.send({ batch });
    worker.busy = true;
  }
  #received(worker, outcomes) {
    worker.busy = false;
    worker.paths = [];
    const run = this.#run;
    if (!run)
      return;
    this.#feed(worker);
    run.left -= outcomes.length;
    try {
      run.onOutcomes(outcomes);
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (run.left === 0) {
      this.#run = null;
      run.resolve();
    }
  }
  #fail(error) {
    this.#failure ??= error;
    const run = this.#run;
    this.#run = null;
    this.close();
    run?.reject(error);
  }
};
function nextBatch(queue) {
  const batch = [];
  let bytes = 0;
  while (queue.length > 0 && (batch.length === 0 || bytes + queue.at(-1).text.length <= batchBytes)) {
    const task = batch.length === 0 ? queue.shift() : queue.pop();
    batch.push(task);
    bytes += task.text.length;
  }
  return batch;
}

// ../../packages/lint/dist/engine/setup-lint.js
import { createHash as createHash2 } from "node:crypto";
import { relative as relative4, resolve as resolve6, sep as sep4 } from "node:path";

// ../../packages/lint/dist/engine/discover.js
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { readdir, readlink, stat } from "node:fs/promises";
import { join as join5, posix as posix2, relative as relative3, resolve as resolve5, sep as sep3 } from "node:path";

// ../../node_modules/.pnpm/tinyglobby@0.2.15/node_modules/tinyglobby/dist/index.mjs
import nativeFs2 from "fs";
import path, { posix } from "path";
import { fileURLToPath as fileURLToPath3 } from "url";

// ../../node_modules/.pnpm/fdir@6.5.0_picomatch@4.0.3/node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname4, normalize, relative as relative2, resolve as resolve4, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path2) {
  let normalized = normalize(path2);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path2, separator) {
  return path2.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path2) {
  return path2 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path2);
}
function normalizePath(path2, options2) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options2;
  const pathNeedsCleaning = process.platform === "win32" && path2.includes("/") || path2.startsWith(".");
  if (resolvePaths) path2 = resolve4(path2);
  if (normalizePath$1 || pathNeedsCleaning) path2 = cleanPath(path2);
  if (path2 === ".") return "";
  const needsSeperator = path2[path2.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path2 + pathSeparator : path2, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options2) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options2.pathSeparator) + options2.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options2) {
  const { relativePaths, includeBasePath } = options2;
  return relativePaths && root ? joinPathWithRelativePath(root, options2) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path2 = directoryPath || ".";
  if (filters.every((filter) => filter(path2, true))) paths.push(path2);
};
var empty$2 = () => {
};
function build$6(root, options2) {
  const { includeDirs, filters, relativePaths } = options2;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts2, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts2.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts2, _filters) => {
  counts2.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options2) {
  const { excludeFiles, filters, onlyCounts } = options2;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options2) {
  return options2.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options2) {
  return options2.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path2, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path2, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path2, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path2, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path2);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path2, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options2, isSynchronous) {
  if (!options2.resolveSymlinks || options2.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path2, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname4(path2);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname4(parent);
  }
  state.symlinks.set(path2, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options2, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options2;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options2, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options2, this.isSynchronous);
    this.root = normalizePath(root, options2);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options: options2,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options2.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options2);
    this.pushDirectory = build$6(this.root, options2);
    this.pushFile = build$5(options2);
    this.getArray = build$4(options2);
    this.groupFiles = build$3(options2);
    this.resolveSymlink = build$2(options2, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path2 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path2)) continue;
        this.pushDirectory(path2, paths, filters);
        this.walkDirectory(this.state, path2, path2, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path2 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path2, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path2 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path2 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path2;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname4(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options2) {
  return new Promise((resolve$1, reject) => {
    callback(root, options2, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options2, callback$1) {
  let walker = new Walker(root, options2, callback$1);
  walker.start();
}
function sync(root, options2) {
  const walker = new Walker(root, options2);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options2) {
    this.root = root;
    this.options = options2;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep2,
    filters: []
  };
  globFunction;
  constructor(options2) {
    this.options = {
      ...this.options,
      ...options2
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options2) {
    this.options = {
      ...this.options,
      ...options2
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options2) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options2);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path2) => isMatch(path2));
    return this;
  }
};

// ../../node_modules/.pnpm/tinyglobby@0.2.15/node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options2 = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  const globstarEnabled = !options2.noglobstar;
  for (let i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (let j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options2);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (let i = 0; i < patterns.length; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      let j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        const match = matcher[j](inputParts[j]);
        if (!match) break;
        if (globstarEnabled && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = isRoot(cwd) ? cwd.length : cwd.length + 1;
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    if (p.endsWith("/") && result !== "") return `${result}/`;
    return result || ".";
  };
}
var splitPatternOptions = { parts: true };
function splitPattern(path$1) {
  var _result$parts;
  const result = import_picomatch.default.scan(path$1, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path$1];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path$1) => path$1.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path$1) => path$1.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options2) {
  if ((options2 === null || options2 === void 0 ? void 0 : options2.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
var BACKSLASHES = /\\/g;
function normalizePattern(pattern, expandDirectories, cwd, props, isIgnore) {
  let result = pattern;
  if (pattern.endsWith("/")) result = pattern.slice(0, -1);
  if (!result.endsWith("*") && expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  if (path.isAbsolute(result.replace(ESCAPING_BACKSLASHES, ""))) result = posix.relative(escapedCwd, result);
  else result = posix.normalize(result);
  const parentDirectoryMatch = PARENT_DIRECTORY.exec(result);
  const parts = splitPattern(result);
  if (parentDirectoryMatch === null || parentDirectoryMatch === void 0 ? void 0 : parentDirectoryMatch[0]) {
    const n = (parentDirectoryMatch[0].length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDirectoryMatch[0].slice(i * 3));
    if (!potentialRoot.startsWith(".") && props.root.length > potentialRoot.length) {
      props.root = potentialRoot;
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (part !== props.commonPath[i] || isDynamicPattern(part) || i === parts.length - 1) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd;
  }
  return result;
}
function processPatterns({ patterns = ["**/*"], ignore = [], expandDirectories = true }, cwd, props) {
  if (typeof patterns === "string") patterns = [patterns];
  if (typeof ignore === "string") ignore = [ignore];
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, expandDirectories, cwd, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, expandDirectories, cwd, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), expandDirectories, cwd, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function formatPaths(paths, relative6) {
  for (let i = paths.length - 1; i >= 0; i--) {
    const path$1 = paths[i];
    paths[i] = relative6(path$1);
  }
  return paths;
}
function normalizeCwd(cwd) {
  if (!cwd) return process.cwd().replace(BACKSLASHES, "/");
  if (cwd instanceof URL) return fileURLToPath3(cwd).replace(BACKSLASHES, "/");
  return path.resolve(cwd).replace(BACKSLASHES, "/");
}
function getCrawler(patterns, inputOptions = {}) {
  const options2 = process.env.TINYGLOBBY_DEBUG ? {
    ...inputOptions,
    debug: true
  } : inputOptions;
  const cwd = normalizeCwd(options2.cwd);
  if (options2.debug) log("globbing with:", {
    patterns,
    options: options2,
    cwd
  });
  if (Array.isArray(patterns) && patterns.length === 0) return [{
    sync: () => [],
    withPromise: async () => []
  }, false];
  const props = {
    root: cwd,
    commonPath: null,
    depthOffset: 0
  };
  const processed = processPatterns({
    ...options2,
    patterns
  }, cwd, props);
  if (options2.debug) log("internal processing patterns:", processed);
  const matchOptions = {
    dot: options2.dot,
    nobrace: options2.braceExpansion === false,
    nocase: options2.caseSensitiveMatch === false,
    noextglob: options2.extglob === false,
    noglobstar: options2.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, {
    ...matchOptions,
    ignore: processed.ignore
  });
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, props.root, options2.absolute);
  const formatExclude = options2.absolute ? format : buildFormat(cwd, props.root, true);
  const fdirOptions = {
    filters: [options2.debug ? (p, isDirectory) => {
      const path$1 = format(p, isDirectory);
      const matches = matcher(path$1);
      if (matches) log(`matched ${path$1}`);
      return matches;
    } : (p, isDirectory) => matcher(format(p, isDirectory))],
    exclude: options2.debug ? (_, p) => {
      const relativePath = formatExclude(p, true);
      const skipped = relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
      if (skipped) log(`skipped ${p}`);
      else log(`crawling ${p}`);
      return skipped;
    } : (_, p) => {
      const relativePath = formatExclude(p, true);
      return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
    },
    fs: options2.fs ? {
      readdir: options2.fs.readdir || nativeFs2.readdir,
      readdirSync: options2.fs.readdirSync || nativeFs2.readdirSync,
      realpath: options2.fs.realpath || nativeFs2.realpath,
      realpathSync: options2.fs.realpathSync || nativeFs2.realpathSync,
      stat: options2.fs.stat || nativeFs2.stat,
      statSync: options2.fs.statSync || nativeFs2.statSync
    } : void 0,
    pathSeparator: "/",
    relativePaths: true,
    resolveSymlinks: true,
    signal: options2.signal
  };
  if (options2.deep !== void 0) fdirOptions.maxDepth = Math.round(options2.deep - props.depthOffset);
  if (options2.absolute) {
    fdirOptions.relativePaths = false;
    fdirOptions.resolvePaths = true;
    fdirOptions.includeBasePath = true;
  }
  if (options2.followSymbolicLinks === false) {
    fdirOptions.resolveSymlinks = false;
    fdirOptions.excludeSymlinks = true;
  }
  if (options2.onlyDirectories) {
    fdirOptions.excludeFiles = true;
    fdirOptions.includeDirs = true;
  } else if (options2.onlyFiles === false) fdirOptions.includeDirs = true;
  props.root = props.root.replace(BACKSLASHES, "");
  const root = props.root;
  if (options2.debug) log("internal properties:", props);
  const relative6 = cwd !== root && !options2.absolute && buildRelative(cwd, props.root);
  return [new Builder(fdirOptions).crawl(root), relative6];
}
async function glob(patternsOrOptions, options2) {
  if (patternsOrOptions && (options2 === null || options2 === void 0 ? void 0 : options2.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(patternsOrOptions) || typeof patternsOrOptions === "string";
  const opts = isModern ? options2 : patternsOrOptions;
  const patterns = isModern ? patternsOrOptions : patternsOrOptions.patterns;
  const [crawler, relative6] = getCrawler(patterns, opts);
  if (!relative6) return crawler.withPromise();
  return formatPaths(await crawler.withPromise(), relative6);
}

// ../../packages/lint/dist/engine/discover.js
var alwaysIgnored = ["**/node_modules/**", "**/.git/**", "**/.devguide-cache/**"];
async function checkTargets(cwd, root, paths) {
  const rootStat = await stat(root).catch((error) => error);
  if (rootStat instanceof Error || !rootStat.isDirectory())
    throw new InputError(`${shown(cwd, root)}: Unexpected ${rootStat instanceof Error ? "missing root" : "file as the root"}, expected the directory repository paths start at`, "fix `--root` or `root` in the lint configuration");
  for (const path2 of paths) {
    const found = await stat(resolve5(cwd, path2)).catch((error) => error);
    if (!(found instanceof Error))
      continue;
    if (found.code === "ENOENT" || found.code === "ENOTDIR")
      throw new InputError(`${path2}: Unexpected missing path, expected a file or directory to lint`, "check the path");
    if (found.code === "ELOOP")
      throw new InputError(`${path2}: Unexpected symbolic link loop, expected a link that ends at a file or directory`, "remove or repoint the symbolic link");
    throw found;
  }
}
function checkNotEmpty(files, paths, include) {
  if (files.length > 0)
    return;
  const asked = paths.length > 0 ? `\`${paths.join("`, `")}\`` : `\`include\` (\`${include.join("`, `")}\`)`;
  throw new InputError(`Unexpected no markdown file in ${asked}, expected at least one file to lint`, "fix the paths or the `include`/`exclude` globs of the lint configuration, or pass `--allow-empty`");
}
function shown(cwd, path2) {
  const rel = relative3(cwd, path2);
  return rel === "" ? "." : rel;
}
async function discoverFiles(root, targets, include, exclude) {
  const ignore = [...alwaysIgnored, ...exclude];
  if (targets.length === 0)
    return (await glob([...include], { cwd: root, ignore, dot: true, caseSensitiveMatch: false })).sort();
  const isIncluded = (0, import_picomatch2.default)([...include], { dot: false, nocase: true });
  const isExcluded = (0, import_picomatch2.default)(ignore, { dot: true });
  const found = /* @__PURE__ */ new Set();
  for (const target of targets) {
    const rel = relative3(root, target).split(sep3).join("/");
    const matches = await glob([...include], {
      cwd: target,
      ignore,
      dot: true,
      onlyFiles: true,
      caseSensitiveMatch: false
    }).catch(() => null);
    if (matches && matches.length > 0) {
      for (const match of matches)
        found.add(rel ? `${rel}/${match}` : match);
    } else if (!isExcluded(rel) && (isIncluded(rel) || /\.(md|markdown)$/i.test(rel))) {
      found.add(rel);
    }
  }
  return [...found].sort();
}
async function indexTree(root, index) {
  const walk = async (dir) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === ".git" || entry.name === "node_modules")
        continue;
      const full = join5(dir, entry.name);
      const path2 = relative3(root, full).split(sep3).join("/");
      if (entry.isDirectory()) {
        index.add(path2, { type: "dir", source: "local" });
        await walk(full);
      } else if (entry.isSymbolicLink()) {
        const target = await readlink(full).catch(() => null);
        index.add(path2, symlinkEntry(path2, target === null ? null : target.split(sep3).join("/")));
      } else {
        index.add(path2, { type: "file", source: "local" });
      }
    }
  };
  await walk(root);
}
function symlinkEntry(path2, target) {
  const resolved = target === null ? null : posix2.normalize(posix2.join(posix2.dirname(path2), target));
  if (resolved === null || resolved.startsWith("../") || resolved === ".." || posix2.isAbsolute(resolved))
    return { type: "file", source: "local" };
  return { type: "file", source: "local", symlink: resolved === "." ? "" : resolved };
}
function withoutSymlinks(paths, index) {
  const found = /* @__PURE__ */ new Set();
  for (const path2 of paths) {
    if (index.get(path2)?.symlink === void 0)
      found.add(path2);
    else {
      const target = index.follow(path2);
      if (target && target.entry.type === "file" && /\.(md|markdown)$/i.test(target.path))
        found.add(target.path);
    }
  }
  return [...found].sort();
}
function matchesGlobs(include, exclude) {
  const isIncluded = (0, import_picomatch2.default)([...include], { dot: true, nocase: true });
  const isExcluded = (0, import_picomatch2.default)([...alwaysIgnored, ...exclude], { dot: true });
  return (path2) => isIncluded(path2) && !isExcluded(path2);
}

// ../../packages/lint/dist/engine/project-index.js
import { posix as posix3 } from "node:path";
var readmeName = /^readme(\.(md|markdown|mdown|mkdn|mkd|rst|txt))?$/i;
var IndexReads = class {
  current = null;
  byFile = /* @__PURE__ */ new Map();
  unattributed = false;
  note(key) {
    if (this.current === null) {
      this.unattributed = true;
      return;
    }
    let keys = this.byFile.get(this.current);
    if (!keys)
      this.byFile.set(this.current, keys = /* @__PURE__ */ new Set());
    keys.add(key);
  }
};
var readmeKey = (dir) => `\0readme\0${dir}`;
var ProjectIndex = class {
  #paths = /* @__PURE__ */ new Map();
  #byName = /* @__PURE__ */ new Map();
  #readmes = /* @__PURE__ */ new Map();
  #children = /* @__PURE__ */ new Map();
  /** Trees of other refs and commits, from a git repository at hand; null offline. */
  refs = null;
  /** Set in pull-request mode: the lookups each file makes. */
  reads = null;
  #generation = 0;
  /** Changes whenever the index does: what was worked out from it before is stale. */
  get generation() {
    return this.#generation;
  }
  add(path2, entry) {
    this.#generation++;
    const existing = this.#paths.get(path2);
    if (existing) {
      if (existing.source === "local" && entry.source !== "local")
        return;
      if (!entry.anchors && existing.anchors)
        entry = { ...entry, anchors: existing.anchors };
      if (entry.symlink === void 0 && existing.symlink !== void 0)
        entry = { ...entry, symlink: existing.symlink };
    }
    this.#paths.set(path2, entry);
    if (!existing)
      this.#named(path2);
    if (entry.type === "file" && !existing) {
      const name = posix3.basename(path2);
      if (readmeName.test(name)) {
        const dir = posix3.dirname(path2) === "." ? "" : posix3.dirname(path2);
        const readmes = this.#readmes.get(dir);
        if (readmes)
          readmes.push(path2);
        else
          this.#readmes.set(dir, [path2]);
      }
    }
    for (let dir = posix3.dirname(path2); dir !== "." && dir !== "" && !this.#paths.has(dir); dir = posix3.dirname(dir)) {
      this.#paths.set(dir, { type: "dir", source: entry.source });
      this.#named(dir);
    }
  }
  /**
   * Files and directories by name in any case, and by folder: where a moved path may have gone.
   * Their lookups (`sameName`, `childrenOf`) only shape a suggestion, never whether or what a
   * finding is: `IndexReads` does not note them.
   */
  #named(path2) {
    const key = posix3.basename(path2).toLowerCase();
    const list = this.#byName.get(key);
    if (list)
      list.push(path2);
    else
      this.#byName.set(key, [path2]);
    const dir = posix3.dirname(path2) === "." ? "" : posix3.dirname(path2);
    const children = this.#children.get(dir);
    if (children)
      children.push(path2);
    else
      this.#children.set(dir, [path2]);
  }
  /**
   * A file of the run whose facts this shard has not read: a rule that asks for its anchors gets
   * none (nothing to check), and the path is added to `asked`, so that the shard reads the file
   * and runs its rules again. Rules read anchors from the entry, so the question is the answer
   * to which other files a shard needs, without a second copy of how links resolve.
   */
  defer(path2, asked) {
    const entry = this.#paths.get(path2);
    if (!entry || entry.type !== "file" || Object.getOwnPropertyDescriptor(entry, "anchors"))
      return;
    this.#generation++;
    const deferred = { ...entry };
    Object.defineProperty(deferred, "anchors", {
      get: () => {
        asked.add(path2);
        return void 0;
      },
      enumerable: false
    });
    this.#paths.set(path2, deferred);
  }
  /** What a folder holds (files and folders), as paths. */
  childrenOf(dir) {
    return this.#children.get(dir) ?? [];
  }
  get(path2) {
    if (path2 === "")
      return { type: "dir", source: "local" };
    this.reads?.note(path2);
    return this.#paths.get(path2);
  }
  /** Every path known, with its entry. */
  entries() {
    return this.#paths.entries();
  }
  /** Files and directories elsewhere with this path's name, in any case: where a moved file probably went. */
  sameName(path2) {
    return (this.#byName.get(posix3.basename(path2).toLowerCase()) ?? []).filter((candidate) => candidate !== path2);
  }
  /** The README GitHub shows under a directory's listing (`README.md` first, then any case or extension). */
  readmeOf(dir) {
    this.reads?.note(readmeKey(dir));
    const found = this.#readmes.get(dir);
    if (!found)
      return null;
    const rank = (path2) => {
      const name = posix3.basename(path2);
      return (name === "README.md" ? 0 : /\.(md|markdown|mdown|mkdn|mkd)$/i.test(name) ? 1 : 2) * 1e3 + name.length;
    };
    return [...found].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))[0];
  }
  /** Follows a symbolic link (and a chain of them) to the entry GitHub shows; null when it dangles. */
  follow(path2) {
    let current = path2;
    for (let hops = 0; hops < 40; hops++) {
      const entry = this.get(current);
      if (!entry)
        return null;
      if (entry.symlink === void 0)
        return { path: current, entry };
      current = entry.symlink;
    }
    return null;
  }
  get size() {
    return this.#paths.size;
  }
};

// ../../packages/lint/dist/engine/tree-listing.js
import { readFile as readFile2 } from "node:fs/promises";
var expected = "a `git ls-tree -r -t --long` line (`<mode> <type> <object> <size>` a tab, then the path)";
var fix = "write it with `git ls-tree -r -t --long HEAD > <file>`";
async function addTreeListing(index, file, display = file) {
  const text = await readFile2(file, "utf8");
  const lines = text.split("\n");
  let added = 0;
  for (const [number2, line] of lines.entries()) {
    if (line.trim() === "")
      continue;
    const tab = line.lastIndexOf("	");
    const [mode, type] = tab === -1 ? [] : line.slice(0, tab).trim().split(/\s+/);
    if (!mode || !/^\d+$/.test(mode) || !type || tab === line.length - 1) {
      if (/^mode\s+type\b/i.test(line))
        continue;
      throw new GuideError(`Unexpected \`${line.length > 60 ? `${line.slice(0, 60)}\u2026` : line}\`, expected ${expected}`, display, number2 + 1, 1, fix);
    }
    index.add(unquoteGitPath(line.slice(tab + 1)), { type: type === "tree" ? "dir" : "file", source: "listing" });
    added++;
  }
  if (added === 0)
    throw new GuideError(`Unexpected empty tree listing, expected ${expected}`, display, 1, 1, fix);
  return added;
}
var escapes = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquoteGitPath(path2) {
  if (path2.length < 2 || !path2.startsWith('"') || !path2.endsWith('"'))
    return path2;
  const bytes = [];
  const body2 = path2.slice(1, -1);
  for (let i = 0; i < body2.length; i++) {
    const char = body2[i];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body2[i + 1] ?? "";
    const octal = /^[0-7]{3}/.exec(body2.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else if (next in escapes) {
      bytes.push(escapes[next]);
      i += 1;
    } else {
      return path2;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// ../../packages/lint/dist/engine/setup-lint.js
async function setupLint(options2) {
  const cwd = options2.cwd;
  const configFile = options2.config === void 0 ? findConfigFile(cwd) : options2.config === null ? null : resolve6(cwd, options2.config);
  const { caches } = options2;
  const display = configFile ? relative4(cwd, configFile) || configFile : null;
  const loaded = caches ? caches.lintConfig(configFile, display, cwd, options2.rules) : loadLintConfig(configFile, display, cwd, options2.rules);
  const root = resolve6(options2.root ? cwd : loaded.base, options2.root ?? loaded.config.root);
  const repository = options2.repository ?? loaded.config.repository ?? null;
  const contentDir = loaded.config.content ? resolve6(loaded.base, loaded.config.content) : null;
  const content = contentDir ? await (caches ? caches.content(contentDir, cwd) : loadContent(contentDir, cwd)) : null;
  const settings = settingsOf(loaded, repository, content);
  const warnings = [];
  await checkTargets(cwd, root, options2.paths ?? []);
  const targets = (options2.paths ?? []).map((path2) => resolve6(cwd, path2));
  const local = new ProjectIndex();
  await indexTree(root, local);
  const paths = withoutSymlinks(await discoverFiles(root, targets, loaded.config.include, loaded.config.exclude), local);
  if (!options2.allowEmpty)
    checkNotEmpty(paths, options2.paths ?? [], loaded.config.include);
  const roles = rolesOf(paths, root, loaded, repository, content);
  const listing = options2.treeListing ?? (loaded.config.treeListing ? resolve6(loaded.base, loaded.config.treeListing) : void 0);
  if (listing)
    await addTreeListing(local, resolve6(cwd, listing), relative4(cwd, resolve6(cwd, listing)) || listing);
  const upstream = content ? upstreamIndex(content) : null;
  const fileRules = loaded.rules.filter((setting) => setting.rule.kind === "file");
  const key = createHash2("sha1").update(JSON.stringify([
    options2.version ?? "",
    fileRules.map((setting) => [setting.rule.meta.id, setting.options]),
    settings
  ])).digest("hex");
  const location2 = options2.cache === null ? null : resolve6(cwd, options2.cache ?? ".devguide-cache/lint.v8");
  let cache = null;
  if (location2 !== null && options2.caches)
    cache = await options2.caches.open(location2, key);
  else if (location2 !== null) {
    const opened = await LintCache.open(location2, key);
    if (opened.warning)
      warnings.push(opened.warning);
    cache = opened.cache;
  }
  local.refs = new RefTrees(options2.gitDir ? resolve6(cwd, options2.gitDir) : gitDirOf(root), cache ? (name, hash3, derive) => cache.derived(name, hash3, derive) : void 0);
  const active = fileRules.map((setting) => ({
    rule: setting.rule,
    options: setting.options
  }));
  return {
    options: options2,
    cwd,
    loaded,
    root,
    content,
    settings,
    paths,
    roles,
    local,
    upstream,
    active,
    cache,
    listing: listing ? resolve6(cwd, listing) : null,
    warnings
  };
}
function roleKey(info) {
  return JSON.stringify([info.role, info.resolve]);
}
function rolesOf(paths, root, loaded, repository, content) {
  const roles = /* @__PURE__ */ new Map();
  const shortlinks = loaded.config.shortlinks;
  const site = loaded.config.site ?? null;
  const guides = new Set(loaded.config.guides);
  const contentRoles = /* @__PURE__ */ new Map();
  if (content) {
    const { config } = content.loaded;
    const resolveContext = { ...resolveContextOf(config), documentPath: config.upstream.readme };
    const rel = (path2) => relative4(root, path2).split(sep4).join("/");
    contentRoles.set(rel(content.paths.output), {
      role: { repoPath: config.upstream.readme, guide: true, form: "site", against: "upstream", generated: true },
      resolve: resolveContext
    });
    contentRoles.set(rel(content.paths.upstream), {
      role: { repoPath: config.upstream.readme, guide: true, form: "upstream", against: "upstream", generated: true },
      resolve: resolveContext
    });
  }
  for (const path2 of paths) {
    const fromContent = contentRoles.get(path2);
    if (fromContent) {
      roles.set(path2, fromContent);
      continue;
    }
    roles.set(path2, {
      role: { repoPath: path2, guide: guides.has(path2), form: null, against: "local" },
      resolve: { repository: repository ?? "", documentPath: path2, shortlinks, site }
    });
  }
  return roles;
}
function upstreamIndex(content) {
  const index = new ProjectIndex();
  for (const [path2, file] of lockView(content.lock).files) {
    index.add(path2, { type: file.type, source: "lock", ...file.anchors ? { anchors: new Set(file.anchors) } : {} });
  }
  return index;
}
function settingsOf(loaded, repository, content) {
  const contentConfig = content?.loaded.config;
  return {
    repository,
    defaultBranch: loaded.config.defaultBranch,
    siteRef: contentConfig?.site.ref ?? null,
    httpsHosts: [.../* @__PURE__ */ new Set([...loaded.config.httpsHosts, ...contentConfig?.site.httpsHosts ?? []])],
    site: loaded.config.site ?? (contentConfig?.site.origin ? { origin: contentConfig.site.origin, paths: contentConfig.site.paths } : null),
    linkBase: contentConfig?.site.linkBase ?? (repository ? `https://github.com/${repository}` : null),
    renames: loaded.config.renames
  };
}

// ../../packages/lint/dist/engine/lint-files.js
var bytesForWorkers = 6 * 1024 * 1024;
var limitRules = /* @__PURE__ */ new Set(["max-file-size", "max-nesting"]);
async function lintFiles(setup, workers, arrived, saturated, paths = setup.paths, factsOnly = false) {
  const { cache, roles, root } = setup;
  const texts = /* @__PURE__ */ new Map();
  const outcomes = /* @__PURE__ */ new Map();
  const pending = [];
  let pendingBytes = 0;
  let fromCache = 0;
  let handedBack = 0;
  let inPart = 0;
  let inPartBytes = 0;
  const rules = factsOnly ? setup.active.filter(({ rule }) => limitRules.has(rule.meta.id)) : setup.active;
  const limits = limitsOf(rules);
  const received = (batch) => {
    for (const outcome of batch) {
      if (outcome.handedBack)
        handedBack++;
      if (outcome.handedBackBytes) {
        inPart++;
        inPartBytes += outcome.handedBackBytes;
      }
      outcomes.set(outcome.path, outcome);
      if (outcome.facts.limit?.rule !== "max-file-size")
        cache?.set(outcome.path, roleKey(roles.get(outcome.path)), outcome, factsOnly);
    }
    arrived(batch, texts);
  };
  for (const path2 of paths) {
    const size = statSync(join6(root, path2)).size;
    if (size > limits.bytes) {
      const role2 = roles.get(path2);
      texts.set(path2, "");
      received([
        lintFileText("", { path: path2, role: role2.role, resolve: role2.resolve, oversize: size }, rules, setup.settings)
      ]);
      continue;
    }
    const { text, problem } = inspectText(readFileSync3(join6(root, path2)));
    const encoding = problem ? encodingFact(problem) : void 0;
    texts.set(path2, text);
    const role = roles.get(path2);
    const hit = cache?.get(path2, outcomeHash(text, encoding), roleKey(role), factsOnly) ?? null;
    if (hit) {
      outcomes.set(path2, hit);
      arrived([hit], texts);
      fromCache++;
    } else {
      pending.push({
        job: { path: path2, role: role.role, resolve: role.resolve, ...encoding ? { encoding } : {} },
        text
      });
      pendingBytes += text.length;
      if (!factsOnly && !workers.pool && workersWanted(setup, pendingBytes))
        workers.pool = LintPool.start(workerSetup(setup), setup.options.jobs);
    }
  }
  if (workers.pool && !factsOnly) {
    await workers.pool.lint(pending, received);
  } else {
    for (const { job, text } of pending) {
      received([lintFileText(text, job, rules, setup.settings)]);
      if (saturated)
        await between(saturated);
    }
  }
  return { texts, outcomes, parsed: pending.length, fromCache, handedBack, inPart, inPartBytes };
}
var answersFirstBound = 250;
async function between(saturated) {
  const start = performance.now();
  for (; ; ) {
    const turn = performance.now();
    await new Promise((resolve9) => setImmediate(resolve9));
    const now = performance.now();
    if (!saturated() || now - turn < 1 || now - start >= answersFirstBound)
      return;
  }
}
function workersWanted(setup, bytes) {
  const { jobs } = setup.options;
  if (jobs === 0 || !import.meta.url.endsWith(".js"))
    return false;
  if (!setup.active.every(({ rule }) => defaultRules.has(rule)))
    return false;
  return jobs !== void 0 || bytes >= bytesForWorkers;
}
var defaultRules = new Set(allRules);
function workerSetup(setup) {
  return {
    rules: setup.active.map(({ rule, options: options2 }) => ({ id: rule.meta.id, options: options2 })),
    settings: setup.settings
  };
}
function encodingFact(problem) {
  const at = { line: problem.line, column: problem.column, offset: problem.offset };
  return {
    reason: problem.what,
    binary: problem.binary,
    position: { start: at, end: { ...at, column: at.column + 1, offset: at.offset + 1 } }
  };
}

// ../../packages/lint/dist/engine/project-pass.js
function viewsOf(setup, outcomes, texts) {
  return [...outcomes].map((outcome) => {
    const role = setup.roles.get(outcome.path);
    return {
      path: outcome.path,
      text: texts.get(outcome.path) ?? null,
      facts: outcome.facts,
      role: role.role,
      resolve: role.resolve
    };
  });
}
function runProjectPass(setup, outcomes, texts, external, own = null) {
  indexOutcomes(setup, outcomes.values());
  const all = viewsOf(setup, outcomes.values(), texts);
  return runProjectRules(setup, own ? all.filter((view) => own.has(view.path)) : all, external, all);
}
function indexOutcomes(setup, outcomes, known = () => void 0) {
  const { local, roles } = setup;
  for (const outcome of outcomes) {
    const role = roles.get(outcome.path).role;
    const entry = known(outcome) ?? (outcome.facts.limit ? { type: "file", source: "local" } : {
      type: "file",
      source: "local",
      anchors: new Set(outcome.facts.anchors),
      lines: outcome.facts.lineCount
    });
    local.add(outcome.path, entry);
    if (role.against === "local" && role.repoPath !== outcome.path)
      local.add(role.repoPath, entry);
  }
}
function runProjectRules(setup, views, external, all = views) {
  const { local, upstream, loaded, settings } = setup;
  local.refs?.prepare(pinnedQueries(views, settings.defaultBranch));
  const reads = local.reads;
  const findings = /* @__PURE__ */ new Map();
  for (const setting of loaded.rules) {
    if (setting.rule.kind !== "project")
      continue;
    const rule = setting.rule;
    const seen = rule.meta.external ? all : views;
    const files = rule.meta.scope === "guide" ? seen.filter((view) => view.role.guide) : seen;
    rule.check({
      files: reads ? attributed(files, reads) : files,
      index: { local, upstream },
      external,
      options: setting.options,
      settings,
      report: (path2, finding) => {
        const list = findings.get(path2) ?? [];
        list.push(findingOf(rule.meta.id, finding));
        findings.set(path2, list);
      }
    });
  }
  forgetLinkChecks();
  return findings;
}
function attributed(files, reads) {
  const walked = [...files];
  Object.defineProperty(walked, Symbol.iterator, {
    value: function* () {
      try {
        for (const file of files) {
          reads.current = file.path;
          yield file;
          reads.current = null;
        }
      } finally {
        reads.current = null;
      }
    }
  });
  return walked;
}

// ../../packages/lint/dist/engine/since-base.js
import { posix as posix4, relative as relative5, sep as sep5 } from "node:path";
async function lintSinceBase(setup, pass, files, reads, base, keepInCache) {
  setup.local.reads = null;
  const index = new ProjectIndex();
  for (const [path2, entry] of base.entries) {
    if (path2.split("/").some((segment) => segment === ".git" || segment === "node_modules"))
      continue;
    index.add(path2, entry.type === "symlink" ? symlinkEntry(path2, entry.target) : { type: entry.type, source: "local" });
  }
  if (setup.listing && base.listing !== false)
    await addTreeListing(index, setup.listing, relative5(setup.cwd, setup.listing) || setup.listing);
  index.refs = setup.local.refs;
  const now = new Set(setup.paths);
  const picked = matchesGlobs(setup.loaded.config.include, setup.loaded.config.exclude);
  const paths = withoutSymlinks([...base.entries].filter(([path2, entry]) => entry.type !== "dir" && (now.has(path2) || picked(path2))).map(([path2]) => path2).sort(), index);
  const roles = new Map(setup.roles);
  const newRoles = rolesOf(paths.filter((path2) => !roles.has(path2)), setup.root, setup.loaded, setup.settings.repository, setup.content);
  for (const [path2, role] of newRoles)
    roles.set(path2, role);
  const outcomes = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const differing = [];
  for (const path2 of paths) {
    const same = !base.changed.has(path2) && pass.outcomes.get(path2);
    if (same) {
      outcomes.set(path2, same);
      texts.set(path2, pass.texts.get(path2) ?? "");
    } else
      differing.push(path2);
  }
  let parsed = 0;
  let fromCache = 0;
  const bytes = await base.read(differing);
  for (const path2 of differing) {
    const data = bytes.get(path2);
    if (!data)
      continue;
    const linted = baseOutcome(setup, roles.get(path2), path2, data, keepInCache);
    outcomes.set(path2, linted.outcome);
    texts.set(path2, linted.text);
    if (linted.cached)
      fromCache++;
    else
      parsed++;
  }
  indexOutcomes({ local: index, roles }, outcomes.values(), (outcome) => outcome === pass.outcomes.get(outcome.path) ? setup.local.get(outcome.path) : void 0);
  const touched = changedLookups(setup.local, index);
  const affected = /* @__PURE__ */ new Set();
  for (const path2 of pass.outcomes.keys()) {
    const keys = reads.byFile.get(path2);
    if (reads.unattributed || base.changed.has(path2) || !outcomes.has(path2) || keys !== void 0 && [...keys].some((key) => touched.has(key)))
      affected.add(path2);
  }
  const before = new Map([...base.moves].map(([from, to]) => [to, from]));
  const compared = /* @__PURE__ */ new Map();
  for (const path2 of affected) {
    const at = before.get(path2) ?? path2;
    const outcome = outcomes.get(at);
    if (outcome)
      compared.set(at, outcome);
  }
  const project = runProjectRules({ local: index, upstream: setup.upstream, loaded: setup.loaded, settings: setup.settings }, viewsOf({ roles }, compared.values(), texts), null);
  const rules = severityOf2(setup.loaded);
  const current = /* @__PURE__ */ new Set();
  const atHead = [];
  for (const file of files) {
    const path2 = relative5(setup.root, file.path).split(sep5).join("/");
    if (!affected.has(path2))
      continue;
    for (const message of file.messages) {
      const identity = identityOfMessage(message);
      if (!identity)
        continue;
      current.add(identity.path);
      atHead.push([message, identity]);
    }
  }
  const known = /* @__PURE__ */ new Set();
  for (const [path2, outcome] of compared) {
    const moved = current.has(path2) ? void 0 : base.moves.get(path2);
    for (const identity of reportedFindings(path2, outcome, project, rules).identities)
      known.add(identityKey2(moved ? { ...identity, path: moved } : identity));
  }
  const fresh = new Set(atHead.flatMap(([message, identity]) => known.has(identityKey2(identity)) ? [] : [message]));
  return { fresh, parsed, fromCache, compared: affected.size };
}
function baseOutcome(setup, role, path2, data, keepInCache) {
  const job = { path: path2, role: role.role, resolve: role.resolve };
  if (data.length > limitsOf(setup.active).bytes)
    return {
      outcome: lintFileText("", { ...job, oversize: data.length }, setup.active, setup.settings),
      text: "",
      cached: false
    };
  const { text, problem } = inspectText(Buffer.from(data.buffer, data.byteOffset, data.length));
  const encoding = problem ? encodingFact(problem) : void 0;
  const hash3 = outcomeHash(text, encoding);
  const key = `${path2}\0base`;
  const hit = setup.cache?.get(path2, hash3, roleKey(role)) ?? setup.cache?.get(key, hash3, roleKey(role));
  keepInCache.add(key);
  if (hit)
    return { outcome: hit, text, cached: true };
  const outcome = lintFileText(text, { ...job, ...encoding ? { encoding } : {} }, setup.active, setup.settings);
  setup.cache?.set(key, roleKey(role), outcome);
  return { outcome, text, cached: false };
}
function changedLookups(now, then) {
  const touched = /* @__PURE__ */ new Set();
  const differs = (path2) => {
    touched.add(path2);
    if (readmeName.test(posix4.basename(path2)))
      touched.add(readmeKey(posix4.dirname(path2) === "." ? "" : posix4.dirname(path2)));
  };
  const thenEntries = new Map(then.entries());
  for (const [path2, entry] of now.entries()) {
    const other = thenEntries.get(path2);
    thenEntries.delete(path2);
    if (!other || !sameEntry(entry, other))
      differs(path2);
  }
  for (const path2 of thenEntries.keys())
    differs(path2);
  return touched;
}
function sameEntry(a, b) {
  if (a === b)
    return true;
  if (a.type !== b.type || a.symlink !== b.symlink || a.lines !== b.lines)
    return false;
  if (a.anchors === b.anchors)
    return true;
  if (!a.anchors || !b.anchors || a.anchors.size !== b.anchors.size)
    return false;
  for (const anchor of a.anchors)
    if (!b.anchors.has(anchor))
      return false;
  return true;
}
function identityKey2(identity) {
  return `${identity.ruleId}\0${identity.path}\0${identity.key}\0${identity.occurrence}`;
}

// ../../packages/lint/dist/engine/shard-scope.js
import { statSync as statSync2 } from "node:fs";
import { join as join7 } from "node:path";
function shardScope(setup, shard) {
  const plan = planShards(setup.paths.map((path2) => ({ path: path2, bytes: statSync2(join7(setup.root, path2)).size })), shard.count);
  return { shard, own: new Set(plan.shards[shard.index - 1]), digest: plan.digest, context: 0, passes: 0 };
}
function ownsUrl(shard) {
  return (url) => shardOfUrl(url, shard.count) === shard.index;
}
async function shardProjectPass(setup, scope, files, project, read, lastTargets = /* @__PURE__ */ new Set()) {
  const add = (more2) => {
    for (const [path2, outcome] of more2.outcomes)
      files.outcomes.set(path2, outcome);
    for (const [path2, text] of more2.texts)
      files.texts.set(path2, text);
    files.parsed += more2.parsed;
    files.fromCache += more2.fromCache;
    files.handedBack += more2.handedBack;
    scope.context += more2.outcomes.size;
  };
  const known = setup.paths.filter((path2) => lastTargets.has(path2) && !files.outcomes.has(path2));
  if (known.length > 0)
    add(await read(known));
  const asked = /* @__PURE__ */ new Set();
  for (; ; ) {
    for (const path2 of setup.paths)
      if (!files.outcomes.has(path2))
        setup.local.defer(path2, asked);
    const findings = project();
    scope.passes++;
    const missing = setup.paths.filter((path2) => asked.has(path2) && !files.outcomes.has(path2));
    asked.clear();
    if (missing.length === 0)
      return findings;
    add(await read(missing));
  }
}
function shardReport(pass, own) {
  const outcomes = /* @__PURE__ */ new Map();
  for (const [path2, outcome] of pass.outcomes) {
    if (own.has(path2))
      outcomes.set(path2, outcome);
    else if ((pass.project.get(path2) ?? []).length > 0)
      outcomes.set(path2, { ...outcome, findings: [] });
  }
  return { ...pass, outcomes };
}

// ../../packages/lint/dist/engine/run-lint.js
async function lint(options2) {
  if (options2.shard && options2.fix)
    throw new TypeError("a shard reports only: `fix` needs the whole run");
  const setup = await setupLint(options2);
  const scope = options2.shard ? shardScope(setup, options2.shard) : null;
  const workers = { pool: null };
  const external = new ExternalRun(setup, scope);
  let parsed = 0;
  let fromCache = 0;
  let handedBack = 0;
  let inPart = 0;
  let inPartBytes = 0;
  const lintPass = async () => {
    const paths = scope && !external.wanted ? setup.paths.filter((path2) => scope.own.has(path2)) : setup.paths;
    const files = await external.around((pass2) => lintFiles(setup, workers, (batch, texts) => pass2?.feed(viewsOf(setup, batch, texts)), pass2 ? () => pass2.saturated() : null, paths));
    const results = await external.results(files);
    if (options2.trackReads)
      setup.local.reads = new IndexReads();
    const project = scope ? await shardProjectPass(setup, scope, files, () => runProjectPass(setup, files.outcomes, files.texts, results, scope.own), (more2) => lintFiles(setup, workers, () => void 0, null, more2, true), setup.cache?.factsOnlyPaths()) : runProjectPass(setup, files.outcomes, files.texts, results);
    parsed += files.parsed;
    fromCache += files.fromCache;
    handedBack += files.handedBack;
    inPart += files.inPart;
    inPartBytes += files.inPartBytes;
    return { outcomes: files.outcomes, texts: files.texts, project };
  };
  let pass;
  let fixed = [];
  try {
    pass = await lintPass();
    if (options2.fix)
      ({ pass, fixed } = await fixLoop(setup, pass, lintPass));
  } finally {
    workers.pool?.close();
  }
  const vfiles = toVFiles(scope ? shardReport(pass, scope.own) : pass, setup.loaded, setup.root, setup.cwd, {
    identities: options2.identities !== false || options2.trackReads === true
  });
  const reads = setup.local.reads;
  const since = reads ? { pass, reads } : null;
  const keepInCache = new Set(setup.paths);
  return {
    files: vfiles,
    rules: options2.rules.map((rule) => rule.meta),
    root: setup.root,
    repository: setup.settings.repository,
    defaultBranch: setup.settings.defaultBranch,
    stats: {
      files: scope ? scope.own.size : setup.paths.length,
      parsed,
      fromCache,
      handedBack,
      inPart,
      inPartBytes,
      fixed,
      warnings: setup.warnings,
      ...external.stats ? { external: external.stats } : {},
      ...scope ? { shard: { ...scope.shard, digest: scope.digest, context: scope.context, passes: scope.passes } } : {}
    },
    moves: () => setup.local.refs?.renames ?? /* @__PURE__ */ new Map(),
    derived: (name, hash3, derive) => setup.cache ? setup.cache.derived(name, hash3, derive) : derive(),
    inputs: [
      setup.loaded.file,
      setup.listing,
      setup.content?.paths.config ?? null,
      setup.content?.paths.lock ?? null
    ].flatMap((path2) => path2 === null ? [] : [resolve7(setup.cwd, path2)]),
    sinceBase: async (base) => {
      if (!since)
        throw new Error("sinceBase needs a run with `trackReads`");
      return lintSinceBase(setup, since.pass, vfiles, since.reads, base, keepInCache);
    },
    saveCache: async () => setup.cache ? await setup.cache.save(keepInCache) : null
  };
}
var ExternalRun = class {
  #setup;
  #scope;
  #checked = /* @__PURE__ */ new Map();
  #current = null;
  stats;
  constructor(setup, scope) {
    this.#setup = setup;
    this.#scope = scope;
  }
  /** True when the run checks external URLs. */
  get wanted() {
    const { options: options2, loaded } = this.#setup;
    return options2.external !== void 0 && loaded.rules.some((setting) => setting.rule.meta.external);
  }
  /** Starts this pass's external checks (when asked for) and runs `lintFiles` with them. */
  async around(lintFiles2) {
    this.#current = await this.#start();
    try {
      return await lintFiles2(this.#current);
    } catch (error) {
      await this.#current?.abandon();
      throw error;
    }
  }
  async results(files) {
    const pass = this.#current;
    if (!pass)
      return null;
    const sorted = [...files.outcomes.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const done = await pass.finish(viewsOf(this.#setup, sorted, files.texts));
    const { warnings } = this.#setup;
    warnings.push(...done.warnings.filter((warning) => !warnings.includes(warning)));
    this.stats ??= done.stats;
    return done.external;
  }
  async #start() {
    const { options: options2, loaded, cwd, content, local, settings } = this.#setup;
    if (!options2.external || !this.wanted)
      return null;
    const cachePath = options2.external.cache === void 0 ? resolve7(loaded.base, loaded.config.external.cache) : options2.external.cache === null ? null : resolve7(cwd, options2.external.cache);
    const { startExternalPass } = await import("./chunk-YF7CX5B3.js");
    return startExternalPass(loaded.config.external, content, options2.external, cachePath, this.#checked, local.refs?.gitDir ? null : { defaultBranch: settings.defaultBranch }, this.#scope ? ownsUrl(this.#scope.shard) : null);
  }
};

// ../../packages/lint/dist/reporters/github.js
var command = { error: "error", warning: "warning", info: "notice" };
function escapeData(value) {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function annotation(path2, finding) {
  const properties = [["file", path2]];
  if (finding.start)
    properties.push(["line", finding.start.line], ["col", finding.start.column]);
  if (finding.start && finding.end)
    properties.push(["endLine", finding.end.line], ["endColumn", finding.end.column]);
  if (finding.ruleId)
    properties.push(["title", finding.ruleId]);
  let message = finding.reason;
  const cause = finding.cause;
  if (cause)
    message += ` \u2014 see ${cause.start ? `${cause.path}:${cause.start.line}:${cause.start.column}` : cause.path}`;
  if (finding.ruleId)
    message += ` (${finding.ruleId})`;
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command[finding.severity]} ${props}::${escapeData(message)}`;
}
var github = (files, options2) => {
  const lines = collectFindings(files, options2.cwd).flatMap((file) => file.findings.map((finding) => annotation(file.path, finding)));
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
};

// ../../packages/lint/dist/reporters/html.js
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function scriptJson(value) {
  let text = JSON.stringify(value).replaceAll("<", "\\u003c");
  if (text.includes("\u2028"))
    text = text.replaceAll("\u2028", "\\u2028");
  return text.includes("\u2029") ? text.replaceAll("\u2029", "\\u2029") : text;
}
function barChart(model) {
  const rowHeight = 22;
  const labelWidth = 320;
  const barWidth = 560;
  const most = Math.max(1, ...model.groups.map((group) => group.entries.length));
  const height = rowHeight * model.groups.length + 4;
  const bars = model.groups.map((group, index) => {
    const y = index * rowHeight + 2;
    const width = Math.max(1, Math.round(group.entries.length / most * barWidth));
    return `<g class="bar" data-group="${escapeHtml(group.key)}" data-count="${group.entries.length}"><title>${escapeHtml(group.label)}: ${group.entries.length}</title><text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(group.label.length > 44 ? `${group.label.slice(0, 43)}\u2026` : group.label)}</text><rect x="${labelWidth}" y="${y}" width="${width}" height="${rowHeight - 6}"></rect><text x="${labelWidth + width + 6}" y="${y + 15}">${group.entries.length}</text></g>`;
  });
  return `<svg role="img" aria-labelledby="chart-title" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Findings per group</title>${bars.join("")}</svg>`;
}
function options(values) {
  return [
    '<option value="">all</option>',
    ...values.map((item) => `<option value="${escapeHtml(item.value)}">${escapeHtml(item.label)}</option>`)
  ].join("");
}
var style = `body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1f2328;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.5rem}
svg text{font:12px system-ui,sans-serif;fill:#1f2328}svg rect{fill:#0969da}
form{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;margin:1rem 0}
label{display:flex;flex-direction:column;font-weight:600;gap:.2rem}
select,input,button{font:inherit;padding:.25rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.msg{word-break:break-word}code{font-size:.9em}
.error{color:#cf222e}.warning{color:#9a6700}
:focus-visible{outline:3px solid #0969da;outline-offset:2px}`;
var script = `(function(){
var data=JSON.parse(document.getElementById('report-data').textContent);
var page=0,size=200,rows=data.rows;
var sel={group:document.getElementById('f-group'),rule:document.getElementById('f-rule'),outcome:document.getElementById('f-outcome'),status:document.getElementById('f-status'),text:document.getElementById('f-text')};
var body=document.getElementById('rows'),count=document.getElementById('visible-count'),prev=document.getElementById('prev'),next=document.getElementById('next');
function matches(r){var t=sel.text.value.toLowerCase();return(!sel.group.value||r.g===sel.group.value)&&(!sel.rule.value||r.r===sel.rule.value)&&(!sel.outcome.value||r.o===sel.outcome.value)&&(!sel.status||!sel.status.value||r.n===sel.status.value)&&(!t||(r.p+' '+r.m).toLowerCase().indexOf(t)!==-1);}
function cell(tr,text,cls){var td=document.createElement('td');if(cls)td.className=cls;if(text!==null)td.textContent=text;tr.appendChild(td);return td;}
function render(){var shown=rows.filter(matches);var pages=Math.max(1,Math.ceil(shown.length/size));if(page>=pages)page=pages-1;
body.textContent='';var slice=shown.slice(page*size,page*size+size);
for(var i=0;i<slice.length;i++){var r=slice[i];var tr=document.createElement('tr');
var where=cell(tr,null);if(r.u){var a=document.createElement('a');a.href=r.u;a.textContent=r.p+':'+r.l;where.appendChild(a);}else where.textContent=r.p+':'+r.l;
cell(tr,data.groups[r.g]||r.g);cell(tr,r.r);cell(tr,r.o,r.o);cell(tr,r.m,'msg');
var s=cell(tr,r.s===null?'':r.s);var f=cell(tr,null);if(r.f!==null){var c=document.createElement('code');c.textContent=r.f;f.appendChild(c);}
if(data.status)cell(tr,r.n||'');body.appendChild(tr);}
count.textContent=shown.length+' of '+rows.length+' finding(s) shown'+(shown.length>size?', page '+(page+1)+' of '+pages:'');
prev.disabled=page===0;next.disabled=page>=pages-1;}
['group','rule','outcome','status'].forEach(function(k){if(sel[k])sel[k].addEventListener('change',function(){page=0;render();});});
sel.text.addEventListener('input',function(){page=0;render();});
prev.addEventListener('click',function(){page--;render();});next.addEventListener('click',function(){page++;render();});
document.getElementById('filters').addEventListener('submit',function(e){e.preventDefault();});
render();})();`;
function htmlReport(model, reporterOptions) {
  const rules = [...new Set(model.entries.map((entry) => entry.finding.ruleId ?? "(none)"))].sort();
  const data = {
    status: model.withStatus,
    groups: Object.fromEntries(model.groups.map((group) => [group.key, group.label])),
    rows: model.entries.map((entry) => ({
      p: entry.path,
      l: entry.finding.start?.line ?? 0,
      u: entry.link,
      g: entry.group.key,
      r: entry.finding.ruleId ?? "(none)",
      o: entry.finding.severity,
      m: entry.finding.reason,
      s: entry.suggestion,
      f: entry.fix,
      n: entry.status ?? null
    }))
  };
  const where = reporterOptions.repository ? ` of ${reporterOptions.repository}${reporterOptions.ref ? `@${reporterOptions.ref}` : ""}` : "";
  const groupBy = reporterOptions.groupBy ?? "directory";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>devguide lint report${escapeHtml(where)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>devguide lint report${escapeHtml(where)}</h1>
<p>${model.entries.length} finding(s) in ${model.files} file(s): ${model.counts.error} error(s), ${model.counts.warning} warning(s), ${model.counts.info} info(s)${model.withStatus ? `; <span id="baseline-counts">${model.fresh} new, ${model.unchanged} unchanged, ${model.fixed.length} fixed</span> against the baseline` : ""}.</p>
<h2 id="by-group">Findings per ${escapeHtml(groupBy)}</h2>
${barChart(model)}
<h2 id="findings">Findings</h2>
<form id="filters" role="search" aria-label="Filter findings">
<label for="f-group">${escapeHtml(groupBy)}<select id="f-group">${options(model.groups.map((group) => ({ value: group.key, label: `${group.label} (${group.entries.length})` })))}</select></label>
<label for="f-rule">rule<select id="f-rule">${options(rules.map((rule) => ({ value: rule, label: rule })))}</select></label>
<label for="f-outcome">outcome<select id="f-outcome">${options(["error", "warning", "info"].map((value) => ({ value, label: value })))}</select></label>
${model.withStatus ? `<label for="f-status">status<select id="f-status">${options(["new", "unchanged"].map((value) => ({ value, label: value })))}</select></label>
` : ""}<label for="f-text">text<input id="f-text" type="search"></label>
</form>
<p id="visible-count" aria-live="polite"></p>
<table>
<caption>Findings, by group and file</caption>
<thead><tr><th scope="col">where</th><th scope="col">${escapeHtml(groupBy)}</th><th scope="col">rule</th><th scope="col">outcome</th><th scope="col">message</th><th scope="col">suggestion</th><th scope="col">fix</th>${model.withStatus ? '<th scope="col">status</th>' : ""}</tr></thead>
<tbody id="rows"></tbody>
</table>
<nav aria-label="Pages"><button type="button" id="prev">previous page</button> <button type="button" id="next">next page</button></nav>
</main>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
var html = (files, reporterOptions) => htmlReport(buildReport(files, reporterOptions), reporterOptions);

// ../../packages/lint/dist/reporters/json-pieces.js
var marker = "\0devguide-items\0";
var markerJson = JSON.stringify(marker);
var itemsMarker = marker;
function* jsonPieces(skeleton, items, itemPieces, indent = "") {
  const text = JSON.stringify(skeleton, null, 2).replaceAll("\n", `
${indent}`);
  const at = text.indexOf(markerJson);
  if (at < 0)
    throw new TypeError("jsonPieces: the skeleton holds no `itemsMarker`");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const lineIndent = (lineStart === 0 ? indent : "") + /^ */.exec(text.slice(lineStart))[0];
  const itemIndent = `${lineIndent}  `;
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    yield first ? `[
${itemIndent}` : `,
${itemIndent}`;
    first = false;
    yield* itemPieces(item, itemIndent);
  }
  yield first ? "[]" : `
${lineIndent}]`;
  yield text.slice(at + markerJson.length);
}
function wholeItem(item, indent) {
  return [JSON.stringify(item, null, 2).replaceAll("\n", `
${indent}`)];
}

// ../../packages/lint/dist/reporters/json.js
var severityNumber = { error: 2, warning: 1, info: 0 };
function causeOf(cause, filePath, placeOf) {
  const related = relatedOf(cause, filePath, placeOf);
  return related ? {
    filePath: related.path,
    line: related.start?.line ?? 0,
    column: related.start?.column ?? 0,
    message: related.reason
  } : void 0;
}
function jsonMessage(message, filePath, text, placeOf) {
  const { start, end } = spanOf(message.place, message.line, message.column);
  const line = start?.line ?? 0;
  const column = start?.column ?? 0;
  const fixable = isFixable(message);
  const result = {
    ruleId: message.ruleId ?? null,
    severity: severityNumber[severityOf(message)],
    message: message.reason,
    line,
    column,
    endLine: end?.line ?? line,
    endColumn: end?.column ?? column,
    url: message.url ?? null,
    fixable
  };
  const cause = causeOf(message.cause, filePath, placeOf);
  if (cause)
    result.cause = cause;
  const identity = identityOfMessage(message);
  if (identity)
    result.identity = identity;
  if (fixable) {
    result.edits = message.fix.map((edit) => ({
      start: edit.start,
      end: edit.end,
      replaced: edit.replaced ?? text.slice(edit.start, edit.end),
      text: edit.text
    }));
  }
  return result;
}
function* jsonResultPieces(files, options2, skeleton = itemsMarker) {
  const placeOf = placesUnder(options2.cwd);
  yield* jsonPieces(skeleton, files, (file, indent) => resultPieces(file, options2, placeOf, indent));
}
function resultPieces(file, options2, placeOf, indent) {
  const placed = placedMessages(file, placeOf);
  const { path: path2, absolute } = placed;
  const text = String(file.value ?? "");
  const counts2 = countFindings(countedOf(placed.messages));
  const skeleton = {
    filePath: path2,
    messages: itemsMarker,
    errorCount: counts2.errors,
    warningCount: counts2.warnings,
    fixableErrorCount: counts2.fixableErrors,
    fixableWarningCount: counts2.fixableWarnings
  };
  if (options2.groupOf)
    skeleton.group = options2.groupOf(displayPath(absolute, options2.root ?? options2.cwd));
  return jsonPieces(skeleton, inPlaceOrder(placed), (message, itemIndent) => wholeItem(jsonMessage(message, absolute, text, placeOf), itemIndent), indent);
}
function* jsonReportPieces(files, options2) {
  yield* jsonResultPieces(files, options2);
  yield "\n";
}
var json = (files, options2) => [...jsonReportPieces(files, options2)].join("");

// ../../packages/lint/dist/reporters/markdown.js
var summaryLimit = 1024 * 1024 - 16 * 1024;
function escapeMarkdown(text) {
  let escaped = markdownSpecial.test(text) ? text.replace(markdownSpecialAll, "\\$&") : text;
  if (escaped.includes("\n") || escaped.includes("\r"))
    escaped = escaped.replace(lineBreaks, " ");
  if (escaped.includes("://"))
    escaped = escaped.replaceAll("://", "\\://");
  return wwwStart.test(escaped) ? escaped.replace(wwwStartAll, "$1\\.") : escaped;
}
var markdownSpecial = /[\\`*_{}[\]()<>#!|~&$]/;
var markdownSpecialAll = new RegExp(markdownSpecial.source, "g");
var lineBreaks = /[\r\n]+/g;
var wwwStart = /\bwww\./i;
var wwwStartAll = /\b(www)\./gi;
function safeUrl(url) {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function row(cells) {
  return ["|", cells.join(" | "), "|"].join(" ");
}
function table(header, rows) {
  return tableOf(header, rows.map(row));
}
function tableOf(header, rows) {
  return [row(header), row(header.map(() => "---")), ...rows];
}
var rowsOf = /* @__PURE__ */ new WeakMap();
var findingHeader = (model) => [
  ...model.withStatus ? ["status"] : [],
  "where",
  "rule",
  "severity",
  "message"
];
function groupRows(group, model) {
  let rows = rowsOf.get(group);
  if (!rows) {
    const entries = model.withStatus ? [
      ...group.entries.filter((entry) => entry.status === "new"),
      ...group.entries.filter((entry) => entry.status !== "new")
    ] : group.entries;
    const where = new Map(group.files.map((file) => [file.path, { text: escapeMarkdown(file.path), url: file.link && safeUrl(file.link) }]));
    const rules = /* @__PURE__ */ new Map();
    rows = {
      files: group.files.map((file) => {
        const place = where.get(file.path);
        return row([place.url ? `[${place.text}](${place.url})` : place.text, String(file.count), String(file.errors)]);
      }),
      findings: entries.map((entry) => {
        const place = where.get(entry.path);
        const line = entry.finding.start?.line;
        const text = `${place.text}:${line ?? 0}`;
        const ruleId = entry.finding.ruleId ?? "";
        let rule = rules.get(ruleId);
        if (rule === void 0)
          rules.set(ruleId, rule = escapeMarkdown(ruleId));
        const at = place.url ? `[${text}](${place.url}${line ? `#L${line}` : ""})` : text;
        const cells = [at, rule, entry.finding.severity, escapeMarkdown(entry.finding.reason)];
        return row(model.withStatus ? [entry.status ?? "", ...cells] : cells);
      })
    };
    rowsOf.set(group, rows);
  }
  return rows;
}
var fixedHeader = ["file", "rule", "was", "group"];
var fixedRowsOf = /* @__PURE__ */ new WeakMap();
function fixedRows(model) {
  let rows = fixedRowsOf.get(model);
  if (!rows) {
    rows = model.fixed.map((entry) => row([
      escapeMarkdown(entry.path),
      escapeMarkdown(entry.ruleId),
      escapeMarkdown(entry.key),
      escapeMarkdown(entry.group.label)
    ]));
    fixedRowsOf.set(model, rows);
  }
  return rows;
}
function more(rest, what) {
  return rest > 0 ? ["", `\u2026 and ${rest} more ${what}.`] : [];
}
var total = (counts2) => counts2.error + counts2.warning + counts2.info;
function groupSection(group, model, limits) {
  const lines = [
    `### ${escapeMarkdown(group.label)}`,
    "",
    `${total(group.counts)} finding(s) in ${group.files.length} file(s): ${group.counts.error} error(s), ${group.counts.warning} warning(s), ${group.counts.info} info(s)${model.withStatus ? `; ${group.fresh} new, ${group.entries.length - group.fresh} unchanged, ${group.fixed} fixed` : ""}.`,
    ""
  ];
  const rows = groupRows(group, model);
  const files = rows.files.slice(0, limits.files);
  lines.push(...tableOf(["file", "findings", "errors"], files), ...more(group.files.length - files.length, "file(s)"));
  const findings = rows.findings.slice(0, limits.findings);
  if (findings.length > 0)
    lines.push("", ...tableOf(findingHeader(model), findings));
  lines.push(...more(group.entries.length - findings.length, "finding(s) in this group"), "");
  return lines;
}
function fixedSection(model, limits) {
  if (!model.withStatus)
    return [];
  const lines = [
    "### Fixed since the baseline",
    "",
    `${model.fixed.length} finding(s) of the baseline no longer reported.`
  ];
  const rows = fixedRows(model).slice(0, limits.findings);
  if (rows.length > 0)
    lines.push("", ...tableOf(fixedHeader, rows));
  lines.push(...more(model.fixed.length - rows.length, "fixed finding(s)"), "");
  return lines;
}
function render(model, options2, limits) {
  const where = options2.repository ? ` of ${escapeMarkdown(options2.repository)}${options2.ref ? `@${escapeMarkdown(options2.ref)}` : ""}` : "";
  const status = model.withStatus;
  const lines = [
    `## devguide lint report${where}`,
    "",
    `${model.entries.length} finding(s) in ${model.files} file(s): ${model.counts.error} error(s), ${model.counts.warning} warning(s), ${model.counts.info} info(s)${status ? `; ${model.fresh} new, ${model.unchanged} unchanged, ${model.fixed.length} fixed against the baseline` : ""}.`,
    "",
    "### Totals by rule",
    "",
    ...table(["rule", "errors", "warnings", "infos", "total", ...status ? ["new", "fixed"] : []], model.byRule.map((rule) => [
      escapeMarkdown(rule.ruleId),
      String(rule.counts.error),
      String(rule.counts.warning),
      String(rule.counts.info),
      String(total(rule.counts)),
      ...status ? [String(rule.fresh), String(rule.fixed)] : []
    ])),
    "",
    `### By ${escapeMarkdown(options2.groupBy ?? "directory")}`,
    "",
    ...table(["group", "findings", "errors", "warnings", "infos", "files", ...status ? ["new", "fixed"] : []], model.groups.map((group) => [
      escapeMarkdown(group.label),
      String(group.entries.length),
      String(group.counts.error),
      String(group.counts.warning),
      String(group.counts.info),
      String(group.files.length),
      ...status ? [String(group.fresh), String(group.fixed)] : []
    ])),
    ""
  ];
  for (const group of model.groups)
    lines.push(...groupSection(group, model, limits));
  lines.push(...fixedSection(model, limits));
  return `${lines.join("\n").trimEnd()}
`;
}
function markdownReport(model, options2, limit = summaryLimit) {
  const fits = (text) => Buffer.byteLength(text) <= limit;
  const tables = [
    ...model.groups.map((group) => ({ header: findingHeader(model), rows: groupRows(group, model).findings })),
    ...model.withStatus ? [{ header: fixedHeader, rows: fixedRows(model) }] : []
  ].map(({ header, rows }) => {
    const prefix = [0];
    for (const line of rows)
      prefix.push(prefix.at(-1) + Buffer.byteLength(line) + 1);
    return { header: Buffer.byteLength(`
${tableOf(header, []).join("\n")}
`), prefix };
  });
  const most = Math.max(0, ...model.groups.map((group) => Math.max(group.entries.length, group.files.length)), model.fixed.length);
  const estimate = (base2, rows) => {
    let high2 = base2.bytes;
    for (const table2 of tables) {
      const shown2 = Math.min(rows, table2.prefix.length - 1);
      if (shown2 > 0)
        high2 += table2.header + table2.prefix[shown2];
    }
    return { high: high2, low: high2 - base2.more };
  };
  const baseOf = (files) => ({
    bytes: Buffer.byteLength(render(model, options2, { findings: 0, files })),
    // The `… and n more` lines of tables without rows: each at most this long.
    more: tables.length * 64
  });
  if (estimate(baseOf(most), most).low <= limit) {
    const full = render(model, options2, { findings: most, files: most });
    if (fits(full))
      return full;
  }
  const base = baseOf(10);
  let low = 0;
  let high = most;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimate(base, mid).high <= limit)
      low = mid;
    else
      high = mid - 1;
  }
  let cut = render(model, options2, { findings: low, files: Math.min(low, 10) || 10 });
  if (fits(cut))
    return cut;
  for (const files of [5, 1, 0]) {
    cut = render(model, options2, { findings: 0, files });
    if (fits(cut))
      return cut;
  }
  return cut;
}
var markdown = (files, options2) => markdownReport(buildReport(files, options2, false), options2);

// ../../packages/lint/dist/reporters/sarif.js
import { hash as hash2 } from "node:crypto";
import { join as join8 } from "node:path";
import { pathToFileURL } from "node:url";
var sarifSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
var informationUri = projectRepositoryUrl();
var srcRoot = "%SRCROOT%";
var defaultLevel = { error: "error", warn: "warning", off: "none" };
var resultLevel = { error: "error", warning: "warning", info: "note" };
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((word) => word !== "").map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function escapeSarifText(text) {
  return text.replace(/[\\[\]]/g, "\\$&");
}
function fingerprintOf(ruleId, path2, reason) {
  return hash2("sha256", `${ruleId ?? ""}\0${path2}\0${reason}`).slice(0, 32);
}
function srcRootUri(cwd) {
  const href = pathToFileURL(cwd).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function regionOf(start, end) {
  if (!start)
    return void 0;
  return { startLine: start.line, startColumn: start.column, endLine: end?.line, endColumn: end?.column };
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: defaultLevel[rule.defaultSeverity] },
    properties: { tags: ["markdown", ...rule.fixable ? ["fixable"] : []] }
  };
}
var Artifacts = class {
  list = [];
  index = /* @__PURE__ */ new Map();
  add(path2, absolute, linted) {
    let index = this.index.get(absolute);
    if (index === void 0) {
      index = this.list.length;
      this.index.set(absolute, index);
      this.list.push({ location: locationOf(path2, absolute), ...linted ? { roles: ["analysisTarget"] } : {} });
    }
    return { ...this.list[index].location, index };
  }
};
function locationOf(path2, absolute) {
  if (isOutside(path2))
    return { uri: pathToFileURL(absolute).href };
  return { uri: path2.split("/").map(encodeURIComponent).join("/"), uriBaseId: srcRoot };
}
function relatedText(cause) {
  return cause.start ? `${cause.path}:${cause.start.line}:${cause.start.column}` : cause.path;
}
function* sarifPieces(files, options2) {
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  for (const rule of options2.rules) {
    if (ruleIndex.has(rule.id))
      continue;
    ruleIndex.set(rule.id, rules.length);
    rules.push(rule);
  }
  const placeOf = placesUnder(options2.cwd);
  const artifacts = new Artifacts();
  const views = files.map((file) => placedMessages(file, placeOf));
  for (const view of views)
    artifacts.add(view.path, view.absolute, true);
  for (const view of views)
    for (const message of inPlaceOrder(view)) {
      const cause = findingOf2(message, view.absolute, options2.cwd, placeOf).cause;
      if (cause)
        artifacts.add(cause.path, cause.absolute, false);
    }
  const occurrences = /* @__PURE__ */ new Map();
  function* results() {
    for (const view of views)
      for (const message of inPlaceOrder(view))
        yield resultOf(view.path, view.absolute, findingOf2(message, view.absolute, options2.cwd, placeOf), message);
    for (const entry of options2.absent ?? [])
      yield absentResult(entry);
  }
  function resultOf(path2, absolute, finding, message) {
    const identity = identityOfMessage(message);
    const state = baselineStateOf(message);
    let fingerprint;
    if (identity)
      fingerprint = fingerprintDigest(identity);
    else {
      const hash3 = fingerprintOf(finding.ruleId, path2, finding.reason);
      const occurrence = (occurrences.get(hash3) ?? 0) + 1;
      occurrences.set(hash3, occurrence);
      fingerprint = `${hash3}:${occurrence}`;
    }
    const index = finding.ruleId === void 0 ? void 0 : ruleIndex.get(finding.ruleId);
    const region = regionOf(finding.start, finding.end);
    const cause = finding.cause;
    let text = escapeSarifText(finding.reason);
    if (cause)
      text += ` \u2014 see [${escapeSarifText(relatedText(cause))}](1)`;
    return {
      ruleId: finding.ruleId,
      ruleIndex: index,
      level: resultLevel[finding.severity],
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: artifacts.add(path2, absolute, true), region } }],
      relatedLocations: cause ? [relatedLocationOf(cause)] : void 0,
      partialFingerprints: { [fingerprintKey]: fingerprint },
      baselineState: state
    };
  }
  function absentResult(entry) {
    const index = ruleIndex.get(entry.ruleId);
    const absolute = join8(options2.cwd, ...entry.path.split("/"));
    return {
      ruleId: entry.ruleId,
      ruleIndex: index,
      level: "none",
      message: { text: escapeSarifText(`Fixed: ${entry.key}`) },
      locations: [{ physicalLocation: { artifactLocation: locationOf(entry.path, absolute) } }],
      partialFingerprints: { [fingerprintKey]: entry.fingerprint },
      baselineState: "absent"
    };
  }
  function relatedLocationOf(cause) {
    const region = regionOf(cause.start, void 0);
    return {
      id: 1,
      physicalLocation: { artifactLocation: artifacts.add(cause.path, cause.absolute, false), region },
      message: { text: escapeSarifText(cause.reason) }
    };
  }
  const log2 = {
    $schema: sarifSchemaUri,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "devguide", version: options2.version, informationUri, rules: rules.map(ruleDescriptor) }
        },
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { [srcRoot]: { uri: srcRootUri(options2.cwd) } },
        artifacts: artifacts.list,
        results: itemsMarker,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  yield* jsonPieces(log2, results(), wholeItem);
  yield "\n";
}
var sarif = (files, options2) => [...sarifPieces(files, options2)].join("");

// ../../packages/lint/dist/reporters/pluralize.js
function pluralize(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// ../../packages/lint/dist/reporters/style.js
import { styleText } from "node:util";
function painter(color) {
  return (format, text) => color && text !== "" ? styleText(format, text, { validateStream: false }) : text;
}

// ../../packages/lint/dist/reporters/stylish.js
var severityStyle = { error: "red", warning: "yellow", info: null };
function position(finding) {
  return [String(finding.start?.line ?? 0), String(finding.start?.column ?? 0)];
}
function fileViews(files, cwd) {
  const placeOf = placesUnder(cwd);
  const views = [];
  for (const file of files) {
    if (file.messages.length === 0)
      continue;
    const { path: path2, absolute, messages, order } = placedMessages(file, placeOf);
    views.push({
      path: path2,
      absolute,
      count: messages.length,
      finding: (at) => findingOf2(messages[order[at]], absolute, cwd, placeOf)
    });
  }
  return views;
}
function causeLine(finding, paint) {
  const cause = finding.cause;
  if (!cause)
    return "";
  const where = cause.start ? `${cause.path}:${cause.start.line}:${cause.start.column}` : cause.path;
  return `
    ${paint("dim", `\u21B3 ${where}:`)} ${cause.reason}`;
}
function* fileBlock(file, paint) {
  let lineWidth = 0;
  let columnWidth = 0;
  let severityWidth = 0;
  let reasonWidth = 0;
  for (let at = 0; at < file.count; at++) {
    const finding = file.finding(at);
    const [line, column] = position(finding);
    lineWidth = Math.max(lineWidth, line.length);
    columnWidth = Math.max(columnWidth, column.length);
    severityWidth = Math.max(severityWidth, finding.severity.length);
    reasonWidth = Math.max(reasonWidth, finding.reason.length);
  }
  yield paint("underline", file.path);
  for (let at = 0; at < file.count; at++) {
    const finding = file.finding(at);
    const [line, column] = position(finding);
    const style2 = severityStyle[finding.severity];
    const cells = [
      paint("dim", `${line.padStart(lineWidth)}:${column}`) + " ".repeat(columnWidth - column.length),
      (style2 ? paint(style2, finding.severity) : finding.severity) + " ".repeat(severityWidth - finding.severity.length),
      finding.reason + " ".repeat(reasonWidth - finding.reason.length),
      paint("dim", finding.ruleId ?? "")
    ];
    yield `
${`  ${cells.join("  ")}`.trimEnd()}${causeLine(finding, paint)}`;
  }
}
function* groupedBlocks(files, options2, paint) {
  const groupOf = options2.groupOf;
  if (!groupOf) {
    for (const [at, file] of files.entries()) {
      if (at > 0)
        yield "\n\n";
      yield* fileBlock(file, paint);
    }
    return;
  }
  const root = options2.root ?? options2.cwd;
  const groups = /* @__PURE__ */ new Map();
  for (const file of files) {
    const { key, label } = groupOf(displayPath(file.absolute, root));
    let group = groups.get(key);
    if (!group)
      groups.set(key, group = { label, files: [], count: 0 });
    group.files.push(file);
    group.count += file.count;
  }
  const sorted = [...groups.entries()].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  for (const [at, [, group]] of sorted.entries()) {
    yield `${at > 0 ? "\n\n" : ""}${paint("bold", `${group.label}: ${pluralize(group.count, "problem")}`)}

`;
    for (const [index, file] of group.files.entries()) {
      if (index > 0)
        yield "\n\n";
      yield* fileBlock(file, paint);
    }
  }
}
function* allFindings(files) {
  for (const file of files)
    for (let at = 0; at < file.count; at++)
      yield file.finding(at);
}
function* stylishPieces(files, options2) {
  const paint = painter(options2.color);
  const withFindings = fileViews(files, options2.cwd);
  if (withFindings.length === 0)
    return;
  const counts2 = countFindings(allFindings(withFindings));
  const total2 = counts2.errors + counts2.warnings + counts2.infos;
  const breakdown = [
    pluralize(counts2.errors, "error"),
    pluralize(counts2.warnings, "warning"),
    ...counts2.infos > 0 ? [pluralize(counts2.infos, "info")] : []
  ];
  const summaryStyle = counts2.errors > 0 ? ["red", "bold"] : counts2.warnings > 0 ? ["yellow", "bold"] : "bold";
  const summary = [paint(summaryStyle, `\u2716 ${pluralize(total2, "problem")} (${breakdown.join(", ")})`)];
  const fixable = counts2.fixableErrors + counts2.fixableWarnings + counts2.fixableInfos;
  if (fixable > 0)
    summary.push(paint(summaryStyle, `  ${pluralize(fixable, "problem")} fixable with the --fix option`));
  yield* groupedBlocks(withFindings, options2, paint);
  yield `

${summary.join("\n")}
`;
}
var stylish = (files, options2) => [...stylishPieces(files, options2)].join("");

// ../../packages/lint/dist/reporters/index.js
var identityFormats = /* @__PURE__ */ new Set(["json", "sarif"]);
var reporters = {
  stylish,
  json,
  sarif,
  github,
  markdown,
  html
};
var reportPieces = {
  stylish: stylishPieces,
  json: jsonReportPieces,
  sarif: sarifPieces
};
function reportPiecesOf(format, files, options2) {
  const name = format;
  return reportPieces[name]?.(files, options2) ?? [reporters[name](files, options2)];
}

// ../../packages/lint/dist/patches/unified-diff.js
var context = 3;
var Lines = class {
  text;
  #line = 0;
  #offset = 0;
  /** Sorted by offset; the next one not yet passed is `#anchors[#next]`. */
  #anchors;
  #next = 0;
  constructor(text, anchors) {
    this.text = text;
    this.#anchors = usableAnchors(text, anchors);
  }
  #clamp(offset) {
    return offset > 0 && offset >= this.text.length && this.text.endsWith("\n") ? this.text.length - 1 : offset;
  }
  /** The 0-based line holding `offset`. */
  at(offset) {
    const at = this.#clamp(offset);
    if (at < this.#offset) {
      this.#line = 0;
      this.#offset = 0;
      this.#next = 0;
    }
    while (this.#next < this.#anchors.length && this.#anchors[this.#next].offset <= at) {
      const anchor = this.#anchors[this.#next++];
      if (anchor.offset > this.#offset) {
        this.#line = anchor.line - 1;
        this.#offset = anchor.offset;
      }
    }
    for (let index = this.text.indexOf("\n", this.#offset); index !== -1 && index < at; ) {
      this.#line++;
      index = this.text.indexOf("\n", index + 1);
    }
    this.#offset = at;
    return this.#line;
  }
  /** Where the line holding `offset` starts, `up` lines up (fewer at the start of the text). */
  startAbove(offset, up) {
    const at = this.#clamp(offset);
    let start = at === 0 ? 0 : this.text.lastIndexOf("\n", at - 1) + 1;
    for (let line = 0; line < up && start > 0; line++)
      start = start < 2 ? 0 : this.text.lastIndexOf("\n", start - 2) + 1;
    return start;
  }
  /** Where the line holding `offset` ends (after its `\n`), `down` lines down (fewer at the end). */
  endBelow(offset, down) {
    let end = this.#clamp(offset);
    for (let line = 0; line <= down && end < this.text.length; line++) {
      const next = this.text.indexOf("\n", end);
      end = next === -1 ? this.text.length : next + 1;
    }
    return end;
  }
};
function usableAnchors(text, anchors) {
  if (anchors.length === 0 || text.includes("\r"))
    return [];
  const sorted = [...anchors].sort((a, b) => a.offset - b.offset);
  for (let index = 0; index < sorted.length; index++) {
    const { offset, line, column } = sorted[index];
    if (!Number.isInteger(offset) || !Number.isInteger(line) || offset < 0 || offset > text.length || line < 1)
      return [];
    const lineStart = offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
    if (column !== offset - lineStart + 1 || lineStart === 0 !== (line === 1))
      return [];
    const previous = sorted[index - 1];
    if (previous && (line < previous.line || line === previous.line !== lineStart <= previous.offset))
      return [];
  }
  return sorted;
}
function prefixed(out, text, sign) {
  if (text === "")
    return 0;
  const ends = text.endsWith("\n");
  const lines = ends ? text.slice(0, -1) : text;
  const marked = lines.replaceAll("\n", `
${sign}`);
  out.push(sign + marked + (ends ? "\n" : "\n\\ No newline at end of file\n"));
  return (marked.length - lines.length) / sign.length + 1;
}
function unifiedDiffOfEdits(path2, text, edits, anchors = []) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted.length === 0)
    return "";
  const lines = new Lines(text, anchors);
  const ranges = [];
  for (let index = 0; index < sorted.length; index++) {
    const edit = sorted[index];
    const first = lines.at(edit.start);
    const lastOffset = Math.max(edit.start, edit.end - 1);
    const last = Math.max(first, lines.at(lastOffset));
    const previous = ranges[ranges.length - 1];
    if (previous && first - previous.last <= 2 * context + 1) {
      if (last > previous.last) {
        previous.last = last;
        previous.lastOffset = lastOffset;
      }
      previous.edits.push(edit);
    } else
      ranges.push({ first, last, lastOffset, edits: [edit] });
  }
  const out = [`diff --git a/${path2} b/${path2}
--- a/${path2}
+++ b/${path2}
`];
  let shift = 0;
  for (let index = 0; index < ranges.length; index++)
    shift = hunk(out, text, lines, ranges[index], shift);
  return out.join("");
}
function hunk(out, text, lines, range, shift) {
  const oldStart = lines.startAbove(range.edits[0].start, 0);
  const oldEnd = lines.endBelow(range.lastOffset, 0);
  const before = lines.startAbove(oldStart, context);
  const after = lines.endBelow(range.lastOffset, context);
  const oldText = text.slice(oldStart, oldEnd);
  let newText = "";
  let cursor = oldStart;
  for (let index = 0; index < range.edits.length; index++) {
    const edit = range.edits[index];
    newText += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  newText += text.slice(cursor, oldEnd);
  const leading = text.slice(before, oldStart);
  const trailing = text.slice(oldEnd, after);
  const header = out.push("") - 1;
  const above = prefixed(out, leading, " ");
  const removed = prefixed(out, oldText, "-");
  const added = prefixed(out, newText, "+");
  const below = prefixed(out, trailing, " ");
  const oldCount = above + removed + below;
  const newCount = above + added + below;
  const oldLine = range.first - above + 1;
  out[header] = `@@ -${oldLine},${oldCount} +${oldLine + shift},${newCount} @@
`;
  return shift + newCount - oldCount;
}

// ../../packages/lint/dist/patches/plan-patches.js
function anchorOf(message) {
  const place = message.place;
  const start = place?.start;
  return start && typeof start.offset === "number" && typeof start.line === "number" && typeof start.column === "number" ? { offset: start.offset, line: start.line, column: start.column } : null;
}
function patchName(key) {
  const name = key.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "").slice(0, 100);
  return name === "" ? "root" : name;
}
function fileFixes(file, options2) {
  const messageOf = /* @__PURE__ */ new Map();
  for (const message of file.messages) {
    const fix2 = message.fix;
    if (Array.isArray(fix2) && fix2.length > 0 && !messageOf.has(fix2))
      messageOf.set(fix2, message);
  }
  if (messageOf.size === 0)
    return null;
  const text = String(file.value ?? "");
  const taken = takenEdits([...messageOf.keys()]);
  if (taken.every((group) => group.every((edit) => text.slice(edit.start, edit.end) === edit.text)))
    return null;
  const path2 = displayPath(absolutePath(String(file.path), options2.cwd), options2.root);
  const lines = { text, place: null };
  const anchors = [];
  const fixes = [];
  for (let index = 0; index < taken.length; index++) {
    const group = taken[index];
    const message = messageOf.get(group);
    const anchor = anchorOf(message);
    if (anchor)
      anchors.push(anchor);
    fixes.push(plannedFix(group, message, path2, lines));
  }
  return { path: path2, diff: unifiedDiffOfEdits(path2, text, taken.flat(), anchors), fixes };
}
function plannedFix(group, message, path2, file) {
  const text = file.text;
  let start = Infinity;
  let end = -Infinity;
  for (let index = 0; index < group.length; index++) {
    const edit = group[index];
    if (edit.start < start)
      start = edit.start;
    if (edit.end > end)
      end = edit.end;
  }
  const edits = group.length === 1 ? group : [...group].sort((a, b) => a.start - b.start || a.end - b.end);
  let after = "";
  let cursor = start;
  for (let index = 0; index < edits.length; index++) {
    const edit = edits[index];
    after += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  after += text.slice(cursor, end);
  return {
    path: path2,
    // The finding's line, as the reports show it; else where the edit starts.
    line: message.line ?? (file.place ??= location(text)).toPoint(start)?.line ?? 1,
    ruleId: message.ruleId ?? "",
    reason: message.reason,
    before: text.slice(start, end),
    after
  };
}
function body(patch, part, options2, shown2) {
  const lines = [
    `Fix ${patch.fixes.length} link(s) in ${escapeMarkdown(patch.group.label)}${part}`,
    "",
    "Each fix below is certain (a recorded rename, a permanent redirect, a moved target or a",
    "normalised form of the same link); found by `devguide lint`.",
    ""
  ];
  const files = /* @__PURE__ */ new Map();
  for (let index = 0; index < patch.fixes.length; index++) {
    const fix2 = patch.fixes[index];
    let file = files.get(fix2.path);
    if (!file)
      files.set(fix2.path, file = {
        path: escapeMarkdown(fix2.path),
        url: options2.repository ? githubLine(options2.repository, options2.ref ?? "HEAD", fix2.path, void 0) : null
      });
    const where = `${file.path}:${fix2.line}`;
    const link = file.url ? `[${where}](${file.url}${fix2.line ? `#L${fix2.line}` : ""})` : where;
    let rule = shown2.rules.get(fix2.ruleId);
    if (rule === void 0)
      shown2.rules.set(fix2.ruleId, rule = escapeMarkdown(fix2.ruleId));
    let reason = shown2.reasons.get(fix2.reason);
    if (reason === void 0)
      shown2.reasons.set(fix2.reason, reason = escapeMarkdown(fix2.reason));
    let was = shown2.texts.get(fix2.before);
    if (was === void 0)
      shown2.texts.set(fix2.before, was = codeSpan(fix2.before));
    let is = shown2.texts.get(fix2.after);
    if (is === void 0)
      shown2.texts.set(fix2.after, is = codeSpan(fix2.after));
    lines.push(`- ${link} (${rule}): ${reason}`, `  - before: ${was}`, `  - after: ${is}`);
  }
  return `${lines.join("\n")}
`;
}
function codeSpan(text) {
  const flat = text.includes("\n") || text.includes("\r") ? text.replace(/[\r\n]+/g, " ") : text;
  if (flat.trim() === "")
    return "(nothing)";
  let longest = 0;
  for (let index = flat.indexOf("`"); index !== -1; ) {
    let end = index + 1;
    while (flat.charCodeAt(end) === 96)
      end++;
    longest = Math.max(longest, end - index);
    index = flat.indexOf("`", end);
  }
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") && flat.endsWith(" ") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function planFixPatches(files, options2) {
  const groupOf = options2.groupOf ?? topDirectory;
  const byGroup = /* @__PURE__ */ new Map();
  for (const file of files) {
    const fixes = fileFixes(file, options2);
    if (!fixes)
      continue;
    const group = groupOf(fixes.path);
    let entry = byGroup.get(group.key);
    if (!entry)
      byGroup.set(group.key, entry = { group, files: [] });
    entry.files.push(fixes);
  }
  const max = options2.maxPerPatch ?? Infinity;
  const patches = [];
  const shown2 = { rules: /* @__PURE__ */ new Map(), reasons: /* @__PURE__ */ new Map(), texts: /* @__PURE__ */ new Map() };
  for (const [key, { group, files: groupFiles2 }] of [...byGroup].sort(([a], [b]) => a.localeCompare(b))) {
    const parts = [];
    let current = [];
    let count = 0;
    for (const file of groupFiles2.sort((a, b) => a.path.localeCompare(b.path))) {
      if (current.length > 0 && count + file.fixes.length > max) {
        parts.push(current);
        current = [];
        count = 0;
      }
      current.push(file);
      count += file.fixes.length;
    }
    parts.push(current);
    parts.forEach((part, index) => {
      const suffix = parts.length > 1 ? `-${index + 1}` : "";
      const planned = {
        name: `${patchName(key)}${suffix}`,
        group,
        fixes: part.flatMap((file) => file.fixes),
        patch: part.map((file) => file.diff).join("")
      };
      patches.push({
        ...planned,
        body: body(planned, parts.length > 1 ? ` (part ${index + 1} of ${parts.length})` : "", options2, shown2)
      });
    });
  }
  return patches;
}

// ../../packages/lint/dist/shards/shard-report.js
var shardHeaderSchema = strictObject({
  index: number().int().min(1),
  count: number().int().min(1),
  plan: string().regex(/^[0-9a-f]{16}$/),
  files: number().int().min(0),
  root: string(),
  repository: string().nullable(),
  defaultBranch: string(),
  version: string()
});
function* shardReportPieces(files, options2, header) {
  yield* jsonResultPieces(files, options2, { shard: header, results: itemsMarker });
  yield "\n";
}

// ../../packages/lint/dist/shards/merge-reports.js
import { resolve as resolve8 } from "node:path";
var spotSchema = { line: number().int().min(0), column: number().int().min(0) };
var messageSchema = object({
  ruleId: string().nullable(),
  severity: union([literal(0), literal(1), literal(2)]),
  message: string(),
  ...spotSchema,
  endLine: number().int().min(0),
  endColumn: number().int().min(0),
  url: string().nullable(),
  fixable: boolean(),
  cause: object({ filePath: string(), ...spotSchema, message: string() }).optional(),
  identity: object({ ruleId: string(), path: string(), key: string(), occurrence: number().int().min(1) }).optional(),
  edits: array(object({
    start: number().int().min(0),
    end: number().int().min(0),
    replaced: string(),
    text: string()
  })).optional()
});
var resultSchema = object({
  filePath: string().min(1),
  messages: array(messageSchema),
  errorCount: number().int().min(0),
  warningCount: number().int().min(0),
  fixableErrorCount: number().int().min(0),
  fixableWarningCount: number().int().min(0),
  group: object({ key: string(), label: string() }).optional()
});
var reportSchema = union([
  array(resultSchema),
  strictObject({ shard: shardHeaderSchema, results: array(resultSchema) })
]);
var rewrite = "write it again with `devguide lint --shard <i>/<n> --format json --output <file>`";
function parseReport(text, name) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`Unexpected text in report \`${name}\` (${error.message}), expected JSON`, rewrite);
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`Unexpected report \`${name}\` at \`${issue.path.join(".") || "(top)"}\`: ${issue.message}, expected a report of \`devguide lint --format json\``, rewrite);
  }
  const report2 = parsed.data;
  return Array.isArray(report2) ? { name, shard: null, results: report2 } : { name, shard: report2.shard, results: report2.results };
}
function planMerge(reports) {
  if (reports.length === 0)
    throw new InputError("Unexpected no reports, expected at least one", "write `devguide merge <report.json>...`");
  const sharded = reports.filter((report2) => report2.shard !== null);
  const first = sharded[0]?.shard ?? null;
  if (first) {
    for (const report2 of sharded) {
      const header = report2.shard;
      if (header.plan !== first.plan || header.count !== first.count || header.root !== first.root)
        throw new InputError(`Unexpected shard report \`${report2.name}\` of another run (shard ${header.index}/${header.count}, files ${header.plan}), expected the shards of one run (${first.count} shards, files ${first.plan})`, "merge the reports of one commit and one `--shard` count");
    }
    const seen = /* @__PURE__ */ new Map();
    for (const report2 of sharded) {
      const again = seen.get(report2.shard.index);
      if (again !== void 0)
        throw new InputError(`Unexpected shard ${report2.shard.index}/${first.count} twice (\`${again}\` and \`${report2.name}\`), expected each shard once`, "give each shard report once");
      seen.set(report2.shard.index, report2.name);
    }
    const missing = Array.from({ length: first.count }, (_, at) => at + 1).filter((index) => !seen.has(index));
    if (missing.length > 0)
      throw new InputError(`Unexpected missing shard report${missing.length > 1 ? "s" : ""} ${missing.map((index) => `${index}/${first.count}`).join(", ")}, expected all ${first.count} shards of the run`, "run the missing shards, or merge after every shard has written its report");
  }
  const ordered = [
    ...sharded.sort((a, b) => a.shard.index - b.shard.index),
    ...reports.filter((report2) => report2.shard === null)
  ];
  const byPath = /* @__PURE__ */ new Map();
  for (const report2 of ordered)
    for (const result of report2.results) {
      const entry = byPath.get(result.filePath);
      if (entry) {
        entry.messages.push(...result.messages);
        entry.result.group ??= result.group;
      } else
        byPath.set(result.filePath, { result: { ...result }, messages: [...result.messages] });
    }
  const results = [...byPath.keys()].sort().map((path2) => {
    const { result, messages } = byPath.get(path2);
    messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? "").localeCompare(b.ruleId ?? ""));
    return { ...result, messages, ...counts(messages) };
  });
  return {
    results,
    context: first ? { root: first.root, repository: first.repository, defaultBranch: first.defaultBranch } : null,
    shards: first?.count ?? 0
  };
}
function counts(messages) {
  const fixable = (message) => message.fixable;
  const errors = messages.filter((message) => message.severity === 2);
  const warnings = messages.filter((message) => message.severity === 1);
  return {
    errorCount: errors.length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter(fixable).length,
    fixableWarningCount: warnings.filter(fixable).length
  };
}
function mergedFiles(plan, cwd) {
  return plan.results.map((result) => {
    const file = new VFile({ path: resolve8(cwd, result.filePath), cwd, value: "" });
    for (const entry of result.messages)
      addFindingMessage(file, {
        reason: entry.message,
        place: entry.line > 0 ? {
          start: { line: entry.line, column: entry.column },
          end: { line: entry.endLine, column: entry.endColumn }
        } : void 0,
        ruleId: entry.ruleId ?? void 0,
        cause: entry.cause && {
          reason: entry.cause.message,
          place: entry.cause.line > 0 ? { line: entry.cause.line, column: entry.cause.column } : void 0,
          file: resolve8(cwd, entry.cause.filePath)
        },
        fatal: entry.severity === 2 ? true : entry.severity === 1 ? false : void 0,
        url: entry.url ?? void 0,
        identity: entry.identity ?? void 0,
        fix: entry.edits ?? void 0
      });
    return file;
  });
}

// ../../packages/lint/dist/docs/rule-docs.js
function renderRuleDoc(meta, optionsSchema) {
  const lines = [
    `# \`${meta.id}\``,
    "",
    "<!-- Generated from the rule's metadata by `pnpm docs:generate`; do not edit. -->",
    "",
    meta.description,
    "",
    "| applies to | default | fixable |",
    "| --- | --- | --- |",
    `| ${meta.scope === "guide" ? "the guide" : "any markdown file"} | \`${meta.defaultSeverity}\` | ${meta.fixable ? "yes (`--fix`)" : "no"} |`,
    "",
    "## Why",
    "",
    meta.rationale,
    "",
    "## Options",
    "",
    ...renderOptions(optionsSchema),
    "",
    "## Passes",
    "",
    ...meta.ok.flatMap((example) => renderExample(example)),
    "## Fails",
    "",
    ...meta.notOk.flatMap((example) => renderExample(example)),
    "## Configure",
    "",
    "```yaml",
    "# .devguide-lint.yaml",
    "rules:",
    `  ${meta.id}: ${meta.defaultSeverity === "off" ? "error" : "off"}`,
    "```",
    "",
    "Silence one place with `<!-- devguide-disable-next-line " + meta.id + " -->`.",
    ""
  ];
  return lines.join("\n");
}
function renderOptions(schema) {
  const properties = schema["properties"] ?? {};
  const names = Object.keys(properties);
  if (names.length === 0)
    return ["None."];
  return [
    "| option | type | default | meaning |",
    "| --- | --- | --- | --- |",
    ...names.map((name) => {
      const property = properties[name];
      const type = property.enum ? property.enum.map((value) => `\`${JSON.stringify(value)}\``).join(" \\| ") : `\`${property.type ?? "value"}\``;
      return `| \`${name}\` | ${type} | ${property.default === void 0 ? "" : `\`${JSON.stringify(property.default)}\``} | ${property.description ?? ""} |`;
    })
  ];
}
function renderExample(example) {
  const fence = example.source.includes("```") ? "~~~~" : "```";
  const out = [];
  if (example.path)
    out.push(`In \`${example.path}\`${example.options ? ` with options \`${JSON.stringify(example.options)}\`` : ""}:`, "");
  else if (example.options)
    out.push(`With options \`${JSON.stringify(example.options)}\`:`, "");
  const links = Object.entries(example.symlinks ?? {});
  if (links.length > 0)
    out.push(`With symbolic links ${links.map(([link, target]) => `\`${link}\` \u2192 \`${target}\``).join(", ")}:`, "");
  out.push(`${fence}markdown`, example.source.replace(/\n$/, ""), fence, "");
  if (example.findings && example.findings.length > 0)
    out.push("```text", ...example.findings, "```", "");
  if (example.fixed !== void 0)
    out.push("After `--fix`:", "", `${fence}markdown`, example.fixed.replace(/\n$/, ""), fence, "");
  return out;
}
function renderRulesIndex(metas) {
  return [
    "# Rules",
    "",
    "<!-- Generated by `pnpm docs:generate`; do not edit. -->",
    "",
    "| rule | applies to | default | fixable | what it checks |",
    "| --- | --- | --- | --- | --- |",
    ...metas.map((meta) => `| [\`${meta.id}\`](${meta.id}.md) | ${meta.scope === "guide" ? "guide" : "any"} | \`${meta.defaultSeverity}\` | ${meta.fixable ? "yes" : ""} | ${meta.description} |`),
    ""
  ].join("\n");
}

export {
  baselineSchema,
  baselineOf,
  parseBaseline,
  matchBaseline,
  isFixable,
  planBaseline,
  applyBaseline,
  applyEdits,
  configFileName,
  lintConfigSchema,
  tuneLintRuntime,
  movesOf,
  ruleUrl,
  SharedCaches,
  require_picomatch2 as require_picomatch,
  maxShards,
  parseShard,
  lint,
  renderRuleDoc,
  renderRulesIndex,
  identityFormats,
  reporters,
  reportPiecesOf,
  planFixPatches,
  shardReportPieces,
  parseReport,
  planMerge,
  mergedFiles
};
