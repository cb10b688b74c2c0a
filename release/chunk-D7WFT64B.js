import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GuideError,
  __toESM,
  _enum,
  anchorsOf,
  applyEdits,
  array,
  diffEntries,
  entryKey,
  guideLinks,
  listEntries,
  literal,
  location,
  number,
  parseGuide,
  record,
  renderGuide,
  require_dist,
  strictObject,
  string,
  toJSONSchema,
  union,
  url
} from "./chunk-X4N2JY57.js";

// ../../packages/content/dist/text-pieces.js
var pieceLength = 1 << 14;
function* evenPieces(pieces, length = pieceLength) {
  let pending = [];
  let size = 0;
  for (const piece of pieces) {
    if (piece.length >= length) {
      if (size > 0)
        yield pending.join("");
      pending = [];
      size = 0;
      yield* cut(piece, length);
      continue;
    }
    pending.push(piece);
    size += piece.length;
    if (size >= length) {
      yield pending.join("");
      pending = [];
      size = 0;
    }
  }
  if (size > 0)
    yield pending.join("");
}
function* cut(text, length) {
  for (let from = 0; from < text.length; ) {
    let to = Math.min(from + length, text.length);
    if (to < text.length) {
      const lineEnd = text.lastIndexOf("\n", to - 1);
      if (lineEnd >= from)
        to = lineEnd + 1;
      else if (/[\uD800-\uDBFF]/.test(text.charAt(to - 1)))
        to--;
    }
    yield text.slice(from, to);
    from = to;
  }
}

