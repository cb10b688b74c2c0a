import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkLink,
  closestAnchor,
  targetOf
} from "./chunk-IFBKYDCQ.js";
import {
  BananaSlug,
  Suggester,
  __export,
  __toESM,
  _enum,
  array,
  asciiControl,
  attention,
  autolink,
  blankLine,
  blockQuote,
  boolean,
  characterEscape,
  characterReference,
  codeFenced,
  codeIndented,
  codeText,
  combineExtensions,
  content,
  decodeString,
  defaultInlineNestingLimit,
  defaultNestingLimit,
  definition,
  entryKey,
  factorySpace,
  findDeepInlineNesting,
  findDeepNesting,
  findDestination,
  frontmatter,
  gfm,
  hardBreakEscape,
  headingAtx,
  htmlBlockNames,
  htmlFlow,
  htmlRawNames,
  htmlText,
  labelEnd,
  labelStartImage,
  labelStartLink,
  lineEnding,
  list,
  location,
  markdownLineEnding,
  normalizeIdentifier,
  number,
  parseGuide,
  parseMarkdown,
  plain,
  push,
  require_dist,
  resolveAll,
  resolveLink,
  scanHtml,
  setextUnderline,
  splice,
  strictObject,
  string,
  subtokenize,
  targetKey,
  thematicBreak,
  toString,
  unicodePunctuation,
  unicodeWhitespace,
  visit
} from "./chunk-X4N2JY57.js";

// ../../packages/lint/dist/engine/lint-file.js
import { hash } from "node:crypto";

