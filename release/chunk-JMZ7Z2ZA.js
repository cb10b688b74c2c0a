import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GuideError,
  __toESM,
  applyEdits,
  external_exports,
  parseGuide,
  renderGuide,
  require_dist
} from "./chunk-222P4Q5V.js";

// ../../packages/content/dist/atomic-write.js
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeAtomically(writes) {
  const staged = [];
  try {
    for (const write of writes) {
      await mkdir(dirname(write.path), { recursive: true });
      const temp = join(dirname(write.path), `.${basename(write.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      const handle = await open(temp, "wx");
      staged.push({ temp, path: write.path });
      try {
        await handle.writeFile(write.content, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of staged)
    await rename(temp, path);
}

// ../../packages/content/dist/staged-commit.js
import { mkdir as mkdir2, open as open2, readFile, rename as rename2, rm as rm2, stat } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, join as join2, normalize, relative, sep } from "node:path";
var stagingDirName = ".devguide-staging";
var planName = "plan.json";
async function commitStaged(root, writes) {
  const staging = join2(root, stagingDirName);
  await rm2(staging, { recursive: true, force: true });
  await mkdir2(join2(staging, "files"), { recursive: true });
  const moves = [];
  for (const [index, write] of writes.entries()) {
    const path = inside(root, write.path);
    const staged = `files/${index}`;
    await writeFlushed(join2(staging, staged), write.content);
    moves.push({ staged, path });
  }
  const plan = { version: 1, moves };
  await writeFlushed(join2(staging, `${planName}.tmp`), JSON.stringify(plan));
  await rename2(join2(staging, `${planName}.tmp`), join2(staging, planName));
  await syncDirectory(staging);
  await applyPlan(root, plan);
}
async function recoverStaged(root) {
  const staging = join2(root, stagingDirName);
  if (!await exists(staging))
    return null;
  let plan = null;
  try {
    plan = JSON.parse(await readFile(join2(staging, planName), "utf8"));
  } catch {
    plan = null;
  }
  if (!plan || plan.version !== 1 || !Array.isArray(plan.moves)) {
    await rm2(staging, { recursive: true, force: true });
    return "discarded";
  }
  await applyPlan(root, plan);
  return "completed";
}
async function applyPlan(root, plan) {
  const staging = join2(root, stagingDirName);
  for (const move of plan.moves) {
    const from = join2(staging, move.staged);
    if (!await exists(from))
      continue;
    const to = join2(root, inside(root, join2(root, move.path)));
    await mkdir2(dirname2(to), { recursive: true });
    await rename2(from, to);
  }
  await rm2(staging, { recursive: true, force: true });
}
function inside(root, path) {
  const rel = relative(root, path);
  if (rel === "" || isAbsolute(rel) || rel === ".." || rel.startsWith(`..${sep}`) || normalize(rel) !== rel) {
    throw new Error(`Unexpected write to \`${path}\`, expected a path inside ${root}`);
  }
  return rel;
}
async function writeFlushed(path, content) {
  const handle = await open2(path, "wx");
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function syncDirectory(path) {
  const handle = await open2(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function exists(path) {
  return stat(path).then(() => true, () => false);
}

// ../../packages/content/dist/config-link-fixes.js
var import_yaml = __toESM(require_dist(), 1);
function applyLinkFixes(text, fixes, rewrites) {
  const document = (0, import_yaml.parseDocument)(text);
  let edits = document.get("edits");
  if (!(0, import_yaml.isSeq)(edits)) {
    if (fixes.length === 0)
      return text;
    document.set("edits", document.createNode([]));
    edits = document.get("edits");
  }
  if (!(0, import_yaml.isSeq)(edits))
    return text;
  const items = edits.items.filter(import_yaml.isMap);
  for (const edit of items) {
    const set = edit.get("set");
    if ((0, import_yaml.isMap)(set)) {
      const href = set.get("href");
      if (typeof href === "string" && rewrites.has(href))
        set.set("href", rewrites.get(href));
    }
    const insert = edit.get("insert");
    const links = (0, import_yaml.isMap)(insert) ? insert.get("links") : null;
    if ((0, import_yaml.isSeq)(links)) {
      for (const link of links.items) {
        if (!(0, import_yaml.isMap)(link))
          continue;
        const href = link.get("href");
        if (typeof href === "string" && rewrites.has(href))
          link.set("href", rewrites.get(href));
      }
    }
  }
  for (const fix of fixes) {
    const existing = items.find((edit) => edit.get("entry") === fix.entry && (edit.get("section") ?? void 0) === fix.section && (edit.get("link") ?? 1) === fix.link && (0, import_yaml.isMap)(edit.get("set")));
    if (existing) {
      const set = existing.get("set");
      if (set.has("href"))
        continue;
      set.set("href", fix.to);
      const was = existing.get("was");
      if ((0, import_yaml.isMap)(was))
        was.set("href", fix.from);
      else
        existing.set("was", document.createNode({ href: fix.from }));
      continue;
    }
    edits.add(document.createNode({
      entry: fix.entry,
      ...fix.section ? { section: fix.section } : {},
      ...fix.link !== 1 ? { link: fix.link } : {},
      set: { href: fix.to },
      was: { href: fix.from }
    }));
  }
  return document.toString();
}

// ../../packages/content/dist/config.js
var import_yaml2 = __toESM(require_dist(), 1);

// ../../packages/content/dist/config-schema.js
var repoPath = external_exports.string().min(1).regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$)).+$/, "a repository path: relative, without `..`");
var entryFields = external_exports.strictObject({
  title: external_exports.string().min(1).optional().describe("The entry's bold title, as markdown."),
  description: external_exports.string().optional().describe("The description after the links, as markdown."),
  text: external_exports.string().min(1).optional().describe("The text of the entry's link."),
  href: external_exports.string().min(1).optional().describe("The destination of the entry's link, spelled as upstream would (relative to the guide).")
});
var keyed = {
  entry: external_exports.string().min(1).describe("The entry's title (or the first link text of a prose entry)."),
  section: external_exports.string().min(1).optional().describe("A heading above the entry, when the title alone is ambiguous.")
};
var setEdit = external_exports.strictObject({
  ...keyed,
  link: external_exports.number().int().min(1).optional().describe("Which of the entry's links `text`/`href` change (1-based, default 1)."),
  set: entryFields.describe("The downstream values."),
  was: entryFields.optional().describe("The upstream values the edit was written against; a different upstream value is a conflict.")
});
var removeEdit = external_exports.strictObject({ ...keyed, remove: external_exports.literal(true).describe("Drop the entry downstream.") });
var insertEdit = external_exports.strictObject({
  after: external_exports.string().min(1).describe("The entry after which the new entry goes."),
  section: keyed.section,
  insert: external_exports.strictObject({
    title: external_exports.string().min(1),
    links: external_exports.array(external_exports.strictObject({ text: external_exports.string().min(1), href: external_exports.string().min(1) })).min(1),
    description: external_exports.string().optional()
  }).describe("The new entry.")
});
var editSchema = external_exports.union([setEdit, removeEdit, insertEdit]);
var configSchema = external_exports.strictObject({
  upstream: external_exports.strictObject({
    repository: external_exports.string().regex(/^[\w.-]+\/[\w.-]+$/, "`owner/name`").describe("The upstream GitHub repository, `owner/name`."),
    ref: external_exports.string().min(1).default("main").describe("The branch, tag or commit that sync follows."),
    readme: repoPath.describe("Repository path of the guide README upstream."),
    shortlinks: external_exports.record(external_exports.string(), external_exports.string()).default({ "git.k8s.io": "kubernetes" }).describe("Hosts that redirect `/<repo>/<path>` into the GitHub organisation named as the value.")
  }).describe("Where the guide comes from."),
  site: external_exports.strictObject({
    title: external_exports.string().min(1).optional().describe("The title written to the front matter; defaults to the upstream H1."),
    linkBase: external_exports.url({ protocol: /^https?$/ }).describe("Absolute links start here: `https://github.com/<owner>/<repo>`."),
    ref: external_exports.string().min(1).default("main").describe("The branch, tag or commit named in absolute links."),
    origin: external_exports.url({ protocol: /^https?$/ }).optional().describe("The site that serves root-relative site paths."),
    paths: external_exports.array(external_exports.string().startsWith("/")).default([]).describe("Root-relative path prefixes that belong to the site, not the repository."),
    httpsHosts: external_exports.array(external_exports.string().min(1)).default([]).describe("Hosts (and their subdomains) whose `http://` links are written as `https://`.")
  }).describe("How the canonical README is written."),
  output: repoPath.default("README.md").describe("The canonical README, relative to the content directory."),
  edits: external_exports.array(editSchema).default([]).describe("Downstream edits, keyed by entry, applied after every sync.")
}).describe("devguide configuration (content/devguide.yaml).");
function configJsonSchema() {
  return external_exports.toJSONSchema(configSchema, { io: "input" });
}

// ../../packages/content/dist/positions.js
function positionAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// ../../packages/content/dist/zod-issue.js
function describeIssue(issue) {
  const where = issue.path.length > 0 ? ` at \`${issue.path.join(".")}\`` : "";
  switch (issue.code) {
    case "unrecognized_keys":
      return `Unexpected key${issue.keys.length > 1 ? "s" : ""} \`${issue.keys.join("`, `")}\`${where}, expected one of the documented keys`;
    case "invalid_type":
      return `Unexpected value${where}, expected ${issue.expected}`;
    case "invalid_union":
      return `Unexpected shape${where}, expected an edit with \`set\`, \`remove: true\`, or \`after\` and \`insert\``;
    default:
      return `Unexpected value${where}: ${issue.message}`;
  }
}
function issuePath(issue) {
  return issue.code === "unrecognized_keys" && issue.keys[0] !== void 0 ? [...issue.path, issue.keys[0]] : issue.path;
}

// ../../packages/content/dist/config.js
function parseConfig(text, file) {
  const { value: config, positionOf } = parseYamlWithSchema(text, file, configSchema, "see the configuration reference in the README");
  const edits = config.edits.map((edit, index) => toEntryEdit(edit, file, positionOf(["edits", index])));
  return { config, edits, file };
}
function parseYamlWithSchema(text, file, schema, fix) {
  const lineCounter = new import_yaml2.LineCounter();
  const document = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    throw new GuideError(`Unexpected YAML: ${yamlError.message.split("\n")[0]}`, file, line, col, "fix the YAML syntax");
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const offset = offsetOf(document, issuePath(issue), issue.code === "unrecognized_keys");
    const { line, column } = positionAt(text, offset);
    throw new GuideError(describeIssue(issue), file, line, column, fix);
  }
  return { value: result.data, positionOf: (path, atKey = false) => positionAt(text, offsetOf(document, path, atKey)) };
}
function offsetOf(document, path, atKey = false) {
  let node = document.contents;
  let offset = document.contents?.range?.[0] ?? 0;
  for (const key of path) {
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml2.isPair)(item) && (0, import_yaml2.isScalar)(item.key) && String(item.key.value) === String(key));
      if (!pair)
        break;
      offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if ((0, import_yaml2.isSeq)(node) && typeof key === "number") {
      node = node.items[key];
      offset = node?.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  if (!atKey && (0, import_yaml2.isScalar)(node) && node.range)
    offset = node.range[0];
  return offset;
}
function toEntryEdit(edit, file, at) {
  const origin = { file, line: at.line, column: at.column };
  const section = edit.section === void 0 ? {} : { section: edit.section };
  if ("insert" in edit) {
    const insert = { title: edit.insert.title, links: edit.insert.links, ...edit.insert.description === void 0 ? {} : { description: edit.insert.description } };
    return { op: "insert-after", entry: edit.after, ...section, origin, insert };
  }
  if ("remove" in edit)
    return { op: "remove", entry: edit.entry, ...section, origin };
  return {
    op: "set",
    entry: edit.entry,
    ...section,
    origin,
    set: stripUndefined(edit.set),
    ...edit.was === void 0 ? {} : { was: stripUndefined(edit.was) },
    ...edit.link === void 0 ? {} : { link: edit.link }
  };
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== void 0));
}

