import { configJsonSchema } from '@devguide/content';
import { allRules, baselineSchema, lintConfigSchema, renderRuleDoc, renderRulesIndex, ruleUrl } from '@devguide/lint';
import * as z from 'zod';
import { commands, globalOptions, type OptionSpec } from './cli-schema.js';

/**
 * Every generated docs file (path relative to the repository root → content):
 * rule pages from rule metadata, the configuration reference and JSON Schemas
 * from the zod schemas that validate, the CLI reference from the option schema.
 */
export function generatedDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of allRules) {
    files.set(
      `docs/rules/${rule.meta.id}.md`,
      renderRuleDoc(
        rule.meta,
        z.toJSONSchema(rule.meta.options, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
      ),
    );
  }
  files.set('docs/rules/README.md', renderRulesIndex(allRules.map((rule) => rule.meta)));
  const contentSchema = standardKeywordsOnly(configJsonSchema());
  const lintReference = standardKeywordsOnly(
    z.toJSONSchema(lintConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
  );
  const lintSchema = withRuleNames(lintReference);
  files.set(
    'docs/schema/devguide.schema.json',
    `${JSON.stringify({ ...contentSchema, title: 'devguide content configuration' }, null, 2)}\n`,
  );
  files.set(
    'docs/schema/devguide-lint.schema.json',
    `${JSON.stringify({ ...lintSchema, title: 'devguide lint configuration' }, null, 2)}\n`,
  );
  files.set(
    'docs/schema/devguide-baseline.schema.json',
    `${JSON.stringify({ ...standardKeywordsOnly(z.toJSONSchema(baselineSchema, { io: 'input' }) as Record<string, unknown>), title: 'devguide lint baseline' }, null, 2)}\n`,
  );
  // The reference lists `rules` once and points at the rule pages; the schema names every rule.
  files.set('docs/configuration.md', configurationReference(contentSchema, lintReference));
  files.set('docs/cli.md', cliReference());
  return files;
}

/** The formats JSON Schema 2020-12 defines; zod also writes its own (`starts_with`), which validators reject. */
const standardFormats = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);

/**
 * The schema with only standard keywords, so strict validators and editors accept it: a
 * `format` of zod's own is dropped (the `pattern` zod writes beside it says the same).
 */
function standardKeywordsOnly<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map((item: unknown) => standardKeywordsOnly(item)) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'format' && typeof value === 'string' && !standardFormats.has(value)) continue;
    out[key] = standardKeywordsOnly(value);
  }
  return out as T;
}

/**
 * `rules` names each rule, with its options schema, and allows no other name: an editor
 * rejects a misspelt rule and lists the real ones, as `devguide lint` does with its did-you-mean.
 */
function withRuleNames(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema['properties'] as Record<string, Record<string, unknown>>;
  const severity = { type: 'string', enum: ['off', 'warn', 'error'] };
  const byRule = Object.fromEntries(
    allRules.map((rule) => {
      const options = standardKeywordsOnly(
        z.toJSONSchema(rule.meta.options, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
      );
      // Nested in the lint schema: the dialect is named once, at its top.
      delete options['$schema'];
      return [
        rule.meta.id,
        {
          description: `${rule.meta.description} Default: \`${rule.meta.defaultSeverity}\`. ${ruleUrl(rule.meta.id)}`,
          anyOf: [
            severity,
            { type: 'array', prefixItems: [severity], items: false, minItems: 1, maxItems: 1 },
            { type: 'array', prefixItems: [severity, options], items: false, minItems: 2, maxItems: 2 },
          ],
        },
      ];
    }),
  );
  // Named properties instead of any string key: no `additionalProperties` schema, no `propertyNames`.
  const rules = { ...properties['rules']! };
  delete rules['additionalProperties'];
  delete rules['propertyNames'];
  return {
    ...schema,
    properties: {
      ...properties,
      rules: { ...rules, properties: byRule, additionalProperties: false },
    },
  };
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

function rows(schema: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const key = `${prefix}${name}`;
    const required = schema.required?.includes(name) && property.default === undefined;
    const type = property.enum
      ? property.enum.map((value) => JSON.stringify(value)).join(' \\| ')
      : Array.isArray(property.type)
        ? property.type.join(' \\| ')
        : (property.type ?? (property.anyOf ? 'one of several shapes' : 'value'));
    const fallback =
      property.default === undefined ? (required ? '(required)' : '') : `\`${JSON.stringify(property.default)}\``;
    out.push(`| \`${key}\` | ${type} | ${fallback} | ${(property.description ?? '').replace(/\|/g, '\\|')} |`);
    if (property.type === 'object' && property.properties) out.push(...rows(property, `${key}.`));
  }
  return out;
}

function configurationReference(content: JsonSchema, lint: JsonSchema): string {
  return [
    '# Configuration reference',
    '',
    '<!-- Generated from the schemas by `pnpm docs:generate`; do not edit. -->',
    '',
    'Both files are validated on load: an unknown key, a wrong type or an unknown rule is an error',
    'naming the file, line and column. For completion in editors, point the YAML language server at',
    'the JSON Schemas in `docs/schema/`:',
    '',
    '```yaml',
    '# yaml-language-server: $schema=../docs/schema/devguide.schema.json',
    '```',
    '',
    '## `content/devguide.yaml`',
    '',
    content.description ?? '',
    '',
    '| key | type | default | meaning |',
    '| --- | --- | --- | --- |',
    ...rows(content),
    '',
    'Each entry of `edits` is one of: `{entry, section?, link?, set, was?}` (change fields),',
    '`{entry, section?, remove: true}` (drop the entry) or `{after, section?, insert}` (add an entry).',
    '',
    '## `.devguide-lint.yaml`',
    '',
    'Discovered from the working directory upwards (up to the repository root).',
    '',
    '| key | type | default | meaning |',
    '| --- | --- | --- | --- |',
    ...rows(lint),
    '',
    'Rules: see [rules/README.md](rules/README.md).',
    '',
  ].join('\n');
}

function cliReference(): string {
  const table = (options: readonly OptionSpec[]) => [
    '| option | meaning | default |',
    '| --- | --- | --- |',
    ...options.map(
      (option) =>
        `| \`${option.short ? `-${option.short}, ` : ''}--${option.name}${option.valueName ? ` <${option.valueName}>` : ''}\` | ${option.description.replace(/\|/g, '\\|')} | ${option.default ? `\`${option.default}\`` : ''} |`,
    ),
  ];
  return [
    '# Command line',
    '',
    '<!-- Generated from the option schema by `pnpm docs:generate`; do not edit. -->',
    '',
    ...commands.flatMap((command) => [
      `## \`devguide ${command.name}\``,
      '',
      command.summary,
      '',
      '```',
      command.usage,
      '```',
      '',
      ...table(command.options),
      '',
    ]),
    '## Every command',
    '',
    ...table(globalOptions),
    '',
    'Exit codes: 0 ok, 1 findings, 2 usage, configuration or tool failure.',
    '',
  ].join('\n');
}
