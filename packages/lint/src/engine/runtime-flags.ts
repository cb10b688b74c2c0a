import { setFlagsFromString } from 'node:v8';

/*
 * V8 optimises a function once it has run for its interrupt budget (66 KB of bytecode by default).
 * A lint is a short process whose time goes into a large parser: at the default, TurboFan
 * compiles much of it early and its compile time is not earned back. Eighteen times the default,
 * measured on the corpus with Node 20 (V8 11.3), `--jobs 0`, CPU time: a cold single run 8.2 s
 * to 6.8 s, a cold eighth of it (`--shard 8/8`) 3.0 s to 1.9 s, a warm run 1.1 s to 0.9 s.
 * Other V8 versions tier up differently (Maglev) and keep V8's default until measured.
 */
const budget = '--interrupt-budget=1200000';
const measuredOn = /^11\./;

/** The V8 flags a lint process runs best with (for a child process's `execArgv`). */
export function lintRuntimeFlags(): string[] {
  return measuredOn.test(process.versions.v8) ? [budget] : [];
}

/**
 * Gives this process those flags: called by a command before it parses (`lint`, the hook,
 * `readme`); the flag applies to the functions V8 has not yet profiled, which is the whole parser.
 */
export function tuneLintRuntime(): void {
  for (const flag of lintRuntimeFlags()) setFlagsFromString(flag);
}