// ../../node_modules/.pnpm/jsonc-parser@3.3.1/node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// ../../node_modules/.pnpm/jsonc-parser@3.3.1/node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// ../../node_modules/.pnpm/jsonc-parser@3.3.1/node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// ../../node_modules/.pnpm/jsonc-parser@3.3.1/node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// ../../packages/content/dist/lock-schema.js
var sha = external_exports.string().regex(/^[0-9a-f]{40}$/, "a 40-digit hex git object id");
var lockFileSchema = external_exports.strictObject({
  path: external_exports.string().min(1),
  type: external_exports.enum(["blob", "tree", "symlink", "submodule"]),
  sha: sha.nullable(),
  size: external_exports.number().int().nonnegative().nullable(),
  anchors: external_exports.array(external_exports.string()).optional()
});
var lockSchema = external_exports.strictObject({
  lockfileVersion: external_exports.literal(1),
  upstream: external_exports.strictObject({
    repository: external_exports.string().min(1),
    ref: external_exports.string().min(1),
    commit: sha.nullable(),
    readme: external_exports.string().min(1)
  }),
  guide: external_exports.strictObject({ sha: sha.nullable(), size: external_exports.number().int().nonnegative() }),
  files: external_exports.array(lockFileSchema),
  missing: external_exports.array(external_exports.string())
});

