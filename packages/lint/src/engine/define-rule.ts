import type { FileRule, ProjectRule } from './rule.js';

/** Keeps a rule's options typed where it is written, and erases them for the registry. */
export function defineFileRule<Options>(rule: Omit<FileRule<Options>, 'kind'>): FileRule<unknown> {
  return { ...rule, kind: 'file' } as unknown as FileRule<unknown>;
}

export function defineProjectRule<Options>(rule: Omit<ProjectRule<Options>, 'kind'>): ProjectRule<unknown> {
  return { ...rule, kind: 'project' } as unknown as ProjectRule<unknown>;
}