// ../../node_modules/.pnpm/@lezer+common@1.5.7/node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++;
    this.perNode = !!config.perNode;
    this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match != "function")
      match = NodeType.match(match);
    return (type) => {
      let result = match(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser3, bracketed = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser3;
    this.bracketed = bracketed;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types) {
    this.types = types;
    for (let i = 0; i < types.length; i++)
      if (types[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type);
        if (add) {
          if (!newProps)
            newProps = Object.assign({}, type.props);
          let value = add[1], prop = add[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    this.type = type;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      if (str) {
        if (children)
          children += ",";
        children += str;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id in this.props)
        result.push([+id, this.props[id]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set) {
    this.buffer = buffer;
    this.length = length;
    this.set = set;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id = this.buffer[index], endIndex = this.buffer[index + 3];
    let type = this.set.types[id], result = type.name;
    if (/\W/.test(result) && !type.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++];
      copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan = this.childBefore(pos), node = this;
    while (scan) {
      let last = scan.lastChild;
      if (!last || last.to != scan.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan;
        scan = last.prevSibling;
      } else {
        scan = last;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir;
      else
        i = dir < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
            return false;
        }
    }
    return true;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir))
        return true;
      if (this.atLastNode(dir) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache = this.bufferNode, result = null, depth = 0;
    if (cache && cache.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id, start, end, size: size2 } = cursor;
    if (size2 < 0) {
      cursor.next();
      if (size2 == -1) {
        let node2 = reused[id];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size2 == -3) {
        contextHash = id;
        return;
      } else if (size2 == -4) {
        lookAhead = id;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size2}`);
      }
    }
    let type = types[id], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
      let endPos = cursor.pos - size2;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id >= minRepeatType ? id : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextHash);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id, start, end, size: size2 } = cursor;
      if (size2 > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type) {
    return (children2, positions2, length2) => {
      var _a2;
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type && last.length == length2)
          return last;
        if (lookAheadProp = last.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2;
      }
      let contextHash2 = 0;
      for (let i = 0; i < children2.length; i++)
        if (children2[i] instanceof Tree) {
          contextHash2 = (_a2 = children2[i].prop(NodeProp.contextHash)) !== null && _a2 !== void 0 ? _a2 : 0;
          break;
        }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair = [NodeProp.contextHash, contextHash2];
      props = props ? [pair].concat(props) : [pair];
    }
    if (lookAhead2 > 25) {
      let pair = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair].concat(props) : [pair];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size2 = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size2;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size2 += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size2 += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size2 == maxSize) {
      result.size = size2;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id, start, end, size: size2 } = cursor;
    cursor.next();
    if (size2 >= 0 && id < minRepeatType) {
      let startIndex = index;
      if (size2 > 4) {
        let endPos = cursor.pos - (size2 - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id;
    } else if (size2 == -3) {
      contextHash = id;
    } else if (size2 == -4) {
      lookAhead = id;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size2 = nodeSizeCache.get(node);
  if (size2 == null) {
    size2 = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size2 = 1;
        break;
      }
      size2 += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size2);
  }
  return size2;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse2 = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse2.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string5) {
    this.string = string5;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

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
  function exitContainers(size2) {
    let index = stack.length;
    while (index-- > size2) {
      const entry = stack[index];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size2;
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
var string2 = initializeFactory("string");
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
      let size2 = 0;
      let tabs;
      while (index--) {
        const chunk = chunks[index];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size2++;
            bufferIndex--;
          }
          if (bufferIndex) break;
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size2++;
        } else if (chunk === -1) {
        } else {
          index++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size2 = 0;
      }
      if (size2) {
        const token = {
          type: eventIndex === events.length || tabs || size2 < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index,
            line: data.end.line,
            column: data.end.column - size2,
            offset: data.end.offset - size2
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
  string: () => string3,
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
var string3 = {
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
function createTokenizer(parser3, initialize, from) {
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
    parser: parser3,
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
  const parser3 = {
    constructs,
    content: create(content2),
    defined: [],
    document: create(document),
    flow: create(flow),
    lazy: {},
    string: create(string2),
    text: create(text)
  };
  return parser3;
  function create(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser3, initial, from);
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

// ../../packages/lint/dist/facts/file-facts.js
function emptyFacts(lineCount) {
  return {
    headings: [],
    anchors: [],
    links: [],
    definitions: [],
    references: [],
    controls: [],
    lists: [],
    encoding: null,
    lineCount
  };
}

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
  for (const comment2 of controls) {
    const applies = comment2.rules === null || comment2.rules.includes(ruleId);
    if (!applies)
      continue;
    if (comment2.kind === "disable-next-line") {
      if (comment2.position.end.line + 1 === line)
        return true;
      continue;
    }
    if (comment2.position.start.line > line)
      break;
    disabled = comment2.kind === "disable";
  }
  return disabled;
}

// ../../packages/lint/dist/facts/html-facts.js
var fullReference = /(?<!\\)\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g;
function collectHtml(value, position2, text3, locator, facts) {
  const control2 = parseControlComment(value);
  if (control2)
    facts.controls.push({ ...control2, position: position2 });
  const base = position2.start.offset ?? 0;
  const source = text3.slice(base, position2.end.offset);
  const fromSource = scanHtml(source);
  const anchors = source === value ? fromSource.anchors : scanHtml(value).anchors;
  for (const id of anchors)
    facts.anchors.push(id);
  for (const link of fromSource.links) {
    facts.links.push({
      kind: "html",
      url: link.url,
      position: spanOf(locator, base + link.start, base + link.end),
      destination: null,
      text: ""
    });
  }
}
function spanOf(locator, start, end) {
  return { start: locator.toPoint(start), end: locator.toPoint(end) };
}
function countLines(locator, text3) {
  return locator.toPoint(text3.length).line;
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
var Identifiers = class _Identifiers extends Array {
  #set = /* @__PURE__ */ new Set();
  #known;
  static knowing(known) {
    const identifiers = new _Identifiers();
    identifiers.#known = known;
    return identifiers;
  }
  push(...identifiers) {
    for (const identifier of identifiers)
      this.#set.add(identifier);
    return super.push(...identifiers);
  }
  includes(identifier) {
    return this.#set.has(identifier) || (this.#known?.has(identifier) ?? false);
  }
  /** The identifiers defined in what was parsed. */
  get own() {
    return this.#set;
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
  const locator = location(text3);
  const facts = emptyFacts(countLines(locator, text3));
  const slugger = new BananaSlug();
  collectEventsFacts(text3, { from: 0, to: text3.length, line: 1, facts, locator, slug: (plain2) => slugger.slug(plain2) });
  return facts;
}
function collectEventsFacts(text3, part) {
  const { facts, locator, slug: slugOf } = part;
  const parser3 = parse({ extensions });
  const defined = Identifiers.knowing(part.known);
  parser3.defined = defined;
  parser3.gfmFootnotes = new Identifiers();
  const slice = part.from === 0 && part.to === text3.length ? text3 : text3.slice(part.from, part.to) + (part.closing ?? "");
  const events = postprocess(parser3.document({ line: part.line, column: 1, offset: part.from }).write(preprocess()(slice, void 0, true)));
  let containers = 0;
  let open = false;
  let fences = 0;
  const root = new Frame("root", 0, void 0);
  const stack = [root];
  let top = root;
  let atHardBreak = false;
  let setextSlurp = false;
  let inTable = false;
  const openLists = [];
  for (let index = 0; index < events.length; index++) {
    const [kind2, token, context] = events[index];
    const type = token.type;
    if (kind2 === "enter") {
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
      } else if (type === "codeFencedFence") {
        fences++;
      } else if (type === "blockQuote") {
        containers++;
      } else if (type === "listUnordered" || type === "listOrdered") {
        containers++;
        const fact = {
          ordered: type === "listOrdered",
          depth: openLists.length,
          position: position(token),
          items: []
        };
        facts.lists.push(fact);
        openLists.push({ fact, itemStart: void 0 });
      } else if (type === "listItemPrefix") {
        const open2 = openLists[openLists.length - 1];
        if (open2) {
          if (open2.itemStart)
            open2.fact.items.push(itemSpan(events, open2.itemStart, index, token));
          open2.itemStart = token.start;
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
          addText2(top, token, context, index);
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
      case "blockQuote":
        containers--;
        continue;
      case "codeFenced":
        if (containers === 0 && fences < 2)
          open = true;
        fences = 0;
        break;
      // and close the frame
      case "htmlFlow":
        if (containers === 0 && !htmlClosed(context.sliceSerialize(token)))
          open = true;
        break;
      // and close the frame
      case "listUnordered":
      case "listOrdered": {
        containers--;
        const { fact, itemStart: itemStart2 } = openLists.pop();
        if (itemStart2)
          fact.items.push(itemSpan(events, itemStart2, index, token));
        continue;
      }
      default:
        if (isTextToken(type)) {
          addText2(top, token, context, index);
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
  return { defined: defined.own, open };
  function addText2(frame, token, context, index) {
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
        const slug = slugOf(frame.plain);
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
              destination: findDestination(text3, destinationShim(image ? "image" : "link", token.start.offset, token.end.offset, frame.lastEnd)),
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
          destination: findDestination(text3, destinationShim("definition", token.start.offset, token.end.offset, void 0)),
          text: label
        });
        facts.definitions.push({ identifier: frame.identifier, label, url: frame.url, position: position(token) });
        return;
      }
      case "htmlFlow":
      case "htmlText":
        if (frame.inTree)
          collectHtml(frame.full, position(token), text3, locator, facts);
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
    if (!frame.inLink && /https?:\/\/|www\./i.test(source)) {
      addLateLiteralLinks(facts.links, runValue(frame), source, start.offset, locator);
    }
    if (!source.includes("]["))
      return;
    const matches = [...source.matchAll(fullReference)];
    if (matches.length === 0)
      return;
    const value = runValue(frame);
    if (!value.includes("][") || !frame.inLink && autolinkLiteralSplits(value))
      return;
    for (const match of matches) {
      const label = match[2] || match[1];
      facts.references.push({
        kind: "link",
        identifier: label.toLowerCase().replace(/\s+/g, " ").trim(),
        label,
        position: spanOf(locator, start.offset + match.index, start.offset + match.index + match[0].length),
        defined: false
      });
    }
  }
  function runValue(frame) {
    let value = "";
    for (let index = frame.runFirst; index <= frame.runLast; index++) {
      const [kind2, token, context] = events[index];
      if (kind2 === "exit" && (isTextToken(token.type) || token.type === "lineEnding" && frame.flags & EOLS))
        value += textOf(token, context);
    }
    return value;
  }
}
function itemSpan(events, itemStart2, index, token) {
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
  return { start: point(itemStart2), end: point(lineIndex === void 0 ? token.end : events[lineIndex][1].start) };
}
var trailingPrefix = /* @__PURE__ */ new Set([
  "linePrefix",
  "blockQuotePrefix",
  "blockQuotePrefixWhitespace",
  "blockQuoteMarker",
  "listItemIndent"
]);
function htmlClosed(html) {
  const first = html.trimStart();
  const last = html.slice(html.lastIndexOf("\n") + 1);
  const rest = (opener) => last === html ? first.slice(opener) : last;
  if (/^<(?:script|pre|style|textarea)(?:[\t >]|$)/i.test(first))
    return /<\/(?:script|pre|style|textarea)>/i.test(rest(1));
  if (first.startsWith("<!--"))
    return rest(4).includes("-->");
  if (first.startsWith("<?"))
    return rest(2).includes("?>");
  if (first.startsWith("<![CDATA["))
    return rest(9).includes("]]>");
  if (/^<![A-Za-z]/.test(first))
    return rest(2).includes(">");
  return true;
}
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
function destinationShim(type, from, to, lastChildEnd) {
  const children = lastChildEnd === void 0 ? [] : [{ position: { end: { offset: lastChildEnd } } }];
  return { type, position: { start: { offset: from }, end: { offset: to } }, children };
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
function lateUrlLiterals(value) {
  const [expression] = autolinkLiterals[0];
  const found = [];
  expression.lastIndex = 0;
  for (let match = expression.exec(value); match; match = expression.exec(value)) {
    let protocol2 = match[1];
    let domain2 = match[2];
    let prefix = "";
    if (/^w/i.test(protocol2)) {
      domain2 = protocol2 + domain2;
      protocol2 = "";
      prefix = "http://";
    }
    if (!isUrl(match)) {
      expression.lastIndex = match.index + 1;
      continue;
    }
    const [url] = splitUrl(domain2 + match[3]);
    found.push({ url: prefix + protocol2 + url, written: protocol2 + url });
  }
  return found;
}
function addLateLiteralLinks(links, value, written, start, locator) {
  for (const literal2 of placeLateLiterals(lateUrlLiterals(value), written)) {
    if (literal2.at === -1)
      continue;
    const at2 = start + literal2.at;
    links.push({
      kind: "link",
      url: literal2.url,
      position: spanOf(locator, at2, at2 + literal2.written.length),
      destination: null,
      text: literal2.written
    });
  }
}
function placeLateLiterals(literals, source) {
  let cursor = 0;
  return literals.map((literal2) => {
    const at2 = source.indexOf(literal2.written, cursor);
    if (at2 !== -1)
      cursor = at2 + literal2.written.length;
    return { ...literal2, at: at2 };
  });
}
function splitUrl(url) {
  let index = url.length;
  while (index > 0 && `!"&'),.:;<>?]}`.includes(url.charAt(index - 1)))
    index--;
  if (index === url.length)
    return [url, ""];
  let trail2 = url.slice(index);
  let head = url.slice(0, index);
  let closing = trail2.indexOf(")");
  const opening = head.split("(").length - 1;
  let closed = head.split(")").length - 1;
  while (closing !== -1 && opening > closed) {
    head += trail2.slice(0, closing + 1);
    trail2 = trail2.slice(closing + 1);
    closing = trail2.indexOf(")");
    closed++;
  }
  return [head, trail2];
}
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
  const domain2 = /^w/i.test(match[1]) ? match[1] + match[2] : match[2];
  if (unicodePunctuation(domain2.charCodeAt(0)))
    return false;
  const parts = domain2.split(".");
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
function point(at2) {
  return { line: at2.line, column: at2.column, offset: at2.offset };
}
function position(token) {
  return { start: point(token.start), end: point(token.end) };
}

// ../../node_modules/.pnpm/@lezer+highlight@1.2.5/node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set, base, modified) {
    this.name = name2;
    this.set = set;
    this.base = base;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base.name, set, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array2) {
  let sets = [[]];
  for (let i = 0; i < array2.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array2[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    while (a || b) {
      if (!a || b && a.depth <= b.depth) {
        take = b;
        b = b.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string4 = t(literal);
var number2 = t(literal);
var content3 = t();
var heading = t(content3);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string: string4,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string4),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string4),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string4),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number: number2,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number2),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number2),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content: content3,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content3),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content3),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content3),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content3),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content3),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content3),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content3),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content3),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// ../../node_modules/.pnpm/@lezer+markdown@1.8.2_patch_hash=d822f346871e15dbb2579b12b9ca00de7f77030f3fcc94c397d3d93740eaa6a8/node_modules/@lezer/markdown/dist/index.js
var CompositeBlock = class _CompositeBlock {
  static create(type, value, from, parentHash, end) {
    let hash2 = parentHash + (parentHash << 8) + type + (value << 4) | 0;
    return new _CompositeBlock(type, value, from, hash2, end, [], []);
  }
  constructor(type, value, from, hash2, end, children, positions) {
    this.type = type;
    this.value = value;
    this.from = from;
    this.hash = hash2;
    this.end = end;
    this.children = children;
    this.positions = positions;
    this.blankFirstLine = false;
    this.hashProp = [];
  }
  addChild(child, pos) {
    this.children.push(child);
    this.positions.push(pos);
  }
  toTree(nodeSet, end = this.end) {
    let last = this.children.length - 1;
    if (last >= 0)
      end = Math.max(end, this.positions[last] + this.children[last].length + this.from);
    return new Tree(nodeSet.types[this.type], this.children, this.positions, end - this.from).balance({
      makeTree: (children, positions, length) => new Tree(NodeType.none, children, positions, length, this.hashProp)
    });
  }
};
var Type;
(function(Type2) {
  Type2[Type2["Document"] = 1] = "Document";
  Type2[Type2["CodeBlock"] = 2] = "CodeBlock";
  Type2[Type2["FencedCode"] = 3] = "FencedCode";
  Type2[Type2["Blockquote"] = 4] = "Blockquote";
  Type2[Type2["HorizontalRule"] = 5] = "HorizontalRule";
  Type2[Type2["BulletList"] = 6] = "BulletList";
  Type2[Type2["OrderedList"] = 7] = "OrderedList";
  Type2[Type2["ListItem"] = 8] = "ListItem";
  Type2[Type2["ATXHeading1"] = 9] = "ATXHeading1";
  Type2[Type2["ATXHeading2"] = 10] = "ATXHeading2";
  Type2[Type2["ATXHeading3"] = 11] = "ATXHeading3";
  Type2[Type2["ATXHeading4"] = 12] = "ATXHeading4";
  Type2[Type2["ATXHeading5"] = 13] = "ATXHeading5";
  Type2[Type2["ATXHeading6"] = 14] = "ATXHeading6";
  Type2[Type2["SetextHeading1"] = 15] = "SetextHeading1";
  Type2[Type2["SetextHeading2"] = 16] = "SetextHeading2";
  Type2[Type2["HTMLBlock"] = 17] = "HTMLBlock";
  Type2[Type2["LinkReference"] = 18] = "LinkReference";
  Type2[Type2["Paragraph"] = 19] = "Paragraph";
  Type2[Type2["CommentBlock"] = 20] = "CommentBlock";
  Type2[Type2["ProcessingInstructionBlock"] = 21] = "ProcessingInstructionBlock";
  Type2[Type2["Escape"] = 22] = "Escape";
  Type2[Type2["Entity"] = 23] = "Entity";
  Type2[Type2["HardBreak"] = 24] = "HardBreak";
  Type2[Type2["Emphasis"] = 25] = "Emphasis";
  Type2[Type2["StrongEmphasis"] = 26] = "StrongEmphasis";
  Type2[Type2["Link"] = 27] = "Link";
  Type2[Type2["Image"] = 28] = "Image";
  Type2[Type2["InlineCode"] = 29] = "InlineCode";
  Type2[Type2["HTMLTag"] = 30] = "HTMLTag";
  Type2[Type2["Comment"] = 31] = "Comment";
  Type2[Type2["ProcessingInstruction"] = 32] = "ProcessingInstruction";
  Type2[Type2["Autolink"] = 33] = "Autolink";
  Type2[Type2["HeaderMark"] = 34] = "HeaderMark";
  Type2[Type2["QuoteMark"] = 35] = "QuoteMark";
  Type2[Type2["ListMark"] = 36] = "ListMark";
  Type2[Type2["LinkMark"] = 37] = "LinkMark";
  Type2[Type2["EmphasisMark"] = 38] = "EmphasisMark";
  Type2[Type2["CodeMark"] = 39] = "CodeMark";
  Type2[Type2["CodeText"] = 40] = "CodeText";
  Type2[Type2["CodeInfo"] = 41] = "CodeInfo";
  Type2[Type2["LinkTitle"] = 42] = "LinkTitle";
  Type2[Type2["LinkLabel"] = 43] = "LinkLabel";
  Type2[Type2["URL"] = 44] = "URL";
})(Type || (Type = {}));
var LeafBlock = class {
  /**
  @internal
  */
  constructor(start, content4) {
    this.start = start;
    this.content = content4;
    this.marks = [];
    this.parsers = [];
  }
};
var Line = class {
  constructor() {
    this.text = "";
    this.baseIndent = 0;
    this.basePos = 0;
    this.depth = 0;
    this.markers = [];
    this.pos = 0;
    this.indent = 0;
    this.next = -1;
  }
  /**
  @internal
  */
  forward() {
    if (this.basePos > this.pos)
      this.forwardInner();
  }
  /**
  @internal
  */
  forwardInner() {
    let newPos = this.skipSpace(this.basePos);
    this.indent = this.countIndent(newPos, this.pos, this.indent);
    this.pos = newPos;
    this.next = newPos == this.text.length ? -1 : this.text.charCodeAt(newPos);
  }
  /**
  Skip whitespace after the given position, return the position of
  the next non-space character or the end of the line if there's
  only space after `from`.
  */
  skipSpace(from) {
    return skipSpace(this.text, from);
  }
  /**
  @internal
  */
  reset(text3) {
    this.text = text3;
    this.baseIndent = this.basePos = this.pos = this.indent = 0;
    this.forwardInner();
    this.depth = 1;
    while (this.markers.length)
      this.markers.pop();
  }
  /**
  Move the line's base position forward to the given position.
  This should only be called by composite [block
  parsers](#BlockParser.parse) or [markup skipping
  functions](#NodeSpec.composite).
  */
  moveBase(to) {
    this.basePos = to;
    this.baseIndent = this.countIndent(to, this.pos, this.indent);
  }
  /**
  Move the line's base position forward to the given _column_.
  */
  moveBaseColumn(indent) {
    this.baseIndent = indent;
    this.basePos = this.findColumn(indent);
  }
  /**
  Store a composite-block-level marker. Should be called from
  [markup skipping functions](#NodeSpec.composite) when they
  consume any non-whitespace characters.
  */
  addMarker(elt2) {
    this.markers.push(elt2);
  }
  /**
  Find the column position at `to`, optionally starting at a given
  position and column.
  */
  countIndent(to, from = 0, indent = 0) {
    for (let i = from; i < to; i++)
      indent += this.text.charCodeAt(i) == 9 ? 4 - indent % 4 : 1;
    return indent;
  }
  /**
  Find the position corresponding to the given column.
  */
  findColumn(goal) {
    let i = 0;
    for (let indent = 0; i < this.text.length && indent < goal; i++)
      indent += this.text.charCodeAt(i) == 9 ? 4 - indent % 4 : 1;
    return i;
  }
  /**
  @internal
  */
  scrub() {
    if (!this.baseIndent)
      return this.text;
    let result = "";
    for (let i = 0; i < this.basePos; i++)
      result += " ";
    return result + this.text.slice(this.basePos);
  }
};
function skipForList(bl, cx, line) {
  if (line.pos == line.text.length || bl != cx.block && line.indent >= cx.stack[line.depth + 1].value + line.baseIndent)
    return true;
  if (line.indent >= line.baseIndent + 4)
    return false;
  let size2 = (bl.type == Type.OrderedList ? isOrderedList : isBulletList)(line, cx, false);
  return size2 > 0 && (bl.type != Type.BulletList || isHorizontalRule(line, cx, false) < 0) && line.text.charCodeAt(line.pos + size2 - 1) == bl.value;
}
var DefaultSkipMarkup = {
  [Type.Blockquote](bl, cx, line) {
    if (line.next != 62)
      return false;
    line.markers.push(elt(Type.QuoteMark, cx.lineStart + line.pos, cx.lineStart + line.pos + 1));
    line.moveBase(line.pos + (space(line.text.charCodeAt(line.pos + 1)) ? 2 : 1));
    bl.end = cx.lineStart + line.text.length;
    return true;
  },
  [Type.ListItem](bl, _cx, line) {
    if (line.next < 0 ? bl.blankFirstLine && bl.children.length == 1 : line.indent < line.baseIndent + bl.value)
      return false;
    if (line.next >= 0)
      bl.blankFirstLine = false;
    line.moveBaseColumn(line.baseIndent + bl.value);
    return true;
  },
  [Type.OrderedList]: skipForList,
  [Type.BulletList]: skipForList,
  [Type.Document]() {
    return true;
  }
};
function space(ch) {
  return ch == 32 || ch == 9 || ch == 10 || ch == 13;
}
function skipSpace(line, i = 0) {
  while (i < line.length && space(line.charCodeAt(i)))
    i++;
  return i;
}
function skipSpaceBack(line, i, to) {
  while (i > to && space(line.charCodeAt(i - 1)))
    i--;
  return i;
}
function isFencedCode(line) {
  if (line.next != 96 && line.next != 126)
    return -1;
  let pos = line.pos + 1;
  while (pos < line.text.length && line.text.charCodeAt(pos) == line.next)
    pos++;
  if (pos < line.pos + 3)
    return -1;
  if (line.next == 96) {
    for (let i = pos; i < line.text.length; i++)
      if (line.text.charCodeAt(i) == 96)
        return -1;
  }
  return pos;
}
function isBlockquote(line) {
  return line.next != 62 ? -1 : line.text.charCodeAt(line.pos + 1) == 32 ? 2 : 1;
}
function isHorizontalRule(line, cx, breaking) {
  if (line.next != 42 && line.next != 45 && line.next != 95)
    return -1;
  let count2 = 1;
  for (let pos = line.pos + 1; pos < line.text.length; pos++) {
    let ch = line.text.charCodeAt(pos);
    if (ch == line.next)
      count2++;
    else if (!space(ch))
      return -1;
  }
  if (breaking && line.next == 45 && isSetextUnderline(line) > -1 && line.depth == cx.stack.length && cx.parser.leafBlockParsers.indexOf(DefaultLeafBlocks.SetextHeading) > -1)
    return -1;
  return count2 < 3 ? -1 : 1;
}
function inList(cx, type) {
  for (let i = cx.stack.length - 1; i >= 0; i--)
    if (cx.stack[i].type == type)
      return true;
  return false;
}
function isBulletList(line, cx, breaking) {
  return (line.next == 45 || line.next == 43 || line.next == 42) && (line.pos == line.text.length - 1 || space(line.text.charCodeAt(line.pos + 1))) && (!breaking || inList(cx, Type.BulletList) || line.skipSpace(line.pos + 2) < line.text.length) ? 1 : -1;
}
function isOrderedList(line, cx, breaking) {
  let pos = line.pos, next = line.next;
  for (; ; ) {
    if (next >= 48 && next <= 57)
      pos++;
    else
      break;
    if (pos == line.text.length)
      return -1;
    next = line.text.charCodeAt(pos);
  }
  if (pos == line.pos || pos > line.pos + 9 || next != 46 && next != 41 || pos < line.text.length - 1 && !space(line.text.charCodeAt(pos + 1)) || // Patched: `breaking` is whether the list would interrupt a paragraph (see DefaultEndLeaf).
  breaking && (line.skipSpace(pos + 1) == line.text.length || pos > line.pos + 1 || line.next != 49))
    return -1;
  return pos + 1 - line.pos;
}
function isAtxHeading(line) {
  if (line.next != 35)
    return -1;
  let pos = line.pos + 1;
  while (pos < line.text.length && line.text.charCodeAt(pos) == 35)
    pos++;
  if (pos < line.text.length && !space(line.text.charCodeAt(pos)))
    return -1;
  let size2 = pos - line.pos;
  return size2 > 6 ? -1 : size2;
}
function isSetextUnderline(line) {
  if (line.next != 45 && line.next != 61 || line.indent >= line.baseIndent + 4)
    return -1;
  let pos = line.pos + 1;
  while (pos < line.text.length && line.text.charCodeAt(pos) == line.next)
    pos++;
  let end = pos;
  while (pos < line.text.length && space(line.text.charCodeAt(pos)))
    pos++;
  return pos == line.text.length ? end : -1;
}
var EmptyLine = /^[ \t]*$/;
var CommentEnd = /-->/;
var ProcessingEnd = /\?>/;
var HTMLBlockStyle = [
  [/^<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^\s*<!--/, CommentEnd],
  [/^\s*<\?/, ProcessingEnd],
  // Patched: a declaration's name may be lowercase (CommonMark 0.31, micromark).
  [/^\s*<![A-Za-z]/, />/],
  [/^\s*<!\[CDATA\[/, /\]\]>/],
  [/^\s*<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)/i, EmptyLine],
  // Patched: a complete tag alone on its line as micromark reads one (see completeTagLine).
  [{ test: completeTagLine }, EmptyLine]
];
function escapedAt(cx, pos) {
  let count2 = 0;
  while (pos - count2 - 1 >= cx.offset && cx.char(pos - count2 - 1) == 92)
    count2++;
  return count2 % 2 == 1;
}
function completeTagLine(text3) {
  let i = 0;
  const at2 = () => i < text3.length ? text3.charCodeAt(i) : -1;
  const space4 = (c) => c == 32 || c == 9;
  const alpha = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
  const digit = (c) => c >= 48 && c <= 57;
  while (space4(at2())) i++;
  if (at2() != 60) return false;
  i++;
  const closing = at2() == 47;
  if (closing) i++;
  if (!alpha(at2())) return false;
  while (alpha(at2()) || digit(at2()) || at2() == 45) i++;
  if (!(at2() == -1 || at2() == 47 || at2() == 62 || space4(at2()))) return false;
  const end = () => {
    if (at2() != 62) return false;
    i++;
    while (space4(at2())) i++;
    return at2() == -1;
  };
  if (closing) {
    while (space4(at2())) i++;
    return end();
  }
  for (; ; ) {
    let c = at2();
    if (c == 47) {
      i++;
      return end();
    }
    if (space4(c)) {
      i++;
      continue;
    }
    if (!(c == 58 || c == 95 || alpha(c))) return end();
    i++;
    while (alpha(at2()) || digit(at2()) || at2() == 45 || at2() == 46 || at2() == 58 || at2() == 95) i++;
    for (; ; ) {
      while (space4(at2())) i++;
      if (at2() != 61) break;
      i++;
      while (space4(at2())) i++;
      c = at2();
      if (c == -1 || c == 60 || c == 61 || c == 62 || c == 96) return false;
      if (c == 34 || c == 39) {
        const close = text3.indexOf(String.fromCharCode(c), i + 1);
        if (close < 0) return false;
        i = close + 1;
        c = at2();
        if (!(c == 47 || c == 62 || space4(c))) return false;
        break;
      }
      while ((c = at2()) != -1 && c != 34 && c != 39 && c != 47 && c != 60 && c != 61 && c != 62 && c != 96 && !space4(c)) i++;
    }
  }
}
function isHTMLBlock(line, _cx, breaking) {
  if (line.next != 60)
    return -1;
  let rest = line.text.slice(line.pos);
  for (let i = 0, e = HTMLBlockStyle.length - (breaking ? 1 : 0); i < e; i++)
    if (HTMLBlockStyle[i][0].test(rest))
      return i;
  return -1;
}
function getListIndent(line, pos) {
  let indentAfter = line.countIndent(pos, line.pos, line.indent);
  let skipped = line.skipSpace(pos);
  let indented = line.countIndent(skipped, pos, indentAfter);
  return indented >= indentAfter + 5 || skipped == line.text.length ? indentAfter + 1 : indented;
}
function addCodeText(marks, from, to) {
  let last = marks.length - 1;
  if (last >= 0 && marks[last].to == from && marks[last].type == Type.CodeText)
    marks[last].to = to;
  else
    marks.push(elt(Type.CodeText, from, to));
}
var DefaultBlockParsers = {
  LinkReference: void 0,
  IndentedCode(cx, line) {
    let base = line.baseIndent + 4;
    if (line.indent < base)
      return false;
    let start = line.findColumn(base);
    let from = cx.lineStart + start, to = cx.lineStart + line.text.length;
    let marks = [], pendingMarks = [];
    addCodeText(marks, from, to);
    let code = line.pos < line.text.length && !cx.lazyLine;
    while (cx.nextLine() && line.depth >= cx.stack.length) {
      if (line.pos == line.text.length) {
        addCodeText(pendingMarks, cx.lineStart - 1, cx.lineStart);
        for (let m of line.markers)
          pendingMarks.push(m);
      } else if (line.indent < base) {
        cx.interrupting = code;
        break;
      } else {
        code = true;
        if (pendingMarks.length) {
          for (let m of pendingMarks) {
            if (m.type == Type.CodeText)
              addCodeText(marks, m.from, m.to);
            else
              marks.push(m);
          }
          pendingMarks = [];
        }
        addCodeText(marks, cx.lineStart - 1, cx.lineStart);
        for (let m of line.markers)
          marks.push(m);
        to = cx.lineStart + line.text.length;
        let codeStart = cx.lineStart + line.findColumn(line.baseIndent + 4);
        if (codeStart < to)
          addCodeText(marks, codeStart, to);
      }
    }
    if (pendingMarks.length) {
      pendingMarks = pendingMarks.filter((m) => m.type != Type.CodeText);
      if (pendingMarks.length)
        line.markers = pendingMarks.concat(line.markers);
    }
    cx.addNode(cx.buffer.writeElements(marks, 0 - from).finish(Type.CodeBlock, to - from), from);
    return true;
  },
  FencedCode(cx, line) {
    let fenceEnd = isFencedCode(line);
    if (fenceEnd < 0)
      return false;
    let from = cx.lineStart + line.pos, ch = line.next, len = fenceEnd - line.pos;
    let infoFrom = line.skipSpace(fenceEnd), infoTo = skipSpaceBack(line.text, line.text.length, infoFrom);
    let marks = [elt(Type.CodeMark, from, from + len)];
    if (infoFrom < infoTo)
      marks.push(elt(Type.CodeInfo, cx.lineStart + infoFrom, cx.lineStart + infoTo));
    for (let first = true, empty = true, hasLine = false; cx.nextLine() && line.depth >= cx.stack.length; first = false) {
      let i = line.pos;
      if (line.indent - line.baseIndent < 4)
        while (i < line.text.length && line.text.charCodeAt(i) == ch)
          i++;
      if (i - line.pos >= len && line.skipSpace(i) == line.text.length) {
        for (let m of line.markers)
          marks.push(m);
        if (empty && hasLine)
          addCodeText(marks, cx.lineStart - 1, cx.lineStart);
        marks.push(elt(Type.CodeMark, cx.lineStart + line.pos, cx.lineStart + i));
        cx.nextLine();
        break;
      } else {
        hasLine = true;
        if (!first) {
          addCodeText(marks, cx.lineStart - 1, cx.lineStart);
          empty = false;
        }
        for (let m of line.markers)
          marks.push(m);
        let textStart = cx.lineStart + line.basePos, textEnd = cx.lineStart + line.text.length;
        if (textStart < textEnd) {
          addCodeText(marks, textStart, textEnd);
          empty = false;
        }
      }
    }
    cx.addNode(cx.buffer.writeElements(marks, 0 - from).finish(Type.FencedCode, cx.prevLineEnd() - from), from);
    return true;
  },
  Blockquote(cx, line) {
    let size2 = isBlockquote(line);
    if (size2 < 0)
      return false;
    cx.startContext(Type.Blockquote, line.pos);
    cx.addNode(Type.QuoteMark, cx.lineStart + line.pos, cx.lineStart + line.pos + 1);
    line.moveBase(line.pos + size2);
    return null;
  },
  HorizontalRule(cx, line) {
    if (isHorizontalRule(line, cx, false) < 0)
      return false;
    let from = cx.lineStart + line.pos;
    cx.nextLine();
    cx.addNode(Type.HorizontalRule, from);
    return true;
  },
  BulletList(cx, line) {
    let size2 = isBulletList(line, cx, false);
    if (size2 < 0)
      return false;
    if (cx.block.type != Type.BulletList)
      cx.startContext(Type.BulletList, line.basePos, line.next);
    let newBase = getListIndent(line, line.pos + 1);
    let blank = line.skipSpace(line.pos + size2) == line.text.length;
    cx.startContext(Type.ListItem, line.basePos, newBase - line.baseIndent);
    cx.addNode(Type.ListMark, cx.lineStart + line.pos, cx.lineStart + line.pos + size2);
    line.moveBaseColumn(newBase);
    cx.block.blankFirstLine = blank;
    return null;
  },
  OrderedList(cx, line) {
    let size2 = isOrderedList(line, cx, cx.interrupting);
    if (size2 < 0)
      return false;
    if (cx.block.type != Type.OrderedList)
      cx.startContext(Type.OrderedList, line.basePos, line.text.charCodeAt(line.pos + size2 - 1));
    let newBase = getListIndent(line, line.pos + size2);
    let blank = line.skipSpace(line.pos + size2) == line.text.length;
    cx.startContext(Type.ListItem, line.basePos, newBase - line.baseIndent);
    cx.addNode(Type.ListMark, cx.lineStart + line.pos, cx.lineStart + line.pos + size2);
    line.moveBaseColumn(newBase);
    cx.block.blankFirstLine = blank;
    return null;
  },
  ATXHeading(cx, line) {
    let size2 = isAtxHeading(line);
    if (size2 < 0)
      return false;
    let off = line.pos, from = cx.lineStart + off;
    let endOfSpace = skipSpaceBack(line.text, line.text.length, off), after = endOfSpace;
    while (after > off && line.text.charCodeAt(after - 1) == line.next)
      after--;
    if (after == endOfSpace || after == off || !space(line.text.charCodeAt(after - 1)))
      after = line.text.length;
    let buf = cx.buffer.write(Type.HeaderMark, 0, size2).writeElements(cx.parser.parseInline(line.text.slice(off + size2 + 1, after), from + size2 + 1), 0 - from);
    if (after < line.text.length)
      buf.write(Type.HeaderMark, after - off, endOfSpace - off);
    let node = buf.finish(Type.ATXHeading1 - 1 + size2, line.text.length - off);
    cx.nextLine();
    cx.addNode(node, from);
    return true;
  },
  HTMLBlock(cx, line) {
    let type = isHTMLBlock(line, cx, false);
    if (type < 0)
      return false;
    let from = cx.lineStart + line.pos, end = HTMLBlockStyle[type][1];
    let marks = [], trailing2 = end != EmptyLine;
    while (!end.test(line.text) && cx.nextLine()) {
      if (line.depth < cx.stack.length) {
        trailing2 = false;
        break;
      }
      for (let m of line.markers)
        marks.push(m);
    }
    if (trailing2)
      cx.nextLine();
    let nodeType = end == CommentEnd ? Type.CommentBlock : end == ProcessingEnd ? Type.ProcessingInstructionBlock : Type.HTMLBlock;
    let to = cx.prevLineEnd();
    cx.addNode(cx.buffer.writeElements(marks, 0 - from).finish(nodeType, to - from), from);
    return true;
  },
  SetextHeading: void 0
  // Specifies relative precedence for block-continue function
};
var LinkReferenceParser = class {
  constructor(leaf) {
    this.stage = 0;
    this.elts = [];
    this.pos = 0;
    this.start = leaf.start;
    this.advance(leaf.content);
  }
  nextLine(cx, line, leaf) {
    if (this.stage == -1)
      return false;
    let content4 = leaf.content + "\n" + line.scrub();
    let finish = this.advance(content4);
    if (finish > -1 && finish < content4.length)
      return this.complete(cx, leaf, finish);
    return false;
  }
  finish(cx, leaf) {
    if ((this.stage == 2 || this.stage == 3) && skipSpace(leaf.content, this.pos) == leaf.content.length)
      return this.complete(cx, leaf, leaf.content.length);
    return false;
  }
  complete(cx, leaf, len) {
    cx.addLeafElement(leaf, elt(Type.LinkReference, this.start, this.start + len, this.elts));
    return true;
  }
  nextStage(elt2) {
    if (elt2) {
      this.pos = elt2.to - this.start;
      this.elts.push(elt2);
      this.stage++;
      return true;
    }
    if (elt2 === false)
      this.stage = -1;
    return false;
  }
  advance(content4) {
    for (; ; ) {
      if (this.stage == -1) {
        return -1;
      } else if (this.stage == 0) {
        if (!this.nextStage(parseLinkLabel(content4, this.pos, this.start, true)))
          return -1;
        if (content4.charCodeAt(this.pos) != 58)
          return this.stage = -1;
        this.elts.push(elt(Type.LinkMark, this.pos + this.start, this.pos + this.start + 1));
        this.pos++;
      } else if (this.stage == 1) {
        if (!this.nextStage(parseURL(content4, skipSpace(content4, this.pos), this.start)))
          return -1;
      } else if (this.stage == 2) {
        let skip = skipSpace(content4, this.pos), end = 0;
        if (skip > this.pos) {
          let title = parseLinkTitle(content4, skip, this.start);
          if (title) {
            let titleEnd = lineEnd(content4, title.to - this.start);
            if (titleEnd > 0) {
              this.nextStage(title);
              end = titleEnd;
            }
          }
        }
        if (!end)
          end = lineEnd(content4, this.pos);
        return end > 0 && end < content4.length ? end : -1;
      } else {
        return lineEnd(content4, this.pos);
      }
    }
  }
};
function lineEnd(text3, pos) {
  for (; pos < text3.length; pos++) {
    let next = text3.charCodeAt(pos);
    if (next == 10)
      break;
    if (!space(next))
      return -1;
  }
  return pos;
}
var SetextHeadingParser = class {
  nextLine(cx, line, leaf) {
    let underline = line.depth < cx.stack.length ? -1 : isSetextUnderline(line);
    let next = line.next;
    if (underline < 0)
      return false;
    let underlineMark = elt(Type.HeaderMark, cx.lineStart + line.pos, cx.lineStart + underline);
    for (let m of line.markers)
      leaf.marks.push(m);
    cx.nextLine();
    cx.addLeafElement(leaf, elt(next == 61 ? Type.SetextHeading1 : Type.SetextHeading2, leaf.start, cx.prevLineEnd(), [
      ...cx.parser.parseInline(leaf.content, leaf.start),
      underlineMark
    ]));
    return true;
  }
  finish() {
    return false;
  }
};
var DefaultLeafBlocks = {
  LinkReference(_, leaf) {
    return leaf.content.charCodeAt(0) == 91 ? new LinkReferenceParser(leaf) : null;
  },
  SetextHeading() {
    return new SetextHeadingParser();
  }
};
function interrupts(cx, line, leaf) {
  return line.depth >= cx.stack.length && !leaf.parsers.some((p) => p.rows);
}
var DefaultEndLeaf = [
  (_, line) => isAtxHeading(line) >= 0,
  (_, line) => isFencedCode(line) >= 0,
  (_, line) => isBlockquote(line) >= 0,
  (p, line) => isBulletList(line, p, true) >= 0,
  // Patched: CommonMark lets an ordered list not at 1 interrupt no paragraph, also inside another
  // ordered list; a line that leaves one of the paragraph's containers (a sibling item, a line
  // closing a block quote) interrupts nothing, and starts any list; nor does a GFM table's row.
  (p, line, leaf) => isOrderedList(line, p, interrupts(p, line, leaf)) >= 0,
  (p, line) => isHorizontalRule(line, p, true) >= 0,
  (p, line) => isHTMLBlock(line, p, true) >= 0
];
var scanLineResult = { text: "", end: 0 };
var BlockContext = class {
  /**
  @internal
  */
  constructor(parser3, input, fragments, ranges) {
    this.parser = parser3;
    this.input = input;
    this.ranges = ranges;
    this.line = new Line();
    this.atEnd = false;
    this.reusePlaceholders = /* @__PURE__ */ new Map();
    this.stoppedAt = null;
    this.interrupting = false;
    this.lazyLine = false;
    this.rangeI = 0;
    this.to = ranges[ranges.length - 1].to;
    this.lineStart = this.absoluteLineStart = this.absoluteLineEnd = ranges[0].from;
    this.block = CompositeBlock.create(Type.Document, 0, this.lineStart, 0, 0);
    this.stack = [this.block];
    this.fragments = fragments.length ? new FragmentCursor(fragments, input) : null;
    this.readLine();
  }
  get parsedPos() {
    return this.absoluteLineStart;
  }
  advance() {
    if (this.stoppedAt != null && this.absoluteLineStart > this.stoppedAt)
      return this.finish();
    let { line } = this;
    let lazy = false;
    for (; ; ) {
      for (let markI = 0; ; ) {
        let next = line.depth < this.stack.length ? this.stack[this.stack.length - 1] : null;
        while (markI < line.markers.length && (!next || line.markers[markI].from < next.end)) {
          let mark = line.markers[markI++];
          this.addNode(mark.type, mark.from, mark.to);
        }
        if (!next)
          break;
        if (line.pos < line.text.length || next.type == Type.ListItem && next.blankFirstLine && next.children.length == 1 && line.depth == this.stack.length - 1)
          lazy = true;
        this.finishContext();
      }
      if (line.pos < line.text.length)
        break;
      if (!this.nextLine())
        return this.finish();
    }
    if (this.fragments && this.reuseFragment(line.basePos))
      return null;
    this.lazyLine = lazy;
    start: for (; ; ) {
      for (let type of this.parser.blockParsers)
        if (type) {
          let result = type(this, line);
          if (result != false) {
            if (result == true)
              return null;
            this.lazyLine = false;
            line.forward();
            continue start;
          }
        }
      break;
    }
    if (line.pos == line.text.length)
      return this.nextLine() ? null : this.finish();
    let leaf = new LeafBlock(this.lineStart + line.pos, line.text.slice(line.pos));
    for (let parse2 of this.parser.leafBlockParsers)
      if (parse2) {
        let parser3 = parse2(this, leaf);
        if (parser3)
          leaf.parsers.push(parser3);
      }
    lines: while (this.nextLine()) {
      if (line.pos == line.text.length)
        break;
      if (line.indent < line.baseIndent + 4) {
        for (let stop of this.parser.endLeafBlock)
          if (stop(this, line, leaf)) {
            this.interrupting = interrupts(this, line, leaf);
            break lines;
          }
      }
      for (let parser3 of leaf.parsers)
        if (parser3.nextLine(this, line, leaf)) {
          if (parser3 instanceof LinkReferenceParser)
            this.interrupting = interrupts(this, line, leaf);
          return null;
        }
      leaf.content += "\n" + line.scrub();
      for (let m of line.markers)
        leaf.marks.push(m);
    }
    this.finishLeaf(leaf);
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  reuseFragment(start) {
    if (!this.fragments.moveTo(this.absoluteLineStart + start, this.absoluteLineStart) || !this.fragments.matches(this.block.hash))
      return false;
    let taken = this.fragments.takeNodes(this);
    if (!taken)
      return false;
    this.absoluteLineStart += taken;
    this.lineStart = toRelative(this.absoluteLineStart, this.ranges);
    this.moveRangeI();
    if (this.absoluteLineStart < this.to) {
      this.lineStart++;
      this.absoluteLineStart++;
      this.readLine();
    } else {
      this.atEnd = true;
      this.readLine();
    }
    return true;
  }
  /**
  The number of parent blocks surrounding the current block.
  */
  get depth() {
    return this.stack.length;
  }
  /**
  Get the type of the parent block at the given depth. When no
  depth is passed, return the type of the innermost parent.
  */
  parentType(depth = this.depth - 1) {
    return this.parser.nodeSet.types[this.stack[depth].type];
  }
  /**
  Move to the next input line. This should only be called by
  (non-composite) [block parsers](#BlockParser.parse) that consume
  the line directly, or leaf block parser
  [`nextLine`](#LeafBlockParser.nextLine) methods when they
  consume the current line (and return true).
  */
  nextLine() {
    this.lineStart += this.line.text.length;
    if (this.absoluteLineEnd >= this.to) {
      this.absoluteLineStart = this.absoluteLineEnd;
      this.atEnd = true;
      this.readLine();
      return false;
    } else {
      this.lineStart++;
      this.absoluteLineStart = this.absoluteLineEnd + 1;
      this.moveRangeI();
      this.readLine();
      return true;
    }
  }
  /**
  Retrieve the text of the line after the current one, without
  actually moving the context's current line forward.
  */
  peekLine() {
    return this.scanLine(this.absoluteLineEnd + 1).text;
  }
  moveRangeI() {
    while (this.rangeI < this.ranges.length - 1 && this.absoluteLineStart >= this.ranges[this.rangeI].to) {
      this.rangeI++;
      this.absoluteLineStart = Math.max(this.absoluteLineStart, this.ranges[this.rangeI].from);
    }
  }
  /**
  @internal
  Collect the text for the next line.
  */
  scanLine(start) {
    let r = scanLineResult;
    r.end = start;
    if (start >= this.to) {
      r.text = "";
    } else {
      r.text = this.lineChunkAt(start);
      r.end += r.text.length;
      if (this.ranges.length > 1) {
        let textOffset = this.absoluteLineStart, rangeI = this.rangeI;
        while (this.ranges[rangeI].to < r.end) {
          rangeI++;
          let nextFrom = this.ranges[rangeI].from;
          let after = this.lineChunkAt(nextFrom);
          r.end = nextFrom + after.length;
          r.text = r.text.slice(0, this.ranges[rangeI - 1].to - textOffset) + after;
          textOffset = r.end - r.text.length;
        }
      }
    }
    return r;
  }
  /**
  @internal
  Populate this.line with the content of the next line. Skip
  leading characters covered by composite blocks.
  */
  readLine() {
    let { line } = this, { text: text3, end } = this.scanLine(this.absoluteLineStart);
    this.absoluteLineEnd = end;
    line.reset(text3);
    this.interrupting = false;
    for (; line.depth < this.stack.length; line.depth++) {
      let cx = this.stack[line.depth], handler = this.parser.skipContextMarkup[cx.type];
      if (!handler)
        throw new Error("Unhandled block context " + Type[cx.type]);
      let marks = this.line.markers.length;
      if (!handler(cx, this, line)) {
        if (this.line.markers.length > marks)
          cx.end = this.line.markers[this.line.markers.length - 1].to;
        line.forward();
        break;
      }
      line.forward();
    }
  }
  lineChunkAt(pos) {
    let next = this.input.chunk(pos), text3;
    if (!this.input.lineChunks) {
      let eol = next.indexOf("\n");
      text3 = eol < 0 ? next : next.slice(0, eol);
    } else {
      text3 = next == "\n" ? "" : next;
    }
    return pos + text3.length > this.to ? text3.slice(0, this.to - pos) : text3;
  }
  /**
  The end position of the previous line.
  */
  prevLineEnd() {
    return this.atEnd ? this.lineStart : this.lineStart - 1;
  }
  /**
  @internal
  */
  startContext(type, start, value = 0) {
    this.block = CompositeBlock.create(type, value, this.lineStart + start, this.block.hash, this.lineStart + this.line.text.length);
    this.stack.push(this.block);
  }
  /**
  Start a composite block. Should only be called from [block
  parser functions](#BlockParser.parse) that return null.
  */
  startComposite(type, start, value = 0) {
    this.startContext(this.parser.getNodeType(type), start, value);
  }
  /**
  @internal
  */
  addNode(block, from, to) {
    if (typeof block == "number")
      block = new Tree(this.parser.nodeSet.types[block], none, none, (to !== null && to !== void 0 ? to : this.prevLineEnd()) - from);
    this.block.addChild(block, from - this.block.from);
  }
  /**
  Add a block element. Can be called by [block
  parsers](#BlockParser.parse).
  */
  addElement(elt2) {
    this.block.addChild(elt2.toTree(this.parser.nodeSet), elt2.from - this.block.from);
  }
  /**
  Add a block element from a [leaf parser](#LeafBlockParser). This
  makes sure any extra composite block markup (such as blockquote
  markers) inside the block are also added to the syntax tree.
  */
  addLeafElement(leaf, elt2) {
    this.addNode(this.buffer.writeElements(injectMarks(elt2.children, leaf.marks), 0 - elt2.from).finish(elt2.type, elt2.to - elt2.from), elt2.from);
  }
  /**
  @internal
  */
  finishContext() {
    let cx = this.stack.pop();
    let top = this.stack[this.stack.length - 1];
    top.addChild(cx.toTree(this.parser.nodeSet), cx.from - top.from);
    this.block = top;
  }
  finish() {
    while (this.stack.length > 1)
      this.finishContext();
    return this.addGaps(this.block.toTree(this.parser.nodeSet, this.lineStart));
  }
  addGaps(tree) {
    return this.ranges.length > 1 ? injectGaps(this.ranges, 0, tree.topNode, this.ranges[0].from, this.reusePlaceholders) : tree;
  }
  /**
  @internal
  */
  finishLeaf(leaf) {
    for (let parser3 of leaf.parsers)
      if (parser3.finish(this, leaf))
        return;
    let inline = injectMarks(this.parser.parseInline(leaf.content, leaf.start), leaf.marks);
    this.addNode(this.buffer.writeElements(inline, 0 - leaf.start).finish(Type.Paragraph, leaf.content.length), leaf.start);
  }
  elt(type, from, to, children) {
    if (typeof type == "string")
      return elt(this.parser.getNodeType(type), from, to, children);
    return new TreeElement(type, from);
  }
  /**
  @internal
  */
  get buffer() {
    return new Buffer(this.parser.nodeSet);
  }
};
function injectGaps(ranges, rangeI, tree, offset, dummies) {
  let rangeEnd = ranges[rangeI].to;
  let children = [], positions = [], start = tree.from + offset;
  function movePastNext(upto, inclusive) {
    while (inclusive ? upto >= rangeEnd : upto > rangeEnd) {
      let size2 = ranges[rangeI + 1].from - rangeEnd;
      offset += size2;
      upto += size2;
      rangeI++;
      rangeEnd = ranges[rangeI].to;
    }
  }
  for (let ch = tree.firstChild; ch; ch = ch.nextSibling) {
    movePastNext(ch.from + offset, true);
    let from = ch.from + offset, node, reuse = dummies.get(ch.tree);
    if (reuse) {
      node = reuse;
    } else if (ch.to + offset > rangeEnd) {
      node = injectGaps(ranges, rangeI, ch, offset, dummies);
      movePastNext(ch.to + offset, false);
    } else {
      node = ch.toTree();
    }
    children.push(node);
    positions.push(from - start);
  }
  movePastNext(tree.to + offset, false);
  return new Tree(tree.type, children, positions, tree.to + offset - start, tree.tree ? tree.tree.propValues : void 0);
}
var MarkdownParser = class _MarkdownParser extends Parser {
  /**
  @internal
  */
  constructor(nodeSet, blockParsers, leafBlockParsers, blockNames, endLeafBlock, skipContextMarkup, inlineParsers, inlineNames, wrappers) {
    super();
    this.nodeSet = nodeSet;
    this.blockParsers = blockParsers;
    this.leafBlockParsers = leafBlockParsers;
    this.blockNames = blockNames;
    this.endLeafBlock = endLeafBlock;
    this.skipContextMarkup = skipContextMarkup;
    this.inlineParsers = inlineParsers;
    this.inlineNames = inlineNames;
    this.wrappers = wrappers;
    this.nodeTypes = /* @__PURE__ */ Object.create(null);
    for (let t2 of nodeSet.types)
      this.nodeTypes[t2.name] = t2.id;
  }
  createParse(input, fragments, ranges) {
    let parse2 = new BlockContext(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse2 = w(parse2, input, fragments, ranges);
    return parse2;
  }
  /**
  Reconfigure the parser.
  */
  configure(spec) {
    let config = resolveConfig(spec);
    if (!config)
      return this;
    let { nodeSet, skipContextMarkup } = this;
    let blockParsers = this.blockParsers.slice(), leafBlockParsers = this.leafBlockParsers.slice(), blockNames = this.blockNames.slice(), inlineParsers = this.inlineParsers.slice(), inlineNames = this.inlineNames.slice(), endLeafBlock = this.endLeafBlock.slice(), wrappers = this.wrappers;
    if (nonEmpty(config.defineNodes)) {
      skipContextMarkup = Object.assign({}, skipContextMarkup);
      let nodeTypes2 = nodeSet.types.slice(), styles;
      for (let s of config.defineNodes) {
        let { name: name2, block, composite, style } = typeof s == "string" ? { name: s } : s;
        if (nodeTypes2.some((t2) => t2.name == name2))
          continue;
        if (composite)
          skipContextMarkup[nodeTypes2.length] = (bl, cx, line) => composite(cx, line, bl.value);
        let id = nodeTypes2.length;
        let group = composite ? ["Block", "BlockContext"] : !block ? void 0 : id >= Type.ATXHeading1 && id <= Type.SetextHeading2 ? ["Block", "LeafBlock", "Heading"] : ["Block", "LeafBlock"];
        nodeTypes2.push(NodeType.define({
          id,
          name: name2,
          props: group && [[NodeProp.group, group]]
        }));
        if (style) {
          if (!styles)
            styles = {};
          if (Array.isArray(style) || style instanceof Tag)
            styles[name2] = style;
          else
            Object.assign(styles, style);
        }
      }
      nodeSet = new NodeSet(nodeTypes2);
      if (styles)
        nodeSet = nodeSet.extend(styleTags(styles));
    }
    if (nonEmpty(config.props))
      nodeSet = nodeSet.extend(...config.props);
    if (nonEmpty(config.remove)) {
      for (let rm of config.remove) {
        let block = this.blockNames.indexOf(rm), inline = this.inlineNames.indexOf(rm);
        if (block > -1)
          blockParsers[block] = leafBlockParsers[block] = void 0;
        if (inline > -1)
          inlineParsers[inline] = void 0;
      }
    }
    if (nonEmpty(config.parseBlock)) {
      for (let spec2 of config.parseBlock) {
        let found = blockNames.indexOf(spec2.name);
        if (found > -1) {
          blockParsers[found] = spec2.parse;
          leafBlockParsers[found] = spec2.leaf;
        } else {
          let pos = spec2.before ? findName(blockNames, spec2.before) : spec2.after ? findName(blockNames, spec2.after) + 1 : blockNames.length - 1;
          blockParsers.splice(pos, 0, spec2.parse);
          leafBlockParsers.splice(pos, 0, spec2.leaf);
          blockNames.splice(pos, 0, spec2.name);
        }
        if (spec2.endLeaf)
          endLeafBlock.push(spec2.endLeaf);
      }
    }
    if (nonEmpty(config.parseInline)) {
      for (let spec2 of config.parseInline) {
        let found = inlineNames.indexOf(spec2.name);
        if (found > -1) {
          inlineParsers[found] = spec2.parse;
        } else {
          let pos = spec2.before ? findName(inlineNames, spec2.before) : spec2.after ? findName(inlineNames, spec2.after) + 1 : inlineNames.length - 1;
          inlineParsers.splice(pos, 0, spec2.parse);
          inlineNames.splice(pos, 0, spec2.name);
        }
      }
    }
    if (config.wrap)
      wrappers = wrappers.concat(config.wrap);
    return new _MarkdownParser(nodeSet, blockParsers, leafBlockParsers, blockNames, endLeafBlock, skipContextMarkup, inlineParsers, inlineNames, wrappers);
  }
  /**
  @internal
  */
  getNodeType(name2) {
    let found = this.nodeTypes[name2];
    if (found == null)
      throw new RangeError(`Unknown node type '${name2}'`);
    return found;
  }
  /**
  Parse the given piece of inline text at the given offset,
  returning an array of [`Element`](#Element) objects representing
  the inline content.
  */
  parseInline(text3, offset) {
    let cx = new InlineContext(this, text3, offset);
    outer: for (let pos = offset; pos < cx.end; ) {
      let next = cx.char(pos);
      for (let token of this.inlineParsers)
        if (token) {
          let result = token(cx, next, pos);
          if (result >= 0) {
            pos = result;
            continue outer;
          }
        }
      pos++;
    }
    return cx.resolveMarkers(0);
  }
};
function nonEmpty(a) {
  return a != null && a.length > 0;
}
function resolveConfig(spec) {
  if (!Array.isArray(spec))
    return spec;
  if (spec.length == 0)
    return null;
  let conf = resolveConfig(spec[0]);
  if (spec.length == 1)
    return conf;
  let rest = resolveConfig(spec.slice(1));
  if (!rest || !conf)
    return conf || rest;
  let conc = (a, b) => (a || none).concat(b || none);
  let wrapA = conf.wrap, wrapB = rest.wrap;
  return {
    props: conc(conf.props, rest.props),
    defineNodes: conc(conf.defineNodes, rest.defineNodes),
    parseBlock: conc(conf.parseBlock, rest.parseBlock),
    parseInline: conc(conf.parseInline, rest.parseInline),
    remove: conc(conf.remove, rest.remove),
    wrap: !wrapA ? wrapB : !wrapB ? wrapA : (inner, input, fragments, ranges) => wrapA(wrapB(inner, input, fragments, ranges), input, fragments, ranges)
  };
}
function findName(names2, name2) {
  let found = names2.indexOf(name2);
  if (found < 0)
    throw new RangeError(`Position specified relative to unknown parser ${name2}`);
  return found;
}
var nodeTypes = [NodeType.none];
for (let i = 1, name2; name2 = Type[i]; i++) {
  nodeTypes[i] = NodeType.define({
    id: i,
    name: name2,
    props: i >= Type.Escape ? [] : [[NodeProp.group, i in DefaultSkipMarkup ? ["Block", "BlockContext"] : ["Block", "LeafBlock"]]],
    top: name2 == "Document"
  });
}
var none = [];
var Buffer = class {
  constructor(nodeSet) {
    this.nodeSet = nodeSet;
    this.content = [];
    this.nodes = [];
  }
  write(type, from, to, children = 0) {
    this.content.push(type, from, to, 4 + children * 4);
    return this;
  }
  writeElements(elts, offset = 0) {
    for (let e of elts)
      e.writeTo(this, offset);
    return this;
  }
  finish(type, length) {
    return Tree.build({
      buffer: this.content,
      nodeSet: this.nodeSet,
      reused: this.nodes,
      topID: type,
      length
    });
  }
};
var Element = class {
  /**
  @internal
  */
  constructor(type, from, to, children = none) {
    this.type = type;
    this.from = from;
    this.to = to;
    this.children = children;
  }
  /**
  @internal
  */
  writeTo(buf, offset) {
    let startOff = buf.content.length;
    buf.writeElements(this.children, offset);
    buf.content.push(this.type, this.from + offset, this.to + offset, buf.content.length + 4 - startOff);
  }
  /**
  @internal
  */
  toTree(nodeSet) {
    return new Buffer(nodeSet).writeElements(this.children, 0 - this.from).finish(this.type, this.to - this.from);
  }
};
var TreeElement = class {
  constructor(tree, from) {
    this.tree = tree;
    this.from = from;
  }
  get to() {
    return this.from + this.tree.length;
  }
  get type() {
    return this.tree.type.id;
  }
  get children() {
    return none;
  }
  writeTo(buf, offset) {
    buf.nodes.push(this.tree);
    buf.content.push(buf.nodes.length - 1, this.from + offset, this.to + offset, -1);
  }
  toTree() {
    return this.tree;
  }
};
function elt(type, from, to, children) {
  return new Element(type, from, to, children);
}
var EmphasisUnderscore = { resolve: "Emphasis", mark: "EmphasisMark" };
var EmphasisAsterisk = { resolve: "Emphasis", mark: "EmphasisMark" };
var LinkStart = {};
var ImageStart = {};
var InlineDelimiter = class {
  constructor(type, from, to, side, size2 = to - from) {
    this.type = type;
    this.from = from;
    this.to = to;
    this.side = side;
    this.size = size2;
  }
};
var Escapable = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
var Punctuation = /[!"#$%&'()*+,\-.\/:;<=>?@\[\\\]^_`{|}~\xA1\u2010-\u2027]/;
try {
  Punctuation = new RegExp("[\\p{S}|\\p{P}]", "u");
} catch (_) {
}
var DefaultInline = {
  Escape(cx, next, start) {
    if (next != 92 || start == cx.end - 1)
      return -1;
    let escaped = cx.char(start + 1);
    for (let i = 0; i < Escapable.length; i++)
      if (Escapable.charCodeAt(i) == escaped)
        return cx.append(elt(Type.Escape, start, start + 2));
    return -1;
  },
  Entity(cx, next, start) {
    if (next != 38)
      return -1;
    let m = /^(?:#\d+|#x[a-f\d]+|\w+);/i.exec(cx.slice(start + 1, start + 31));
    return m ? cx.append(elt(Type.Entity, start, start + 1 + m[0].length)) : -1;
  },
  InlineCode(cx, next, start) {
    if (next != 96 || start && cx.char(start - 1) == 96 && !escapedAt(cx, start - 1))
      return -1;
    let pos = start + 1;
    while (pos < cx.end && cx.char(pos) == 96)
      pos++;
    let size2 = pos - start, curSize = 0;
    for (; pos < cx.end; pos++) {
      if (cx.char(pos) == 96) {
        curSize++;
        if (curSize == size2 && cx.char(pos + 1) != 96)
          return cx.append(elt(Type.InlineCode, start, pos + 1, [
            elt(Type.CodeMark, start, start + size2),
            elt(Type.CodeMark, pos + 1 - size2, pos + 1)
          ]));
      } else {
        curSize = 0;
      }
    }
    return -1;
  },
  HTMLTag(cx, next, start) {
    if (next != 60 || start == cx.end - 1)
      return -1;
    let after = cx.slice(start + 1, cx.end);
    let url = /^(?:[a-z][-\w+.]+:[^\s>]+|[a-z\d.!#$%&'*+/=?^_`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*)>/i.exec(after);
    if (url) {
      return cx.append(elt(Type.Autolink, start, start + 1 + url[0].length, [
        elt(Type.LinkMark, start, start + 1),
        // url[0] includes the closing bracket, so exclude it from this slice
        elt(Type.URL, start + 1, start + url[0].length),
        elt(Type.LinkMark, start + url[0].length, start + 1 + url[0].length)
      ]));
    }
    let comment2 = /^!--(?:-?>|[^]*?-->)/.exec(after);
    if (comment2)
      return cx.append(elt(Type.Comment, start, start + 1 + comment2[0].length));
    let procInst = /^\?[^]*?\?>/.exec(after);
    if (procInst)
      return cx.append(elt(Type.ProcessingInstruction, start, start + 1 + procInst[0].length));
    let m = /^(?:![A-Za-z][^]*?>|!\[CDATA\[[^]*?\]\]>|\/[a-zA-Z][a-zA-Z\d-]*[ \t\n]*>|[a-zA-Z][a-zA-Z\d-]*([ \t\n]+[a-zA-Z:_][\w-.:]*(?:[ \t\n]*=[ \t\n]*(?:[^ \t\n"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t\n]*\/?>)/.exec(after);
    if (!m)
      return -1;
    return cx.append(elt(Type.HTMLTag, start, start + 1 + m[0].length));
  },
  Emphasis(cx, next, start) {
    if (next != 95 && next != 42)
      return -1;
    let pos = start + 1;
    while (cx.char(pos) == next)
      pos++;
    let before = cx.slice(start - 1, start), after = cx.slice(pos, pos + 1);
    let pBefore = Punctuation.test(before), pAfter = Punctuation.test(after);
    let sBefore = /\s|^$/.test(before), sAfter = /\s|^$/.test(after);
    let leftFlanking = !sAfter && (!pAfter || sBefore || pBefore);
    let rightFlanking = !sBefore && (!pBefore || sAfter || pAfter);
    let canOpen = leftFlanking && (next == 42 || !rightFlanking || pBefore);
    let canClose = rightFlanking && (next == 42 || !leftFlanking || pAfter);
    return cx.append(new InlineDelimiter(next == 95 ? EmphasisUnderscore : EmphasisAsterisk, start, pos, (canOpen ? 1 : 0) | (canClose ? 2 : 0)));
  },
  HardBreak(cx, next, start) {
    if (next == 92 && cx.char(start + 1) == 10)
      return cx.append(elt(Type.HardBreak, start, start + 2));
    if (next == 32) {
      let pos = start + 1;
      while (cx.char(pos) == 32)
        pos++;
      if (cx.char(pos) == 10 && pos >= start + 2)
        return cx.append(elt(Type.HardBreak, start, pos + 1));
    }
    return -1;
  },
  Link(cx, next, start) {
    return next == 91 ? cx.append(new InlineDelimiter(
      LinkStart,
      start,
      start + 1,
      1
      /* Mark.Open */
    )) : -1;
  },
  Image(cx, next, start) {
    return next == 33 && cx.char(start + 1) == 91 ? cx.append(new InlineDelimiter(
      ImageStart,
      start,
      start + 2,
      1
      /* Mark.Open */
    )) : -1;
  },
  LinkEnd(cx, next, start) {
    if (next != 93)
      return -1;
    for (let i = cx.parts.length - 1; i >= 0; i--) {
      let part = cx.parts[i];
      if (part instanceof InlineDelimiter && (part.type == LinkStart || part.type == ImageStart)) {
        if (!part.side || cx.skipSpace(part.to) == start && !/[(\[]/.test(cx.slice(start + 1, start + 2))) {
          cx.parts[i] = null;
          return -1;
        }
        let content4 = cx.takeContent(i);
        let link = cx.parts[i] = finishLink(cx, content4, part.type == LinkStart ? Type.Link : Type.Image, part.from, start + 1);
        if (part.type == LinkStart)
          for (let j = 0; j < i; j++) {
            let p = cx.parts[j];
            if (p instanceof InlineDelimiter && p.type == LinkStart)
              p.side = 0;
          }
        return link.to;
      }
    }
    return -1;
  }
};
function finishLink(cx, content4, type, start, startPos) {
  let { text: text3 } = cx, next = cx.char(startPos), endPos = startPos;
  content4.unshift(elt(Type.LinkMark, start, start + (type == Type.Image ? 2 : 1)));
  content4.push(elt(Type.LinkMark, startPos - 1, startPos));
  if (next == 40) {
    let pos = cx.skipSpace(startPos + 1);
    let dest = parseURL(text3, pos - cx.offset, cx.offset), title;
    if (dest) {
      pos = cx.skipSpace(dest.to);
      if (pos != dest.to) {
        title = parseLinkTitle(text3, pos - cx.offset, cx.offset);
        if (title)
          pos = cx.skipSpace(title.to);
      }
    }
    if (cx.char(pos) == 41) {
      content4.push(elt(Type.LinkMark, startPos, startPos + 1));
      endPos = pos + 1;
      if (dest)
        content4.push(dest);
      if (title)
        content4.push(title);
      content4.push(elt(Type.LinkMark, pos, endPos));
    }
  } else if (next == 91) {
    let label = parseLinkLabel(text3, startPos - cx.offset, cx.offset, false);
    if (label) {
      content4.push(label);
      endPos = label.to;
    }
  }
  return elt(type, start, endPos, content4);
}
function parseURL(text3, start, offset) {
  let next = text3.charCodeAt(start);
  if (next == 60) {
    for (let pos = start + 1, esc = false; pos < text3.length; pos++) {
      let ch = text3.charCodeAt(pos);
      if (ch == 62 && !esc)
        return elt(Type.URL, start + offset, pos + 1 + offset);
      if (ch == 60 && !esc || ch == 10)
        return false;
      esc = ch == 92;
    }
    return null;
  } else {
    let depth = 0, pos = start;
    for (let escaped = false; pos < text3.length; pos++) {
      let ch = text3.charCodeAt(pos);
      if (space(ch)) {
        break;
      } else if (escaped) {
        escaped = false;
      } else if (ch == 40) {
        depth++;
      } else if (ch == 41) {
        if (!depth)
          break;
        depth--;
      } else if (ch == 92) {
        escaped = true;
      }
    }
    return pos > start ? elt(Type.URL, start + offset, pos + offset) : pos == text3.length ? null : false;
  }
}
function parseLinkTitle(text3, start, offset) {
  let next = text3.charCodeAt(start);
  if (next != 39 && next != 34 && next != 40)
    return false;
  let end = next == 40 ? 41 : next;
  for (let pos = start + 1, escaped = false; pos < text3.length; pos++) {
    let ch = text3.charCodeAt(pos);
    if (escaped)
      escaped = false;
    else if (ch == end)
      return elt(Type.LinkTitle, start + offset, pos + 1 + offset);
    else if (ch == 92)
      escaped = true;
  }
  return null;
}
function parseLinkLabel(text3, start, offset, requireNonWS) {
  for (let escaped = false, pos = start + 1, end = Math.min(text3.length, pos + 1e3); pos < end; pos++) {
    let ch = text3.charCodeAt(pos);
    if (escaped)
      escaped = false;
    else if (ch == 93)
      return requireNonWS ? false : elt(Type.LinkLabel, start + offset, pos + 1 + offset);
    else {
      if (requireNonWS && !space(ch))
        requireNonWS = false;
      if (ch == 91)
        return false;
      else if (ch == 92)
        escaped = true;
    }
  }
  return null;
}
var InlineContext = class {
  /**
  @internal
  */
  constructor(parser3, text3, offset) {
    this.parser = parser3;
    this.text = text3;
    this.offset = offset;
    this.parts = [];
  }
  /**
  Get the character code at the given (document-relative)
  position.
  */
  char(pos) {
    return pos >= this.end ? -1 : this.text.charCodeAt(pos - this.offset);
  }
  /**
  The position of the end of this inline section.
  */
  get end() {
    return this.offset + this.text.length;
  }
  /**
  Get a substring of this inline section. Again uses
  document-relative positions.
  */
  slice(from, to) {
    return this.text.slice(from - this.offset, to - this.offset);
  }
  /**
  @internal
  */
  append(elt2) {
    this.parts.push(elt2);
    return elt2.to;
  }
  /**
  Add a [delimiter](#DelimiterType) at this given position. `open`
  and `close` indicate whether this delimiter is opening, closing,
  or both. Returns the end of the delimiter, for convenient
  returning from [parse functions](#InlineParser.parse).
  */
  addDelimiter(type, from, to, open, close) {
    return this.append(new InlineDelimiter(type, from, to, (open ? 1 : 0) | (close ? 2 : 0)));
  }
  /**
  Returns true when there is an unmatched link or image opening
  token before the current position.
  */
  get hasOpenLink() {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      let part = this.parts[i];
      if (part instanceof InlineDelimiter && (part.type == LinkStart || part.type == ImageStart))
        return true;
    }
    return false;
  }
  /**
  Add an inline element. Returns the end of the element.
  */
  addElement(elt2) {
    return this.append(elt2);
  }
  /**
  Resolve markers between this.parts.length and from, wrapping matched markers in the
  appropriate node and updating the content of this.parts. @internal
  */
  resolveMarkers(from) {
    for (let i = from; i < this.parts.length; i++) {
      let close = this.parts[i];
      if (!(close instanceof InlineDelimiter && close.type.resolve && close.side & 2))
        continue;
      let emp = close.type == EmphasisUnderscore || close.type == EmphasisAsterisk;
      let closeSize = close.to - close.from;
      let open, j = i - 1;
      for (; j >= from; j--) {
        let part = this.parts[j];
        if (part instanceof InlineDelimiter && part.side & 1 && part.type == close.type && // Ignore emphasis delimiters where the character count doesn't match
        !(emp && (close.side & 1 || part.side & 2) && (part.size + close.size) % 3 == 0 && (part.size % 3 || close.size % 3))) {
          open = part;
          break;
        }
      }
      if (!open)
        continue;
      let type = close.type.resolve, content4 = [];
      let start = open.from, end = close.to;
      if (emp) {
        let size2 = Math.min(2, open.to - open.from, closeSize);
        start = open.to - size2;
        end = close.from + size2;
        type = size2 == 1 ? "Emphasis" : "StrongEmphasis";
      }
      if (open.type.mark)
        content4.push(this.elt(open.type.mark, start, open.to));
      for (let k = j + 1; k < i; k++) {
        if (this.parts[k] instanceof Element)
          content4.push(this.parts[k]);
        this.parts[k] = null;
      }
      if (close.type.mark)
        content4.push(this.elt(close.type.mark, close.from, end));
      let element = this.elt(type, start, end, content4);
      this.parts[j] = emp && open.from != start ? new InlineDelimiter(open.type, open.from, start, open.side, open.size) : null;
      let keep = this.parts[i] = emp && close.to != end ? new InlineDelimiter(close.type, end, close.to, close.side, close.size) : null;
      if (keep)
        this.parts.splice(i, 0, element);
      else
        this.parts[i] = element;
    }
    let result = [];
    for (let i = from; i < this.parts.length; i++) {
      let part = this.parts[i];
      if (part instanceof Element)
        result.push(part);
    }
    return result;
  }
  /**
  Find an opening delimiter of the given type. Returns `null` if
  no delimiter is found, or an index that can be passed to
  [`takeContent`](#InlineContext.takeContent) otherwise.
  */
  findOpeningDelimiter(type) {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      let part = this.parts[i];
      if (part instanceof InlineDelimiter && part.type == type && part.side & 1)
        return i;
    }
    return null;
  }
  /**
  Remove all inline elements and delimiters starting from the
  given index (which you should get from
  [`findOpeningDelimiter`](#InlineContext.findOpeningDelimiter),
  resolve delimiters inside of them, and return them as an array
  of elements.
  */
  takeContent(startIndex) {
    let content4 = this.resolveMarkers(startIndex);
    this.parts.length = startIndex;
    return content4;
  }
  /**
  Return the delimiter at the given index. Mostly useful to get
  additional info out of a delimiter index returned by
  [`findOpeningDelimiter`](#InlineContext.findOpeningDelimiter).
  Returns null if there is no delimiter at this index.
  */
  getDelimiterAt(index) {
    let part = this.parts[index];
    return part instanceof InlineDelimiter ? part : null;
  }
  /**
  Skip space after the given (document) position, returning either
  the position of the next non-space character or the end of the
  section.
  */
  skipSpace(from) {
    return skipSpace(this.text, from - this.offset) + this.offset;
  }
  elt(type, from, to, children) {
    if (typeof type == "string")
      return elt(this.parser.getNodeType(type), from, to, children);
    return new TreeElement(type, from);
  }
};
InlineContext.linkStart = LinkStart;
InlineContext.imageStart = ImageStart;
InlineContext.emphasisAsterisk = EmphasisAsterisk;
InlineContext.emphasisUnderscore = EmphasisUnderscore;
function injectMarks(elements, marks) {
  if (!marks.length)
    return elements;
  if (!elements.length)
    return marks;
  let elts = elements.slice(), eI = 0;
  for (let mark of marks) {
    while (eI < elts.length && elts[eI].to < mark.to)
      eI++;
    if (eI < elts.length && elts[eI].from < mark.from) {
      let e = elts[eI];
      if (e instanceof Element)
        elts[eI] = new Element(e.type, e.from, e.to, injectMarks(e.children, [mark]));
    } else {
      elts.splice(eI++, 0, mark);
    }
  }
  return elts;
}
function findBlankLine(from, to, input) {
  for (let pos = to, inBlank = false; pos > from; ) {
    let start = Math.max(from, pos - 256);
    let chunk = input.read(start, pos);
    for (let i = chunk.length - 1; i >= 0; i--) {
      let ch = chunk.charCodeAt(i);
      if (ch == 10) {
        if (inBlank)
          return start + i;
        inBlank = true;
      } else if (!space(ch) && ch != 62) {
        inBlank = false;
      }
    }
    pos = start;
  }
  return from;
}
var NotLast = [Type.CodeBlock, Type.ListItem, Type.OrderedList, Type.BulletList];
var FragmentCursor = class {
  constructor(fragments, input) {
    this.fragments = fragments;
    this.input = input;
    this.i = 0;
    this.fragment = null;
    this.fragmentEnd = -1;
    this.cursor = null;
    if (fragments.length)
      this.fragment = fragments[this.i++];
  }
  nextFragment() {
    this.fragment = this.i < this.fragments.length ? this.fragments[this.i++] : null;
    this.cursor = null;
    this.fragmentEnd = -1;
  }
  moveTo(pos, lineStart) {
    while (this.fragment && this.fragment.to <= pos)
      this.nextFragment();
    if (!this.fragment || this.fragment.from > (pos ? pos - 1 : 0))
      return false;
    if (this.fragmentEnd < 0)
      this.fragmentEnd = this.fragment.openEnd ? findBlankLine(this.fragment.from, this.fragment.to, this.input) : this.fragment.to;
    let c = this.cursor;
    if (!c) {
      c = this.cursor = this.fragment.tree.cursor(IterMode.IncludeAnonymous | IterMode.IgnoreMounts);
      c.firstChild();
    }
    let rPos = pos + this.fragment.offset;
    while (c.to <= rPos)
      if (!c.parent())
        return false;
    for (; ; ) {
      if (c.from >= rPos)
        return this.fragment.from <= lineStart;
      if (!c.childAfter(rPos))
        return false;
    }
  }
  matches(hash2) {
    let tree = this.cursor.tree;
    while (tree && tree.type.isAnonymous && tree.children[0] instanceof Tree)
      tree = tree.children[0];
    return tree && tree.prop(NodeProp.contextHash) == hash2;
  }
  takeNodes(cx) {
    let cur = this.cursor, off = this.fragment.offset, fragEnd = this.fragmentEnd - (this.fragment.openEnd ? 1 : 0);
    let start = cx.absoluteLineStart, end = start, blockI = cx.block.children.length;
    let maxAnonSize = cx.lineStart - cx.block.from >> 2;
    let prevEnd = end, prevI = blockI;
    scan: for (; ; ) {
      if (cur.to - off > Math.min(fragEnd, cx.to) || cur.type.isAnonymous && cur.tree && (cur.to - cur.from > maxAnonSize || !canStopAfterLastChild(cur.tree))) {
        if (cur.type.isAnonymous && cur.firstChild())
          continue;
        break;
      }
      let pos = toRelative(cur.from - off, cx.ranges);
      if (cur.to - off <= cx.ranges[cx.rangeI].to) {
        cx.addNode(cur.tree, pos);
      } else {
        let dummy = new Tree(cx.parser.nodeSet.types[Type.Paragraph], [], [], 0, cx.block.hashProp);
        cx.reusePlaceholders.set(dummy, cur.tree);
        cx.addNode(dummy, pos);
      }
      if (cur.type.isAnonymous || cur.type.is("Block")) {
        if (cur.type.isAnonymous || NotLast.indexOf(cur.type.id) < 0) {
          end = prevEnd = cur.to - off;
          blockI = prevI = cx.block.children.length;
        } else {
          end = prevEnd;
          blockI = prevI;
          if (cur.type.id == Type.ListItem) {
            prevEnd = cur.to - off;
            prevI = cx.block.children.length;
          }
        }
      }
      for (; ; ) {
        if (cur.nextSibling())
          continue scan;
        if (!cur.parent() || !cur.type.isAnonymous)
          break scan;
      }
    }
    while (cx.block.children.length > blockI) {
      cx.block.children.pop();
      cx.block.positions.pop();
    }
    return end - start;
  }
};
function canStopAfterLastChild(tree) {
  while (tree.type.isAnonymous) {
    let last = tree.children[tree.children.length - 1];
    if (last instanceof Tree)
      tree = last;
    else
      return false;
  }
  return tree.type.is("Block") && NotLast.indexOf(tree.type.id) < 0;
}
function toRelative(abs, ranges) {
  let pos = abs;
  for (let i = 1; i < ranges.length; i++) {
    let gapFrom = ranges[i - 1].to, gapTo = ranges[i].from;
    if (gapFrom < abs)
      pos -= gapTo - gapFrom;
  }
  return pos;
}
var markdownHighlighting = styleTags({
  "Blockquote/...": tags.quote,
  HorizontalRule: tags.contentSeparator,
  "ATXHeading1/... SetextHeading1/...": tags.heading1,
  "ATXHeading2/... SetextHeading2/...": tags.heading2,
  "ATXHeading3/...": tags.heading3,
  "ATXHeading4/...": tags.heading4,
  "ATXHeading5/...": tags.heading5,
  "ATXHeading6/...": tags.heading6,
  "Comment CommentBlock": tags.comment,
  Escape: tags.escape,
  Entity: tags.character,
  "Emphasis/...": tags.emphasis,
  "StrongEmphasis/...": tags.strong,
  "Link/... Image/...": tags.link,
  "OrderedList/... BulletList/...": tags.list,
  "BlockQuote/...": tags.quote,
  "InlineCode CodeText": tags.monospace,
  "URL Autolink": tags.url,
  "HeaderMark HardBreak QuoteMark ListMark LinkMark EmphasisMark CodeMark": tags.processingInstruction,
  "CodeInfo LinkLabel": tags.labelName,
  LinkTitle: tags.string,
  Paragraph: tags.content
});
var parser = new MarkdownParser(new NodeSet(nodeTypes).extend(markdownHighlighting), Object.keys(DefaultBlockParsers).map((n) => DefaultBlockParsers[n]), Object.keys(DefaultBlockParsers).map((n) => DefaultLeafBlocks[n]), Object.keys(DefaultBlockParsers), DefaultEndLeaf, DefaultSkipMarkup, Object.keys(DefaultInline).map((n) => DefaultInline[n]), Object.keys(DefaultInline), []);
var StrikethroughDelim = { resolve: "Strikethrough", mark: "StrikethroughMark" };
var Strikethrough = {
  defineNodes: [{
    name: "Strikethrough",
    style: { "Strikethrough/...": tags.strikethrough }
  }, {
    name: "StrikethroughMark",
    style: tags.processingInstruction
  }],
  parseInline: [{
    name: "Strikethrough",
    parse(cx, next, pos) {
      if (next != 126 || cx.char(pos + 1) != 126 || cx.char(pos + 2) == 126)
        return -1;
      let before = cx.slice(pos - 1, pos), after = cx.slice(pos + 2, pos + 3);
      let sBefore = /\s|^$/.test(before), sAfter = /\s|^$/.test(after);
      let pBefore = Punctuation.test(before), pAfter = Punctuation.test(after);
      return cx.addDelimiter(StrikethroughDelim, pos, pos + 2, !sAfter && (!pAfter || sBefore || pBefore), !sBefore && (!pBefore || sAfter || pAfter));
    },
    after: "Emphasis"
  }]
};
function parseRow(cx, line, startI = 0, elts, offset = 0) {
  let count2 = 0, first = true, cellStart = -1, cellEnd = -1, esc = false;
  let parseCell = () => {
    elts.push(cx.elt("TableCell", offset + cellStart, offset + cellEnd, cx.parser.parseInline(line.slice(cellStart, cellEnd), offset + cellStart)));
  };
  for (let i = startI; i < line.length; i++) {
    let next = line.charCodeAt(i);
    if (next == 124 && !esc) {
      if (!first || cellStart > -1)
        count2++;
      first = false;
      if (elts) {
        if (cellStart > -1)
          parseCell();
        elts.push(cx.elt("TableDelimiter", i + offset, i + offset + 1));
      }
      cellStart = cellEnd = -1;
    } else if (esc || next != 32 && next != 9) {
      if (cellStart < 0)
        cellStart = i;
      cellEnd = i + 1;
    }
    esc = !esc && next == 92;
  }
  if (cellStart > -1) {
    count2++;
    if (elts)
      parseCell();
  }
  return count2;
}
function hasPipe(str, start) {
  for (let i = start; i < str.length; i++) {
    let next = str.charCodeAt(i);
    if (next == 124)
      return true;
    if (next == 92)
      i++;
  }
  return false;
}
var delimiterLine = /^[>\s]*\|?(\s*:?-+:?\s*\|)+(\s*:?-+:?\s*)?[ \t]*$/;
var TableParser = class {
  constructor() {
    this.rows = null;
  }
  nextLine(cx, line, leaf) {
    if (this.rows == null) {
      this.rows = false;
      let lineText;
      if ((line.next == 45 || line.next == 58 || line.next == 124) && delimiterLine.test(lineText = line.text.slice(line.pos))) {
        let firstRow = [], firstCount = parseRow(cx, leaf.content, 0, firstRow, leaf.start);
        if (firstCount == parseRow(cx, lineText, 0))
          this.rows = [
            cx.elt("TableHeader", leaf.start, leaf.start + leaf.content.length, firstRow),
            cx.elt("TableDelimiter", cx.lineStart + line.pos, cx.lineStart + line.text.length)
          ];
      }
    } else if (this.rows) {
      let content4 = [];
      parseRow(cx, line.text, line.pos, content4, cx.lineStart);
      this.rows.push(cx.elt("TableRow", cx.lineStart + line.pos, cx.lineStart + line.text.length, content4));
    }
    return false;
  }
  finish(cx, leaf) {
    if (!this.rows)
      return false;
    cx.addLeafElement(leaf, cx.elt("Table", leaf.start, leaf.start + leaf.content.length, this.rows));
    return true;
  }
};
var Table = {
  defineNodes: [
    { name: "Table", block: true },
    { name: "TableHeader", style: { "TableHeader/...": tags.heading } },
    "TableRow",
    { name: "TableCell", style: tags.content },
    { name: "TableDelimiter", style: tags.processingInstruction }
  ],
  parseBlock: [{
    name: "Table",
    leaf(_, leaf) {
      return hasPipe(leaf.content, 0) ? new TableParser() : null;
    },
    endLeaf(cx, line, leaf) {
      if (leaf.parsers.some((p) => p instanceof TableParser) || !hasPipe(line.text, line.basePos))
        return false;
      let next = cx.peekLine();
      return delimiterLine.test(next) && parseRow(cx, line.text, line.basePos) == parseRow(cx, next, line.basePos);
    },
    before: "SetextHeading"
  }]
};
var TaskParser = class {
  nextLine() {
    return false;
  }
  finish(cx, leaf) {
    cx.addLeafElement(leaf, cx.elt("Task", leaf.start, leaf.start + leaf.content.length, [
      cx.elt("TaskMarker", leaf.start, leaf.start + 3),
      ...cx.parser.parseInline(leaf.content.slice(3), leaf.start + 3)
    ]));
    return true;
  }
};
var TaskList = {
  defineNodes: [
    { name: "Task", block: true, style: tags.list },
    { name: "TaskMarker", style: tags.atom }
  ],
  parseBlock: [{
    name: "TaskList",
    leaf(cx, leaf) {
      return /^\[[ xX]\][ \t]/.test(leaf.content) && cx.parentType().name == "ListItem" ? new TaskParser() : null;
    },
    after: "SetextHeading"
  }]
};
var autolinkRE = /(www\.)|(https?:\/\/)|([\w.+-]{1,100}@)|(mailto:|xmpp:)/gy;
var urlRE = /[\w-]+(\.[\w-]+)+(:\d+)?(\/[^\s<]*)?/gy;
var lastTwoDomainWords = /[\w-]+\.[\w-]+($|[/:])/;
var emailRE = /[\w.+-]+@[\w-]+(\.[\w.-]+)+/gy;
var xmppResourceRE = /\/[a-zA-Z\d@.]+/gy;
function count(str, from, to, ch) {
  let result = 0;
  for (let i = from; i < to; i++)
    if (str[i] == ch)
      result++;
  return result;
}
function autolinkURLEnd(text3, from) {
  urlRE.lastIndex = from;
  let m = urlRE.exec(text3);
  if (!m || lastTwoDomainWords.exec(m[0])[0].indexOf("_") > -1)
    return -1;
  let end = from + m[0].length;
  for (; ; ) {
    let last = text3[end - 1], m2;
    if (/[?!.,:*_~]/.test(last) || last == ")" && count(text3, from, end, ")") > count(text3, from, end, "("))
      end--;
    else if (last == ";" && (m2 = /&(?:#\d+|#x[a-f\d]+|\w+);$/.exec(text3.slice(from, end))))
      end = from + m2.index;
    else
      break;
  }
  return end;
}
function autolinkEmailEnd(text3, from) {
  emailRE.lastIndex = from;
  let m = emailRE.exec(text3);
  if (!m)
    return -1;
  let last = m[0][m[0].length - 1];
  return last == "_" || last == "-" ? -1 : from + m[0].length - (last == "." ? 1 : 0);
}
var Autolink = {
  parseInline: [{
    name: "Autolink",
    parse(cx, next, absPos) {
      let pos = absPos - cx.offset;
      if (pos && /\w/.test(cx.text[pos - 1]))
        return -1;
      autolinkRE.lastIndex = pos;
      let m = autolinkRE.exec(cx.text), end = -1;
      if (!m)
        return -1;
      if (m[1] || m[2]) {
        end = autolinkURLEnd(cx.text, pos + m[0].length);
        if (end > -1 && cx.hasOpenLink) {
          let noBracket = /([^\[\]]|\[[^\]]*\])*/.exec(cx.text.slice(pos, end));
          end = pos + noBracket[0].length;
        }
      } else if (m[3]) {
        end = autolinkEmailEnd(cx.text, pos);
      } else {
        end = autolinkEmailEnd(cx.text, pos + m[0].length);
        if (end > -1 && m[0] == "xmpp:") {
          xmppResourceRE.lastIndex = end;
          m = xmppResourceRE.exec(cx.text);
          if (m)
            end = m.index + m[0].length;
        }
      }
      if (end < 0)
        return -1;
      cx.addElement(cx.elt("URL", absPos, end + cx.offset));
      return end + cx.offset;
    }
  }]
};
var GFM = [Table, TaskList, Strikethrough, Autolink];
function parseSubSuper(ch, node, mark) {
  return (cx, next, pos) => {
    if (next != ch || cx.char(pos + 1) == ch)
      return -1;
    let elts = [cx.elt(mark, pos, pos + 1)];
    for (let i = pos + 1; i < cx.end; i++) {
      let next2 = cx.char(i);
      if (next2 == ch)
        return cx.addElement(cx.elt(node, pos, i + 1, elts.concat(cx.elt(mark, i, i + 1))));
      if (next2 == 92)
        elts.push(cx.elt("Escape", i, i++ + 2));
      if (space(next2))
        break;
    }
    return -1;
  };
}
var Superscript = {
  defineNodes: [
    { name: "Superscript", style: tags.special(tags.content) },
    { name: "SuperscriptMark", style: tags.processingInstruction }
  ],
  parseInline: [{
    name: "Superscript",
    parse: parseSubSuper(94, "Superscript", "SuperscriptMark")
  }]
};
var Subscript = {
  defineNodes: [
    { name: "Subscript", style: tags.special(tags.content) },
    { name: "SubscriptMark", style: tags.processingInstruction }
  ],
  parseInline: [{
    name: "Subscript",
    parse: parseSubSuper(126, "Subscript", "SubscriptMark")
  }]
};
var Emoji = {
  defineNodes: [{ name: "Emoji", style: tags.character }],
  parseInline: [{
    name: "Emoji",
    parse(cx, next, pos) {
      let match;
      if (next != 58 || !(match = /^[a-zA-Z_0-9]+:/.exec(cx.slice(pos + 1, cx.end))))
        return -1;
      return cx.addElement(cx.elt("Emoji", pos, pos + 1 + match[0].length));
    }
  }]
};

// ../../packages/lint/dist/facts/markdown-syntax.js
var parser2 = parser.configure([GFM[0], GFM[1], GFM[2]]);
var names = [
  "Document",
  "Paragraph",
  "BulletList",
  "OrderedList",
  "ListItem",
  "ListMark",
  "Blockquote",
  "QuoteMark",
  "Emphasis",
  "StrongEmphasis",
  "Strikethrough",
  "EmphasisMark",
  "StrikethroughMark",
  "Escape",
  "Entity",
  "HardBreak",
  "InlineCode",
  "HTMLTag",
  "Comment",
  "ProcessingInstruction",
  "Autolink",
  "Link",
  "Image",
  "LinkMark",
  "LinkLabel",
  "URL",
  "CodeBlock",
  "HTMLBlock"
];
var nodeId = Object.fromEntries(names.map((name2) => {
  const type = parser2.nodeSet.types.find((candidate) => candidate.name === name2);
  if (!type)
    throw new Error(`@lezer/markdown has no node type ${name2}`);
  return [name2, type.id];
}));

// ../../packages/lint/dist/facts/container-lines.js
var outside = Object.freeze([]);
var thematicBreak2 = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var orderedMarker = /^\d{1,9}[.)](?:[ \t]|$)/;
var notInterrupting = /^(?!1[.)])\d{1,9}[.)]/;
var markerAt = /^(?:[-+*]|\d{1,9}[.)])/;
var PrefixEnds = class {
  /** Where each line's ends start in `ends`. */
  first;
  /** How many ends each line has; 0 while it is not laid out. */
  counts;
  ends;
  length = 0;
  laidOut = 0;
  constructor(lines) {
    this.first = new Int32Array(lines);
    this.counts = new Int32Array(lines);
    this.ends = new Int32Array(Math.min(Math.max(lines, 16), 8192));
  }
  /** Lays `line` out anew, its first prefix ending at its start. */
  begin(line, start) {
    if (this.counts[line] === 0)
      this.laidOut++;
    this.first[line] = this.length;
    this.counts[line] = 0;
    this.push(line, start);
  }
  /** The next prefix of `line`, the line last begun, ends at `end`. */
  push(line, end) {
    if (this.length === this.ends.length) {
      const grown = new Int32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.ends[this.length++] = end;
    this.counts[line]++;
  }
  /** How many ends `line` has (one more than its prefixes read), 0 when it is not laid out. */
  count(line) {
    return this.counts[line];
  }
  /** Where `line`'s prefix `index` ends (0: the line start). */
  at(line, index) {
    return this.ends[this.first[line] + index];
  }
  /** Where the last prefix read on `line` ends. */
  last(line) {
    return this.at(line, this.counts[line] - 1);
  }
  /** Forgets lines `from` to `to` (exclusive); once none is laid out, their room is used again. */
  release(from, to) {
    for (let line = from; line < to; line++)
      if (this.counts[line] !== 0) {
        this.counts[line] = 0;
        this.laidOut--;
      }
    if (this.laidOut === 0)
      this.length = 0;
  }
};
function splitColumns(layout, line, prefixes) {
  return layout.splitTabs?.get(line)?.[prefixes] ?? 0;
}
function unusualContainers(tree, source, lineStarts, layout = { chains: [], prefixEnds: new PrefixEnds(lineStarts.length), lists: /* @__PURE__ */ new Map() }, piece = { top: tree.topNode, fromLine: 0, toLine: lineStarts.length, continuing: null }, parts) {
  const { chains, prefixEnds } = layout;
  const lineOf = (offset) => lineAt(lineStarts, offset);
  const lists = [];
  const quotes = [];
  const collect = (cursor, outer, list2, item) => {
    if (!cursor.firstChild())
      return;
    let first = true;
    let previousType = -1;
    let previousTo = -1;
    do {
      const type = cursor.type.id;
      const spacesAfterMark = type === nodeId.CodeBlock && item?.contentFrom === -1 && item.markTo !== -1 && isBlank(source, item.markTo, cursor.to);
      if (spacesAfterMark)
        item.endsInCode = true;
      else if (item) {
        if (!first)
          item.afterMark = true;
        else if (type === nodeId.ListMark) {
          item.markFrom = cursor.from;
          item.markTo = cursor.to;
        }
        if (type !== nodeId.ListMark && type !== nodeId.QuoteMark) {
          if (item.contentFrom === -1)
            item.contentFrom = cursor.from;
          item.contentEnd = type === nodeId.HTMLBlock ? htmlBlockEnd(source, cursor.node) : cursor.to;
          item.endsInCode = type === nodeId.CodeBlock;
        }
      }
      first = false;
      if (type === nodeId.Blockquote || type === nodeId.ListItem && list2) {
        const container = type === nodeId.Blockquote ? { kind: "quote", from: cursor.from, to: cursor.to, indent: -1 } : {
          kind: "item",
          from: cursor.from,
          list: list2,
          before: list2.items[list2.items.length - 1] ?? null,
          contentOffset: -1,
          markFrom: -1,
          markTo: -1,
          afterMark: false,
          contentFrom: -1,
          contentEnd: cursor.to,
          endsInCode: false
        };
        const chain = [...outer, container];
        const last = lineOf(Math.max(cursor.from, cursor.to - 1));
        for (let line = lineOf(cursor.from); line <= last; line++) {
          const current = chains[line] ?? outside;
          chains[line] = current === outer ? chain : [...current, container];
        }
        if (container.kind === "quote")
          quotes.push(container);
        else
          list2?.items.push(container);
        collect(cursor, chain, null, container.kind === "item" ? container : null);
      } else if (type === nodeId.BulletList || type === nodeId.OrderedList) {
        const found = {
          from: cursor.from,
          to: cursor.to,
          items: [],
          paragraphTo: previousType === nodeId.Paragraph ? previousTo : -1
        };
        lists.push(found);
        layout.lists.set(cursor.from, found);
        collect(cursor, outer, found, null);
      }
      previousType = type;
      previousTo = cursor.to;
    } while (cursor.nextSibling());
    cursor.parent();
  };
  collect(piece.top.cursor(), outside, null, null);
  for (let line = piece.fromLine; line < piece.toLine; line++) {
    if (parts?.skip(line)) {
      prefixEnds.begin(line, lineStarts[line]);
      continue;
    }
    const reason = prefixes(line);
    if (!reason)
      continue;
    if (!parts)
      return reason;
    const next = parts.fail(line, reason);
    for (let skipped = line + 1; skipped < next; skipped++)
      prefixEnds.begin(skipped, lineStarts[skipped]);
    line = next - 1;
  }
  for (const list2 of lists) {
    const line = lineOf(list2.from);
    if (parts?.skip(line))
      continue;
    const reason = listReason(list2);
    if (!reason)
      continue;
    if (!parts)
      return reason;
    parts.fail(line, reason);
  }
  for (const quote of quotes) {
    const line = lineOf(quote.from);
    if (parts?.skip(line))
      continue;
    const reason = after(quote, lineOf(Math.max(quote.from, quote.to - 1)));
    if (!reason)
      continue;
    if (!parts)
      return reason;
    parts.fail(line, reason);
  }
  return null;
  function prefixes(line) {
    const chain = chains[line] ?? outside;
    const end = lineEnd2(source, lineStarts, line);
    let position2 = lineStarts[line];
    prefixEnds.begin(line, position2);
    layout.splitTabs?.delete(line);
    let column = 0;
    let split = 0;
    for (const container of chain) {
      if (isBlank(source, position2, end)) {
        if (position2 < end && !(chains[line + 1] ?? outside).includes(chain[chain.length - 1]))
          return "whitespace-only line in a container";
        break;
      }
      const space4 = whitespace(source, position2, end, column);
      const read = space4.width;
      const carried = split;
      const base = column - carried;
      space4.width += carried;
      split = 0;
      if (container.kind === "quote") {
        if (space4.width > 3 || source.charCodeAt(space4.end) !== 62) {
          if (!plainLazyLine(tree, source, position2, end, space4.width))
            return "lazy line in a blockquote";
          break;
        }
        if (container.indent === -1)
          container.indent = space4.width;
        else if (container.indent !== space4.width && indentedPastQuotes(source, space4.end))
          return "blockquote markers at different indents";
        position2 = space4.end + 1;
        column += read + 1;
        const next = source.charCodeAt(position2);
        if (next === 9)
          return "tab after a quote marker";
        if (next === 32) {
          position2++;
          column++;
        }
      } else if (lineOf(container.from) === line) {
        const { markFrom, markTo } = container;
        if (markFrom === -1)
          return "list item without a marker";
        if (markFrom !== space4.end || space4.width > 3)
          return "list marker not where expected";
        if (!markerAt.test(source.slice(markFrom, markTo)))
          return "unusual list marker";
        const { before } = container;
        if (before && space4.width >= before.contentOffset)
          return "list item indented into the item before it";
        const markEnd = column + read + (markTo - markFrom);
        const after2 = whitespace(source, markTo, end, markEnd);
        if (source.slice(markTo, after2.end).includes("	") && (after2.end >= end || after2.width > 4 && source.charCodeAt(markTo) === 9))
          return "tab after a list marker";
        if (after2.end >= end) {
          const { list: list2 } = container;
          if (list2.items[0] === container && line > 0 && !isBlankLine(source, lineStarts, line - 1)) {
            if (container.afterMark)
              return "list item starting with a blank line";
            const lines = paragraphLines(list2, line);
            if (lines === 0)
              return "empty list item after a paragraph";
            layout.continuations.set(list2.from, lines);
          } else if (container.afterMark && (container.contentFrom === -1 || lineOf(container.contentFrom) !== line + 1)) {
            return "list item starting with a blank line";
          }
          container.contentOffset = markEnd - base + 1;
          prefixEnds.push(line, end);
          break;
        }
        if (after2.width === 0)
          return "list marker without a space";
        const width = after2.width > 4 ? 1 : after2.width;
        container.contentOffset = markEnd + width - base;
        position2 = after2.width > 4 ? markTo + 1 : after2.end;
        column = markEnd + width;
      } else {
        if (space4.width < container.contentOffset) {
          if (!plainLazyLine(tree, source, position2, end, space4.width))
            return "lazy line in a list item";
          break;
        }
        const own = container.contentOffset - carried;
        if (own < 0) {
          split = -own;
        } else {
          const to = skipColumns(source, position2, column, own);
          position2 = to.index;
          column = to.column;
          split = to.overshoot;
        }
      }
      prefixEnds.push(line, position2);
      if (split > 0) {
        const splits = (layout.splitTabs ??= /* @__PURE__ */ new Map()).get(line) ?? [];
        splits[prefixEnds.count(line) - 1] = split;
        layout.splitTabs.set(line, splits);
      }
    }
    return null;
  }
  function paragraphLines(list2, line) {
    const { items } = list2;
    if (!layout.continuations || list2.paragraphTo === -1 || lineOf(list2.paragraphTo) !== line - 1 || list2.from === piece.continuing?.from)
      return 0;
    if (source.charCodeAt(items[0].markFrom) === 45)
      return 1;
    const hardBreak = (at2) => /(?:\\| {2,})[ \t]*$/.test(source.slice(lineStarts[at2], lineEnd2(source, lineStarts, at2)));
    if (hardBreak(line - 1))
      return 0;
    let count2 = 1;
    if (/\d/.test(source.charAt(items[0].markFrom))) {
      if (items.length > 1)
        return 0;
    } else
      while (count2 < items.length && lineOf(items[count2].markFrom) === line + count2 && emptyLine(items[count2]) && !items[count2].afterMark && !hardBreak(line + count2 - 1))
        count2++;
    const next = items[count2];
    if (next && lineOf(next.markFrom) === line + count2 && emptyLine(next))
      return 0;
    if (!next && line + count2 < lineStarts.length) {
      const below = source.slice(lineStarts[line + count2], lineEnd2(source, lineStarts, line + count2)).replace(/^[ \t>]*/, "");
      if (/^(?:-+|=+)[ \t]*$/.test(below) || notInterrupting.test(below))
        return 0;
    }
    return count2;
  }
  function emptyItem(item, line) {
    return item.contentFrom === -1 && item.markFrom !== -1 && lineOf(item.markFrom) === line && emptyLine(item);
  }
  function emptyLine(item) {
    return isBlank(source, item.markTo, lineEnd2(source, lineStarts, lineOf(item.markFrom)));
  }
  function listReason(list2) {
    const { items } = list2;
    for (const item of items) {
      const reason = item.endsInCode ? afterCode(item) : null;
      if (reason)
        return reason;
    }
    const previous = items[items.length - 1];
    if (!previous)
      return "empty list";
    if (list2.from === piece.continuing?.from)
      return null;
    return after(previous, lineOf(Math.max(list2.from, list2.to - 1)));
  }
  function after(container, end) {
    let lastLine = end;
    while (lastLine > 0 && !(chains[lastLine] ?? outside).includes(container))
      lastLine--;
    const lastChain = chains[lastLine];
    const depth = lastChain.indexOf(container);
    for (let line = lastLine + 1; line < piece.toLine; line++) {
      const chain = chains[line] ?? outside;
      const end2 = lineEnd2(source, lineStarts, line);
      let level = 0;
      while (level < depth && chain[level] === lastChain[level])
        level++;
      if (prefixEnds.count(line) <= level || isBlank(source, prefixEnds.at(line, level), end2)) {
        if (container.kind === "quote")
          return null;
        continue;
      }
      const rest = prefixEnds.at(line, level);
      const left = lastChain[level];
      const space4 = whitespace(source, rest, end2, columnAt(source, lineStarts[line], rest));
      const indent = splitColumns(layout, line, level) + space4.width;
      if (left.kind === "item" && indent >= left.contentOffset && !(line > lastLine + 1 && emptyItem(left, lastLine)))
        return "line after a list item indented into it";
      const text3 = source.slice(space4.end, end2);
      const opens = chain[level];
      if (container.kind === "item" && opens && lastChain.slice(0, level).some((entry) => entry.kind === "quote"))
        return "list in a container closed by a container";
      if (line === lastLine + 1 && !isBlankLine(source, lineStarts, lastLine) && !endsInClosedLeaf(lastLine)) {
        const own = chain[level];
        const sibling = own?.kind === "item" && left.kind === "item" && own.list.from === left.list.from;
        if (!sibling && (indent > 3 || !(definiteInterrupter(text3) || orderedMarker.test(text3))))
          return "line right after a container";
      }
      if (container.kind === "item" && level === depth) {
        const marker = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(text3) && !thematicBreak2.test(text3) ? markerAt.exec(text3) : null;
        if (marker && kind(marker[0]) === kind(source.slice(container.markFrom, container.markTo)))
          return "list marker after a list of its kind";
      }
      return null;
    }
    return null;
  }
  function endsInClosedLeaf(line) {
    const start = lineStarts[line];
    let end = lineEnd2(source, lineStarts, line);
    while (end > start && isBlank(source, end - 1, end))
      end--;
    if (end === start)
      return false;
    let node = tree.resolveInner(end, -1);
    while (node && !blockNode.test(node.name))
      node = node.parent;
    return node !== null && closedLeaf.test(node.name);
  }
  function afterCode(item) {
    const codeLine = lineOf(item.contentEnd);
    const chain = chains[codeLine] ?? outside;
    const depth = chain.indexOf(item);
    if (depth === -1 || prefixEnds.count(codeLine) <= depth + 1)
      return "indented code ending a list item";
    const deep = item.contentFrom === -1 ? 1 : columnAt(source, lineStarts[codeLine], prefixEnds.at(codeLine, depth + 1)) + (layout.splitTabs?.has(codeLine) ? 1 : 4);
    const quoted2 = chain.slice(0, depth).some((entry) => entry.kind === "quote");
    for (let line = codeLine + 1; line < lineStarts.length && isBlankLine(source, lineStarts, line); line++) {
      const end = lineEnd2(source, lineStarts, line);
      if (quoted2 && source.slice(lineStarts[line], end).includes(">"))
        return "blank quote line after indented code in a list item";
      if (columnAt(source, lineStarts[line], end) >= deep)
        return "whitespace-only line after indented code in a list item";
    }
    return null;
  }
}
function indentedPastQuotes(source, marker) {
  let rest = marker + 1;
  if (source.charCodeAt(rest) === 32)
    rest++;
  while (source.charCodeAt(rest) === 62) {
    rest++;
    if (source.charCodeAt(rest) === 32)
      rest++;
  }
  const next = source.charCodeAt(rest);
  return next === 32 || next === 9;
}
var blockNode = /^(?:Document|Paragraph|CodeBlock|FencedCode|HTMLBlock|CommentBlock|ProcessingInstructionBlock|ATXHeading\d|SetextHeading\d|HorizontalRule|Table|LinkReference|ListItem|Blockquote|BulletList|OrderedList|Task)$/;
var closedLeaf = /^(?:CodeBlock|FencedCode|ATXHeading\d|SetextHeading\d|HorizontalRule)$/;
var kind = (marker) => /\d/.test(marker) ? marker.slice(-1) : marker;
function definiteInterrupter(text3) {
  return interrupter.test(text3);
}
var rawHtmlNames = htmlRawNames.join("|");
var interrupter = new RegExp(`^(?:#{1,6}(?:[ \\t]|$)|\`\`\`|~~~|>|([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$|(?:[-+*]|0*1[.)]) +\\S|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[|<(?:${rawHtmlNames})(?:[ \\t>]|$))`, "i");
function htmlBlockEnd(source, node) {
  const lineStart = source.lastIndexOf("\n", node.to - 1) + 1;
  if (lineStart <= node.from)
    return node.to;
  const mark = node.lastChild;
  return mark?.name === "QuoteMark" && mark.from >= lineStart && isBlank(source, mark.to, node.to) ? lineStart - 1 : node.to;
}
function atLineStartIn(source, index) {
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    const code = source.charCodeAt(cursor);
    if (code === 10)
      return true;
    if (code !== 32 && code !== 9 && code !== 62)
      return false;
  }
  return true;
}
function lineAt(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (lineStarts[middle] <= offset)
      low = middle;
    else
      high = middle - 1;
  }
  return low;
}
function lineEnd2(source, lineStarts, line) {
  return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : source.length;
}
function plainLazyLine(tree, source, from, end, indent) {
  const start = whitespace(source, from, end, 0).end;
  const text3 = source.slice(start, end);
  const nextEnd = source.indexOf("\n", end + 1);
  const next = end === source.length ? null : source.slice(end + 1, nextEnd === -1 ? source.length : nextEnd);
  if (text3.includes("|") && next !== null && mayBeDelimiterRow.test(next))
    return false;
  if (indent < 4 && !startsNoBlock(text3))
    return false;
  if (indent < 4 && /^<\/?[A-Za-z][^]*>[ \t]*$/.test(text3)) {
    if (!text3.endsWith(">") || next === null || !/^(?:[ \t]*|[-+*][ \t]+\S.*)$/.test(next))
      return false;
  }
  let node = tree.resolveInner(start, 1);
  while (node && !blockNode.test(node.name))
    node = node.parent;
  return (node?.name === "Paragraph" || node?.name === "Task") && node.from < from;
}
var mayBeDelimiterRow = /^[ \t>|:-]*-[ \t|:-]*$/;
function mayInterruptAsHtml(text3) {
  if (/^<[!?]/.test(text3))
    return true;
  const name2 = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(text3)?.[1]?.toLowerCase();
  return name2 !== void 0 && (htmlRawNames.includes(name2) || htmlBlockNames.includes(name2));
}
function startsNoBlock(text3) {
  const first = text3.charAt(0);
  switch (first) {
    case "<":
      return !mayInterruptAsHtml(text3);
    case "":
    case ">":
    case "=":
    case "~":
    case "|":
      return false;
    case "-":
    case "+":
    case "*":
    case "_":
      return !/^[-+*](?:[ \t]|$)/.test(text3) && !thematicBreak2.test(text3) && !/^(?:-+|=+)[ \t]*$/.test(text3);
    case "#":
      return !/^#{1,6}(?:[ \t]|$)/.test(text3);
    case "`":
      return !text3.startsWith("```");
    default:
      if (/\s/.test(first))
        return true;
      return !/^\d{1,9}[.)](?:[ \t]|$)/.test(text3);
  }
}
function isBlankLine(source, lineStarts, line) {
  return /^[ \t>]*$/.test(source.slice(lineStarts[line], lineEnd2(source, lineStarts, line)));
}
function isBlank(source, from, to) {
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code !== 32 && code !== 9)
      return false;
  }
  return true;
}
function whitespace(source, from, to, column) {
  let index = from;
  let at2 = column;
  for (; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code === 32)
      at2++;
    else if (code === 9)
      at2 += 4 - at2 % 4;
    else
      break;
  }
  return { width: at2 - column, end: index };
}
function skipColumns(source, from, column, width) {
  let index = from;
  let at2 = column;
  while (at2 < column + width) {
    const code = source.charCodeAt(index);
    at2 += code === 9 ? 4 - at2 % 4 : 1;
    index++;
  }
  return { index, column: at2, overshoot: at2 - (column + width) };
}
function columnAt(source, lineStart, offset) {
  let at2 = 0;
  for (let index = lineStart; index < offset; index++)
    at2 += source.charCodeAt(index) === 9 ? 4 - at2 % 4 : 1;
  return at2;
}

// ../../packages/lint/dist/facts/pieces.js
var itemLine = /^[-+*] +[A-Za-z]/;
function splitIntoPieces(source, lineStarts, bytes) {
  const pieces = [];
  let from = 0;
  for (let line = 1; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    if (start - from < bytes || start >= source.length)
      continue;
    const cut = cutBefore(source, lineStarts, line);
    if (!cut)
      continue;
    pieces.push({ from, to: start, cut });
    from = start;
  }
  pieces.push({ from, to: source.length, cut: null });
  return pieces;
}
function cutBefore(source, lineStarts, line) {
  const start = lineStarts[line];
  const end = lineEnd2(source, lineStarts, line);
  if (afterBlankClosingAll(source, start, end))
    return "blank";
  return itemLine.test(source.slice(start, end)) ? "item" : null;
}
var itemStart = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
var quotedItemStart = /^>[> \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
function afterBlankClosingAll(source, start, end) {
  if (start === 0 || end === start || source.charCodeAt(start - 1) !== 10)
    return false;
  const code = source.charCodeAt(start);
  if (code === 32 || code === 9 || code === 65279)
    return false;
  const previous = source.lastIndexOf("\n", start - 2) + 1;
  for (let index = previous; index < start - 1; index++) {
    const other = source.charCodeAt(index);
    if (other !== 32 && other !== 9)
      return false;
  }
  const line = source.slice(start, end);
  return !itemStart.test(line) && !quotedItemStart.test(line);
}

// ../../packages/lint/dist/facts/gfm-autolink-literal.js
var EOF = -1;
var asciiAlpha = (code) => {
  const unit = code & 65535;
  return code > -1 && (unit >= 65 && unit <= 90 || unit >= 97 && unit <= 122);
};
var asciiAlphanumeric = (code) => {
  const unit = code & 65535;
  return code > -1 && (unit >= 48 && unit <= 57 || unit >= 65 && unit <= 90 || unit >= 97 && unit <= 122);
};
var at = (source, index, limit) => index < limit ? source.codePointAt(index) : EOF;
var size = (code) => code > 65535 ? 2 : 1;
var space2 = (code) => code === EOF || code === 9 || code === 10 || code === 13 || code === 32 || unicodeWhitespace(code);
var atext = (code) => code === 43 || code === 45 || code === 46 || code === 95 || code !== EOF && asciiAlphanumeric(code);
function previousWww(code) {
  return code === null || code === 40 || code === 42 || code === 95 || code === 91 || code === 93 || code === 126 || space2(code);
}
function previousProtocol(code) {
  return code === null || !asciiAlpha(code);
}
function previousEmail(code) {
  return code === null || !(code === 47 || atext(code));
}
function literalAutolinkAt(source, start, limit, previous, emails = true) {
  const code = at(source, start, limit);
  if (emails && atext(code) && previousEmail(previous)) {
    const end = email(source, start, limit);
    if (end !== -1)
      return { kind: "email", start, end };
  }
  if ((code === 87 || code === 119) && previousWww(previous)) {
    const end = www(source, start, limit);
    if (end !== -1)
      return { kind: "www", start, end };
  }
  if ((code === 72 || code === 104) && previousProtocol(previous)) {
    const end = protocol(source, start, limit);
    if (end !== -1)
      return { kind: "http", start, end };
  }
  return null;
}
function www(source, start, limit) {
  for (let index = 0; index < 3; index++) {
    const code = at(source, start + index, limit);
    if (code !== 87 && code !== 119)
      return -1;
  }
  if (at(source, start + 3, limit) !== 46 || start + 4 >= limit)
    return -1;
  const domainEnd = domain(source, start, limit);
  return domainEnd === -1 ? -1 : path(source, domainEnd, limit);
}
function protocol(source, start, limit) {
  let index = start;
  let buffer = "";
  for (; ; ) {
    const code2 = at(source, index, limit);
    if (code2 !== EOF && asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCharCode(code2);
      index++;
      continue;
    }
    break;
  }
  const lower = buffer.toLowerCase();
  if (at(source, index, limit) !== 58 || lower !== "http" && lower !== "https")
    return -1;
  if (at(source, index + 1, limit) !== 47 || at(source, index + 2, limit) !== 47)
    return -1;
  index += 3;
  const code = at(source, index, limit);
  if (code === EOF || asciiControl(code) || space2(code) || unicodePunctuation(code))
    return -1;
  const domainEnd = domain(source, index, limit);
  return domainEnd === -1 ? -1 : path(source, domainEnd, limit);
}
function domain(source, start, limit) {
  let index = start;
  let underscoreLast = false;
  let underscoreLastLast = false;
  let seen = false;
  for (; ; ) {
    const code = at(source, index, limit);
    if (code === 46 || code === 95) {
      if (trail(source, index, limit))
        break;
      if (code === 95)
        underscoreLast = true;
      else {
        underscoreLastLast = underscoreLast;
        underscoreLast = false;
      }
      index++;
      continue;
    }
    if (space2(code) || code !== 45 && unicodePunctuation(code))
      break;
    seen = true;
    index += size(code);
  }
  return underscoreLast || underscoreLastLast || !seen ? -1 : index;
}
function path(source, start, limit) {
  let index = start;
  let open = 0;
  let close = 0;
  for (; ; ) {
    const code = at(source, index, limit);
    if (code === 40) {
      open++;
      index++;
      continue;
    }
    if (code === 41 && close < open) {
      close++;
      index++;
      continue;
    }
    if (trailing.has(code) || code === 38 || code === 60 || code === 93) {
      if (trail(source, index, limit))
        return index;
      if (code === 41)
        close++;
      index++;
      continue;
    }
    if (space2(code))
      return index;
    index += size(code);
  }
}
var trailing = /* @__PURE__ */ new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);
function trail(source, start, limit) {
  let index = start;
  for (; ; ) {
    const code = at(source, index, limit);
    if (trailing.has(code)) {
      index++;
      continue;
    }
    if (code === 38) {
      index++;
      if (!asciiAlpha(at(source, index, limit)))
        return false;
      while (asciiAlpha(at(source, index, limit)))
        index++;
      if (at(source, index, limit) !== 59)
        return false;
      index++;
      continue;
    }
    if (code === 93) {
      index++;
      const next = at(source, index, limit);
      if (next === EOF || next === 40 || next === 91 || space2(next))
        return true;
      continue;
    }
    return code === 60 || space2(code);
  }
}
function email(source, start, limit) {
  let index = start;
  while (atext(at(source, index, limit)))
    index++;
  if (at(source, index, limit) !== 64)
    return -1;
  index++;
  let dot = false;
  let data = false;
  for (; ; ) {
    const code = at(source, index, limit);
    if (code === 46) {
      const next = at(source, index + 1, limit);
      if (next === EOF || !asciiAlphanumeric(next))
        break;
      dot = true;
      index++;
      continue;
    }
    if (code === 45 || code === 95 || code !== EOF && asciiAlphanumeric(code)) {
      data = true;
      index++;
      continue;
    }
    break;
  }
  const last = source.charCodeAt(index - 1);
  return data && dot && asciiAlpha(last) ? index : -1;
}

// ../../packages/lint/dist/facts/line-endings.js
var LineFeeds = class {
  source;
  /** The text with LF line endings only. */
  text;
  /** The offsets in `text` of the LFs whose CR was dropped, ascending. */
  dropped = [];
  constructor(source) {
    this.source = source;
    let text3 = "";
    let from = 0;
    for (let cr = source.indexOf("\r"); cr !== -1; cr = source.indexOf("\r", cr + 1)) {
      text3 += source.slice(from, cr);
      if (source.charCodeAt(cr + 1) === 10)
        this.dropped.push(text3.length);
      else
        text3 += "\n";
      from = cr + 1;
    }
    this.text = text3 + source.slice(from);
  }
  /** The offset in the source of `offset` in `text`: a line's end is before its CR. */
  toSource(offset) {
    const { dropped } = this;
    let low = 0;
    let high = dropped.length;
    while (low < high) {
      const middle = low + high >> 1;
      if (dropped[middle] < offset)
        low = middle + 1;
      else
        high = middle;
    }
    return offset + low;
  }
};
function restoreLineEndings(facts, feeds) {
  const { source } = feeds;
  const point2 = (at2) => ({ line: at2.line, column: at2.column, offset: feeds.toSource(at2.offset) });
  const position2 = (at2) => ({ start: point2(at2.start), end: point2(at2.end) });
  let unknown = null;
  const text3 = (value, at2) => {
    if (!value.includes("\n"))
      return value;
    const ending = endingIn(source, at2.start.offset, at2.end.offset);
    if (ending === null)
      unknown ??= "mixed line endings in a text";
    else if (ending !== "\n") {
      if (source.slice(at2.start.offset, at2.end.offset).includes("&"))
        unknown ??= "line ending in a text beside a character reference";
      return value.replaceAll("\n", ending);
    }
    return value;
  };
  for (const heading2 of facts.headings) {
    heading2.position = position2(heading2.position);
    heading2.text = text3(heading2.text, heading2.position);
  }
  if (facts.anchors.some((anchor) => anchor.includes("\n")))
    unknown ??= "line ending in an HTML id";
  for (const link of facts.links) {
    link.position = position2(link.position);
    link.text = text3(link.text, link.position);
    link.url = text3(link.url, link.position);
    const destination = link.destination;
    if (destination)
      for (const key of Object.keys(destination))
        destination[key] = feeds.toSource(destination[key]);
  }
  for (const definition2 of facts.definitions) {
    definition2.position = position2(definition2.position);
    definition2.label = text3(definition2.label, definition2.position);
    definition2.url = text3(definition2.url, definition2.position);
  }
  for (const reference of facts.references) {
    reference.position = position2(reference.position);
    reference.label = text3(reference.label, reference.position);
  }
  for (const control2 of facts.controls)
    control2.position = position2(control2.position);
  for (const list2 of facts.lists) {
    list2.position = position2(list2.position);
    list2.items = list2.items.map(position2);
  }
  return unknown;
}
function endingIn(source, from, to) {
  let ending = "";
  for (let at2 = from; at2 < to; at2++) {
    const code = source.charCodeAt(at2);
    let found;
    if (code === 13) {
      found = source.charCodeAt(at2 + 1) === 10 ? "\r\n" : "\r";
      if (found === "\r\n")
        at2++;
    } else if (code === 10)
      found = "\n";
    else
      continue;
    if (ending && ending !== found)
      return null;
    ending = found;
  }
  return ending || "\n";
}

// ../../packages/lint/dist/facts/emphasis-pairing.js
function emphasisPairsAgree(source, node, from, to) {
  const reading = { text: [], lezer: [], unknown: false };
  readText(source, node, from, to, reading);
  if (reading.unknown)
    return null;
  const runs = markerRuns(source, reading.text);
  if (runs.length === 0)
    return reading.lezer.length === 0;
  const micromark = pairRuns(runs);
  if (micromark.length !== reading.lezer.length)
    return false;
  const order = (a, b) => a.from - b.from || a.to - b.to;
  micromark.sort(order);
  reading.lezer.sort(order);
  return micromark.every((pair, index) => pair.from === reading.lezer[index].from && pair.to === reading.lezer[index].to && pair.strong === reading.lezer[index].strong);
}
var literalStart = /@|https?:\/\/|www\./i;
function readText(source, node, from, to, reading) {
  let at2 = from;
  const gap = (end) => {
    if (end <= at2)
      return;
    const text3 = source.slice(at2, end);
    if (literalStart.test(text3) || text3.includes("~"))
      reading.unknown = true;
    addText(reading, at2, end);
  };
  for (let child = node.firstChild; child && !reading.unknown; child = child.nextSibling) {
    if (child.to <= from)
      continue;
    if (child.from >= to)
      break;
    gap(child.from);
    at2 = Math.max(at2, child.from);
    switch (child.type.id) {
      case nodeId.EmphasisMark:
        addText(reading, child.from, child.to);
        break;
      case nodeId.Emphasis:
      case nodeId.StrongEmphasis:
        reading.lezer.push({ from: child.from, to: child.to, strong: child.type.id === nodeId.StrongEmphasis });
        readText(source, child, child.from, child.to, reading);
        break;
      case nodeId.Strikethrough:
        reading.unknown = true;
        break;
      case nodeId.Link:
      case nodeId.Image:
        if (!isResource(source, child) && /[*_]/.test(source.slice(child.from, child.to)))
          reading.unknown = true;
        break;
      case nodeId.InlineCode:
      case nodeId.HTMLTag:
      case nodeId.Comment:
      case nodeId.ProcessingInstruction:
      case nodeId.Autolink:
      case nodeId.Escape:
      case nodeId.Entity:
      case nodeId.HardBreak:
      case nodeId.QuoteMark:
        break;
      default:
        reading.unknown = true;
    }
    at2 = Math.max(at2, child.to);
  }
  gap(to);
}
function addText(reading, from, to) {
  const last = reading.text[reading.text.length - 1];
  if (last && last[1] === from)
    last[1] = to;
  else
    reading.text.push([from, to]);
}
function isResource(source, link) {
  let close = false;
  for (let child = link.firstChild; child; child = child.nextSibling) {
    if (child.type.id !== nodeId.LinkMark)
      continue;
    const code = source.charCodeAt(child.from);
    if (close)
      return code === 40;
    if (code === 93 && child.to - child.from === 1)
      close = true;
  }
  return false;
}
function markerRuns(source, text3) {
  const runs = [];
  for (const [from, to] of text3) {
    for (let index = from; index < to; ) {
      const marker = source.charCodeAt(index);
      if (marker !== 42 && marker !== 95) {
        index++;
        continue;
      }
      let end = index + 1;
      while (end < to && source.charCodeAt(end) === marker)
        end++;
      runs.push({ marker, from: index, to: end, ...attentionSides(source, index, end), gone: false });
      index = end;
    }
  }
  return runs;
}
function attentionSides(source, from, to) {
  const previous = from === 0 || atLineStartIn(source, from) ? null : source.charCodeAt(from - 1);
  const next = to >= source.length ? null : source.charCodeAt(to);
  const before = previous === null ? whitespaceGroup : characterGroup(previous);
  const after = next === null ? whitespaceGroup : characterGroup(next);
  const open = !after || after === punctuationGroup && Boolean(before) || isAttentionMarker(next);
  const close = !before || before === punctuationGroup && Boolean(after) || isAttentionMarker(previous);
  return source.charCodeAt(from) === 42 ? { open, close } : { open: open && (Boolean(before) || !close), close: close && (Boolean(after) || !open) };
}
function pairRuns(runs, pairs = []) {
  for (let index = 0; index < runs.length; ) {
    const closer = runs[index];
    if (closer.gone || !closer.close) {
      index++;
      continue;
    }
    const closeSize = closer.to - closer.from;
    let open = index - 1;
    for (; open >= 0; open--) {
      const opener2 = runs[open];
      if (opener2.gone || !opener2.open || opener2.marker !== closer.marker)
        continue;
      if ((opener2.close || closer.open) && closeSize % 3 && !((opener2.to - opener2.from + closeSize) % 3))
        continue;
      break;
    }
    if (open < 0) {
      index++;
      continue;
    }
    const opener = runs[open];
    const use = opener.to - opener.from > 1 && closeSize > 1 ? 2 : 1;
    pairs.push({ from: opener.to - use, to: closer.from + use, strong: use === 2 });
    opener.to -= use;
    closer.from += use;
    if (opener.to === opener.from)
      opener.gone = true;
    const inside = runs.slice(open + 1, index).filter((run) => !run.gone);
    if (inside.length > 1)
      pairRuns(inside, pairs);
    for (const run of inside)
      run.gone = true;
    if (closer.from === closer.to) {
      closer.gone = true;
      index++;
    }
  }
  return pairs;
}
var whitespaceGroup = 1;
var punctuationGroup = 2;
function characterGroup(code) {
  if (code === 10 || code === 32 || code === 9 || unicodeWhitespace(code))
    return whitespaceGroup;
  if (unicodePunctuation(code))
    return punctuationGroup;
  return void 0;
}
var isAttentionMarker = (code) => code === 126;

// ../../packages/lint/dist/facts/next-match.js
var NextMatch = class {
  text;
  pattern;
  searchedFrom = Infinity;
  index = -1;
  end = -1;
  constructor(text3, pattern) {
    this.text = text3;
    this.pattern = pattern;
  }
  within(from, to) {
    if (from < this.searchedFrom || this.index !== -1 && this.index < from) {
      this.searchedFrom = from;
      this.pattern.lastIndex = from;
      const match = this.pattern.exec(this.text);
      this.index = match ? match.index : -1;
      this.end = match ? match.index + match[0].length : -1;
    }
    if (this.index === -1 || this.index >= to)
      return false;
    if (this.end <= to)
      return true;
    this.pattern.lastIndex = 0;
    return this.pattern.test(this.text.slice(from, to));
  }
};

// ../../packages/lint/dist/facts/collect-facts-fast.js
var defaultPieces = { above: 1024 * 1024, bytes: 16 * 1024 };
var PieceMismatch = class extends Error {
};
var Unsure = class extends Error {
};
var NestedReference = class extends Error {
};
var rereadLimit = 3;
var unsure = (reason) => {
  throw new Unsure(reason);
};
var besideTildes = /[\\`*_[\]!<&@:]|www\./i;
var delimiterRow = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
var plainLabel = /^(?:\[[^[\]\\`*_~<>&\n]*\])?$/;
var blockStart = /^(?:[-+*>](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|```|~~~|>)/;
var notFence = /^(`{3,})(?!`)[^\n]*`/;
var uncollected = { collect: false, full: "", plain: "", hidden: false, inLink: false, inTable: false };
var uncollectedCell = { ...uncollected, inTable: true };
function collectFactsFast(text3, handedBack, options = {}) {
  const pieceBytes = text3.length > (options.above ?? defaultPieces.above) ? options.bytes ?? defaultPieces.bytes : Infinity;
  const giveUp = (reason) => {
    handedBack?.(reason);
    return null;
  };
  if (text3.includes("[^"))
    return giveUp("footnote");
  if (/[\r\0]/.test(text3)) {
    if (text3.includes("\0"))
      return giveUp("NUL");
    return collectWithLineFeeds(text3, handedBack, options);
  }
  let source = text3;
  if (/^---[ \t]*(?:\n|$)/.test(text3)) {
    const match = /^---\n(?:[^]*?\n)??---(?:\n|$)/.exec(text3);
    if (!match || /^---[ \t]+$/m.test(match[0]))
      return giveUp("front matter");
    source = match[0].replace(/[^\n]/g, " ") + text3.slice(match[0].length);
  }
  try {
    const read = (bytes) => {
      const walk = new Walk(text3, source, options.parts ?? true);
      walk.everyPart = options.everyPart ?? false;
      const facts = walk.run(bytes);
      for (const identifier of walk.textIdentifiers)
        if (walk.defined.has(identifier))
          unsure("undefined reference nested");
      for (const part of walk.handedBack)
        handedBack?.(part.reason, part);
      return facts;
    };
    try {
      return read(pieceBytes);
    } catch (error) {
      if (!(error instanceof PieceMismatch))
        throw error;
      options.readWhole?.();
      return read(Infinity);
    }
  } catch (error) {
    if (error instanceof Unsure)
      return giveUp(error.message);
    if (error instanceof RangeError)
      return giveUp("nested too deep for the syntax tree");
    throw error;
  }
}
function collectWithLineFeeds(text3, handedBack, options) {
  if (loneCrInBrackets.test(text3)) {
    handedBack?.("lone CR in brackets");
    return null;
  }
  const feeds = new LineFeeds(text3);
  const parts = [];
  const facts = collectFactsFast(feeds.text, (reason, part) => parts.push([reason, part]), options);
  const unknown = facts && restoreLineEndings(facts, feeds);
  if (unknown) {
    handedBack?.(unknown);
    return null;
  }
  for (const [reason, part] of parts)
    handedBack?.(reason, part && { from: feeds.toSource(part.from), to: feeds.toSource(part.to) });
  return facts;
}
var loneCrInBrackets = /\[[^[\]\n]*\r(?!\n)[^[\]\n]*\]\[|\]\[[^[\]\n]*\r(?!\n)[^[\]\n]*\]/;
var pendingSlug = "\0";
var Walk = class {
  text;
  source;
  inParts;
  facts;
  defined = /* @__PURE__ */ new Set();
  lineStarts = [0];
  locator;
  // The open text node (mdast merges data, escapes, references and line endings into one).
  runStart = -1;
  runEnd = -1;
  runValue = "";
  runInLink = false;
  /** Unclosed `[` seen in the current inline container's text. */
  openBrackets = 0;
  /** Where a text run may hold a URL literal, and a `][` (see endRun). */
  urlStarts;
  bracketPairs;
  /** Where a `@` may follow a word, for an e-mail literal. */
  atSigns;
  /** The plain text of each heading, in order: slugs are numbered once every part is read. */
  plains = [];
  /** Definitions found, in micromark's normalized form. */
  found = [];
  /** The parts handed to micromark. */
  handedBack = [];
  /** Brackets the walk found to be text in the part it is in (see `rereadLimit`). */
  partBrackets = [];
  /** The labels of the references whose brackets were read as text. */
  textIdentifiers = [];
  /** The parts read again, by where they start: their trees, and the brackets read as text in them. */
  rereads = /* @__PURE__ */ new Map();
  /** The brackets read as text in the tree being walked (the walk reads the source as written). */
  textBrackets = [];
  everyPart = false;
  constructor(text3, source, inParts) {
    this.text = text3;
    this.source = source;
    this.inParts = inParts;
    this.locator = location(text3);
    this.urlStarts = new NextMatch(text3, /https?:\/\/|www\./gi);
    this.bracketPairs = new NextMatch(text3, /\]\[/g);
    this.atSigns = new NextMatch(text3, /@/g);
    this.facts = emptyFacts(countLines(this.locator, text3));
    for (let index = text3.indexOf("\n"); index !== -1; index = text3.indexOf("\n", index + 1))
      this.lineStarts.push(index + 1);
    this.layout = {
      chains: [],
      prefixEnds: new PrefixEnds(this.lineStarts.length),
      lists: /* @__PURE__ */ new Map(),
      continuations: /* @__PURE__ */ new Map()
    };
  }
  run(pieceBytes) {
    const pieces = splitIntoPieces(this.source, this.lineStarts, pieceBytes);
    if (pieces.length === 1)
      return this.runWhole();
    if (this.source.includes("]:"))
      for (const { tree } of this.trees(pieces))
        this.define(tree);
    let carried = null;
    for (const { piece, tree, continuing } of this.trees(pieces)) {
      const top = tree.topNode;
      const fromLine = this.point(piece.from).line - 1;
      const toLine = piece.cut ? this.point(piece.to).line : this.lineStarts.length;
      const unusual = unusualContainers(tree, this.source, this.lineStarts, this.layout, {
        top,
        fromLine,
        toLine,
        continuing
      });
      if (unusual)
        unsure(unusual);
      const listsBefore = this.facts.lists.length;
      this.lastLeaf = seenFromAnotherTree(this.lastLeaf);
      this.walkTree(() => this.block(top.cursor(), 0));
      if (carried) {
        const next = this.facts.lists[listsBefore];
        if (next?.position.start.offset !== piece.from)
          throw new PieceMismatch();
        for (const item of next.items)
          carried.items.push(item);
        carried.position = { start: carried.position.start, end: next.position.end };
        this.facts.lists.splice(listsBefore, 1);
      }
      if (!continuing)
        carried = null;
      else if (!carried || continuing.from !== piece.from)
        carried = this.listFactAt(continuing.from);
      this.forgetLines(fromLine, toLine);
      this.layout.lists = /* @__PURE__ */ new Map();
    }
    this.numberSlugs();
    return this.facts;
  }
  /**
   * Each piece's tree, once it is seen to end as the whole file's would there (and with it the
   * top-level list that goes on in the next piece); a piece that does not grows into the next.
   */
  *trees(pieces) {
    let parsed = 0;
    for (let index = 0; index < pieces.length; index++) {
      let piece = pieces[index];
      for (; ; ) {
        const tree = this.parsePiece(piece);
        parsed += piece.to - piece.from;
        const last = tree.topNode.lastChild;
        if (piece.cut === null) {
          yield { piece, tree, continuing: null };
          break;
        }
        if (piece.cut === "blank" && last && /^[ \t]*\n[ \t]*\n[ \t\n]*$/.test(this.source.slice(last.to, piece.to))) {
          yield { piece, tree, continuing: null };
          break;
        }
        if (piece.cut === "item" && last?.name === "BulletList" && this.source.charCodeAt(last.from) === this.source.charCodeAt(piece.to)) {
          yield { piece, tree, continuing: last };
          break;
        }
        if (parsed > 3 * this.source.length)
          throw new PieceMismatch();
        const next = pieces[++index];
        piece = { from: piece.from, to: next.to, cut: next.cut };
      }
    }
  }
  /** The piece's tree, placed at its offset in the document. */
  parsePiece(piece) {
    return this.placed(parser2.parse(this.source.slice(piece.from, piece.to)), piece);
  }
  /** A tree of `text.slice(piece.from, piece.to)`, placed at its offset in the document. */
  placed(tree, piece) {
    return new Tree(tree.type, tree.children, tree.positions.map((position2) => position2 + piece.from), piece.to);
  }
  define(tree) {
    const definitions = [];
    tree.iterate({
      enter: (node) => {
        if (node.name === "LinkReference")
          definitions.push(node.node);
        return !isInline(node.name);
      }
    });
    for (const node of definitions) {
      const label = node.getChild("LinkLabel");
      this.identifierOf(label);
      this.defined.add(normalizeIdentifier(this.source.slice(label.from + 1, label.to - 1)));
    }
  }
  listFactAt(offset) {
    const lists = this.facts.lists;
    for (let index = lists.length - 1; index >= 0; index--)
      if (lists[index].depth === 0 && lists[index].position.start.offset === offset)
        return lists[index];
    throw new PieceMismatch();
  }
  /** The file from one tree, each part lezer may misread handed to micromark. */
  runWhole() {
    const tree = parser2.parse(this.source);
    const top = tree.topNode;
    const parts = this.inParts ? this.parts(top) : [{ from: 0, to: this.source.length, reason: null }];
    if (this.everyPart)
      for (const part of parts)
        part.reason = "every part";
    const partOf = (line) => {
      const offset = this.lineStarts[line];
      let low = 0;
      let high = parts.length - 1;
      while (low < high) {
        const middle = low + high + 1 >> 1;
        if (parts[middle].from <= offset)
          low = middle;
        else
          high = middle - 1;
      }
      return low;
    };
    const whole = { top, fromLine: 0, toLine: this.lineStarts.length, continuing: null };
    const unusual = unusualContainers(tree, this.source, this.lineStarts, this.layout, whole, {
      skip: (line) => parts[partOf(line)].reason !== null,
      fail: (line, reason) => {
        const index = partOf(line);
        parts[index].reason ??= reason;
        const next = parts[index + 1];
        return next ? this.lineOf(next.from) : this.lineStarts.length;
      }
    });
    if (unusual)
      unsure(unusual);
    const guess = /* @__PURE__ */ new Set();
    if (this.source.includes("]:"))
      tree.iterate({
        enter: (node) => {
          if (node.name === "LinkReference") {
            const label = node.node.getChild("LinkLabel");
            if (label)
              guess.add(normalizeIdentifier(this.source.slice(label.from + 1, label.to - 1)));
          }
          return !isInline(node.name);
        }
      });
    let known = guess;
    for (let attempt = 0; ; attempt++) {
      const defined = this.walkParts(top, parts, known);
      if (sameSet(defined, known))
        break;
      if (attempt === 3)
        unsure("definitions differ between parts");
      known = defined;
      this.reset();
    }
    this.numberSlugs();
    return this.facts;
  }
  /** Slugs in document order, as GitHub numbers repeated ones. */
  numberSlugs() {
    const slugger = new BananaSlug();
    const { headings, anchors } = this.facts;
    let heading2 = 0;
    for (let index = 0; index < anchors.length; index++) {
      if (anchors[index] !== pendingSlug)
        continue;
      const slug = slugger.slug(this.plains[heading2]);
      headings[heading2++].slug = slug;
      anchors[index] = slug;
    }
  }
  reset() {
    this.facts = emptyFacts(this.facts.lineCount);
    this.plains = [];
    this.found = [];
    this.handedBack = [];
    this.lastLeaf = "";
  }
  /**
   * The file cut where a line at column 0 that no list item can start follows a blank line and
   * lezer starts a block there: CommonMark has closed every block by then, but a fenced code or
   * HTML block left open above it (checked after micromark reads a part, and trusted where lezer's
   * reading is).
   */
  parts(top) {
    const { text: text3 } = this;
    const parts = [];
    let from = 0;
    for (let child = top.firstChild; child; child = child.nextSibling) {
      const at2 = child.from;
      if (at2 === 0 || text3.charCodeAt(at2 - 1) !== 10)
        continue;
      if (!afterBlankClosingAll(text3, at2, lineEndAt(text3, at2)))
        continue;
      const previous = text3.lastIndexOf("\n", at2 - 2) + 1;
      if (child.prevSibling && child.prevSibling.to > previous)
        continue;
      parts.push({ from, to: at2, reason: null });
      from = at2;
    }
    parts.push({ from, to: text3.length, reason: null });
    return parts;
  }
  /** Walks the parts in order, handing those lezer may misread to micromark; the definitions found. */
  walkParts(top, parts, known) {
    this.defined.clear();
    for (const identifier of known)
      this.defined.add(identifier);
    const defined = /* @__PURE__ */ new Set();
    let child = top.firstChild;
    let pending = null;
    const flush = (to) => {
      if (!pending)
        return;
      const { from, reason } = pending;
      pending = null;
      if (!this.inParts)
        unsure(reason);
      this.handedBack.push({ from, to, reason });
      const result = collectEventsFacts(this.text, {
        from,
        to,
        // The next part's first line closes the blocks still open here, and how micromark spans
        // them depends on whether it opens a block quote: a line without facts that does the same.
        ...to < this.text.length ? { closing: this.text.charCodeAt(to) === 62 ? ">" : "x" } : {},
        line: this.lineOf(from) + 1,
        facts: this.facts,
        locator: this.locator,
        slug: (plain2) => this.pendingSlug(plain2),
        known
      });
      for (const identifier of result.defined)
        defined.add(identifier);
      if (to < this.text.length && result.open)
        unsure("part ending in an open fenced code or HTML block");
      this.lastLeaf = unseenCode;
    };
    for (const part of parts) {
      const first = child;
      while (child && child.from < part.to)
        child = child.nextSibling;
      if (part.reason === null) {
        flush(part.from);
        const mark = this.mark();
        this.partBrackets = [];
        const before = first?.prevSibling?.name ?? null;
        const reread = this.rereads.get(part.from);
        const leafBefore = this.lastLeaf;
        try {
          this.textBrackets = reread?.asText ?? [];
          if (reread)
            this.lastLeaf = seenFromAnotherTree(leafBefore);
          this.walkTree(() => this.walkBlocks(reread ? reread.tree.topNode.firstChild : first, part.to, before));
        } catch (error) {
          if (!(error instanceof Unsure))
            throw error;
          this.rollback(mark);
          this.lastLeaf = leafBefore;
          const noted = this.partBrackets.length > 0;
          if (reread || !noted || !this.rereadPart(part, before, leafBefore)) {
            if (noted || reread)
              part.reason = error.message;
            if (!this.inParts)
              throw error;
            pending = { from: part.from, reason: error.message };
            continue;
          }
        }
        for (const identifier of this.found.slice(mark[mark.length - 1]))
          defined.add(identifier);
        continue;
      }
      if (this.everyPart)
        flush(part.from);
      pending ??= { from: part.from, reason: part.reason };
    }
    flush(this.text.length);
    return defined;
  }
  mark() {
    const { headings, anchors, links, definitions, references, controls, lists } = this.facts;
    return [
      headings.length,
      anchors.length,
      links.length,
      definitions.length,
      references.length,
      controls.length,
      lists.length,
      this.plains.length,
      this.found.length
    ];
  }
  rollback(mark) {
    const { headings, anchors, links, definitions, references, controls, lists } = this.facts;
    [headings, anchors, links, definitions, references, controls, lists, this.plains, this.found].forEach((list2, index) => list2.length = mark[index]);
    this.runStart = -1;
  }
  /** Numbers come later: see `run`. */
  pendingSlug(plain2) {
    this.plains.push(plain2);
    return pendingSlug;
  }
  /** The line (0-based) `offset` is on. */
  lineOf(offset) {
    return lineAt(this.lineStarts, offset);
  }
  point(offset) {
    return this.locator.toPoint(offset);
  }
  position(from, to) {
    return { start: this.point(from), end: this.point(to) };
  }
  /**
   * The part read again with the brackets the walk found to be text made `%`, and walked: lezer
   * parses the part alone (it starts where CommonMark has closed every block), with the layout of
   * its lines made anew. False when the walk still cannot be sure of it (its facts are then as
   * before it); `previous` is the name of the block before the part, `leafBefore` the last leaf.
   */
  rereadPart(part, previous, leafBefore) {
    const asText = [];
    for (let reread = 0; reread < rereadLimit && this.partBrackets.length > 0; reread++) {
      asText.push(...this.partBrackets);
      this.partBrackets = [];
      const tree = this.placed(parser2.parse(readAsText(this.source, part, asText)), part);
      let labelOverText = false;
      tree.iterate({
        enter: (node) => {
          if (node.type.id === nodeId.LinkLabel && asText.some((at2) => at2 >= node.from && at2 < node.to))
            labelOverText = true;
        }
      });
      if (labelOverText)
        return false;
      const { continuations } = this.layout;
      for (const at2 of continuations.keys())
        if (at2 >= part.from && at2 < part.to)
          continuations.delete(at2);
      const top = tree.topNode;
      const toLine = part.to < this.source.length ? this.lineOf(part.to) : this.lineStarts.length;
      const range = { top, fromLine: this.lineOf(part.from), toLine, continuing: null };
      this.forgetLines(range.fromLine, toLine);
      if (unusualContainers(tree, this.source, this.lineStarts, this.layout, range))
        return false;
      const mark = this.mark();
      try {
        this.textBrackets = asText;
        this.lastLeaf = seenFromAnotherTree(leafBefore);
        this.walkTree(() => this.walkBlocks(top.firstChild, part.to, previous));
        this.rereads.set(part.from, { tree, asText: asText.slice() });
        return true;
      } catch (error) {
        if (!(error instanceof Unsure))
          throw error;
        this.rollback(mark);
        this.lastLeaf = leafBefore;
      } finally {
        this.textBrackets = [];
      }
    }
    return false;
  }
  /** Drops the layout of lines `fromLine` to `toLine` (exclusive), to be laid out from another tree. */
  forgetLines(fromLine, toLine) {
    this.layout.chains.fill(void 0, fromLine, toLine);
    this.layout.prefixEnds.release(fromLine, toLine);
  }
  /** The top-level blocks from `first` to `to`; `previous`: the name of the block before them. */
  walkBlocks(first, to, previous) {
    for (let node = first; node && node.from < to; node = node.nextSibling) {
      this.blockChild(node.cursor(), nodeId.Document, 0, previous);
      previous = node.name;
    }
  }
  /**
   * `[from, to)` as micromark reads text over lines: each line after the first without the
   * prefixes of the containers it continues (its own indent is text).
   */
  textOverLines(from, to) {
    const source = this.source;
    let end = source.indexOf("\n", from);
    if (end === -1 || end >= to)
      return source.slice(from, to);
    const { prefixEnds } = this.layout;
    let text3 = "";
    let at2 = from;
    for (; end !== -1 && end < to; end = source.indexOf("\n", at2)) {
      text3 += source.slice(at2, end + 1);
      const line = this.lineOf(end + 1);
      const count2 = prefixEnds.count(line);
      if (count2 === 0 || splitColumns(this.layout, line, count2 - 1) > 0)
        unsure("multi-line reference label");
      at2 = Math.max(end + 1, prefixEnds.last(line));
    }
    return text3 + source.slice(at2, to);
  }
  /** An undefined reference was found nested (its facts are not read): the walk gives up on its part. */
  nested = false;
  /**
   * Walks the blocks of one tree (`walk`) from the state its inline texts start in, and gives up
   * on it at the end if an undefined reference was found nested in it.
   */
  walkTree(walk) {
    this.nested = false;
    this.rowChecked = -1;
    walk();
    if (!this.nested)
      return;
    this.nested = false;
    unsure("undefined reference nested");
  }
  noteTextBrackets(open, close, label) {
    this.partBrackets.push(open, close);
    this.textIdentifiers.push(normalizeIdentifier(label));
  }
  identifierOf(label) {
    const raw = this.source.slice(label.from + 1, label.to - 1);
    if (raw.includes("\n"))
      unsure("multi-line label");
    return normalizeIdentifier(raw).toLowerCase();
  }
  /*
   * The walk moves a cursor through the tree and leaves it where it found it. A cursor makes no
   * object for a node inside one of lezer's buffers (inline content, table rows); blocks are
   * lezer's own nodes, which `cursor.node` hands over as they are, for the rarer checks that ask
   * about their neighbours.
   */
  /** The blocks in the cursor's node. */
  block(cursor, listDepth) {
    const parent = cursor.type.id;
    if (!cursor.firstChild())
      return;
    let previous = null;
    do {
      const name2 = cursor.name;
      this.blockChild(cursor, parent, listDepth, previous);
      if (name2 !== "QuoteMark")
        previous = name2;
    } while (cursor.nextSibling());
    cursor.parent();
  }
  /** The block at the cursor, in a node of type `parent`; `previous`: the name of the sibling before it, if any. */
  blockChild(cursor, parent, listDepth, previous) {
    const name2 = cursor.name;
    const child = cursor.node;
    if (!containerOrMark.has(name2))
      this.lastLeaf = name2;
    if ((name2 === "Paragraph" || name2.startsWith("Setext")) && previous === "Paragraph" && !this.blankBefore(child.from))
      unsure("paragraph split");
    switch (name2) {
      case "Paragraph": {
        if (parent === nodeId.ListItem && /^\[[ xX]\][ \t]*(?:\n|$)/.test(this.source.slice(child.from, child.from + 12)))
          unsure("task marker alone on its line");
        const continuation = this.continuationOf(child);
        if (continuation && this.source.charCodeAt(continuation.items[0].markFrom) === 45)
          this.heading(cursor, continuation.items[0]);
        else
          this.inlineContainer(cursor, child.from, child.to, null, false, continuation);
        break;
      }
      case "ATXHeading1":
      case "ATXHeading2":
      case "ATXHeading3":
      case "ATXHeading4":
      case "ATXHeading5":
      case "ATXHeading6":
      case "SetextHeading1":
      case "SetextHeading2":
        this.heading(cursor);
        break;
      case "BulletList":
      case "OrderedList": {
        const list2 = this.layout.lists.get(child.from);
        if (list2?.to !== child.to)
          return unsure("list not laid out");
        const absorbed = this.layout.continuations.get(child.from) ?? 0;
        if (absorbed === list2.items.length)
          break;
        const items = [];
        for (let index = absorbed; index < list2.items.length; index++) {
          const item = list2.items[index];
          if (item.markFrom === -1)
            unsure("list item without mark");
          items.push(this.position(item.markFrom, item.contentEnd));
        }
        const firstMarkTo = list2.items[absorbed]?.markTo ?? -1;
        if (items.length === 0)
          unsure("empty list");
        if ((this.lastLeaf === "CodeBlock" || this.lastLeaf === unseenCode) && firstMarkTo !== -1 && isBlankTo(this.source, firstMarkTo, lineEndAt(this.source, firstMarkTo)))
          unsure("empty list item after indented code");
        if (child.to > items[items.length - 1].end.offset && child.to < lineEndAt(this.source, child.to))
          unsure("list ending in whitespace on a blank quote line");
        if (name2 === "OrderedList" && (this.lastLeaf === unseenCode || this.lastLeaf === "CodeBlock") && !/^1[.)]/.test(this.source.slice(items[0].start.offset, items[0].start.offset + 2))) {
          if (this.lastLeaf === unseenCode)
            unsure("ordered list not at 1 after indented code in another tree");
          if (this.layout.continuations.size > 0)
            unsure("ordered list not at 1 after code after absorbed empty items");
        }
        this.facts.lists.push({
          ordered: name2 === "OrderedList",
          depth: listDepth,
          position: { start: items[0].start, end: this.point(child.to) },
          items: items.slice()
        });
        this.block(cursor, listDepth + 1);
        break;
      }
      case "ListItem":
      case "Blockquote":
        this.block(cursor, listDepth);
        break;
      case "Task": {
        const marker = child.getChild("TaskMarker");
        if (!marker)
          unsure("task without marker");
        if (isBlankTo(this.source, marker.to, lineEndAt(this.source, marker.to)))
          unsure("task with an empty first line");
        this.inlineContainer(cursor, skipSpace2(this.source, marker.to, child.to), child.to, null, false);
        break;
      }
      case "Table":
        this.table(cursor);
        break;
      case "LinkReference":
        this.definition(child);
        break;
      case "HTMLBlock":
      case "CommentBlock":
      case "ProcessingInstructionBlock":
        this.htmlBlock(child);
        break;
      case "FencedCode":
        if (parent !== nodeId.Document && child.getChildren("CodeMark").length < 2)
          unsure("unclosed fence in container");
        break;
      case "CodeBlock":
        break;
      case "HorizontalRule":
        break;
      case "ListMark":
      case "QuoteMark":
        break;
      default:
        unsure("unknown block");
    }
  }
  /**
   * The heading at the cursor; with `underline`, the paragraph at the cursor, which that empty item
   * (a `-`) below it makes a setext heading for CommonMark.
   */
  heading(cursor, underline = null) {
    const node = cursor.node;
    const setext = underline !== null || node.name.startsWith("Setext");
    const depth = underline ? 2 : setext ? node.name.endsWith("1") ? 1 : 2 : Number(node.name.slice(-1));
    let from;
    let to;
    let end;
    if (setext) {
      let underlineTo;
      from = node.from;
      if (underline) {
        to = node.to;
        underlineTo = underline.markTo;
      } else {
        const mark = node.lastChild;
        if (mark?.name !== "HeaderMark")
          return unsure("setext without underline");
        to = this.source.lastIndexOf("\n", mark.from);
        underlineTo = mark.to;
      }
      end = lineEndAt(this.source, underlineTo);
      let before = node.prevSibling;
      while (before?.name === "QuoteMark")
        before = before.prevSibling;
      if (before?.name === "LinkReference" && !this.blankBefore(node.from))
        unsure("setext heading after a definition");
    } else {
      const open = node.firstChild;
      if (open?.name !== "HeaderMark" || open.from !== node.from)
        return unsure("ATX without mark");
      from = skipSpace2(this.source, open.to, node.to);
      to = node.to;
      const close = node.lastChild;
      if (close && close.from !== open.from && close.name === "HeaderMark")
        to = close.from;
      end = node.to;
    }
    const sink = { collect: true, full: "", plain: "", hidden: false, inLink: false, inTable: false };
    const anchorIndex = this.facts.anchors.length;
    this.inlineContainer(cursor, from, to, sink, false);
    const slug = this.pendingSlug(sink.plain);
    this.facts.headings.push({ depth, text: sink.full, slug, position: this.position(node.from, end) });
    this.facts.anchors.splice(anchorIndex, 0, slug);
  }
  table(cursor) {
    const node = cursor.node;
    const header = node.getChild("TableHeader");
    const delimiter = node.getChildren("TableDelimiter").find((child) => child.from > (header?.to ?? node.from));
    if (!header || !delimiter)
      return unsure("table without header");
    if (this.indentAt(delimiter.from) > 3)
      unsure("table delimiter row indented");
    const cells = rowCells(this.source.slice(header.from, header.to));
    const columns = this.source.slice(delimiter.from, delimiter.to).replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").length;
    if (cells !== columns)
      unsure("table column count");
    if (!cursor.firstChild())
      return;
    do {
      const row = cursor.name;
      if (row !== "TableHeader" && row !== "TableRow")
        continue;
      const line = this.source.slice(cursor.from, lineEndAt(this.source, cursor.from));
      if (!line.includes("|") || blockStart.test(line.trimStart()))
        unsure("table row that could start a block");
      if (this.indentAt(cursor.from) > 3)
        unsure("table row indented as code");
      if (!cursor.firstChild())
        continue;
      do {
        const cell = cursor.name;
        if (cell === "TableCell")
          this.inlineContainer(cursor, cursor.from, cursor.to, null, true);
        else if (cell !== "TableDelimiter")
          unsure("table cell kind");
      } while (cursor.nextSibling());
      cursor.parent();
    } while (cursor.nextSibling());
    cursor.parent();
  }
  /**
   * The columns of whitespace before `offset` past its line's container prefixes (with the rest
   * of a tab they end inside); a tab among them counts as 4.
   */
  indentAt(offset) {
    const line = this.lineOf(offset);
    const { prefixEnds } = this.layout;
    const count2 = prefixEnds.count(line);
    const start = count2 > 0 ? prefixEnds.last(line) : this.lineStarts[line];
    const indent = this.source.slice(start, offset);
    return (indent.includes("	") ? 4 : indent.length) + (count2 > 0 ? splitColumns(this.layout, line, count2 - 1) : 0);
  }
  definition(node) {
    const label = node.getChild("LinkLabel");
    if (!label)
      return unsure("definition without label");
    const raw = this.source.slice(label.from + 1, label.to - 1);
    const identifier = this.identifierOf(label);
    const destination = node.getChild("URL");
    if (destination && this.source.charCodeAt(destination.from) !== 60 && !parenthesesClose(this.source, destination))
      unsure("definition destination with an open parenthesis");
    this.found.push(normalizeIdentifier(raw));
    const url = destination ? this.url(destination.from, destination.to) : "";
    let end = node.to;
    while (isSpace(this.source.charCodeAt(end)))
      end++;
    if (end < this.source.length && this.source.charCodeAt(end) !== 10)
      end = node.to;
    const position2 = this.position(node.from, end);
    this.afterDefinition(node);
    const labelText = decodeString(raw);
    this.facts.links.push({
      kind: "definition",
      url,
      position: position2,
      destination: findDestination(this.text, destinationShim("definition", node.from, position2.end.offset, void 0)),
      text: labelText
    });
    this.facts.definitions.push({ identifier, label: labelText, url, position: position2 });
  }
  /** For CommonMark a definition is the start of a paragraph: the next line may continue it. */
  afterDefinition(node) {
    const line = this.point(node.to).line;
    if (line >= this.lineStarts.length)
      return;
    const { chains, prefixEnds } = this.layout;
    const own = chains[line - 1] ?? outside;
    const next = chains[line] ?? outside;
    if (next.length !== own.length || own.some((container, index) => next[index] !== container))
      return;
    if (prefixEnds.count(line) <= own.length)
      return;
    if (splitColumns(this.layout, line, own.length) > 0)
      unsure("tab split by an item indent");
    const rest = prefixEnds.at(line, own.length);
    const end = lineEndAt(this.source, rest);
    if (isBlankTo(this.source, rest, end))
      return;
    const indent = skipSpace2(this.source, rest, end) - rest;
    if (this.source.slice(rest, rest + indent).includes("	"))
      unsure("tab after a definition");
    const sibling = node.nextSibling;
    if (indent < 4 && sibling?.name === "LinkReference" && this.point(sibling.from).line === line + 1)
      return;
    const text3 = this.source.slice(rest + indent, end);
    if (indent < 4 && definiteInterrupter(text3))
      return;
    if (indent < 4 && notInterrupting.test(text3))
      return;
    unsure("line right after a definition");
  }
  /** The destination at `from`..`to`, decoded. */
  url(from, to) {
    let raw = this.source.slice(from, to);
    if (raw.startsWith("<"))
      raw = raw.slice(1, -1);
    if (raw.includes("\n"))
      unsure("multi-line url");
    return decodeString(raw);
  }
  htmlBlock(node) {
    const topLevel = node.parent?.name === "Document";
    const line = this.lineOf(node.from);
    const { prefixEnds } = this.layout;
    if (splitColumns(this.layout, line, prefixEnds.count(line) - 1) > 0)
      unsure("tab split by an item indent");
    if (prefixEnds.count(line) !== (this.layout.chains[line] ?? outside).length + 1)
      unsure("html on a lazy line");
    const from = Math.min(node.from, prefixEnds.last(line));
    const to = htmlBlockEnd(this.source, node);
    const value = topLevel ? this.source.slice(from, to) : this.htmlOverLines(from, to, false);
    if (!topLevel && unclosedHtml(value))
      unsure("unclosed html in container");
    if (!topLevel && /\n[ \t]*(?:\n|$)/.test(value) && !htmlEnds.some(([open]) => open.test(value)))
      unsure("blank quote line in html");
    collectHtml(value, this.position(from, to), this.text, this.locator, this.facts);
  }
  /**
   * The value micromark gives HTML over lines, `[from, to)`: each line after the first without the
   * prefixes of the containers it continues. A block's lines keep their own indent; inline HTML's
   * lose up to three spaces more (their line prefix), and may be lazy (continuing fewer containers).
   */
  htmlOverLines(from, to, inline) {
    const { source } = this;
    const { chains, prefixEnds, splitTabs } = this.layout;
    let value = "";
    let at2 = from;
    for (let end = source.indexOf("\n", from); end !== -1 && end < to; end = source.indexOf("\n", at2)) {
      value += source.slice(at2, end + 1);
      const line = this.lineOf(end + 1);
      if (prefixEnds.count(line) === 0 || splitTabs?.has(line))
        unsure("html over a split tab");
      const start = prefixEnds.last(line);
      if (inline) {
        at2 = start;
        for (let spaces = 0; spaces < 3 && source.charCodeAt(at2) === 32; spaces++)
          at2++;
        if (source.charCodeAt(at2) === 9 && at2 - start < 3)
          unsure("tab in inline html");
        continue;
      }
      at2 = Math.max(end + 1, start);
      if (prefixEnds.count(line) !== (chains[line] ?? outside).length + 1 && at2 !== lineEndAt(source, at2))
        unsure("white space in html in a container");
    }
    return value + source.slice(at2, to);
  }
  // Inline content.
  /** The empty items (the first `count` of `items`) CommonMark reads as this paragraph's last lines, if any. */
  continuationOf(paragraph) {
    if (this.layout.continuations.size === 0)
      return null;
    const next = paragraph.nextSibling;
    const count2 = next ? this.layout.continuations.get(next.from) : void 0;
    if (count2 === void 0)
      return null;
    const items = this.layout.lists.get(next.from)?.items;
    if (!items || items.length < count2 || items[0].markFrom === -1)
      return unsure("list item without mark");
    return { items, count: count2 };
  }
  /** The inline content of the node at the cursor, `from`..`to`. */
  inlineContainer(cursor, from, to, sink, inTable, continuation = null) {
    const own = sink ?? (inTable ? uncollectedCell : uncollected);
    this.openBrackets = 0;
    this.inlineStart = inTable ? -1 : from;
    this.inlineFrom = inTable ? lineStartAt(this.source, from) : from;
    this.inlineTo = inTable ? lineEndAt(this.source, from) : to;
    this.loneTilde = inTable ? singleTildes(this.source, this.inlineFrom, this.inlineTo) < 2 : !singleTildesMayPair(this.source, from, to) || sink === null && !besideTildes.test(this.source.slice(from, to));
    const end = trimEnd(this.source, from, to);
    this.pairsMatter = sink !== null || this.bracketPairs.within(from, end) || this.urlStarts.within(from, end);
    if (this.pairsMatter && !(inTable && this.rowChecked === this.inlineFrom)) {
      if (inTable)
        this.rowChecked = this.inlineFrom;
      if (rulesOfThreeMayPart(this.source, inTable ? this.inlineFrom : from, inTable ? this.inlineTo : end) && (inTable || continuation !== null || !emphasisPairsAgree(this.source, cursor.node, from, end)))
        unsure("emphasis runs micromark may pair otherwise");
    }
    for (let index = inTable ? -1 : this.source.indexOf("\n", from); index !== -1 && index < end; ) {
      let next = index + 1;
      while (isSpace(this.source.charCodeAt(next)))
        next++;
      this.continuationLine(next);
      index = this.source.indexOf("\n", next);
    }
    const type = cursor.type.id;
    try {
      this.inline(cursor, from, end, own);
    } catch (error) {
      if (!(error instanceof NestedReference))
        throw error;
      while (cursor.type.id !== type || cursor.from > from)
        cursor.parent();
      this.nested = true;
      this.runStart = -1;
      return;
    }
    if (continuation) {
      let at2 = to;
      for (let index = 0; index < continuation.count; index++) {
        const { markFrom, markTo } = continuation.items[index];
        const lineEnd3 = lineEndAt(this.source, at2);
        this.addText(lineEnd3, lineEnd3 + 1, "\n", own);
        this.addText(markFrom, markTo, this.source.slice(markFrom, markTo), own);
        at2 = markTo;
      }
    }
    this.endRun();
  }
  /** The inline children of the node at the cursor between `from` and `to`, and the text between them. */
  inline(cursor, from, to, sink) {
    let at2 = from;
    if (cursor.firstChild()) {
      do {
        if (cursor.to <= from)
          continue;
        if (cursor.from >= to)
          break;
        if (cursor.from > at2)
          at2 = this.gap(at2, cursor.from, sink, to);
        if (cursor.to <= at2)
          continue;
        at2 = Math.max(at2, cursor.to);
        this.inlineNode(cursor, sink);
      } while (cursor.nextSibling());
      cursor.parent();
    }
    if (at2 < to)
      this.gap(at2, to, sink);
  }
  /** The inline node at the cursor. */
  inlineNode(cursor, sink) {
    const source = this.source;
    const { from, to } = cursor;
    switch (cursor.type.id) {
      case nodeId.QuoteMark:
      case nodeId.EmphasisMark:
      case nodeId.StrikethroughMark:
        return;
      case nodeId.Escape: {
        this.addText(from, to, source.charAt(from + 1), sink);
        return;
      }
      case nodeId.Entity: {
        this.addText(from, to, decodeString(source.slice(from, to)), sink);
        return;
      }
      case nodeId.HardBreak:
        this.endRun();
        return;
      case nodeId.Emphasis:
      case nodeId.StrongEmphasis:
      case nodeId.Strikethrough: {
        this.endRun();
        if (source.charCodeAt(from) === 126 && source.charCodeAt(from + 1) !== 126)
          unsure("single tilde");
        if (cursor.type.id === nodeId.Strikethrough && (sink.collect || this.pairsMatter) && [from - 1, from + 2, to - 3, to].some((at2) => source.charCodeAt(at2) === 126))
          unsure("strikethrough in a longer run of tildes");
        if (source.charCodeAt(from) === 95 && this.atSigns.within(from, source.length)) {
          const marks = cursor.type.id === nodeId.Emphasis ? 1 : 2;
          for (const at2 of [from, to - marks])
            if (literalAutolinkAt(source, at2, source.length, this.previousCode(at2)))
              unsure("literal autolink at emphasis");
        }
        this.inline(cursor, from, to, sink);
        this.endRun();
        return;
      }
      case nodeId.InlineCode: {
        this.endRun();
        if (!cursor.firstChild())
          return unsure("code without marks");
        const openTo = cursor.to;
        let closeFrom = cursor.from;
        while (cursor.nextSibling())
          closeFrom = cursor.from;
        cursor.parent();
        let value = source.slice(openTo, closeFrom);
        if (sink.collect && value.includes("\n"))
          unsure("multi-line code");
        if (value.length > 1 && value.startsWith(" ") && value.endsWith(" ") && /[^ ]/.test(value))
          value = value.slice(1, -1);
        if (sink.inTable)
          value = value.replace(/\\([\\|])/g, (all, char) => char === "|" ? char : all);
        collectBoth(sink, value);
        return;
      }
      case nodeId.HTMLTag:
      case nodeId.Comment:
      case nodeId.ProcessingInstruction: {
        this.endRun();
        let value = source.slice(from, to);
        if (value.includes("\n")) {
          if (hasAncestor(cursor.node, "Blockquote"))
            unsure("html in blockquote");
          value = this.htmlOverLines(from, to, true);
        }
        if (!sink.hidden)
          collectHtml(value, this.position(from, to), this.text, this.locator, this.facts);
        if (sink.collect)
          sink.full += value;
        return;
      }
      case nodeId.Autolink: {
        this.endRun();
        const raw = source.slice(from + 1, to - 1);
        if (!sink.hidden)
          this.facts.links.push({
            kind: "link",
            url: /^[a-z][a-z\d+.-]{1,31}:/i.test(raw) ? raw : "mailto:" + raw,
            position: this.position(from, to),
            destination: null,
            text: raw
          });
        collectBoth(sink, raw);
        return;
      }
      case nodeId.Link:
      case nodeId.Image:
        this.link(cursor, sink);
        return;
      default:
        unsure("unknown inline");
    }
  }
  /** The link or image at the cursor. */
  link(cursor, sink) {
    const source = this.source;
    const { from, to } = cursor;
    const image = cursor.type.id === nodeId.Image;
    if (sink.inLink && !image)
      unsure("link in link");
    if (!cursor.firstChild() || cursor.type.id !== nodeId.LinkMark)
      return unsure("link without mark");
    const openTo = cursor.to;
    let closeFrom = -1;
    let closeTo = -1;
    let resource = false;
    let labelFrom = -1;
    let labelTo = -1;
    let urlFrom = -1;
    let urlTo = -1;
    let afterClose = false;
    while (cursor.nextSibling()) {
      const type = cursor.type.id;
      if (afterClose) {
        afterClose = false;
        if (type === nodeId.LinkMark && source.charCodeAt(cursor.from) === 40)
          resource = true;
        else if (type === nodeId.LinkLabel) {
          labelFrom = cursor.from;
          labelTo = cursor.to;
        }
      } else if (closeFrom === -1 && type === nodeId.LinkMark && source.charCodeAt(cursor.from) === 93 && cursor.to - cursor.from === 1) {
        closeFrom = cursor.from;
        closeTo = cursor.to;
        afterClose = true;
      }
      if (type === nodeId.URL && urlFrom === -1) {
        urlFrom = cursor.from;
        urlTo = cursor.to;
      }
    }
    cursor.parent();
    if (closeFrom === -1)
      return unsure("link without close");
    if (urlFrom !== -1 && source.charCodeAt(urlFrom) !== 60 && !parenthesesClose(source, { from: urlFrom, to: urlTo }))
      unsure("link destination with an open parenthesis");
    const labelled = labelFrom !== -1;
    const raw = resource ? "" : labelled && labelTo - labelFrom > 2 ? this.textOverLines(labelFrom + 1, labelTo - 1) : this.textOverLines(openTo, closeFrom);
    if (!resource) {
      if (!this.defined.has(normalizeIdentifier(raw))) {
        if (this.openBrackets > 0 || sink.inLink || sink.hidden) {
          this.noteTextBrackets(openTo - 1, closeFrom, raw);
          throw new NestedReference();
        }
        const afterBracket = source.charAt(from - 1) === "]" && !this.textBrackets.includes(from - 1);
        if (labelled && /[[(]/.test(source.charAt(to)) || afterBracket) {
          if (labelled && !afterBracket)
            this.noteTextBrackets(openTo - 1, closeFrom, raw);
          unsure("undefined reference beside brackets");
        }
        const inside = source.slice(from, closeTo);
        const label = source.slice(closeTo, to);
        if (!/^!?\[[^[\]\n]*\]$/.test(inside) || !plainLabel.test(label) || this.delimitersAcross(inside, from, closeTo)) {
          if (!labelled)
            this.noteTextBrackets(openTo - 1, closeFrom, raw);
          unsure("undefined reference with syntax");
        }
        this.addText(from, openTo, source.slice(from, openTo), sink);
        const brackets2 = this.openBrackets;
        this.openBrackets = 1;
        this.inline(cursor, openTo, closeFrom, sink);
        this.openBrackets = brackets2;
        this.addText(closeFrom, to, source.slice(closeFrom, to), sink);
        return;
      }
      if (!labelled && source.charCodeAt(to) === 91)
        unsure("shortcut reference before a bracket");
    }
    this.endRun();
    if (rulesOfThreeMayPart(source, openTo, closeFrom) && !emphasisPairsAgree(source, cursor.node, openTo, closeFrom))
      unsure("emphasis runs micromark may pair otherwise");
    const linkIndex = this.facts.links.length;
    const referenceIndex = this.facts.references.length;
    const inner = {
      collect: true,
      full: "",
      plain: "",
      hidden: sink.hidden || image,
      inLink: sink.inLink || !image,
      inTable: sink.inTable
    };
    const brackets = this.openBrackets;
    this.openBrackets = 1;
    this.inline(cursor, openTo, closeFrom, inner);
    this.endRun();
    this.openBrackets = brackets;
    if (!sink.hidden) {
      const position2 = this.position(from, to);
      if (resource) {
        const url = urlFrom === -1 ? "" : this.url(urlFrom, urlTo);
        const lastEnd = !image && closeFrom > openTo ? closeFrom : void 0;
        this.facts.links.splice(linkIndex, 0, {
          kind: image ? "image" : "link",
          url,
          position: position2,
          destination: findDestination(this.text, destinationShim(image ? "image" : "link", from, to, lastEnd)),
          text: inner.full
        });
      } else {
        const reference = {
          kind: image ? "image" : "link",
          identifier: normalizeIdentifier(raw).toLowerCase(),
          label: decodeString(raw),
          position: position2,
          defined: true
        };
        this.facts.references.splice(referenceIndex, 0, reference);
      }
    }
    if (sink.collect) {
      sink.full += inner.full;
      if (!image)
        sink.plain += inner.plain;
    }
  }
  /**
   * Whether emphasis or strikethrough delimiters inside `inside` (at `from`..`to`) could pair with
   * others in the same inline text outside it.
   */
  delimitersAcross(inside, from, to) {
    const delimiters = /[*_]|~~/.test(inside) || inside.includes("~") && !this.loneTilde;
    if (!delimiters)
      return false;
    const outside2 = /[*_~]/;
    return outside2.test(this.source.slice(this.inlineFrom, from)) || outside2.test(this.source.slice(to, this.inlineTo));
  }
  /** Plain text between inline nodes: line prefixes and suffixes dropped, literal autolinks found. */
  gap(from, to, sink, limit = to) {
    const source = this.source;
    let chunk = from;
    let index = from;
    while (chunk < to && isSpace(source.charCodeAt(chunk)) && this.atLineStart(chunk))
      chunk++;
    index = chunk;
    while (index < to) {
      const code = source.charCodeAt(index);
      if (code === 10) {
        let end = index;
        while (end > chunk && isSpace(source.charCodeAt(end - 1)))
          end--;
        if (end > chunk)
          this.addText(chunk, end, source.slice(chunk, end), sink);
        this.addText(index, index + 1, "\n", sink);
        index++;
        while (index < to && isSpace(source.charCodeAt(index)))
          index++;
        chunk = index;
        continue;
      }
      if (code === 126 && !this.loneTilde && source.charCodeAt(index + 1) !== 126 && source.charCodeAt(index - 1) !== 126)
        unsure("single tilde");
      if (code === 91)
        this.openBrackets++;
      else if (code === 93 && this.openBrackets > 0)
        this.openBrackets--;
      else if (code < 128 && isCandidate(code) && !sink.hidden && this.openBrackets === 0) {
        const previous = index === chunk ? this.previousCode(index) : source.charCodeAt(index - 1);
        if (previous === null || !isAsciiAlpha(previous)) {
          const literal2 = literalAutolinkAt(source, index, source.length, previous, this.atSigns.within(index, source.length));
          if (literal2) {
            if (literal2.end > to && (literal2.end > limit || !onlyEscapes(source, to, literal2.end))) {
              if (source.charCodeAt(to) === 91)
                this.partBrackets.push(to);
              unsure("literal autolink past inline");
            }
            if (index > chunk)
              this.addText(chunk, index, source.slice(chunk, index), sink);
            this.endRun();
            const raw = source.slice(literal2.start, literal2.end);
            this.facts.links.push({
              kind: "link",
              url: literal2.kind === "www" ? "http://" + raw : literal2.kind === "email" ? "mailto:" + raw : raw,
              position: this.position(literal2.start, literal2.end),
              destination: null,
              text: raw
            });
            collectBoth(sink, raw);
            index = chunk = literal2.end;
            continue;
          }
        }
      }
      index++;
    }
    if (to > chunk)
      this.addText(chunk, to, source.slice(chunk, to), sink);
    return Math.max(to, chunk);
  }
  /**
   * Checks a continuation line of a paragraph or heading, at `index` (past the whitespace at its
   * start, or at a quote marker): one that could start a block (or make the line above a table's
   * header) is where lezer and micromark may part.
   */
  continuationLine(index) {
    const source = this.source;
    const { first, deep, lazy } = this.continuationStart(index);
    if (!deep) {
      const start = source.slice(first, first + 12);
      if (blockStart.test(start) && (lazy || !notInterrupting.test(start)) && !notFence.test(source.slice(first, lineEndAt(source, first))))
        unsure("continuation line could start block");
    }
    const line = source.slice(first, lineEndAt(source, first));
    if (delimiterRow.test(line) && /[|:]/.test(line))
      unsure("table delimiter row in a paragraph");
  }
  /**
   * Where a paragraph's continuation line starts after its containers' prefixes (`index`: past
   * the whitespace at its start, or at a quote marker), and whether it is indented 4 or more
   * columns past them: then no block can start there and it continues the paragraph.
   */
  continuationStart(index) {
    const line = this.lineOf(index);
    const { prefixEnds } = this.layout;
    const chain = this.layout.chains[line] ?? outside;
    const count2 = prefixEnds.count(line);
    if (count2 !== chain.length + 1) {
      if (count2 === 0)
        return { first: index, deep: false, lazy: true };
      const start2 = prefixEnds.last(line);
      let first2 = start2;
      while (this.source.charCodeAt(first2) === 32)
        first2++;
      return { first: index, deep: first2 - start2 >= 4, lazy: true };
    }
    const start = prefixEnds.last(line);
    let first = start;
    while (isSpace(this.source.charCodeAt(first)))
      first++;
    const split = splitColumns(this.layout, line, count2 - 1);
    return {
      first,
      deep: split + first - start >= 4 && !this.source.slice(start, first).includes("	"),
      lazy: false
    };
  }
  /** Whether the line before the one `offset` is on is blank (or there is none). */
  blankBefore(offset) {
    const lineStart = this.source.lastIndexOf("\n", offset - 1);
    if (lineStart <= 0)
      return true;
    const previousStart = this.source.lastIndexOf("\n", lineStart - 1) + 1;
    return /^[ \t>]*$/.test(this.source.slice(previousStart, lineStart));
  }
  /** micromark's `previous` for a literal autolink starting at `index`. */
  previousCode(index) {
    if (index === 0)
      return null;
    if (this.atLineStart(index) || index === this.inlineStart)
      return 10;
    const code = this.source.codePointAt(index - 1);
    if (code >= 56320 && code <= 57343 && index > 1)
      return this.source.codePointAt(index - 2);
    return code;
  }
  atLineStart(index) {
    return atLineStartIn(this.source, index);
  }
  addText(from, to, value, sink) {
    if (this.runStart === -1) {
      this.runStart = from;
      this.runValue = "";
      this.runInLink = sink.inLink;
      this.runHidden = sink.hidden;
    }
    this.runEnd = to;
    this.runValue += value;
    collectBoth(sink, value);
  }
  runHidden = false;
  layout;
  /** The inline text micromark pairs delimiters in: a paragraph's or heading's, or a table row's. */
  inlineFrom = 0;
  inlineTo = 0;
  /** Whether how the current inline text pairs its delimiters changes a fact. */
  pairsMatter = false;
  /** The start of the last table row whose emphasis runs were checked. */
  rowChecked = -1;
  /** The current inline content holds at most one single `~`: it is text for micromark too. */
  loneTilde = false;
  /** Where the current paragraph's or heading's text starts: a line start, for micromark. */
  inlineStart = -1;
  /** The last leaf block walked (document order). */
  lastLeaf = "";
  /** The text node is complete: `[text][label]` left as text is an undefined reference. */
  endRun() {
    const start = this.runStart;
    this.runStart = -1;
    if (start === -1 || this.runHidden)
      return;
    const end = this.runEnd;
    if (!this.runInLink && this.urlStarts.within(start, end))
      addLateLiteralLinks(this.facts.links, this.runValue, this.text.slice(start, end), start, this.locator);
    if (!this.bracketPairs.within(start, end))
      return;
    const source = this.text.slice(start, end);
    const matches = [...source.matchAll(fullReference)];
    if (matches.length === 0)
      return;
    const value = this.runValue;
    if (!value.includes("][") || !this.runInLink && autolinkLiteralSplits(value))
      return;
    for (const match of matches) {
      const label = match[2] || match[1];
      this.facts.references.push({
        kind: "link",
        identifier: label.toLowerCase().replace(/\s+/g, " ").trim(),
        label,
        position: this.position(start + match.index, start + match.index + match[0].length),
        defined: false
      });
    }
  }
};
var htmlEnds = [
  [/^\s*<!--/, /-->/],
  [/^\s*<\?/, /\?>/],
  [/^\s*<!\[CDATA\[/, /\]\]>/],
  [/^\s*<![A-Za-z]/, />/],
  [new RegExp(`^\\s*<(?:${rawHtmlNames})(?:\\s|>|$)`, "i"), new RegExp(`</(?:${rawHtmlNames})>`, "i")]
];
function unclosedHtml(value) {
  for (const [open, close] of htmlEnds)
    if (open.test(value))
      return !close.test(value.slice(value.indexOf("<") + 1));
  return false;
}
var unseenCode = "unseen CodeBlock";
var seenFromAnotherTree = (leaf) => leaf === "CodeBlock" ? unseenCode : leaf;
var containerOrMark = /* @__PURE__ */ new Set(["BulletList", "OrderedList", "ListItem", "Blockquote", "ListMark", "QuoteMark"]);
function collectBoth(sink, value) {
  if (!sink.collect)
    return;
  sink.full += value;
  sink.plain += value;
}
function sameSet(one, other) {
  if (one.size !== other.size)
    return false;
  for (const value of one)
    if (!other.has(value))
      return false;
  return true;
}
function isInline(name2) {
  return name2 === "Paragraph" || name2.startsWith("ATXHeading") || name2.startsWith("SetextHeading") || name2 === "TableCell";
}
function hasAncestor(node, name2) {
  for (let parent = node.parent; parent; parent = parent.parent)
    if (parent.name === name2)
      return true;
  return false;
}
function isCandidate(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 43 || code === 45 || code === 46 || code === 95;
}
var isSpace = (code) => code === 32 || code === 9;
var isAsciiAlpha = (code) => code >= 65 && code <= 90 || code >= 97 && code <= 122;
function trimEnd(source, from, to) {
  while (to > from && (isSpace(source.charCodeAt(to - 1)) || source.charCodeAt(to - 1) === 10))
    to--;
  return to;
}
function isBlankTo(source, from, to) {
  return skipSpace2(source, from, to) === to;
}
function singleTildes(source, from, to) {
  let count2 = 0;
  for (let index = from; index < to; index++) {
    if (source.charCodeAt(index) !== 126)
      continue;
    let end = index + 1;
    while (source.charCodeAt(end) === 126)
      end++;
    if (end - index === 1)
      count2++;
    index = end;
  }
  return count2;
}
function singleTildesMayPair(source, from, to) {
  let opener = false;
  for (let index = from; index < to; ) {
    if (source.charCodeAt(index) !== 126) {
      index++;
      continue;
    }
    const { start, end } = runAt(source, index);
    index = end;
    if (end - start !== 1)
      continue;
    const before = start === from || atLineStartIn(source, start) ? whitespaceGroup : characterGroup(source.charCodeAt(start - 1));
    const after = end >= to ? whitespaceGroup : characterGroup(source.charCodeAt(end));
    const open = !after || after === punctuationGroup && Boolean(before);
    const close = !before || before === punctuationGroup && Boolean(after);
    if (close && opener)
      return true;
    if (open)
      opener = true;
  }
  return false;
}
function rulesOfThreeMayPart(source, from, to) {
  const both = [false, false];
  const length = [0, 0];
  const partly = [false, false];
  for (let index = from; index < to; ) {
    const code = source.charCodeAt(index);
    if (code !== 42 && code !== 95) {
      index++;
      continue;
    }
    const { start, end } = runAt(source, index);
    index = end;
    const size2 = end - start;
    if (size2 < 1)
      continue;
    const marker = code === 42 ? 0 : 1;
    if (size2 > 2 || length[marker] !== 0 && length[marker] !== size2)
      partly[marker] = true;
    length[marker] ||= size2;
    const previous = start === 0 ? 10 : source.charCodeAt(start - 1);
    const next = end >= source.length ? 10 : source.charCodeAt(end);
    if (code === 42 && (previous === 126 && !characterGroup(next) || next === 126 && !characterGroup(previous)))
      return true;
    const { open, close } = attentionSides(source, start, end);
    if (open && close)
      both[marker] = true;
    if (both[marker] && partly[marker])
      return true;
  }
  return false;
}
function runAt(source, index) {
  const code = source.charCodeAt(index);
  let end = index + 1;
  while (source.charCodeAt(end) === code)
    end++;
  let slashes = 0;
  while (source.charCodeAt(index - 1 - slashes) === 92)
    slashes++;
  return { start: slashes % 2 === 1 ? index + 1 : index, end };
}
function parenthesesClose(source, { from, to }) {
  let depth = 0;
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code === 92)
      index++;
    else if (code === 40)
      depth++;
    else if (code === 41)
      depth--;
  }
  return depth <= 0;
}
function lineStartAt(source, at2) {
  return source.lastIndexOf("\n", at2 - 1) + 1;
}
function lineEndAt(source, from) {
  const end = source.indexOf("\n", from);
  return end === -1 ? source.length : end;
}
function skipSpace2(source, from, to) {
  while (from < to && isSpace(source.charCodeAt(from)))
    from++;
  return from;
}
function rowCells(row) {
  let count2 = 0;
  let first = true;
  let content4 = false;
  for (let at2 = 0; at2 < row.length; at2++) {
    const code = row.charCodeAt(at2);
    if (code === 92) {
      content4 = true;
      at2++;
    } else if (code === 124) {
      if (!first || content4)
        count2++;
      first = false;
      content4 = false;
    } else if (code !== 32 && code !== 9)
      content4 = true;
  }
  return content4 ? count2 + 1 : count2;
}
function onlyEscapes(source, from, to) {
  for (let at2 = from; at2 < to; at2++) {
    const code = source.charCodeAt(at2);
    if (code === 92) {
      if (!isAsciiPunctuation(source.charCodeAt(at2 + 1)))
        continue;
      if (at2 + 1 === to)
        return false;
      at2++;
    } else if (mayStartMarkup(code))
      return false;
  }
  return true;
}
var mayStartMarkup = (code) => code === 38 || code === 96 || code === 42 || code === 95 || code === 126 || code === 91 || code === 93 || code === 33 || code === 60;
var isAsciiPunctuation = (code) => code >= 33 && code <= 47 || code >= 58 && code <= 64 || code >= 91 && code <= 96 || code >= 123 && code <= 126;
function readAsText(source, part, at2) {
  const sorted = [...at2].sort((a, b) => a - b);
  let result = "";
  let from = part.from;
  for (const index of sorted) {
    result += source.slice(from, index) + "%";
    from = index + 1;
  }
  return result + source.slice(from, part.to);
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
var sizeOptions = strictObject({
  bytes: number().int().positive().default(defaultMaxFileBytes).describe("The largest file linted, in bytes.")
});
var nestingOptions = strictObject({
  depth: number().int().positive().max(1e3).default(defaultNestingLimit).describe("How deep block quotes and lists may nest."),
  inline: number().int().positive().max(5e3).default(defaultInlineNestingLimit).describe("How deep emphasis and link brackets may nest within a paragraph.")
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
    description: "Block quotes and lists, and emphasis and links within a paragraph, must not nest deeper than their limits; a deeper file is reported and not linted.",
    rationale: "The markdown parser's work per line grows with the square of the containers open on it, and the tree it builds is walked recursively: thousands of nested list markers or `>` take minutes and overflow the stack. The nesting is measured from the text before parsing (two columns of indentation or list marker, or one `>`, per level), and a file past the limit is reported where it crosses it and not linted further. Emphasis costs the parser the square of its nesting (40,000 levels take minutes); within a paragraph each `*` or `_` that can only open emphasis, and each `[`, counts a level until closed.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    options: nestingOptions,
    ok: [
      { source: "# Lists\n\n- one\n  - two\n    - three\n", options: { depth: 3 } },
      {
        source: "# Emphasis\n\nSee *a _b *c d* e_ f* and [[[x](#emphasis)](#emphasis)](#emphasis).\n",
        options: { inline: 3 }
      }
    ],
    notOk: [
      {
        source: "# Lists\n\n- one\n  - two\n    - three\n      - four\n",
        options: { depth: 3 },
        findings: ["6:7: Unexpected block quotes and lists nested over 3 deep, expected at most 3 levels"]
      },
      {
        source: "# Emphasis\n\nSee *a _b *c _d e_ f* g_ h*.\n",
        options: { inline: 3 },
        findings: ["3:14: Unexpected emphasis and links nested over 3 deep, expected at most 3 levels"]
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
  const inline = deep ? null : findDeepInlineNesting(text3, limits.inline);
  const at2 = deep ?? inline;
  if (!at2)
    return null;
  const point2 = { line: at2.line, column: at2.column };
  return {
    rule: "max-nesting",
    reason: deep ? `Unexpected block quotes and lists nested over ${limits.depth} deep, expected at most ${limits.depth} levels` : `Unexpected emphasis and links nested over ${limits.inline} deep, expected at most ${limits.inline} levels`,
    position: { start: point2, end: point2 }
  };
}

// ../../packages/lint/dist/engine/flat-string.js
function flatString(text3) {
  anyNul.test(text3);
  return text3;
}
var anyNul = /\0/;

// ../../packages/lint/dist/engine/rule.js
function findingOf(ruleId, reported) {
  const finding = { ruleId, reason: flatString(reported.reason), position: reported.position };
  if (reported.cause)
    finding.cause = reported.cause;
  if (reported.fix)
    finding.fix = reported.fix;
  return finding;
}
function indexFor(indexes, role) {
  return role.against === "upstream" && indexes.upstream ? indexes.upstream : indexes.local;
}

// ../../packages/lint/dist/engine/lint-file.js
function contentHash(text3) {
  return hash("sha1", text3);
}
function outcomeHash(text3, encoding) {
  return contentHash(encoding ? `${text3}\0${encoding.reason}` : text3);
}
function lintFileText(text3, job, rules, settings) {
  const source = job.encoding?.binary ? "" : text3;
  const limit = exceededLimit(source, job.oversize ?? 0, limitsOf(rules));
  if (limit)
    return limitedOutcome(text3, job, rules, settings, limit);
  let root;
  const tree = () => root ??= parseMarkdown(source);
  let partBytes = 0;
  const fast = collectFactsFast(source, (_reason, part) => {
    if (part)
      partBytes += part.to - part.from;
  });
  const facts = fast ?? collectFactsFromEvents(source);
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
      report: (finding) => findings.push(findingOf(rule.meta.id, finding))
    });
  }
  return {
    path: job.path,
    hash: outcomeHash(text3, job.encoding),
    facts: { ...facts, lists: [] },
    findings,
    ...fast ? {} : { handedBack: true },
    ...fast && partBytes > 0 ? { handedBackBytes: partBytes } : {}
  };
}
function limitsOf(rules) {
  const option = (id, name2) => rules.find(({ rule }) => rule.meta.id === id)?.options?.[name2];
  return {
    bytes: option("max-file-size", "bytes") ?? defaultMaxFileBytes,
    depth: option("max-nesting", "depth") ?? defaultNestingLimit,
    inline: option("max-nesting", "inline") ?? defaultInlineNestingLimit
  };
}
function limitedOutcome(text3, job, rules, settings, limit) {
  const facts = { ...emptyFacts(countLines(location(text3), text3)), limit };
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
      report: (finding) => findings.push(findingOf(rule.meta.id, finding))
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
    options: strictObject({}),
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
    options: strictObject({}),
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
      const hash2 = place.written.indexOf("#");
      const final = finalUrl(result.redirect.to, hash2 >= 0 ? place.written.slice(hash2) : "");
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
    options: strictObject({}),
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
function finalUrl(location2, fragment) {
  if (/[\u0000-\u0020\u007f-\u009f<>"`\\]/.test(location2))
    return null;
  let url;
  try {
    url = new URL(location2);
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

// ../../packages/lint/dist/rules/no-missing-anchor.js
var noMissingAnchor = defineProjectRule({
  meta: {
    id: "no-missing-anchor",
    description: "Fragments must name a heading or an HTML `id`/`name` in the target file.",
    rationale: "GitHub slugs headings with its own algorithm (github-slugger: lower case, punctuation dropped, `-1`, `-2` for repeats; headings with links or code slug their text) and keeps every HTML `id` and `name` attribute of a tag, prefixed `user-content-` (a fragment may carry the prefix or not). A fragment that matches none of them scrolls nowhere; `#top` (in any case) lands on every page. HTML inside a comment is neither an anchor nor a link. `#L10-L20` line fragments are accepted on files GitHub shows as source (see `line-fragment-plain` for markdown). A fragment on a directory scrolls in its README (`README.md`, `readme.markdown`, any case); on a directory without one it is missing. GitHub matches fragments in any case, so `#Setting-Up` reaches `#setting-up` and is accepted; with `anchorCase: exact` such fragments are reported, for documents that are also published where fragments are case-sensitive.",
    scope: "any",
    defaultSeverity: "error",
    fixable: false,
    options: strictObject({
      anchorCase: _enum(["fold", "exact"]).default("fold").describe("`fold` accepts a fragment in any case, as GitHub does; `exact` reports one that differs in case.")
    }),
    ok: [
      { source: "# Guide\n\n## Setting up\n\nSee [setup](#setting-up) and [Setup](#Setting-Up).\n" },
      {
        source: "See [the guide](guide#setup) and [its readme](https://github.com/kubernetes/community/tree/main/contributors/devel/guide#readme).\n",
        path: "contributors/devel/README.md",
        tree: { "contributors/devel/guide/readme.markdown": "# Guide\n\n## Setup\n" }
      },
      { source: "# Guide\n\nText.\n\n[Back to top](#top), [Top](#TOP)\n" },
      {
        source: '# Guide\n\n<a id="install" name="setup"></a>\n<p id="para"><span name="inner">Text</span></p>\n\n[a](#install) [b](#setup) [c](#para) [d](#inner)\n'
      },
      {
        source: "# Guide\n\nSee [setting up](other.md#user-content-setting-up).\n",
        tree: { "docs/other.md": "# Other\n\n## Setting up\n" }
      },
      { source: '# Guide\n\n<!-- <a href="#old-section">Old section</a> -->\n' }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\nSee [setup](#setting-upp).\n",
        findings: [
          "5:5: Unexpected missing anchor `#setting-upp` in this file, expected a heading or HTML id; did you mean `#setting-up`"
        ]
      },
      {
        source: "# Guide\n\n## Setting up\n\nSee [Setup](#Setting-Up).\n",
        options: { anchorCase: "exact" },
        findings: [
          "5:5: Unexpected fragment `#Setting-Up` in this file, expected `#setting-up` (GitHub matches it only in any case)"
        ]
      },
      {
        source: "See [images](images#logo).\n",
        path: "contributors/devel/README.md",
        tree: { "contributors/devel/images/logo.png": "png" },
        findings: [
          "1:5: Unexpected missing anchor `#logo` in `contributors/devel/images`, expected a heading or HTML id"
        ]
      },
      {
        source: '# Guide\n\n<!-- <a id="old-section"></a> -->\n\nSee [old](#old-section) and <a href="#gone">gone</a>.\n',
        findings: [
          "5:5: Unexpected missing anchor `#old-section` in this file, expected a heading or HTML id",
          "5:38: Unexpected missing anchor `#gone` in this file, expected a heading or HTML id"
        ]
      }
    ]
  },
  check({ files, index, options, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status === "ok" && verdict.folded && options.anchorCase === "exact") {
          const target = link.url.slice(0, link.url.indexOf("#"));
          report(file.path, {
            reason: `Unexpected fragment \`#${verdict.folded.fragment}\` in ${target ? `\`${target}\`` : "this file"}, expected \`#${verdict.folded.anchor}\` (GitHub matches it only in any case)`,
            position: link.position
          });
          continue;
        }
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
  const at2 = raw.search(/[?#]/);
  return at2 === -1 ? { path: raw, suffix: "" } : { path: raw.slice(0, at2), suffix: raw.slice(at2) };
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
function encodePath(path17) {
  return path17.split("/").map((segment) => encodeURIComponent(segment).replace(/%40/g, "@")).join("/");
}
function shown(value) {
  return value.replace(/\r?\n/g, "\\n");
}

// ../../packages/lint/dist/rules/line-fragment-plain.js
var path2 = "contributors/devel/README.md";
var lineFragmentPlain = defineProjectRule({
  meta: {
    id: "line-fragment-plain",
    description: "Line fragments (`#L10`) on a markdown file need `?plain=1`.",
    rationale: "github.com renders a markdown file (and a directory's README): the rendered page has heading anchors, not line anchors, so `#L10` or `#L10-L20` scrolls nowhere. With `?plain=1` GitHub shows the source with line numbers and the fragment works; `blame` and `raw` views need nothing. The fix adds `?plain=1` before the fragment.",
    scope: "any",
    defaultSeverity: "error",
    fixable: true,
    options: strictObject({}),
    ok: [
      {
        source: "[build](development.md?plain=1#L10-L20), [blame](https://github.com/kubernetes/community/blame/main/contributors/devel/development.md#L10) and [script](hack/verify.sh#L3)\n",
        path: path2,
        tree: {
          "contributors/devel/development.md": "# Development\n",
          "contributors/devel/hack/verify.sh": "#!/bin/sh\n"
        }
      }
    ],
    notOk: [
      {
        source: "[build](development.md#L10) and [here](#L2)\n",
        path: path2,
        tree: { "contributors/devel/development.md": "# Development\n" },
        findings: [
          "1:1: Unexpected line fragment `#L10` on rendered markdown `contributors/devel/development.md`, expected `?plain=1#L10`",
          "1:33: Unexpected line fragment `#L2` on rendered markdown `contributors/devel/README.md`, expected `?plain=1#L2`"
        ],
        fixed: "[build](development.md?plain=1#L10) and [here](?plain=1#L2)\n"
      }
    ]
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status !== "rendered-line")
          continue;
        const written = file.text === null ? null : writtenDestination(link, file.text);
        const hash2 = written ? written.raw.indexOf("#") : -1;
        const query = written ? written.raw.slice(0, hash2 === -1 ? void 0 : hash2).includes("?") : false;
        const insert = query ? "&plain=1" : "?plain=1";
        report(file.path, {
          reason: `Unexpected line fragment \`#${verdict.fragment}\` on rendered markdown \`${verdict.path}\`, expected \`${insert}#${verdict.fragment}\``,
          position: link.position,
          ...written && hash2 !== -1 ? { fix: [{ start: written.start + hash2, end: written.start + hash2, text: insert }] } : {}
        });
      }
    }
  }
});

// ../../packages/lint/dist/rules/no-missing-file.js
import { posix } from "node:path";
var noMissingFile = defineProjectRule({
  meta: {
    id: "no-missing-file",
    description: "Links, images and definitions must point at files or directories that exist.",
    rationale: "A relative link, a `/root` path or an absolute URL into the same repository that names a missing path is a 404 on GitHub. Targets are looked up in the tree on disk, in a tree listing, and for the guide in the lock of the pinned upstream commit. A symbolic link resolves to its target, as GitHub shows it. An absolute URL pinned to a commit, a tag or a branch other than the default one names the tree of that ref: it is looked up there when the lint root is a clone holding the ref (or `--git-dir` names one), and otherwise not judged against the current tree (see `pinned-link`). Images, `raw` and `blame` URLs must name a file, not a directory. The likely new place of a missing file is suggested only from a configured rename, a move in the git history, or an unambiguous file of the same name (in any case) ranked by the whole path: directories in common from the end and the start, never across a different year, never a common name such as `README.md` without a directory in common.",
    scope: "any",
    defaultSeverity: "error",
    fixable: true,
    options: strictObject({}),
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
      },
      {
        source: "[old notes](https://github.com/kubernetes/community/blob/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567/sig-docs/notes.md) and [v1.0](https://github.com/kubernetes/community/blob/v1.0/gone/dir/README.md)\n",
        path: "contributors/devel/README.md"
      },
      {
        source: "[Linked](linked.md) and ![diagram](diagram.png)\n",
        path: "contributors/devel/README.md",
        tree: { "contributors/devel/target.md": "# Target\n", "contributors/devel/diagram.png": "png" },
        symlinks: { "contributors/devel/linked.md": "target.md" }
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
      },
      {
        source: "[Charter](../sig-docs/CHARTER.md) and [Notes](../sig-docs/2019/notes.md)\n",
        path: "contributors/devel/README.md",
        tree: {
          "contributors/sig-docs/charter.md": "# Charter\n",
          "contributors/sig-docs/2018/notes.md": "# Notes\n"
        },
        findings: [
          "1:1: Unexpected missing file `contributors/sig-docs/CHARTER.md`, expected an existing file or directory; did you mean `contributors/sig-docs/charter.md`",
          "1:39: Unexpected missing file `contributors/sig-docs/2019/notes.md`, expected an existing file or directory"
        ]
      },
      {
        source: "![logo](images/) [raw](https://github.com/kubernetes/community/raw/main/contributors/devel/images) [blame](https://github.com/kubernetes/community/blame/main/contributors/devel/gone.md)\n",
        path: "contributors/devel/README.md",
        tree: { "contributors/devel/images/logo.png": "png" },
        findings: [
          "1:1: Unexpected directory `contributors/devel/images` as image, expected a file",
          "1:18: Unexpected directory `contributors/devel/images` as raw URL, expected a file",
          "1:100: Unexpected missing file `contributors/devel/gone.md`, expected an existing file or directory"
        ]
      },
      {
        source: "[see(https://github.com/kubernetes/community/blob/main/contributors/devel/gone.md)] and (text)[https://github.com/kubernetes/community/blob/main/missing.md]\n",
        path: "contributors/devel/README.md",
        findings: [
          "1:6: Unexpected missing file `contributors/devel/gone.md`, expected an existing file or directory",
          "1:96: Unexpected missing file `missing.md`, expected an existing file or directory"
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
        if (verdict.status === "not-a-file") {
          const what2 = verdict.why === "image" ? "image" : `${verdict.why} URL`;
          report(file.path, {
            reason: `Unexpected directory \`${verdict.path}\` as ${what2}, expected a file`,
            position: link.position
          });
          continue;
        }
        if (verdict.status !== "missing-file")
          continue;
        const what = link.kind === "image" ? "image" : "file";
        const at2 = verdict.ref === void 0 ? "" : ` at \`${verdict.ref}\``;
        const reason = verdict.escapes ? `Unexpected link above the repository root \`${verdict.path}\`, expected a path inside the repository` : `Unexpected missing ${what} \`${verdict.path}\`${at2}, expected an existing file or directory${verdict.suggestion ? `; did you mean \`${verdict.suggestion}\`` : ""}`;
        const fix = verdict.suggestedBy === "rename" && verdict.suggestion && file.text !== null ? repoint(link, file.text, file.role.repoPath, verdict.path, verdict.suggestion) : null;
        report(file.path, {
          reason,
          position: link.position,
          ...fix ? { fix } : {},
          ...verdict.suggestion ? {
            cause: {
              path: null,
              position: link.position,
              reason: verdict.suggestedBy === "rename" ? `\`${verdict.path}\` was moved to \`${verdict.suggestion}\`` : `\`${verdict.suggestion}\` has the same name`
            }
          } : {}
        });
      }
    }
  }
});
function repoint(link, text3, documentPath, from, to) {
  const written = writtenDestination(link, text3);
  if (!written)
    return null;
  const { path: path17 } = splitSuffix(written.raw);
  if (path17 === "")
    return null;
  const dir = posix.dirname(documentPath);
  let next = null;
  if (path17.startsWith("/") && !path17.startsWith("//")) {
    if (posix.normalize(path17.slice(1)) === from)
      next = `/${to}`;
  } else if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path17)) {
    if (posix.normalize(posix.join(dir, path17)) === from)
      next = posix.relative(dir === "." ? "" : dir, to);
  } else if (path17.endsWith(`/${from}`)) {
    next = `${path17.slice(0, path17.length - from.length)}${to}`;
  }
  return next === null ? null : [{ start: written.start, end: written.start + path17.length, text: next }];
}

// ../../packages/lint/dist/rules/pinned-link.js
var pinnedLink = defineProjectRule({
  meta: {
    id: "pinned-link",
    description: "Note links pinned to an old commit or another ref whose path is gone from today's tree.",
    rationale: "A URL such as `github.com/<repo>/blob/<commit>/path` (or a tag, or a branch other than the default one) names that ref's tree, where the file may well exist though it is gone today: `no-missing-file` does not judge it against today's tree. When the lint root is a clone holding the ref (or `--git-dir` names one) the path is checked at the ref by `no-missing-file`; offline, this rule (off by default, for information) lists the pinned links whose path is not in today's tree, which may deserve a link to the current file.",
    scope: "any",
    defaultSeverity: "off",
    fixable: false,
    options: strictObject({}),
    ok: [
      {
        source: "[notes](https://github.com/kubernetes/community/blob/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567/sig-docs/notes.md)\n",
        path: "contributors/devel/README.md",
        tree: { "sig-docs/notes.md": "# Notes\n" }
      }
    ],
    notOk: [
      {
        source: "[notes](https://github.com/kubernetes/community/blob/0a1b2c3/sig-docs/notes.md) and [1.0](https://github.com/kubernetes/community/tree/v1.0/gone/dir)\n",
        path: "contributors/devel/README.md",
        findings: [
          "1:1: Unexpected path `sig-docs/notes.md` pinned to an old commit `0a1b2c3`, gone from the current tree, expected a link to the current file (or a git repository to check `0a1b2c3`)",
          "1:85: Unexpected path `gone/dir` pinned to `v1.0`, gone from the current tree, expected a link to the current file (or a git repository to check `v1.0`)"
        ]
      }
    ]
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status !== "pinned" || !verdict.goneNow)
          continue;
        report(file.path, {
          reason: `Unexpected path \`${verdict.path}\` pinned to ${/^[0-9a-f]{7,40}$/i.test(verdict.ref) ? "an old commit " : ""}\`${verdict.ref}\`, gone from the current tree, expected a link to the current file (or a git repository to check \`${verdict.ref}\`)`,
          position: link.position
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
    options: strictObject({}),
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
    options: strictObject({}),
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

// ../../packages/lint/dist/rules/default-branch.js
var path3 = "contributors/devel/README.md";
var defaultBranch = defineFileRule({
  meta: {
    id: "default-branch",
    description: "Name the default branch, not a retired one, in absolute links to this repository.",
    rationale: "Repositories that renamed `master` to `main` keep a redirect for the old name only as long as GitHub keeps it, and a link naming `master` shows readers a branch that no longer moves (or, where a `master` branch was kept, stale content). Absolute links into the same repository (`github.com/<owner>/<repo>/blob|tree|edit|raw/<branch>/\u2026`, `raw.githubusercontent.com/<owner>/<repo>/<branch>/\u2026`) that name a retired branch are respelled with the `defaultBranch` setting. Links to tags, commits and other branches are left alone.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: strictObject({
      staleBranches: array(string().min(1)).default(["master"]).describe("Branch names that are no longer the default.")
    }),
    ok: [
      {
        source: "[FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md), [1.2](https://github.com/kubernetes/community/blob/release-1.2/README.md), [spec](https://github.com/container-storage-interface/spec/blob/master/spec.md)\n",
        path: path3
      }
    ],
    notOk: [
      {
        source: "See this doc [here](https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md) for more information.\n",
        path: path3,
        findings: [
          "1:14: Unexpected branch `master` in a link to kubernetes/community, expected `main`, its default branch"
        ],
        fixed: "See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n"
      },
      {
        source: "![logo](https://raw.githubusercontent.com/kubernetes/community/trunk/icons/png/logo.png)\n\n[guide]: https://github.com/Kubernetes/Community/tree/trunk/contributors/guide#readme\n",
        path: path3,
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
      const at2 = written.start + match[0].length - branch.length;
      report({
        reason: `Unexpected branch \`${branch}\` in a link to ${repository}, expected \`${settings.defaultBranch}\`, its default branch`,
        position: link.position,
        fix: [{ start: at2, end: at2 + branch.length, text: settings.defaultBranch }]
      });
    }
  }
});

// ../../packages/lint/dist/rules/github-view.js
var path4 = "contributors/devel/README.md";
var viewPattern = /^(?:https?:)?\/\/(?:www\.)?github\.com\/[^/?#]+\/[^/?#]+\/(tree|blob)(?=\/)/i;
var githubView = defineProjectRule({
  meta: {
    id: "github-view",
    description: "Link to files with `blob/` and to directories with `tree/` in absolute GitHub URLs to this repository.",
    rationale: "GitHub shows a file at `blob/<branch>/<path>` and a directory at `tree/<branch>/<path>`. The other view works only through a redirect, which other renderers, link checkers and offline copies do not follow, and it tells a reader the wrong kind of target. Whether the path is a file or a directory is looked up in the repository tree (on disk, a tree listing, or the guide's lock); paths the tree does not know are left alone. The fix swaps the view.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: strictObject({}),
    ok: [
      {
        source: "[guide](https://github.com/kubernetes/community/tree/main/contributors/guide) and [triage](https://github.com/kubernetes/community/blob/main/contributors/guide/issue-triage.md) and [unknown](https://github.com/kubernetes/community/tree/main/contributors/devel/testing.md)\n",
        path: path4,
        tree: { "contributors/guide/README.md": "# Guide\n", "contributors/guide/issue-triage.md": "# Triage\n" }
      }
    ],
    notOk: [
      {
        source: "* **Contributor Guide**\n  ([Please start here](https://github.com/kubernetes/community/tree/main/contributors/guide/README.md)) to learn about how to contribute.\n\n[guide]: https://github.com/kubernetes/community/blob/main/contributors/guide/\n",
        path: path4,
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
        const target = targetOf(link, file.resolve);
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
        const at2 = written.start + match[0].length - match[1].length;
        report(file.path, {
          reason: `Unexpected \`${target.view}/\` view for the ${entry.type === "file" ? "file" : "directory"} \`${target.path || "/"}\`, expected \`${expected}/\``,
          position: link.position,
          fix: [{ start: at2, end: at2 + match[1].length, text: expected }]
        });
      }
    }
  }
});

// ../../packages/lint/dist/rules/no-site-only-path.js
import { posix as posix2 } from "node:path";
var path5 = "contributors/devel/README.md";
var noSiteOnlyPath = defineProjectRule({
  meta: {
    id: "no-site-only-path",
    description: "Do not use root-relative paths that only the website serves.",
    rationale: "A root-relative link such as `/docs/reference/` works on the website, which serves those paths, but on GitHub it resolves against the repository root, where no such path exists: a 404 for everyone reading the file there. Links under the site's paths (the `site` setting, or the content configuration's) that the repository tree does not have are flagged; the fix writes the absolute site URL. Without a `site` setting the rule has nothing to check.",
    scope: "any",
    defaultSeverity: "error",
    fixable: true,
    options: strictObject({}),
    ok: [
      {
        source: "[Client Libraries](https://kubernetes.io/docs/reference/using-api/client-libraries/), [guide](/contributors/guide/) and [design](/docs/design/)\n",
        path: path5,
        tree: { "contributors/guide/README.md": "# Guide\n", "docs/design/README.md": "# Design\n" }
      }
    ],
    notOk: [
      {
        source: "* **API Client Libraries** ([client-libraries](/docs/reference/using-api/client-libraries/)):\n  A list of existing client libraries.\n",
        path: path5,
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
var path6 = "contributors/devel/README.md";
var space3 = /\s/;
var noSpaceInDestination = defineFileRule({
  meta: {
    id: "no-space-in-destination",
    description: "Write link destinations without white space around or inside them.",
    rationale: "White space between `(` and the destination (`[here]( https://\u2026)`) or before `)` is allowed by CommonMark but is usually a stray key press, breaks naive tools that read links (link checkers, `grep`, renderers that are not CommonMark) and hides the destination when a line wraps. Inside `<\u2026>` a leading or trailing space becomes part of the URL (`%20`), which points at a file that does not exist. The fix removes the white space around the destination; a space inside the path of a `<\u2026>` destination is written as `%20`, which is what it means.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: strictObject({}),
    ok: [
      {
        source: "See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md).\n",
        path: path6
      },
      {
        source: 'See [the FAQ](<../../sig-storage/volume-plugin-faq.md> "FAQ") and [testing](sig-testing/testing.md "Testing").\n',
        path: path6
      }
    ],
    notOk: [
      {
        source: "See this doc [here]( https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n",
        path: path6,
        findings: [
          "1:14: Unexpected whitespace in link destination `( https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md)`, expected `(https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md)`"
        ],
        fixed: "See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n"
      },
      {
        source: "Read [testing]( sig-testing/testing.md ) and ![logo](< logo.png >).\n\n[faq]: <volume plugin faq.md>\n",
        path: path6,
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
      let trailing2 = false;
      if (link.kind !== "definition") {
        let open = destination.start;
        while (open > start && space3.test(text3[open - 1]))
          open--;
        if (text3[open - 1] === "(") {
          leading = open < destination.start;
          from = open - 1;
          before = "(";
        }
        let close = destination.end;
        while (close < end && space3.test(text3[close]))
          close++;
        if (close === end - 1 && text3[close] === ")") {
          trailing2 = close > destination.end;
          to = close + 1;
          after = ")";
        }
      }
      const written = text3.slice(destination.start, destination.end);
      const respelled = written.startsWith("<") && written.endsWith(">") && written.length >= 2 ? `<${respellAngled(written.slice(1, -1))}>` : written;
      if (!leading && !trailing2 && respelled === written)
        continue;
      const expected = before + respelled + after;
      report({
        reason: `Unexpected whitespace in link destination \`${shown(text3.slice(from, to))}\`, expected \`${shown(expected)}\``,
        position: link.position,
        // Separate edits, so that other rules' edits inside the destination apply in the same pass.
        fix: [
          ...leading ? [{ start: from + 1, end: destination.start, text: "" }] : [],
          ...respelled === written ? [] : [{ start: destination.start, end: destination.end, text: respelled }],
          ...trailing2 ? [{ start: destination.end, end: to - 1, text: "" }] : []
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
var path7 = "contributors/devel/README.md";
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
    options: strictObject({}),
    ok: [
      {
        source: "[Coding](../guide/coding-conventions.md), [testing](sig-testing/testing.md#unit), [devel](./), [dev](./development.md), [guide](/contributors/guide/), [conventions](https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md)\n",
        path: path7
      }
    ],
    notOk: [
      {
        source: "* **Coding Conventions** ([coding-conventions.md](https://github.com/kubernetes/community/blob/main/contributors/devel/../guide/coding-conventions.md)):\n  Coding style advice for contributors.\n",
        path: path7,
        findings: [
          "1:27: Unexpected `https://github.com/kubernetes/community/blob/main/contributors/devel/../guide/coding-conventions.md`, expected the normalised `https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md`"
        ],
        fixed: "* **Coding Conventions** ([coding-conventions.md](https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md)):\n  Coding style advice for contributors.\n"
      },
      {
        source: "See [development](./development.md), [testing](sig-testing//testing.md#unit), [logging](../devel/sig-instrumentation/logging.md) and [guide](/contributors/./guide/).\n",
        path: path7,
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
  const trailing2 = /(^|\/)(\.\.?)?$/.test(rawPath) && rawPath !== "" && body !== "";
  if (base === null)
    return body + (trailing2 ? "/" : "");
  if (body === "")
    return rawPath === "." || rawPath === "./" ? rawPath : "./";
  const first = segments[0] ?? "";
  const normal = body + (trailing2 ? "/" : "");
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
var path8 = "contributors/devel/README.md";
var preferHttps = defineFileRule({
  meta: {
    id: "prefer-https",
    description: "Link with `https://` to hosts known to serve https.",
    rationale: "An `http://` link to a host that serves https costs readers a redirect and, where the host does not redirect, sends them over plain text. Only hosts known to serve https are flagged: those in the `httpsHosts` setting (and the content configuration's) and the rule's `hosts` option, each with its subdomains. The fix writes `https://`.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: strictObject({
      hosts: array(string().min(1)).default([]).describe("More hosts (and their subdomains) known to serve https, beside the `httpsHosts` setting.")
    }),
    ok: [
      {
        source: "Read the [User Guide](https://kubernetes.io/docs/user-guide/) and [the old wiki](http://example.org/wiki).\n",
        path: path8
      },
      { source: "See [the proposal](http://git.k8s.io/community/x.md).\n", path: path8 }
    ],
    notOk: [
      {
        source: "It assumes familiarity with the [User Guide](http://kubernetes.io/docs/user-guide/) and the [Cluster Admin\nGuide](http://kubernetes.io/docs/admin/).\n",
        path: path8,
        findings: [
          "1:33: Unexpected `http://kubernetes.io/docs/user-guide/`, expected `https://kubernetes.io/docs/user-guide/`: kubernetes.io serves https",
          "1:93: Unexpected `http://kubernetes.io/docs/admin/`, expected `https://kubernetes.io/docs/admin/`: kubernetes.io serves https"
        ],
        fixed: "It assumes familiarity with the [User Guide](https://kubernetes.io/docs/user-guide/) and the [Cluster Admin\nGuide](https://kubernetes.io/docs/admin/).\n"
      },
      {
        source: "See [the proposal](http://git.k8s.io/community/x.md) and <http://blog.kubernetes.io/>.\n",
        path: path8,
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

// ../../packages/lint/dist/rules/reversed-link.js
var path9 = "contributors/devel/README.md";
var reversedBefore = /\(([^()[\]\n]+)\)\[$/;
var reversedLink = defineFileRule({
  meta: {
    id: "reversed-link",
    description: "Write links as `[text](url)`, not `(text)[url]`.",
    rationale: "In `(text)[https://\u2026]` the brackets are the wrong way round: no link is formed, and GitHub shows the parentheses, the brackets and a bare URL, which it links on its own (the URL is checked like any other link by `no-missing-file`). The fix writes `[text](https://\u2026)`.",
    scope: "any",
    defaultSeverity: "warn",
    fixable: true,
    options: strictObject({}),
    ok: [
      {
        source: "[FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) and (see https://k8s.io)[^1]\n\n[^1]: a note\n",
        path: path9
      }
    ],
    notOk: [
      {
        source: "Read (the FAQ)[https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md].\n",
        path: path9,
        findings: [
          "1:16: Unexpected `(the FAQ)[https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md]`, expected `[the FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md)`"
        ],
        fixed: "Read [the FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md).\n"
      }
    ]
  },
  check({ facts, text: text3, report }) {
    for (const link of facts.links) {
      const start = link.position.start.offset;
      const end = link.position.end.offset;
      if (link.kind !== "link" || start === void 0 || end === void 0 || text3.slice(start, end) !== link.text)
        continue;
      if (text3.charAt(end) !== "]")
        continue;
      const before = reversedBefore.exec(text3.slice(Math.max(0, start - 400), start));
      if (!before)
        continue;
      const from = start - before[0].length;
      const written = text3.slice(from, end + 1);
      const fixed = `[${before[1]}](${link.text})`;
      report({
        reason: `Unexpected \`${written}\`, expected \`${fixed}\``,
        position: link.position,
        fix: [{ start: from, end: end + 1, text: fixed }]
      });
    }
  }
});

// ../../packages/lint/dist/rules/same-repo-link-form.js
import { posix as posix4 } from "node:path";
var path10 = "contributors/devel/README.md";
var sameRepoLinkForm = defineFileRule({
  meta: {
    id: "same-repo-link-form",
    description: "Link within the repository relatively in the upstream form of the guide, absolutely in its site form.",
    rationale: "The upstream guide is read on GitHub, in clones and in forks, where a relative link follows the branch being read and an absolute `github.com/\u2026/blob/<branch>/\u2026` or `git.k8s.io/\u2026` link leaves it (for a fork, for another branch, offline). The site form is read away from the repository, where a relative or `/root` link has nothing to resolve against and must be absolute (`<linkBase>/blob/<defaultBranch>/<path>`). A guide without front matter is in upstream form, one with front matter in site form (a content directory says which explicitly). Absolute links that pin another ref (a tag, a release branch, a commit) are left alone, as are `edit/` links. The fix writes the other form.",
    scope: "guide",
    defaultSeverity: "warn",
    fixable: true,
    options: strictObject({
      staleBranches: array(string().min(1)).default(["master"]).describe("Former default branches: absolute links naming them are treated like links to the default branch.")
    }),
    ok: [
      {
        source: "# Guide\n\n* **Testing** ([testing.md](sig-testing/testing.md)) and [pinned](https://github.com/kubernetes/community/blob/v1.0/README.md) in [kubernetes/community](https://github.com/kubernetes/community)\n",
        path: path10
      },
      {
        source: "---\ntitle: Guide\n---\n\n* **Testing** ([testing.md](https://github.com/kubernetes/community/blob/main/contributors/devel/sig-testing/testing.md))\n",
        path: path10
      }
    ],
    notOk: [
      {
        source: "# Guide\n\nSee this doc [here](https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md) and [admission](https://git.k8s.io/community/contributors/guide/README.md#setup).\n",
        path: path10,
        findings: [
          "3:14: Unexpected absolute link to this repository, expected the relative `../../sig-storage/volume-plugin-faq.md`",
          "3:111: Unexpected absolute link to this repository, expected the relative `../guide/README.md#setup`"
        ],
        fixed: "# Guide\n\nSee this doc [here](../../sig-storage/volume-plugin-faq.md) and [admission](../guide/README.md#setup).\n"
      },
      {
        source: "---\ntitle: Guide\n---\n\n* **Testing** ([testing.md](sig-testing/testing.md#unit)) and [the guide](/contributors/guide/)\n",
        path: path10,
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
  const location2 = `${linkBase.replace(/\/+$/, "")}/${view}/${branch}${target.path === "" ? "" : `/${encodePath(target.path)}`}${slash}`;
  return location2 + suffix;
}

// ../../packages/lint/dist/rules/spelling-rules.js
var spellingRules = [
  noSpaceInDestination,
  reversedLink,
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
var path11 = "contributors/devel/README.md";
var entryShape = defineFileRule({
  meta: {
    id: "entry-shape",
    description: "Give every guide entry a bold title, a link and a description, in the layout the rest of its section uses.",
    rationale: "An entry is how the guide points at a document: `* **Title** ([file.md](path)): what it covers`. Without the title the entry cannot be found by name (edits and the entry index key on it), without a link it points nowhere, and without a description readers cannot tell whether to follow it. Prose entries (`* The [REST API documentation](url) explains \u2026`) need only their link. Entries in one section that mix layouts (`([x](y)): text`, `([x](y))` then text, `[x](y)` then text) read as unfinished edits; the layout most entries of the section use is the expected one.",
    scope: "guide",
    defaultSeverity: "warn",
    fixable: false,
    options: strictObject({
      consistentLayout: boolean().default(true).describe("Report entries whose layout differs from the one most entries of their section use."),
      requireDescription: boolean().default(true).describe("Report entries with a title and links but no description.")
    }),
    ok: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Development Guide** ([development.md](development.md)): Setting up your environment.\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* The [REST API documentation](https://kubernetes.io/docs/reference/) explains the API.\n",
        path: path11,
        options: { consistentLayout: false }
      }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Development Guide** ([development.md](development.md)): Setting up your environment.\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Logging** [logging.md](sig-instrumentation/logging.md)\n  klog levels.\n\n* **Profiling** ([profiling.md](sig-scalability/profiling.md)):\n\n* **Flaky tests**: We have a goal of 99.9% flake free tests.\n\n* **Logging Conventions** ([logging.md](logging.md)]: Glog levels.\n",
        path: path11,
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
  let index = children.findIndex((child, at2) => at2 > 0 && child.type === "link");
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
  const start = end.offset + match[1].length;
  return { token: match[2], position: spanOf(location(text3), start, start + match[2].length) };
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
  for (const [layout, { count: count2, first }] of counts) {
    if (majority === null || count2 > majority.count)
      majority = { layout, count: count2, first };
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
var path12 = "contributors/devel/README.md";
var guideTitle = defineFileRule({
  meta: {
    id: "guide-title",
    description: "Give the guide one title: a front matter `title` in site form, one H1 before the first section in upstream form.",
    rationale: "The site renders the front matter `title` as the page heading, so an H1 in a site-form guide shows a second title; GitHub renders the upstream README without front matter, so there the H1 is the only title and belongs before the first `## ` section. A file with front matter is in site form unless the configuration says otherwise. A setext H2 before the title (old banners ended in a `--` line) is prelude, as in the guide model, not a section.",
    scope: "guide",
    defaultSeverity: "error",
    fixable: false,
    options: strictObject({}),
    ok: [
      { source: "---\ntitle: Developer Guide\n---\n\nIntro.\n\n## Setting up\n\nText.\n", path: path12 },
      { source: "# Developer Guide\n\nIntro.\n\n## Setting up\n\nText.\n", path: path12 },
      {
        source: "<!-- BEGIN MUNGE -->\nThe latest release of this document is elsewhere.\n--\n\n# Developer Guide\n\n## Setting up\n\nText.\n",
        path: path12
      }
    ],
    notOk: [
      {
        source: "---\ntitle: Developer Guide\n---\n\n# Developer Guide\n\n## Setting up\n\nText.\n",
        path: path12,
        findings: ["5:1: Unexpected H1 `Developer Guide` in a site-form guide, expected the title in the front matter"]
      },
      {
        source: "---\nowner: sig-contributor-experience\n---\n\n## Setting up\n\nText.\n",
        path: path12,
        findings: ["1:1: Unexpected front matter without `title`, expected the guide's title as `title: \u2026`"]
      },
      {
        source: "---\nTitle: Developer Guide\n---\n\n## Setting up\n\nText.\n",
        path: path12,
        findings: ["1:1: Unexpected front matter key `Title`, expected `title`"]
      },
      {
        source: "Intro.\n\n## Setting up\n\n# Developer Guide\n",
        path: path12,
        findings: [
          "3:1: Unexpected section `Setting up` before the title, expected an H1 before the first `## ` heading",
          "5:1: Unexpected H1 `Developer Guide` after the first section, expected the title before the first `## ` heading"
        ]
      },
      {
        source: "# Developer Guide\n\n# Contributing\n\n## Setting up\n\nText.\n",
        path: path12,
        findings: ["3:1: Unexpected second title `Contributing`, expected one H1 before the first `## ` heading"]
      }
    ]
  },
  check({ tree, text: text3, facts, role, report }) {
    const first = tree().children[0];
    const front = first?.type === "yaml" ? first : null;
    const form = role.form ?? (front ? "site" : "upstream");
    const h1s = facts.headings.filter((heading2) => heading2.depth === 1);
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
    const firstSection = facts.headings.find((heading2) => heading2.depth === 2 && text3.charAt(heading2.position.start.offset ?? -1) === "#");
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
    options: strictObject({}),
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
    for (const heading2 of facts.headings) {
      if (previous !== null && heading2.depth > previous + 1) {
        report({
          reason: `Unexpected heading level ${heading2.depth}, expected level ${previous + 1} at most`,
          position: heading2.position
        });
      }
      previous = heading2.depth;
    }
  }
});

// ../../packages/lint/dist/rules/link-text-names-target.js
import { posix as posix5 } from "node:path";
var path13 = "contributors/devel/README.md";
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
    options: strictObject({}),
    ok: [
      { source: "* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n", path: path13 },
      {
        source: "See [the guide](../guide/README.md) and [k8s.io](https://k8s.io/) and [README.md](/contributors/guide/).\n",
        path: path13
      },
      { source: "Approvers are listed in [Owners.md](../guide/owners.md).\n", path: path13 }
    ],
    notOk: [
      {
        source: "* **Instrumenting Kubernetes with a new metric**\n  ([instrumentation.md](sig-instrumentation/metric-instrumentation.md)): How to add a new metric.\n",
        path: path13,
        findings: [
          "2:4: Unexpected link text `instrumentation.md`, expected `metric-instrumentation.md`, the name of the file it links to"
        ],
        fixed: "* **Instrumenting Kubernetes with a new metric**\n  ([metric-instrumentation.md](sig-instrumentation/metric-instrumentation.md)): How to add a new metric.\n"
      },
      {
        source: "Read [`/contributors/guide/issues-triage.md`](https://github.com/kubernetes/community/blob/master/contributors/guide/issue-triage.md).\n",
        path: path13,
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
      const name2 = targetName(resolveLink(link.url, resolve));
      if (name2 === null)
        continue;
      const slash = shown2.lastIndexOf("/");
      if (shown2.slice(slash + 1).toLowerCase() === name2.toLowerCase())
        continue;
      const expected = shown2.slice(0, slash + 1) + name2;
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
    options: strictObject({
      marker: _enum(["consistent", "*", "-", "+"]).default("consistent").describe("The bullet to use, or `consistent` for the first one the file uses.")
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
    options: strictObject({
      within: _enum(["list", "file"]).default("list").describe("Compare the items of each list (`list`), and also the lists of the file at the same nesting level (`file`).")
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
var path14 = "contributors/devel/README.md";
var noDuplicateEntry = defineFileRule({
  meta: {
    id: "no-duplicate-entry",
    description: "List each entry once per section.",
    rationale: "Entries are known by their bold title (or, for prose entries, the text of their first link); edits and the entry index find them by it. Two entries of the same name in one section are an edit applied twice or a merge gone wrong, and an edit of that name could not tell them apart. The same entry may appear under a main section and again under a SIG subsection.",
    scope: "guide",
    defaultSeverity: "error",
    fixable: false,
    options: strictObject({}),
    ok: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n## SIG Developer Guide Contributions\n\n### SIG Testing\n\n* **Testing** [testing.md](sig-testing/testing.md)\n",
        path: path14
      }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Logging** ([logging.md](logging.md)): klog levels.\n\n* **Testing** ([e2e-tests.md](sig-testing/e2e-tests.md)): End-to-end tests.\n",
        path: path14,
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
var path15 = "contributors/devel/README.md";
var noDuplicateTarget = defineFileRule({
  meta: {
    id: "no-duplicate-target",
    description: "Do not point two entries of one section at the same document.",
    rationale: "Two entries of one section whose first links land on the same file (however the links are spelled: relative, `/root`, absolute GitHub URL) describe one document twice, usually under two titles after a rename. The guide repeats documents across sections on purpose (a main section and a SIG subsection), so only entries of the same section or subsection are compared.",
    scope: "guide",
    defaultSeverity: "warn",
    fixable: false,
    options: strictObject({}),
    ok: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n## SIG Developer Guide Contributions\n\n### SIG Testing\n\n* **Testing guide** [testing.md](sig-testing/testing.md)\n",
        path: path15
      }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Unit tests** ([unit](https://github.com/kubernetes/community/blob/master/contributors/devel/sig-testing/testing.md)): Unit tests.\n",
        path: path15,
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
var path16 = "contributors/devel/README.md";
var noEmptySection = defineFileRule({
  meta: {
    id: "no-empty-section",
    description: "Give every `## ` and `### ` section of the guide content or subsections.",
    rationale: "An empty section is a heading with nothing under it: usually what is left after its entries moved elsewhere, or a section added and never filled. Readers following the table of contents land on nothing.",
    scope: "guide",
    defaultSeverity: "warn",
    fixable: false,
    options: strictObject({}),
    ok: [
      {
        source: "# Guide\n\n## SIG Developer Guide Contributions\n\n### SIG Node\n\n* **CRI** [cri.md](sig-node/cri.md)\n",
        path: path16
      }
    ],
    notOk: [
      {
        source: "# Guide\n\n## Building releases\n\n## SIG Developer Guide Contributions\n\n### SIG Node\n\n### SIG CLI\n\n* **Kubectl Conventions** [kubectl-conventions.md](sig-cli/kubectl-conventions.md)\n",
        path: path16,
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
    options: strictObject({}),
    ok: [{ source: "# Guide\n\n## Setting up\n\n## Testing\n" }],
    notOk: [
      {
        source: "# Guide\n\n## Setting up\n\n# Testing\n",
        findings: ["5:1: Unexpected second H1 `Testing`, expected one H1 per file; use `## Testing` for a section"]
      }
    ]
  },
  check({ facts, report }) {
    const h1s = facts.headings.filter((heading2) => heading2.depth === 1);
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
    options: strictObject({}),
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
  lineFragmentPlain,
  pinnedLink,
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
  flatString,
  findingOf,
  outcomeHash,
  lintFileText,
  limitsOf,
  allRules
};