// ../../packages/content/dist/atomic-write.js
import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readdir, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeAtomically(writes) {
  const staged = [];
  const listings = /* @__PURE__ */ new Map();
  try {
    for (const write of writes) {
      const path = await writeTarget(write.path);
      if (!listings.has(dirname(path)))
        await mkdir(dirname(path), { recursive: true });
      await removeStaleTemporaries(path, listings);
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      staged.push({ temp, path });
      await writeFlushed(temp, write.content, await modeOf(path));
    }
    for (const [index, { temp, path }] of staged.entries()) {
      await rename(temp, path);
      staged[index] = { temp: "", path };
    }
  } catch (error) {
    await Promise.all(staged.filter(({ temp }) => temp).map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}
async function writeTarget(path) {
  const info = await lstat(path).catch(() => null);
  if (!info?.isSymbolicLink())
    return path;
  return realpath(path);
}
async function modeOf(path) {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? info.mode & 4095 : null;
}
async function writeFlushed(path, content, mode = null) {
  const handle = await open(path, "wx", mode ?? 438);
  try {
    if (typeof content === "string")
      await handle.writeFile(content, "utf8");
    else {
      const buffer = Buffer.allocUnsafe(1 << 20);
      let used = 0;
      const flush = async () => {
        for (let at = 0; at < used; )
          at += (await handle.write(buffer, at, used - at)).bytesWritten;
        used = 0;
      };
      for (const piece of evenPieces(content)) {
        if (used + piece.length * 3 > buffer.length)
          await flush();
        used += buffer.write(piece, used, "utf8");
      }
      await flush();
    }
    if (mode !== null)
      await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
var temporaryName = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;
async function removeStaleTemporaries(path, listings) {
  const name = basename(path);
  const dir = dirname(path);
  let listing = listings.get(dir);
  if (!listing) {
    listing = readdir(dir).catch(() => []).then((entries) => entries.filter((entry) => temporaryName.test(entry)));
    listings.set(dir, listing);
  }
  for (const entry of await listing) {
    const match = temporaryName.exec(entry);
    if (!match || match[1] !== name)
      continue;
    const pid = Number(match[2]);
    if (isRunning(pid))
      continue;
    await rm(join(dirname(path), entry), { force: true });
  }
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// ../../packages/content/dist/staged-commit.js
import { mkdir as mkdir2, open as open2, readFile, realpath as realpath2, rename as rename2, rm as rm2, stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, join as join2, normalize, relative, sep } from "node:path";
var stagingDirName = ".devguide-staging";
var planName = "plan.json";
async function commitStaged(root, writes, options = {}) {
  if (writes.length === 0)
    return;
  const destinations = [];
  for (const write of writes) {
    const path = join2(root, inside(root, write.path));
    const target = await writeTarget(path);
    destinations.push(target === path ? inside(root, path) : inside(await realpath2(root), target));
  }
  const staging = join2(root, stagingDirName);
  await rm2(staging, { recursive: true, force: true });
  await mkdir2(join2(staging, "files"), { recursive: true });
  const moves = [];
  for (const [index, write] of writes.entries()) {
    const path = destinations[index];
    const staged = `files/${index}`;
    await writeFlushed(join2(staging, staged), write.content, await modeOf(join2(root, path)));
    moves.push({ staged, path });
  }
  const plan = { version: 1, moves };
  await writeFlushed(join2(staging, `${planName}.tmp`), JSON.stringify(plan));
  await options.onStep?.("commit");
  await rename2(join2(staging, `${planName}.tmp`), join2(staging, planName));
  await syncDirectory(staging);
  await applyPlan(root, plan, options);
}
async function recoverStaged(root) {
  const staging = join2(root, stagingDirName);
  if (!await exists(staging))
    return null;
  const plan = await readPlan(root);
  if (!plan) {
    await rm2(staging, { recursive: true, force: true });
    return "discarded";
  }
  await applyPlan(root, plan);
  return "completed";
}
async function settleStaged(root, mode, display = join2(root, stagingDirName)) {
  const plan = await readPlan(root);
  if (!plan)
    return null;
  if (mode === "refuse")
    throw new GuideError("Unexpected interrupted sync (its writes are committed but not all in place), expected them finished before this command reads the content", `${display}/${planName}`, 1, 1, "run `devguide sync` to finish it");
  await applyPlan(root, plan);
  return "completed";
}
async function readPlan(root) {
  let plan;
  try {
    plan = JSON.parse(await readFile(join2(root, stagingDirName, planName), "utf8"));
  } catch {
    return null;
  }
  const valid = plan?.version === 1 && Array.isArray(plan.moves) && plan.moves.every((move) => typeof move?.staged === "string" && /^files\/\d+$/.test(move.staged) && typeof move.path === "string");
  return valid ? plan : null;
}
async function applyPlan(root, plan, options = {}) {
  const staging = join2(root, stagingDirName);
  for (const [index, move] of plan.moves.entries()) {
    await options.onStep?.(`rename:${index}`);
    const from = join2(staging, move.staged);
    const to = join2(root, inside(root, join2(root, move.path)));
    await mkdir2(dirname2(to), { recursive: true });
    try {
      await rename2(from, to);
    } catch (error) {
      if (error.code !== "ENOENT" || await exists(from))
        throw error;
    }
  }
  await options.onStep?.("cleanup");
  await rm2(staging, { recursive: true, force: true });
}
function inside(root, path) {
  const rel = relative(root, path);
  if (rel === "" || isAbsolute(rel) || rel === ".." || rel.startsWith(`..${sep}`) || normalize(rel) !== rel) {
    throw new Error(`Unexpected write to \`${path}\`, expected a path inside ${root}`);
  }
  return rel;
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
  return stat2(path).then(() => true, () => false);
}

// ../../packages/content/dist/lock-view.js
function lockFromSnapshot(snapshot, upstream) {
  return {
    lockfileVersion: 1,
    upstream: { repository: upstream.repository, ref: upstream.ref, commit: snapshot.commit, readme: upstream.readme },
    guide: { sha: snapshot.guide.sha, size: snapshot.guide.size },
    files: snapshot.files.map((file) => ({
      path: file.path,
      type: file.type,
      sha: file.sha,
      size: file.size,
      ...file.anchors ? { anchors: [...file.anchors] } : {}
    })),
    missing: [...snapshot.missing]
  };
}
var views = /* @__PURE__ */ new WeakMap();
function lockView(lock) {
  let view = views.get(lock);
  if (view)
    return view;
  const files = new Map(lock.files.map((file) => [
    file.path,
    {
      type: file.type === "tree" ? "dir" : "file",
      upstreamType: file.type,
      sha: file.sha,
      size: file.size,
      anchors: file.anchors ?? null
    }
  ]));
  view = {
    repository: lock.upstream.repository,
    ref: lock.upstream.ref,
    commit: lock.upstream.commit,
    readme: lock.upstream.readme,
    guide: lock.guide,
    files,
    missing: new Set(lock.missing),
    isDirectory: (path) => {
      const entry = files.get(path);
      return entry === void 0 ? void 0 : entry.type === "dir";
    }
  };
  views.set(lock, view);
  return view;
}

// ../../packages/content/dist/content.js
import { createHash } from "node:crypto";
import { join as join3, relative as relative2 } from "node:path";

// ../../packages/content/dist/config.js
var import_yaml = __toESM(require_dist(), 1);

// ../../packages/content/dist/config-schema.js
var repoPath = string().min(1).regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$)).+$/, "a repository path: relative, without `..`");
var entryFields = strictObject({
  title: string().min(1).optional().describe("The entry's bold title, as markdown."),
  description: string().optional().describe("The description after the links, as markdown."),
  text: string().min(1).optional().describe("The text of the entry's link."),
  href: string().min(1).optional().describe("The destination of the entry's link, spelled as upstream would (relative to the guide).")
});
var keyed = {
  entry: string().min(1).describe("The entry's title (or the first link text of a prose entry)."),
  section: string().min(1).optional().describe("A heading above the entry, when the title alone is ambiguous.")
};
var setEdit = strictObject({
  ...keyed,
  link: number().int().min(1).optional().describe("Which of the entry's links `text`/`href` change (1-based, default 1)."),
  set: entryFields.describe("The downstream values."),
  was: entryFields.optional().describe("The upstream values the edit was written against; a different upstream value is a conflict.")
});
var removeEdit = strictObject({ ...keyed, remove: literal(true).describe("Drop the entry downstream.") });
var insertEdit = strictObject({
  after: string().min(1).describe("The entry after which the new entry goes."),
  section: keyed.section,
  insert: strictObject({
    title: string().min(1),
    links: array(strictObject({ text: string().min(1), href: string().min(1) })).min(1),
    description: string().optional()
  }).describe("The new entry.")
});
var editSchema = union([setEdit, removeEdit, insertEdit]);
var configSchema = strictObject({
  upstream: strictObject({
    repository: string().regex(/^[\w.-]+\/[\w.-]+$/, "`owner/name`").describe("The upstream GitHub repository, `owner/name`."),
    ref: string().min(1).default("main").describe("The branch, tag or commit that sync follows."),
    readme: repoPath.describe("Repository path of the guide README upstream."),
    shortlinks: record(string(), string()).default({ "git.k8s.io": "kubernetes" }).describe("Hosts that redirect `/<repo>/<path>` into the GitHub organisation named as the value.")
  }).describe("Where the guide comes from."),
  site: strictObject({
    title: string().min(1).optional().describe("The title written to the front matter; defaults to the upstream H1."),
    linkBase: url({ protocol: /^https?$/ }).describe("Absolute links start here: `https://github.com/<owner>/<repo>`."),
    ref: string().min(1).default("main").describe("The branch, tag or commit named in absolute links."),
    origin: url({ protocol: /^https?$/ }).optional().describe("The site that serves root-relative site paths."),
    paths: array(string().startsWith("/")).default([]).describe("Root-relative path prefixes that belong to the site, not the repository."),
    httpsHosts: array(string().min(1)).default([]).describe("Hosts (and their subdomains) whose `http://` links are written as `https://`.")
  }).describe("How the canonical README is written."),
  output: repoPath.default("README.md").describe("The canonical README, relative to the content directory."),
  edits: array(editSchema).default([]).describe("Downstream edits, keyed by entry, applied after every sync.")
}).describe("devguide configuration (content/devguide.yaml).");
function configJsonSchema() {
  return toJSONSchema(configSchema, { io: "input" });
}

// ../../packages/content/dist/positions.js
function positionAt(text, offset) {
  const point = location(text).toPoint(Math.max(0, Math.min(offset, text.length)));
  return { line: point.line, column: point.column };
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
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    throw new GuideError(`Unexpected YAML: ${yamlError.message.split("\n")[0]}`, file, line, col, "fix the YAML syntax");
  }
  const result = schema.safeParse(toBoundedJS(document, text, file) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const offset = offsetOf(document, issuePath(issue), issue.code === "unrecognized_keys");
    const { line, column } = positionAt(text, offset);
    throw new GuideError(describeIssue(issue), file, line, column, fix);
  }
  return { value: result.data, positionOf: (path, atKey = false) => positionAt(text, offsetOf(document, path, atKey)) };
}
var maxAliasCount = 100;
function toBoundedJS(document, text, file) {
  try {
    return document.toJS({ maxAliasCount });
  } catch (error) {
    if (!(error instanceof ReferenceError && /alias/i.test(error.message)))
      throw error;
    const alias = /(?<![\w-])\*[^\s,\]}]+/.exec(text);
    const { line, column } = positionAt(text, alias?.index ?? 0);
    throw new GuideError(`Unexpected YAML aliases that expand past ${maxAliasCount} copies, expected a plain configuration`, file, line, column, "write the values out instead of repeating aliases");
  }
}
function offsetOf(document, path, atKey = false) {
  let node = document.contents;
  let offset = document.contents?.range?.[0] ?? 0;
  for (const key of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(key));
      if (!pair)
        break;
      offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof key === "number") {
      node = node.items[key];
      offset = node?.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  if (!atKey && (0, import_yaml.isScalar)(node) && node.range)
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

// ../../packages/content/dist/layout.js
var contentFiles = {
  config: "devguide.yaml",
  lock: "devguide.lock.json",
  /** The upstream guide is kept at its repository path below this directory. */
  upstreamDir: "upstream"
};

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
    onSeparator: (sep3, offset, length) => {
      if (currentParent.type === "property") {
        if (sep3 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep3 === ",") {
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
var sha = string().regex(/^[0-9a-f]{40}$/, "a 40-digit hex git object id");
function unsafeLockPath(path) {
  if (path.includes("\0"))
    return "a NUL byte";
  if (path.includes("\\"))
    return "a backslash";
  if (path.startsWith("/") || /^[a-z]:/i.test(path))
    return "an absolute path";
  const segments = path.split("/");
  if (segments.includes(".."))
    return "a `..` segment";
  if (segments.some((segment) => segment === "" || segment === "."))
    return "an empty or `.` segment";
  return null;
}
function printable(path) {
  return [...path].map((char) => char.charCodeAt(0) < 32 ? "?" : char).join("");
}
var repoPath2 = string().min(1).superRefine((path, context) => {
  const reason = unsafeLockPath(path);
  if (reason)
    context.addIssue({
      code: "custom",
      message: `\`${printable(path)}\` has ${reason}, expected a relative \`/\`-separated repository path`
    });
});
var lockFileSchema = strictObject({
  path: repoPath2,
  type: _enum(["blob", "tree", "symlink", "submodule"]),
  sha: sha.nullable(),
  size: number().int().nonnegative().nullable(),
  anchors: array(string()).optional()
});
var lockSchema = strictObject({
  lockfileVersion: literal(1),
  upstream: strictObject({
    repository: string().min(1),
    ref: string().min(1),
    commit: sha.nullable(),
    readme: repoPath2
  }),
  guide: strictObject({ sha: sha.nullable(), size: number().int().nonnegative() }),
  files: array(lockFileSchema),
  missing: array(repoPath2)
});

// ../../packages/content/dist/lock.js
function parseLock(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw syntaxError(text, file);
  }
  const result = lockSchema.safeParse(value);
  if (!result.success) {
    const tree = parseTree2(text, [], { allowTrailingComma: false, disallowComments: true });
    if (!tree)
      throw syntaxError(text, file);
    const issue = result.error.issues[0];
    const path = issuePath(issue).map((segment) => typeof segment === "number" ? segment : String(segment));
    const node = closestNode(tree, path);
    const { line, column } = positionAt(text, node.offset);
    throw new GuideError(describeIssue(issue), file, line, column, "restore the lock from git or run `devguide sync` to write it again");
  }
  return result.data;
}
function syntaxError(text, file) {
  const errors = [];
  const tree = parseTree2(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  const { line, column } = positionAt(text, first?.offset ?? 0);
  const reason = first ? printParseErrorCode(first.error) : tree ? "InvalidSymbol" : "EmptyDocument";
  return new GuideError(`Unexpected JSON (${reason}), expected the devguide lock`, file, line, column, "restore the lock from git or run `devguide sync` to write it again");
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
  return lock ? lockView(lock).isDirectory : () => void 0;
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
async function loadContent(dir, cwd, options = {}) {
  await settleStaged(dir, options.staging ?? "finish", relative2(cwd, join3(dir, stagingDirName)));
  const loaded = await loadConfig(dir, cwd);
  const { paths, display } = contentPaths(dir, loaded.config, cwd);
  const lockText = await readTextFile(paths.lock, display.lock, "the devguide lock (JSON)", syncFix);
  const lock = parseLock(lockText, display.lock);
  const upstreamText = await readTextFile(paths.upstream, display.upstream, "the upstream guide copy (markdown)", syncFix);
  return { dir, display, paths, loaded, lock, upstreamText };
}
function renderReadme(loaded, lock, upstreamText, upstreamDisplay, store) {
  const { config } = loaded;
  const resolve = resolveContextOf(config);
  const options = { path: config.upstream.readme, file: upstreamDisplay, resolve, form: "upstream", requireSections: true };
  const parse2 = () => parseGuide(upstreamText, options);
  const guide = store ? store(createHash("sha256").update(JSON.stringify(options)).update("\0").update(upstreamText).digest("hex"), parse2) : parse2();
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

// ../../packages/upstream/dist/directory-source.js
import { lstat as lstat2, readFile as readFile3, readdir as readdir2 } from "node:fs/promises";
import { join as join4, relative as relative3, sep as sep2 } from "node:path";

// ../../packages/upstream/dist/git-blob-sha.js
import { createHash as createHash2 } from "node:crypto";
function gitBlobSha(content) {
  return createHash2("sha1").update(`blob ${content.byteLength}\0`).update(content).digest("hex");
}

// ../../packages/upstream/dist/repo-path.js
import { posix } from "node:path";
var UnsafePathError = class extends Error {
  path;
  constructor(path, reason) {
    super(`Unexpected upstream path \`${path}\`: ${reason}`);
    this.path = path;
    this.name = "UnsafePathError";
  }
};
function safeRepoPath(path) {
  if (path.includes("\0"))
    throw new UnsafePathError(path, "contains a NUL byte");
  if (path.includes("\\"))
    throw new UnsafePathError(path, "contains a backslash");
  if (path.startsWith("/") || /^[a-z]:/i.test(path))
    throw new UnsafePathError(path, "is absolute");
  const trimmed = path.replace(/(?<=.)\/+$/, "");
  const normalised = posix.normalize(trimmed);
  if (normalised !== trimmed || normalised === ".." || normalised.startsWith("../") || normalised === ".") {
    throw new UnsafePathError(path, "is not a normalised path inside the repository");
  }
  if (normalised.split("/").some((segment) => segment === ".git"))
    throw new UnsafePathError(path, "names a .git directory");
  return normalised;
}

// ../../packages/upstream/dist/source.js
var typeOfMode = {
  "100644": "blob",
  "100755": "blob",
  "120000": "symlink",
  "160000": "submodule",
  "040000": "tree"
};
var RefusedEntryError = class extends Error {
  path;
  type;
  constructor(path, type) {
    super(`Unexpected ${type === "symlink" ? "symbolic link" : type} at upstream path \`${path}\`, expected a regular file`);
    this.path = path;
    this.type = type;
    this.name = "RefusedEntryError";
  }
};

// ../../packages/upstream/dist/directory-source.js
function openDirectorySource(root, options = {}) {
  const entries = /* @__PURE__ */ new Map();
  const stat4 = async (path) => {
    const safe = safeRepoPath(path);
    let pending = entries.get(safe);
    if (!pending) {
      pending = statOnDisk(root, safe);
      entries.set(safe, pending);
    }
    return pending;
  };
  return {
    label: `directory ${root}`,
    commit: options.commit ?? null,
    stat: stat4,
    async read(path) {
      const entry = await stat4(path);
      if (!entry)
        throw Object.assign(new Error(`Unexpected missing upstream file \`${path}\` in ${root}`), { code: "ENOENT" });
      if (entry.type !== "blob")
        throw new RefusedEntryError(path, entry.type);
      return readFile3(join4(root, entry.path));
    },
    async listFiles() {
      const files = [];
      const walk = async (dir) => {
        for (const dirent of await readdir2(dir, { withFileTypes: true })) {
          if (dirent.name === ".git")
            continue;
          const full = join4(dir, dirent.name);
          if (dirent.isDirectory())
            await walk(full);
          else if (dirent.isFile())
            files.push(relative3(root, full).split(sep2).join("/"));
        }
      };
      await walk(root);
      return files.sort();
    }
  };
}
async function statOnDisk(root, path) {
  const segments = path.split("/");
  for (let depth = 1; depth <= segments.length; depth++) {
    const prefix = segments.slice(0, depth).join("/");
    let info;
    try {
      info = await lstat2(join4(root, prefix));
    } catch (error) {
      if (error.code === "ENOENT" || error.code === "ENOTDIR")
        return null;
      throw error;
    }
    if (info.isSymbolicLink()) {
      if (depth === segments.length)
        return { path, type: "symlink", sha: null, size: null };
      throw new RefusedEntryError(prefix, "symlink");
    }
    if (depth === segments.length) {
      if (info.isDirectory())
        return { path, type: "tree", sha: null, size: null };
      if (!info.isFile())
        return null;
      const content = await readFile3(join4(root, path));
      return { path, type: "blob", sha: gitBlobSha(content), size: content.byteLength };
    }
  }
  return null;
}

// ../../packages/upstream/dist/git-source.js
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var GitSourceError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitSourceError";
  }
};
async function runGit(repo, args, env) {
  try {
    const { stdout } = await run("git", ["-C", repo, ...args], {
      encoding: "buffer",
      maxBuffer: 1 << 30,
      env
    });
    return stdout;
  } catch (error) {
    const stderr = error.stderr?.toString("utf8").trim().split("\n")[0];
    throw new GitSourceError(stderr || error.message);
  }
}
function gitEnv(from) {
  const env = { GIT_TERMINAL_PROMPT: "0" };
  for (const [key, value] of Object.entries(from)) {
    if (!/^GIT_(DIR|INDEX_FILE|WORK_TREE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|PREFIX|COMMON_DIR|NAMESPACE)$/.test(key))
      env[key] = value;
  }
  return env;
}
async function openGitSource(repo, revision, environment = {}) {
  const env = gitEnv(environment);
  const git = (dir, args) => runGit(dir, args, env);
  let commit;
  try {
    commit = (await git(repo, ["rev-parse", "--verify", "--end-of-options", `${revision}^{commit}`])).toString("utf8").trim();
  } catch (error) {
    throw new GitSourceError(`Unexpected revision \`${revision}\` in git repository ${repo}: ${error.message}`);
  }
  const listing = await git(repo, ["ls-tree", "--full-tree", "-r", "-t", "--long", "-z", commit]);
  const entries = /* @__PURE__ */ new Map();
  for (const record2 of listing.toString("utf8").split("\0")) {
    if (record2 === "")
      continue;
    const tab = record2.indexOf("	");
    const [mode, , sha2, size] = record2.slice(0, tab).split(/\s+/);
    const path = record2.slice(tab + 1);
    entries.set(path, {
      path,
      type: typeOfMode[mode] ?? "blob",
      sha: sha2 ?? null,
      size: size === "-" || size === void 0 ? null : Number(size)
    });
  }
  return {
    label: `git repository ${repo} at ${commit.slice(0, 12)}`,
    commit,
    async stat(path) {
      if (path === "")
        return { path: "", type: "tree", sha: null, size: null };
      return entries.get(safeRepoPath(path)) ?? null;
    },
    async read(path) {
      const entry = entries.get(safeRepoPath(path));
      if (!entry)
        throw Object.assign(new Error(`Unexpected missing upstream file \`${path}\` at ${commit}`), { code: "ENOENT" });
      if (entry.type !== "blob")
        throw new RefusedEntryError(path, entry.type);
      return git(repo, ["cat-file", "blob", entry.sha]);
    },
    async listFiles() {
      return [...entries.values()].filter((entry) => entry.type === "blob").map((entry) => entry.path).sort();
    },
    findBySha(sha2) {
      return [...entries.values()].filter((entry) => entry.sha === sha2).map((entry) => entry.path);
    },
    async readBlob(sha2) {
      if (!/^[0-9a-f]{40}$/.test(sha2))
        throw new GitSourceError(`Unexpected object id \`${sha2}\`, expected 40 hex digits`);
      return git(repo, ["cat-file", "blob", sha2]);
    }
  };
}

// ../../packages/upstream/dist/moves.js
import { posix as posix2 } from "node:path";
var renameThreshold = 50;
async function detectMoves(source, previous, missing) {
  const gone = new Set(missing);
  const moves = [];
  const deleted = [];
  let files = null;
  for (const old of previous) {
    if (!gone.has(old.path))
      continue;
    const same = old.sha && source.findBySha ? source.findBySha(old.sha).filter(isSafe) : [];
    if (same.length) {
      moves.push({ from: old.path, to: closestPath(old.path, same), similarity: 100 });
      continue;
    }
    if (old.type !== "blob" || !old.sha) {
      deleted.push(old.path);
      continue;
    }
    files ??= await source.listFiles();
    const name = posix2.basename(old.path);
    const candidates = files.filter((path) => posix2.basename(path) === name && path !== old.path && isSafe(path));
    let best = null;
    if (candidates.length && source.readBlob) {
      const before = (await source.readBlob(old.sha)).toString("utf8");
      for (const candidate of candidates) {
        const similarity = lineSimilarity(before, (await source.read(candidate)).toString("utf8"));
        if (similarity >= renameThreshold && (!best || similarity > best.similarity))
          best = { from: old.path, to: candidate, similarity };
      }
    }
    if (best)
      moves.push(best);
    else
      deleted.push(old.path);
  }
  return { moves, deleted };
}
function lineSimilarity(a, b) {
  const linesA = a.split("\n");
  const linesB = b.split("\n");
  const counts = /* @__PURE__ */ new Map();
  for (const line of linesA)
    counts.set(line, (counts.get(line) ?? 0) + 1);
  let shared = 0;
  for (const line of linesB) {
    const count = counts.get(line) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(line, count - 1);
    }
  }
  return Math.floor(shared * 100 / Math.max(linesA.length, linesB.length));
}
function closestPath(from, candidates) {
  const name = posix2.basename(from);
  return [...candidates].sort((a, b) => Number(posix2.basename(b) === name) - Number(posix2.basename(a) === name) || a.localeCompare(b))[0];
}
function isSafe(path) {
  try {
    return safeRepoPath(path) === path;
  } catch {
    return false;
  }
}

// ../../packages/upstream/dist/open-source.js
import { stat as stat3 } from "node:fs/promises";
import { join as join5 } from "node:path";
async function openSource(location2, options = {}) {
  const info = await stat3(location2).catch(() => null);
  if (!info?.isDirectory())
    throw Object.assign(new Error(`Unexpected missing upstream directory \`${location2}\``), { code: "ENOENT" });
  const isGit = options.rev !== void 0 || await stat3(join5(location2, ".git")).catch(() => null) !== null;
  return isGit ? openGitSource(location2, options.rev ?? "HEAD", options.env) : openDirectorySource(location2, { commit: options.commit ?? null });
}

// ../../packages/upstream/dist/snapshot.js
var markdownFile = /\.(md|markdown)$/i;
async function snapshotGuide(source, options) {
  const guidePath = safeRepoPath(options.guidePath);
  const guideEntry = await source.stat(guidePath);
  if (!guideEntry)
    throw Object.assign(new Error(`Unexpected missing guide \`${guidePath}\` in ${source.label}`), { code: "ENOENT" });
  const bytes = await source.read(guidePath);
  const text = decodeUtf8(bytes, `${source.label}: ${guidePath}`);
  const model = parseGuide(text, { path: guidePath, file: guidePath, resolve: options.resolve, requireSections: true });
  const { guide: edited, results } = applyEdits(model, options.edits, options.resolve);
  const paths = /* @__PURE__ */ new Set([guidePath]);
  for (const link of [...guideLinks(model), ...guideLinks(edited)]) {
    if (link.target.kind === "repo")
      paths.add(link.target.path);
  }
  const previous = new Map((options.previous ?? []).filter((file) => file.sha && file.anchors).map((file) => [file.path, file]));
  const sorted = [...paths].sort();
  const entries = await Promise.all(sorted.map((path) => path === "" ? { path: "", type: "tree", sha: null, size: null } : statLinked(source, path)));
  const toRead = entries.filter((entry) => {
    if (!entry || entry.type !== "blob" || !markdownFile.test(entry.path) || entry.path === guidePath)
      return false;
    const known = previous.get(entry.path);
    return !(known && known.sha === entry.sha);
  });
  const texts = /* @__PURE__ */ new Map([[guidePath, text]]);
  await eachLimited(toRead, 6, async (entry) => {
    texts.set(entry.path, decodeUtf8(await source.read(entry.path), `${source.label}: ${entry.path}`));
  });
  const files = [];
  const missing = [];
  sorted.forEach((path, index) => {
    const entry = entries[index];
    if (!entry) {
      missing.push(path);
      return;
    }
    const file = { path: entry.path, type: entry.type, sha: entry.sha, size: entry.size };
    if (entry.type === "blob" && markdownFile.test(path)) {
      const content = texts.get(entry.path);
      file.anchors = content === void 0 ? [...previous.get(entry.path).anchors] : [...new Set(anchorsOf(content))].sort();
    }
    files.push(file);
  });
  return {
    commit: source.commit,
    guide: { path: guidePath, sha: guideEntry.sha, size: bytes.byteLength, text },
    model,
    edited,
    editResults: results,
    files,
    missing
  };
}
async function eachLimited(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length)
      await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
async function statLinked(source, path) {
  try {
    return await source.stat(path);
  } catch (error) {
    if (error instanceof UnsafePathError || error instanceof RefusedEntryError)
      return null;
    throw error;
  }
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes, name) {
  if (bytes.includes(0))
    throw Object.assign(new Error(`Unexpected binary content in ${name}, expected UTF-8 markdown`), {
      code: "EBINARY"
    });
  try {
    return decoder.decode(bytes);
  } catch {
    throw Object.assign(new Error(`Unexpected non-UTF-8 content in ${name}, expected UTF-8 markdown`), {
      code: "EENCODING"
    });
  }
}

// ../../packages/content/dist/sync-plan.js
import { existsSync } from "node:fs";
import { readFile as readFile4 } from "node:fs/promises";
import { join as join6, relative as relative4 } from "node:path";

// ../../packages/content/dist/config-link-fixes.js
var import_yaml2 = __toESM(require_dist(), 1);
function applyLinkFixes(text, fixes, rewrites) {
  const document = (0, import_yaml2.parseDocument)(text);
  let edits = document.get("edits");
  if (!(0, import_yaml2.isSeq)(edits)) {
    if (fixes.length === 0)
      return text;
    document.set("edits", document.createNode([]));
    edits = document.get("edits");
  }
  if (!(0, import_yaml2.isSeq)(edits))
    return text;
  const items = edits.items.filter(import_yaml2.isMap);
  for (const edit of items) {
    const set = edit.get("set");
    if ((0, import_yaml2.isMap)(set)) {
      const href = set.get("href");
      if (typeof href === "string" && rewrites.has(href))
        set.set("href", rewrites.get(href));
    }
    const insert = edit.get("insert");
    const links = (0, import_yaml2.isMap)(insert) ? insert.get("links") : null;
    if ((0, import_yaml2.isSeq)(links)) {
      for (const link of links.items) {
        if (!(0, import_yaml2.isMap)(link))
          continue;
        const href = link.get("href");
        if (typeof href === "string" && rewrites.has(href))
          link.set("href", rewrites.get(href));
      }
    }
  }
  for (const fix of fixes) {
    const existing = items.find((edit) => edit.get("entry") === fix.entry && (edit.get("section") ?? void 0) === fix.section && (edit.get("link") ?? 1) === fix.link && (0, import_yaml2.isMap)(edit.get("set")));
    if (existing) {
      const set = existing.get("set");
      if (set.has("href"))
        continue;
      set.set("href", fix.to);
      const was = existing.get("was");
      if ((0, import_yaml2.isMap)(was))
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

// ../../packages/content/dist/link-moves.js
import { posix as posix3 } from "node:path";
function movedLinks(guide, moves) {
  const byPath = new Map(moves.map((move) => [move.from, move]));
  const out = [];
  for (const link of guideLinks(guide)) {
    if (link.target.kind !== "repo")
      continue;
    const move = byPath.get(link.target.path);
    if (move)
      out.push({ move, link, fixed: respell(link.destination, move.from, move.to, guide.path) });
  }
  return out;
}
function respell(destination, from, to, documentPath) {
  const cut2 = destination.search(/[?#]/);
  const path = cut2 < 0 ? destination : destination.slice(0, cut2);
  const tail = cut2 < 0 ? "" : destination.slice(cut2);
  const slash = path.endsWith("/") && !path.endsWith("//") ? "/" : "";
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) {
    const at = path.indexOf(`/${from}`);
    return at < 0 ? null : `${path.slice(0, at)}/${to}${path.slice(at + 1 + from.length)}${tail}`;
  }
  if (path.startsWith("/"))
    return `/${to}${slash}${tail}`;
  const base = posix3.dirname(documentPath);
  const relative5 = posix3.relative(base === "." ? "" : base, to) || posix3.basename(to);
  return `${relative5}${slash}${tail}`;
}
function linkFixes(guide, moved) {
  const entries = listEntries(guide);
  const fixes = [];
  for (const located of entries) {
    located.entry.links.forEach((link, index) => {
      const hit = moved.find((candidate) => candidate.link === link);
      if (!hit?.fixed)
        return;
      const key = entryKey(located.entry);
      const ambiguous = entries.filter((other) => entryKey(other.entry) === key).length > 1;
      const section = located.sections.at(-1);
      fixes.push({
        entry: key,
        ...ambiguous && section ? { section } : {},
        link: index + 1,
        from: link.destination,
        to: hit.fixed
      });
    });
  }
  return fixes;
}

// ../../packages/content/dist/sync-plan.js
async function readSyncState(dir, cwd, writing) {
  const recovered = writing ? await recoverStaged(dir) : await settleStaged(dir, "refuse", stagingDisplay(dir, cwd));
  const loaded = await loadConfig(dir, cwd);
  const { config } = loaded;
  const { paths, display } = contentPaths(dir, config, cwd);
  const lockText = existsSync(paths.lock) ? await readTextFile(paths.lock, display.lock, "the devguide lock (JSON)", "restore it from git") : null;
  const lock = lockText === null ? null : parseLock(lockText, display.lock);
  const upstreamBytes = existsSync(paths.upstream) ? await readFile4(paths.upstream) : null;
  const copyIntact = upstreamBytes !== null && lock !== null && gitBlobSha(upstreamBytes) === lock.guide.sha && lock.upstream.repository === config.upstream.repository && lock.upstream.readme === config.upstream.readme;
  return { dir, loaded, paths, display, lock, lockText, upstreamBytes, copyIntact, recovered };
}
function stagingDisplay(dir, cwd) {
  return relative4(cwd, join6(dir, stagingDirName));
}
async function planSync(state, source, options) {
  const { loaded, lock: previous, paths, display } = state;
  const { config } = loaded;
  if (source.commit === null && previous?.upstream.commit)
    refuseUnpinned(state, previous.upstream.commit);
  const resolve = resolveContextOf(config);
  const snapshotWith = (edits) => snapshotGuide(source, {
    guidePath: config.upstream.readme,
    resolve,
    edits,
    ...previous ? { previous: previous.files } : {}
  });
  let snapshot = await snapshotWith(loaded.edits);
  const report = previous ? await detectMoves(source, previous.files, snapshot.missing) : { moves: [], deleted: [] };
  const moved = movedLinks(snapshot.model, report.moves);
  let readmeConfig = loaded;
  let fixedConfig = null;
  if (options.fix) {
    const rewrites = new Map(moved.filter((hit) => hit.fixed).map((hit) => [hit.link.destination, hit.fixed]));
    const configText = await readFile4(paths.config, "utf8");
    const fixedText = applyLinkFixes(configText, linkFixes(snapshot.model, moved), rewrites);
    if (fixedText !== configText) {
      fixedConfig = fixedText;
      readmeConfig = parseConfig(fixedText, display.config);
      snapshot = await snapshotWith(readmeConfig.edits);
    }
  }
  const lock = lockFromSnapshot(snapshot, {
    repository: config.upstream.repository,
    ref: options.ref,
    readme: config.upstream.readme
  });
  const planned = [
    { path: paths.upstream, display: display.upstream, content: snapshot.guide.text }
  ];
  if (fixedConfig !== null)
    planned.push({ path: paths.config, display: display.config, content: fixedConfig });
  planned.push({
    path: paths.output,
    display: display.output,
    content: renderEditedReadme(readmeConfig.config, lock, snapshot.edited)
  });
  planned.push({ path: paths.lock, display: display.lock, content: serializeLock(lock) });
  const before = state.upstreamBytes ? parsePrevious(state.upstreamBytes.toString("utf8"), state) : null;
  const previousCommit = previous?.upstream.commit ?? null;
  return {
    dir: state.dir,
    kind: "full",
    lock,
    previousCommit,
    commitMoved: Boolean(previousCommit && previousCommit !== snapshot.commit),
    sourceLabel: source.label,
    entryChanges: before ? diffEntries(before, snapshot.model) : [],
    missing: snapshot.missing,
    moves: report.moves,
    movedLinks: moved,
    deleted: report.deleted,
    editResults: snapshot.editResults,
    writes: await changedOnly(planned)
  };
}
async function planRegenerate(state) {
  const lock = state.lock;
  const readme = renderReadme(state.loaded, lock, state.upstreamBytes.toString("utf8"), state.display.upstream);
  return {
    dir: state.dir,
    kind: "regenerate",
    lock,
    previousCommit: lock.upstream.commit,
    commitMoved: false,
    sourceLabel: null,
    entryChanges: [],
    missing: [],
    moves: [],
    movedLinks: [],
    deleted: [],
    editResults: readme.editResults,
    writes: await changedOnly([{ path: state.paths.output, display: state.display.output, content: readme.text }])
  };
}
async function applySyncPlan(plan, options = {}) {
  await commitStaged(plan.dir, plan.writes, options);
}
async function changedOnly(planned) {
  const writes = [];
  for (const write of planned) {
    const current = existsSync(write.path) ? await readFile4(write.path, "utf8") : null;
    if (current !== write.content)
      writes.push({ ...write, current });
  }
  return writes;
}
function parsePrevious(text, state) {
  const { config } = state.loaded;
  try {
    return parseGuide(text, {
      path: config.upstream.readme,
      file: state.display.upstream,
      resolve: resolveContextOf(config),
      form: "upstream"
    });
  } catch {
    return null;
  }
}
function refuseUnpinned(state, commit) {
  const text = state.lockText ?? "";
  const at = text.indexOf(`"${commit}"`);
  const { line, column } = positionAt(text, Math.max(at, 0));
  throw new GuideError(`Unexpected sync from a directory without a commit over the locked commit \`${commit}\`, expected the commit the files are at`, state.display.lock, line, column, "pass `--commit <sha>` (or sync from a git repository with `--rev`)");
}

export {
  gitBlobSha,
  UnsafePathError,
  safeRepoPath,
  typeOfMode,
  RefusedEntryError,
  GitSourceError,
  openSource,
  evenPieces,
  writeAtomically,
  stagingDirName,
  settleStaged,
  configJsonSchema,
  parseYamlWithSchema,
  lockView,
  resolveContextOf,
  inspectText,
  loadContent,
  renderReadme,
  readSyncState,
  planSync,
  planRegenerate,
  applySyncPlan
};