// ../../packages/content/dist/lock.js
function parseLock(text, file) {
  const errors = [];
  const tree = parseTree2(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first || !tree) {
    const { line, column } = positionAt(text, first?.offset ?? 0);
    const reason = first ? printParseErrorCode(first.error) : "EmptyDocument";
    throw new GuideError(`Unexpected JSON (${reason}), expected the devguide lock`, file, line, column, "restore the lock from git or run `devguide sync` to write it again");
  }
  const result = lockSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issuePath(issue).map((segment) => typeof segment === "number" ? segment : String(segment));
    const node = closestNode(tree, path);
    const { line, column } = positionAt(text, node.offset);
    throw new GuideError(describeIssue(issue), file, line, column, "restore the lock from git or run `devguide sync` to write it again");
  }
  return result.data;
}
function closestNode(tree, path) {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation2(tree, path.slice(0, length));
    if (node) {
      if (length === path.length && node.parent?.type === "property")
        return node.parent;
      return node;
    }
  }
  return tree;
}
function serializeLock(lock) {
  const ordered = {
    lockfileVersion: lock.lockfileVersion,
    upstream: { repository: lock.upstream.repository, ref: lock.upstream.ref, commit: lock.upstream.commit, readme: lock.upstream.readme },
    guide: { sha: lock.guide.sha, size: lock.guide.size },
    files: [...lock.files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map((file) => ({ path: file.path, type: file.type, sha: file.sha, size: file.size, ...file.anchors ? { anchors: file.anchors } : {} })),
    missing: [...lock.missing].sort()
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}

// ../../packages/content/dist/resolve-context.js
function resolveContextOf(config) {
  return {
    repository: config.upstream.repository,
    shortlinks: config.upstream.shortlinks,
    site: config.site.origin ? { origin: config.site.origin, paths: config.site.paths } : null
  };
}
function siteOptionsOf(config) {
  return { linkBase: config.site.linkBase, ref: config.site.ref, httpsHosts: config.site.httpsHosts };
}
function isDirectoryIn(lock) {
  const types = new Map(lock?.files.map((file) => [file.path, file.type]) ?? []);
  return (path) => {
    const type = types.get(path);
    return type === void 0 ? void 0 : type === "tree";
  };
}

// ../../packages/content/dist/text-file.js
import { readFile as readFile2 } from "node:fs/promises";
async function readTextFile(path, displayName, purpose, fix) {
  let bytes;
  try {
    bytes = await readFile2(path);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT")
      throw new GuideError(`Unexpected missing file, expected ${purpose}`, displayName, 1, 1, fix);
    if (code === "EISDIR")
      throw new GuideError(`Unexpected directory, expected ${purpose}`, displayName, 1, 1, fix);
    throw error;
  }
  return decodeText(bytes, displayName, purpose);
}
function decodeText(bytes, displayName, purpose) {
  const { text, problem } = inspectText(bytes);
  if (problem)
    throw new GuideError(`Unexpected ${problem.what}, expected ${purpose} as UTF-8 text`, displayName, problem.line, problem.column, "save the file as UTF-8 text");
  return text;
}
function inspectText(bytes) {
  const nul = bytes.indexOf(0);
  if (nul === -1) {
    try {
      return { text: strictUtf8.decode(bytes), problem: null };
    } catch {
    }
  }
  const invalid = nul === -1 ? firstInvalidUtf8(bytes) : nul;
  if (invalid === -1)
    return { text: new TextDecoder().decode(bytes), problem: null };
  const prefix = new TextDecoder().decode(bytes.subarray(0, invalid));
  const { line, column } = positionAt(prefix, prefix.length);
  const what = nul === -1 ? `invalid UTF-8 byte 0x${bytes[invalid].toString(16).padStart(2, "0")}` : "binary content (a NUL byte)";
  return { text: new TextDecoder().decode(bytes), problem: { what, binary: nul !== -1, line, column, offset: prefix.length } };
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function firstInvalidUtf8(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 128 ? 1 : byte >= 194 && byte <= 223 ? 2 : byte >= 224 && byte <= 239 ? 3 : byte >= 240 && byte <= 244 ? 4 : 0;
    if (length === 0 || index + length > bytes.length)
      return index;
    for (let next = 1; next < length; next++)
      if ((bytes[index + next] & 192) !== 128)
        return index;
    if (length === 3 && (byte === 224 && bytes[index + 1] < 160 || byte === 237 && bytes[index + 1] > 159))
      return index;
    if (length === 4 && (byte === 240 && bytes[index + 1] < 144 || byte === 244 && bytes[index + 1] > 143))
      return index;
    index += length;
  }
  return -1;
}

// ../../packages/content/dist/content.js
import { join as join3, relative as relative2 } from "node:path";

// ../../packages/content/dist/layout.js
var contentFiles = {
  config: "devguide.yaml",
  lock: "devguide.lock.json",
  /** The upstream guide is kept at its repository path below this directory. */
  upstreamDir: "upstream"
};

// ../../packages/content/dist/content.js
var syncFix = "run `pnpm sync:upstream` (or `devguide sync --from <dir>`) to write it, or restore it from git";
function contentPaths(dir, config, cwd) {
  const paths = {
    config: join3(dir, contentFiles.config),
    lock: join3(dir, contentFiles.lock),
    upstream: join3(dir, contentFiles.upstreamDir, config?.upstream.readme ?? ""),
    output: join3(dir, config?.output ?? "README.md")
  };
  const show = (path) => relative2(cwd, path) || ".";
  return { paths, display: { config: show(paths.config), lock: show(paths.lock), upstream: show(paths.upstream), output: show(paths.output) } };
}
async function loadConfig(dir, cwd) {
  const { paths, display } = contentPaths(dir, null, cwd);
  const text = await readTextFile(paths.config, display.config, "the devguide configuration (YAML)", "create it as the README's configuration section shows");
  return parseConfig(text, display.config);
}
async function loadContent(dir, cwd) {
  const loaded = await loadConfig(dir, cwd);
  const { paths, display } = contentPaths(dir, loaded.config, cwd);
  const lockText = await readTextFile(paths.lock, display.lock, "the devguide lock (JSON)", syncFix);
  const lock = parseLock(lockText, display.lock);
  const upstreamText = await readTextFile(paths.upstream, display.upstream, "the upstream guide copy (markdown)", syncFix);
  return { dir, display, paths, loaded, lock, upstreamText };
}
function renderReadme(loaded, lock, upstreamText, upstreamDisplay) {
  const { config } = loaded;
  const resolve = resolveContextOf(config);
  const guide = parseGuide(upstreamText, { path: config.upstream.readme, file: upstreamDisplay, resolve, form: "upstream", requireSections: true });
  const { guide: edited, results } = applyEdits(guide, loaded.edits, resolve);
  return { text: renderEditedReadme(config, lock, edited), guide: edited, editResults: results };
}
function renderEditedReadme(config, lock, edited) {
  return renderGuide(edited, {
    form: "site",
    title: config.site.title ?? null,
    site: siteOptionsOf(config),
    isDirectory: isDirectoryIn(lock)
  });
}

export {
  writeAtomically,
  commitStaged,
  recoverStaged,
  applyLinkFixes,
  configJsonSchema,
  parseConfig,
  parseYamlWithSchema,
  parseLock,
  serializeLock,
  resolveContextOf,
  readTextFile,
  inspectText,
  contentPaths,
  loadConfig,
  loadContent,
  renderReadme,
  renderEditedReadme
};
