import { hash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta, SeveritySetting } from '../engine/rule-meta.js';
import { projectRepositoryUrl, ruleUrl } from '../engine/rule-meta.js';
import { baselineStateOf, type BaselineEntry, type BaselineState } from '../baseline/baseline.js';
import { fingerprintDigest, fingerprintKey, identityOfMessage } from '../baseline/fingerprint.js';
import {
  findingOf,
  inPlaceOrder,
  placedMessages,
  placesUnder,
  type Finding,
  type Related,
  type Severity,
  type Spot,
} from './findings.js';
import { itemsMarker, jsonPieces, wholeItem } from './json-pieces.js';
import { isOutside } from './paths.js';
import type { Reporter } from './types.js';

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's home page; rule docs pages (`ruleUrl`) live below it. */
export const informationUri = projectRepositoryUrl();
export { fingerprintKey };
const srcRoot = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note' | 'none';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

interface PhysicalLocation {
  artifactLocation: ArtifactLocation;
  region?: Region | undefined;
}

interface SarifResult {
  ruleId?: string | undefined;
  ruleIndex?: number | undefined;
  level: Level;
  message: { text: string };
  locations: { physicalLocation: PhysicalLocation }[];
  relatedLocations?: { id: number; physicalLocation: PhysicalLocation; message: { text: string } }[] | undefined;
  partialFingerprints: Record<string, string>;
  baselineState?: BaselineState | undefined;
}

const defaultLevel: Record<SeveritySetting, Level> = { error: 'error', warn: 'warning', off: 'none' };
const resultLevel: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** `no-missing-file` → `NoMissingFile`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** SARIF plain-text messages reserve `[text](id)` for links, so literal brackets and backslashes are escaped. */
export function escapeSarifText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

/** A stable digest of what the finding is (not where its line is), so alerts survive unrelated edits. */
export function fingerprintOf(ruleId: string | undefined, path: string, reason: string): string {
  return hash('sha256', `${ruleId ?? ''}\0${path}\0${reason}`).slice(0, 32);
}

function srcRootUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function regionOf(start: Spot | undefined, end: Spot | undefined): Region | undefined {
  if (!start) return undefined;
  return { startLine: start.line, startColumn: start.column, endLine: end?.line, endColumn: end?.column };
}

function ruleDescriptor(rule: RuleMeta) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: defaultLevel[rule.defaultSeverity] },
    properties: { tags: ['markdown', ...(rule.fixable ? ['fixable'] : [])] },
  };
}

/** Collects artifacts in first-seen order; a location inside cwd is relative to `%SRCROOT%`. */
class Artifacts {
  readonly list: { location: ArtifactLocation; roles?: string[] }[] = [];
  private readonly index = new Map<string, number>();

  add(path: string, absolute: string, linted: boolean): ArtifactLocation {
    let index = this.index.get(absolute);
    if (index === undefined) {
      index = this.list.length;
      this.index.set(absolute, index);
      this.list.push({ location: locationOf(path, absolute), ...(linted ? { roles: ['analysisTarget'] } : {}) });
    }
    return { ...this.list[index]!.location, index };
  }
}

