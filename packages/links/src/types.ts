import type { Position } from 'unist';

export type Outcome = 'alive' | 'dead' | 'inconclusive';

/** One place a URL is written. */
export interface UrlOccurrence {
  /** File path relative to the lint root. */
  path: string;
  position: Position;
  /** The fragment this occurrence asks for (decoded, without `#`), or null. */
  fragment: string | null;
  /** The URL as written. */
  written: string;
  /** Offsets of the destination as written, when it can be respelled by `--fix`. */
  destination: { start: number; end: number } | null;
}

/** A URL without its fragment, with every place it is linked from. */
export interface ExternalUrl {
  /** Normalised URL without fragment: the unit checked once per run. */
  url: string;
  host: string;
  /** Every fragment asked for across the occurrences. */
  fragments: string[];
  occurrences: UrlOccurrence[];
}

export interface CheckResult {
  url: string;
  outcome: Outcome;
  /** Last HTTP status, or null for network failures and answers without a request. */
  status: number | null;
  /** Why, in a few words: `404 Not Found`, `connection refused`, `429 after 3 attempts`. */
  reason: string;
  /** Set when the URL redirects; `permanent` when every hop was 301 or 308. */
  redirect: { to: string; permanent: boolean } | null;
  /** Fragments asked for that the target does not have (only when they could be checked). */
  missingFragments: string[];
  /** Where the answer came from. */
  source: 'network' | 'github-api' | 'lock' | 'cache' | 'offline';
  /** Requests sent for this URL in this run (attempts, fallbacks, redirect hops). */
  requests: number;
}
