/** Exit codes: 0 ok, 1 findings (stale README, conflicting edits), 2 usage, configuration or tool failure. */
export const exitCodes = { ok: 0, findings: 1, failure: 2 } as const;