function locationOf(path: string, absolute: string): ArtifactLocation {
  if (isOutside(path)) return { uri: pathToFileURL(absolute).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}

function relatedText(cause: Related): string {
  return cause.start ? `${cause.path}:${cause.start.line}:${cause.start.column}` : cause.path;
}

/** The SARIF log (`sarif`) a piece at a time: no result is held past its own piece. */
export function* sarifPieces(files: Parameters<Reporter>[0], options: Parameters<Reporter>[1]): Generator<string> {
  const rules: RuleMeta[] = [];
  const ruleIndex = new Map<string, number>();
  for (const rule of options.rules) {
    if (ruleIndex.has(rule.id)) continue;
    ruleIndex.set(rule.id, rules.length);
    rules.push(rule);
  }

  const placeOf = placesUnder(options.cwd);
  const artifacts = new Artifacts();
  // Each file's messages in the order `collectFindings` gives their findings (a stable sort by place).
  const views = files.map((file) => placedMessages(file, placeOf));
  for (const view of views) artifacts.add(view.path, view.absolute, true);
  // The artifacts come before the results: the files that causes name are listed first, in the
  // order the results name them, as a run that made every result first would list them.
  for (const view of views)
    for (const message of inPlaceOrder(view)) {
      const cause = findingOf(message, view.absolute, options.cwd, placeOf).cause;
      if (cause) artifacts.add(cause.path, cause.absolute, false);
    }

  const occurrences = new Map<string, number>();
  function* results(): Generator<SarifResult> {
    for (const view of views)
      for (const message of inPlaceOrder(view))
        yield resultOf(view.path, view.absolute, findingOf(message, view.absolute, options.cwd, placeOf), message);
    for (const entry of options.absent ?? []) yield absentResult(entry);
  }

  function resultOf(path: string, absolute: string, finding: Finding, message: object): SarifResult {
    const identity = identityOfMessage(message);
    const state = baselineStateOf(message);
    let fingerprint: string;
    if (identity) fingerprint = fingerprintDigest(identity);
    else {
      // A message the engine did not make (no identity): its rule, file and text, counted.
      const hash = fingerprintOf(finding.ruleId, path, finding.reason);
      const occurrence = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, occurrence);
      fingerprint = `${hash}:${occurrence}`;
    }
    const index = finding.ruleId === undefined ? undefined : ruleIndex.get(finding.ruleId);
    const region = regionOf(finding.start, finding.end);
    const cause = finding.cause;
    let text = escapeSarifText(finding.reason);
    if (cause) text += ` — see [${escapeSarifText(relatedText(cause))}](1)`;
    // Fields a result lacks are left undefined, which JSON leaves out: built from spreads of
    // conditional objects, every result was made in V8's old generation (about a kilobyte each,
    // collected only by a full collection; 340,000 results went through 340 MB of it).
    return {
      ruleId: finding.ruleId,
      ruleIndex: index,
      level: resultLevel[finding.severity],
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: artifacts.add(path, absolute, true), region } }],
      relatedLocations: cause ? [relatedLocationOf(cause)] : undefined,
      partialFingerprints: { [fingerprintKey]: fingerprint },
      baselineState: state,
    };
  }

  /** A baseline finding no longer reported: fixed, so that a viewer closes its alert. */
  function absentResult(entry: BaselineEntry): SarifResult {
    const index = ruleIndex.get(entry.ruleId);
    const absolute = join(options.cwd, ...entry.path.split('/'));
    return {
      ruleId: entry.ruleId,
      ruleIndex: index,
      level: 'none',
      message: { text: escapeSarifText(`Fixed: ${entry.key}`) },
      locations: [{ physicalLocation: { artifactLocation: locationOf(entry.path, absolute) } }],
      partialFingerprints: { [fingerprintKey]: entry.fingerprint },
      baselineState: 'absent',
    };
  }

  function relatedLocationOf(cause: Related) {
    const region = regionOf(cause.start, undefined);
    return {
      id: 1,
      physicalLocation: { artifactLocation: artifacts.add(cause.path, cause.absolute, false), region },
      message: { text: escapeSarifText(cause.reason) },
    };
  }

  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'devguide', version: options.version, informationUri, rules: rules.map(ruleDescriptor) },
        },
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { [srcRoot]: { uri: srcRootUri(options.cwd) } },
        artifacts: artifacts.list,
        results: itemsMarker,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  yield* jsonPieces(log, results(), wholeItem);
  yield '\n';
}

/**
 * A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers.
 * Output is deterministic: no timestamps, input order kept, fingerprints from content.
 */
export const sarif: Reporter = (files, options) => [...sarifPieces(files, options)].join('');
