import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Suggester,
  closestPath,
  editDistance,
  isLineFragment,
  matchFragment,
  resolveLink
} from "./chunk-X4N2JY57.js";

// ../../packages/lint/dist/rules/link-check.js
var renderedMarkdown = /\.(md|markdown|mdown|mkdn|mkd)$/i;
var verdicts = /* @__PURE__ */ new WeakMap();
var targets = /* @__PURE__ */ new WeakMap();
function forgetLinkChecks() {
  verdicts = /* @__PURE__ */ new WeakMap();
  targets = /* @__PURE__ */ new WeakMap();
}
function targetOf(link, resolve) {
  const known = targets.get(link);
  if (known && known.resolve === resolve)
    return known.target;
  const target = resolveLink(link.url, resolve);
  targets.set(link, { resolve, target });
  return target;
}
function checkLink(link, file, index, settings) {
  let memo = verdicts.get(index);
  if (memo?.generation !== index.generation)
    verdicts.set(index, memo = { generation: index.generation, known: /* @__PURE__ */ new WeakMap() });
  const { known } = memo;
  let verdict = known.get(link);
  if (!verdict)
    known.set(link, verdict = verdictOf(link, file, index, settings));
  return verdict;
}
function verdictOf(link, file, index, settings) {
  const { renames, defaultBranch } = settings;
  const target = targetOf(link, file.resolve);
  if (target.kind === "external")
    return isMalformedWebUrl(target.url) ? { status: "malformed", url: target.url } : { status: "external" };
  if (target.kind === "escape")
    return { status: "missing-file", path: target.path, suggestion: null, escapes: true, inLock: false };
  if (target.kind === "anchor") {
    if (target.fragment === "" || target.fragment === "top")
      return { status: "ok" };
    if (isLineFragment(target.fragment) && renderedMarkdown.test(file.role.repoPath))
      return { status: "rendered-line", path: file.role.repoPath, fragment: target.fragment };
    return anchorVerdict(file.role.repoPath, target.fragment, anchorSetOf(file.facts.anchors), file.facts.lineCount);
  }
  if (target.ref !== null && !isDefaultRef(target.ref, defaultBranch))
    return refVerdict(target, index, link);
  const found = locate(target, index);
  if (!found) {
    return {
      status: "missing-file",
      path: target.path,
      ...suggest(target.path, index, renames),
      escapes: false,
      inLock: index.get(target.path) !== void 0
    };
  }
  const notAFile = fileOnly(target, link);
  if (notAFile && found.entry.type === "dir")
    return { status: "not-a-file", path: found.path, why: notAFile };
  if (target.fragment === null || target.fragment === "")
    return { status: "ok" };
  const plain = /[?&]plain=1(&|$)/.test(target.query) || target.view === "raw" || target.view === "blame";
  if (found.entry.type === "dir") {
    const readmePath = index.readmeOf(found.path);
    const readme = readmePath ? index.follow(readmePath) : null;
    if (!readmePath || !readme)
      return { status: "missing-anchor", path: found.path, fragment: target.fragment, anchors: /* @__PURE__ */ new Set() };
    if (!plain && isLineFragment(target.fragment))
      return { status: "rendered-line", path: found.path, fragment: target.fragment };
    return readme.entry.anchors ? anchorVerdict(readme.path, target.fragment, readme.entry.anchors, readme.entry.lines) : { status: "ok" };
  }
  if (!plain && isLineFragment(target.fragment) && renderedMarkdown.test(found.path))
    return { status: "rendered-line", path: found.path, fragment: target.fragment };
  if (found.path === file.role.repoPath)
    return anchorVerdict(found.path, target.fragment, anchorSetOf(file.facts.anchors), file.facts.lineCount);
  if (!found.entry.anchors)
    return { status: "ok" };
  return anchorVerdict(found.path, target.fragment, found.entry.anchors, found.entry.lines);
}
function pinnedQueries(files, defaultBranch) {
  const queries = [];
  for (const file of files)
    for (const link of file.facts.links) {
      if (!link.url.includes("/"))
        continue;
      const target = targetOf(link, file.resolve);
      if (target.kind === "repo" && target.ref !== null && !isDefaultRef(target.ref, defaultBranch))
        queries.push({ ref: target.ref, path: target.path });
    }
  return queries;
}
function isDefaultRef(ref, defaultBranch) {
  return ref === defaultBranch || /^(main|master|HEAD)$/.test(ref);
}
function fileOnly(target, link) {
  if (target.view === "raw" || target.via === "raw")
    return "raw";
  if (target.view === "blame")
    return "blame";
  return link.kind === "image" ? "image" : null;
}
function refVerdict(target, index, link) {
  const atRef = index.refs?.kind({ ref: target.ref, path: target.path });
  if (!atRef || atRef.kind === "unknown")
    return { status: "pinned", path: target.path, ref: target.ref, goneNow: !index.get(target.path) };
  if (atRef.kind === "missing")
    return {
      status: "missing-file",
      path: atRef.path,
      suggestion: null,
      escapes: false,
      inLock: false,
      ref: atRef.ref
    };
  const notAFile = fileOnly(target, link);
  if (notAFile && atRef.kind === "dir")
    return { status: "not-a-file", path: atRef.path, why: notAFile };
  if (target.fragment && isLineFragment(target.fragment) && renderedMarkdown.test(atRef.path) && !/[?&]plain=1(&|$)/.test(target.query) && target.view === "blob")
    return { status: "rendered-line", path: atRef.path, fragment: target.fragment };
  return { status: "ok" };
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
function anchorVerdict(path, fragment, anchors, lines) {
  const match = matchFragment(fragment, { anchors, path, lineAnchors: true, lines });
  if (!match)
    return { status: "missing-anchor", path, fragment, anchors };
  return match.how === "folded" ? { status: "ok", folded: { fragment, anchor: match.anchor } } : { status: "ok" };
}
function locate(target, index) {
  return index.follow(target.path);
}
function suggest(path, index, renames) {
  for (const renamed of [renames[path], index.refs?.renames.get(path)])
    if (renamed && index.get(renamed))
      return { suggestion: renamed, suggestedBy: "rename" };
  if (placeholder.test(path))
    return { suggestion: null };
  const found = closestPath(path, index.sameName(path)) ?? misspelled(path, index);
  return found ? { suggestion: found, suggestedBy: "path" } : { suggestion: null };
}
var placeholder = /[$<>{}[\]]|YOUR|\bX{3,}\b|TODO|TBD/;
function misspelled(path, index) {
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  const extension = /\.[a-z0-9]+$/i.exec(name)?.[0].toLowerCase();
  if (name.length < 8 || !extension)
    return void 0;
  const near = index.childrenOf(slash === -1 ? "" : path.slice(0, slash)).filter((sibling) => {
    const other = sibling.slice(slash + 1).toLowerCase();
    return other.endsWith(extension) && editDistance(other, name.toLowerCase(), 2) <= 2;
  });
  return near.length === 1 ? near[0] : void 0;
}
var anchorSets = /* @__PURE__ */ new WeakMap();
var suggesters = /* @__PURE__ */ new WeakMap();
function anchorSetOf(anchors) {
  let set = anchorSets.get(anchors);
  if (!set)
    anchorSets.set(anchors, set = new Set(anchors));
  return set;
}
function closestAnchor(fragment, anchors) {
  let suggester = suggesters.get(anchors);
  if (!suggester)
    suggesters.set(anchors, suggester = new Suggester(anchors));
  return suggester.suggest(fragment.toLowerCase()) ?? null;
}

export {
  forgetLinkChecks,
  targetOf,
  checkLink,
  pinnedQueries,
  isDefaultRef,
  closestAnchor
};
